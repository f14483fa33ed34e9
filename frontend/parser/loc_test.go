package parser

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
)

// TestLoc checks the locations bpftrace 0.17 reports for nodes (ERR-03):
// tokens start after the preceding white space, nodes take their rule's
// location, and a struct type name or a macro shifts the later columns of
// its line. The expected ranges come from bpftrace's messages.
func TestLoc(t *testing.T) {
	tests := []struct {
		name, text string
		pick       func(ast.Node) bool
		want       string // "line:col-col" of the n-th picked node's Loc
	}{
		{"T32 variable after paren", "BEGIN { print($y); }", isA[*ast.Var], "1:9-17"},
		{"T24 map argument", `BEGIN { printf("%d\n", @y); }`, isA[*ast.Map], "1:24-26"},
		{"T24 call", `BEGIN { printf("%d\n", @y); }`, isA[*ast.Call], "1:9-27"},
		{"T33 binary at operator", "BEGIN { print(-7 / 2); exit(); }", isA[*ast.Binary], "1:18-19"},
		{"T31 map of assignment", `BEGIN { @x = 1; @x = "a"; }`, nth(isA[*ast.Map], 1), "1:17-19"},
		{"T30 attach point", "kprobe:foo { 1 }", isA[*ast.AttachPoint], "1:1-11"},
		{"second probe starts after the first", "BEGIN {} kprobe:foo {}", nth(isA[*ast.AttachPoint], 1), "1:9-20"},
		{"probe after a comment line", "// c\nkprobe:foo { }\n", isA[*ast.AttachPoint], "1-2"},
		{"T23 identifier", "BEGIN { @x = foo; }", isA[*ast.Identifier], "1:14-17"},
		{"cast to struct pointer", "BEGIN { $x = (struct foo *)0; @y = zz; }", isA[*ast.Cast], "1:14-28"},
		{"identifier after struct cast is shifted", "BEGIN { $x = (struct foo *)0; @y = zz; }", isA[*ast.Identifier], "1:37-39"},
		{"sizeof struct name", "BEGIN { $x = sizeof(struct foo); @y = zz; }", nth(isA[*ast.TypeName], 0), "1:14-32"},
		{"identifier after sizeof struct is shifted", "BEGIN { $x = sizeof(struct foo); @y = zz; }", isA[*ast.Identifier], "1:40-42"},
		{"identifier after macro is shifted", "#define FOO 42\nBEGIN { @x = FOO + zz; }", isA[*ast.Identifier], "2:22-24"},
		{"shift ends with the line", "#define FOO 42\nBEGIN { @x = FOO;\n zz; }", isA[*ast.Identifier], "3:2-4"},
		{"if at 1:1", "BEGIN {\n  if (1) { }\n}", isA[*ast.If], "1:1-1"},
		{"probe at 1:1", "BEGIN {\n}", isA[*ast.Probe], "1:1-1"},
		{"unroll to paren", "BEGIN { unroll($#) {} }", isA[*ast.Unroll], "1:9-19"},
		{"while keyword", "BEGIN { while (1) {} }", isA[*ast.While], "1:9-14"},
		{"field by dot starts after white space", "BEGIN { $x = $y.abc; }", isA[*ast.Field], "1:14-17"},
		{"field by arrow is whole", "BEGIN { $x = $y->abc; }", isA[*ast.Field], "1:14-21"},
		{"tuple index token", "BEGIN { $x = $y.1; }", isA[*ast.TupleIndex], "1:14-18"},
		{"index brackets start after white space", "BEGIN { $x = $y[1]; }", isA[*ast.Index], "1:14-19"},
		{"negative literal", "BEGIN { $x = - 5; }", isA[*ast.Integer], "1:14-17"},
		{"plain assignment at =", "BEGIN { @x = 1; }", isA[*ast.AssignMap], "1:12-13"},
		{"compound assignment whole", "BEGIN { $x += 1; }", isA[*ast.AssignVar], "1:9-16"},
		{"expression statement includes parens", "BEGIN { (1 + 2) * 3; }", isA[*ast.ExprStmt], "1:9-20"},
		{"binary extent includes parens", "BEGIN { (1 + 2) * 3; }", nth(isA[*ast.Binary], 0), "1:17-18"},
		{"predicate", "BEGIN /pid/ { }", isA[*ast.Predicate], "1:7-12"},
		{"block comment is not white space", "BEGIN { @x = /*c*/zz; }", isA[*ast.Identifier], "1:14-21"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := &source.File{Name: "stdin", Text: tt.text}
			prog, diags := Parse(f, nil)
			if prog == nil {
				t.Fatalf("parse: %v", diags)
			}
			var got ast.Node
			ast.Inspect(prog, func(n ast.Node) bool {
				if got == nil && tt.pick(n) {
					got = n
				}
				return got == nil
			})
			if got == nil {
				t.Fatal("no such node")
			}
			if s := where(f, got.Loc()); s != tt.want {
				t.Errorf("%T at %s, want %s", got, s, tt.want)
			}
		})
	}
}

func isA[T ast.Node](n ast.Node) bool { _, ok := n.(T); return ok }

// nth picks the i-th node (from 0) that pick accepts.
func nth(pick func(ast.Node) bool, i int) func(ast.Node) bool {
	seen := 0
	return func(n ast.Node) bool {
		if !pick(n) {
			return false
		}
		seen++
		return seen == i+1
	}
}

// where renders s as the location part of a diagnostic.
func where(f *source.File, s source.Span) string {
	var b strings.Builder
	source.List{{Span: s}}.Render(&b, &source.File{Name: "", Text: f.Text})
	head, _, _ := strings.Cut(b.String(), ":")
	rest := strings.TrimPrefix(b.String(), head+":")
	if strings.HasPrefix(rest, " ERROR") {
		return head
	}
	col, _, _ := strings.Cut(rest, ":")
	return fmt.Sprintf("%s:%s", head, col)
}
