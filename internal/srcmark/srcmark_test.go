package srcmark

import (
	"strings"
	"testing"
)

func TestLine(t *testing.T) {
	for _, tc := range []struct {
		line   string
		c1, c2 int
		want   string
	}{
		{"BEGIN { x }", 9, 10, "BEGIN { x }\n        ~\n"},
		{"\t@a = 1;", 2, 4, "    @a = 1;\n    ~~\n"},
		{"printf(\"é\", x)", 8, 11, "printf(\"é\", x)\n       ~~~\n"},
		{"ab", 1, 1, "ab\n\n"},
	} {
		var b strings.Builder
		Line(&b, tc.line, tc.c1, tc.c2)
		if b.String() != tc.want {
			t.Errorf("Line(%q, %d, %d) = %q, want %q", tc.line, tc.c1, tc.c2, b.String(), tc.want)
		}
	}
}
