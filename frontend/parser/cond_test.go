package parser

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// TestConditionals checks which #define lines and C definitions the
// preamble's conditionals keep: kept lists "NAME=VALUE" and struct names.
func TestConditionals(t *testing.T) {
	tests := []struct {
		name     string
		preamble string
		macros   map[string]string
		kept     string
	}{
		{"ifdef", "#ifdef X\n#define A 1\n#else\n#define A 2\n#endif", nil, "A=2"},
		{"ifdef option", "#ifdef X\n#define A 1\n#endif", map[string]string{"X": ""}, "A=1"},
		{"ifndef", "#ifndef X\n#define A 1\n#endif", nil, "A=1"},
		{"valueless define", "#define X\n#ifdef X\n#define A 1\n#endif", nil, "X= A=1"},
		{"undef", "#define X 1\n#undef X\n#if defined(X)\n#define A 1\n#endif", nil, "X=1"},
		{"elif", "#define V 3\n#if V == 1\n#define A 1\n#elif V > 2 && !defined Y\n#define A 2\n#else\n#define A 3\n#endif", nil, "V=3 A=2"},
		{"elif after taken", "#if 1\n#define A 1\n#elif 1\n#define A 2\n#endif", nil, "A=1"},
		{"nested", "#if 0\n#if 1\n#define A 1\n#else\n#define A 2\n#endif\n#else\n#define A 3\n#endif", nil, "A=3"},
		{"unknown identifier", "#if FOO || (2 * 3 != 6)\n#define A 1\n#endif", nil, ""},
		{"macro in macro", "#define B 4\n#define C B+1\n#if C == 5\n#define A 1\n#endif", nil, "B=4 C=B+1 A=1"},
		{"struct", "#ifdef X\nstruct s { int a; }\n#else\nstruct t { int b; }\n#endif", nil, "t"},
		{"bad expression", "#if 1 +\n#define A 1\n#endif", nil, ""},
		{"stray endif", "#endif\n#define A 1", nil, "A=1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &source.File{Name: "t.bt", Text: tc.preamble + "\nBEGIN {}\n"}
			prog, diags := Parse(f, &Options{Macros: tc.macros})
			if prog == nil {
				var b strings.Builder
				diags.Render(&b, f)
				t.Fatalf("parse: %s", b.String())
			}
			var kept []string
			for _, it := range prog.Preamble {
				switch it := it.(type) {
				case *ast.Define:
					kept = append(kept, it.Name+"="+it.Value)
				case *ast.CDecl:
					kept = append(kept, it.Name)
				}
			}
			if got := strings.Join(kept, " "); got != tc.kept {
				t.Errorf("kept %q, want %q", got, tc.kept)
			}
		})
	}
}
