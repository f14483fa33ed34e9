package source

import (
	"strings"
	"testing"
)

// span returns the span of the first occurrence of sub in text.
func span(t *testing.T, text, sub string) Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return Span{Pos(i), Pos(i + len(sub))}
}

func TestRender(t *testing.T) {
	const e1 = "BEGIN\n{\n\t@x = undefined_thing;\n}\n"
	const uni = "BEGIN { @x = \"héllo→\"; @y = zz; }"
	const tabs = "BEGIN {\n\t@x = \t zz;\n}\n"
	tests := []struct {
		name string
		file File
		diag Diagnostic
		want string
	}{{
		name: "T25 token after operator",
		file: File{"stdin", "BEGIN { $x = 1 +; }"},
		diag: Diagnostic{Span: Span{15, 17}, Msg: "syntax error, unexpected ;"},
		want: "stdin:1:16-18: ERROR: syntax error, unexpected ;\n" +
			"BEGIN { $x = 1 +; }\n" +
			"               ~~\n",
	}, {
		name: "T26 empty span at end of file",
		file: File{"stdin", `BEGIN { printf("hi") `},
		diag: Diagnostic{Span: Span{21, 21}, Msg: "syntax error, unexpected end of file, expecting }"},
		want: "stdin:1:22-22: ERROR: syntax error, unexpected end of file, expecting }\n" +
			`BEGIN { printf("hi") ` + "\n" +
			"                     \n",
	}, {
		name: "T27 tab expansion",
		file: File{"/tmp/x/e1.bt", e1},
		diag: Diagnostic{Span: span(t, e1, "undefined_thing"), Msg: "Unknown identifier: 'undefined_thing'"},
		want: "/tmp/x/e1.bt:3:7-22: ERROR: Unknown identifier: 'undefined_thing'\n" +
			"    @x = undefined_thing;\n" +
			"         ~~~~~~~~~~~~~~~\n",
	}, {
		name: "tab inside the range and before it",
		file: File{"s7.bt", tabs},
		diag: Diagnostic{Span: span(t, tabs, "= \t zz"), Msg: "m"},
		want: "s7.bt:2:5-11: ERROR: m\n" +
			"    @x =      zz;\n" +
			"       ~~~~~~~~~\n",
	}, {
		name: "T28 several lines",
		file: File{"/tmp/x/e2.bt", "BEGIN\n{\n\tprintf(\"%d\\n\",\n\t\t\"str\");\n}\n"},
		diag: Diagnostic{Span: Span{9, 32}, Msg: "printf: %d specifier expects a value of type integer (string supplied)"},
		want: "/tmp/x/e2.bt:3-4: ERROR: printf: %d specifier expects a value of type integer (string supplied)\n",
	}, {
		name: "unicode counts characters",
		file: File{"stdin", uni},
		diag: Diagnostic{Span: span(t, uni, "zz"), Severity: Warning, Msg: "w"},
		want: "stdin:1:29-31: WARNING: w\n" +
			uni + "\n" +
			"                            ~~\n",
	}, {
		name: "unicode inside the range",
		file: File{"stdin", uni},
		diag: Diagnostic{Span: span(t, uni, `"héllo→"`), Msg: "m"},
		want: "stdin:1:14-22: ERROR: m\n" +
			uni + "\n" +
			"             ~~~~~~~~\n",
	}, {
		name: "hint",
		file: File{"opensnoop.bt", "BEGIN {\n  @[comn] = count();\n}\n"},
		diag: Diagnostic{Span: Span{12, 16}, Msg: "Unknown identifier: 'comn'", Hint: "did you mean 'comm'?"},
		want: "opensnoop.bt:2:5-9: ERROR: Unknown identifier: 'comn'\n" +
			"  @[comn] = count();\n" +
			"    ~~~~\n" +
			"HINT: did you mean 'comm'?\n",
	}, {
		name: "hint on several lines",
		file: File{"f", "a\nb\n"},
		diag: Diagnostic{Span: Span{0, 3}, Msg: "m", Hint: "h"},
		want: "f:1-2: ERROR: m\nHINT: h\n",
	}, {
		name: "empty span at start of file",
		file: File{"stdin", "{ exit() }"},
		diag: Diagnostic{Span: Span{0, 0}, Msg: "No attach points for probe"},
		want: "stdin:1:1-1: ERROR: No attach points for probe\n" +
			"{ exit() }\n" +
			"\n",
	}, {
		name: "empty source line prints only the header",
		file: File{"s14.bt", "BEGIN { @x = \n\n"},
		diag: Diagnostic{Span: Span{15, 15}, Msg: "syntax error, unexpected end of file"},
		want: "s14.bt:3:1-1: ERROR: syntax error, unexpected end of file\n",
	}, {
		name: "range ending with a newline stays on its line",
		file: File{"s1.bt", "BEGIN {\n  @x = \"abc\n  ;\n}\n"},
		diag: Diagnostic{Span: Span{15, 20}, Msg: "unterminated string"},
		want: "s1.bt:2:8-13: ERROR: unterminated string\n" +
			"  @x = \"abc\n" +
			"       ~~~~\n",
	}, {
		name: "range past the end of the text",
		file: File{"stdin", "BEGIN { @x = A; }"},
		diag: Diagnostic{Span: Span{13, 30}, Msg: "m"},
		want: "stdin:1:14-31: ERROR: m\n" +
			"BEGIN { @x = A; }\n" +
			"             ~~~~\n",
	}, {
		name: "no file name",
		file: File{"", "x"},
		diag: Diagnostic{Span: Span{0, 1}, Msg: "m"},
		want: "1:1-2: ERROR: m\nx\n~\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := (List{tt.diag}).Render(&b, &tt.file); err != nil {
				t.Fatal(err)
			}
			if got := b.String(); got != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestRenderAtMostTen(t *testing.T) {
	f := File{"stdin", "x"}
	var l List
	for i := 0; i < 12; i++ {
		l.Errorf(Span{0, 1}, "e%d", i)
	}
	var b strings.Builder
	l.Render(&b, &f)
	if n := strings.Count(b.String(), "ERROR"); n != MaxRendered {
		t.Errorf("printed %d diagnostics, want %d", n, MaxRendered)
	}
}

func TestErr(t *testing.T) {
	var l List
	if l.Err() != nil {
		t.Error("empty list: Err() != nil")
	}
	l.Warnf(Span{1, 2}, "careful")
	if l.Err() != nil {
		t.Error("warnings only: Err() != nil")
	}
	l.Errorf(Span{3, 4}, "bad %s", "thing")
	err := l.Err()
	if err == nil {
		t.Fatal("Err() = nil with an error")
	}
	if got, want := err.Error(), "3-4: bad thing"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestSort(t *testing.T) {
	// T24: the argument's error (24-26) precedes the call's (9-27).
	l := List{
		{Span: Span{8, 26}, Msg: "call"},
		{Span: Span{23, 25}, Msg: "arg"},
		{Span: Span{0, 3}, Msg: "first"},
		{Span: Span{23, 26}, Msg: "inner"},
	}
	l.Sort()
	var got []string
	for _, d := range l {
		got = append(got, d.Msg)
	}
	if want := "first arg inner call"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}

func TestPosition(t *testing.T) {
	f := File{"f", "ab\n\tç d\n"}
	tests := []struct {
		p         Pos
		line, col int
	}{{0, 1, 1}, {2, 1, 3}, {3, 2, 1}, {4, 2, 2}, {6, 2, 3}, {7, 2, 4}, {9, 3, 1}, {12, 3, 4}}
	for _, tt := range tests {
		if l, c := f.Position(tt.p); l != tt.line || c != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.p, l, c, tt.line, tt.col)
		}
	}
	if got := f.Line(2); got != "\tç d" {
		t.Errorf("Line(2) = %q", got)
	}
	if got := f.Line(5); got != "" {
		t.Errorf("Line(5) = %q", got)
	}
}
