package session

import (
	"strings"
	"testing"
)

func TestParsePID(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
		err  string
	}{
		{in: "42", want: 42},
		{in: "4194304", want: 4194304},
		{in: "0", err: "pid '0' out of valid pid range [1,4194304]"},
		{in: "4194305", err: "pid '4194305' out of valid pid range [1,4194304]"},
		{in: "12x", err: "pid '12x' is not a valid decimal number"},
		{in: "", err: "pid '' is not a valid decimal number"},
		{in: "99999999999999999999", err: "pid '99999999999999999999' outside of integer range"},
	} {
		got, err := ParsePID(tc.in)
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		if got != tc.want || msg != tc.err {
			t.Errorf("ParsePID(%q) = %d, %q; want %d, %q", tc.in, got, msg, tc.want, tc.err)
		}
	}
}

func TestChildPath(t *testing.T) {
	t.Setenv("PATH", "/nonexistent:/proc/self")
	if p, err := childPath("exe"); err != nil || p != "/proc/self/exe" {
		t.Errorf("childPath(exe) = %q, %v", p, err)
	}
	t.Setenv("PATH", "/proc/self:/proc/self")
	if _, err := childPath("exe"); err == nil || !strings.Contains(err.Error(), "must refer to a unique binary but matched 2 binaries") {
		t.Errorf("childPath(exe) twice on PATH: %v", err)
	}
	if _, err := childPath("/nonexistent/cmd"); err == nil || err.Error() != "path '/nonexistent/cmd' does not exist or is not executable" {
		t.Errorf("childPath(/nonexistent/cmd): %v", err)
	}
}
