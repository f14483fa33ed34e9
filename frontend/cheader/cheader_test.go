package cheader

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestLines(t *testing.T) {
	got := Lines("#define A 1 /* one */\n#define B \\\n  2 // two\n/* a\nb */ x\n")
	want := []string{"#define A 1  ", "#define B   2 ", "", "  x"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
}

func TestDirectives(t *testing.T) {
	tests := []struct {
		line, name, value string
		macro             bool
	}{
		{"#define EPERM 1", "EPERM", "1", true},
		{"  #  define X_1\t(2 + 3)", "X_1", "(2 + 3)", true},
		{"#define F(x) x", "", "", false},
		{"#define EMPTY", "EMPTY", "", true},
	}
	for _, tt := range tests {
		dir, rest, ok := Directive(tt.line)
		if !ok || dir != "define" {
			t.Errorf("%q: directive %q %v", tt.line, dir, ok)
			continue
		}
		name, value, ok := ObjectMacro(rest)
		if ok != tt.macro || name != tt.name || value != tt.value {
			t.Errorf("%q: macro %q %q %v", tt.line, name, value, ok)
		}
	}
	for _, tt := range []struct {
		rest string
		h    Header
		ok   bool
	}{{` <sys/xattr.h>`, Header{"sys/xattr.h", true}, true}, {` "foo.h" x`, Header{"foo.h", false}, true}, {` foo.h`, Header{}, false}} {
		h, ok := ParseInclude(tt.rest)
		if h != tt.h || ok != tt.ok {
			t.Errorf("ParseInclude(%q) = %v %v", tt.rest, h, ok)
		}
	}
}

func TestLoader(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.h", "#include \"b.h\"\n#include <no/such/header.h>\n#define A 1\n#undef B\n#define C B\nstruct a { int x; };\n")
	write("b.h", "#define B 2\n#include \"a.h\"\n")
	ld := &Loader{Dirs: []string{dir}}
	if err := ld.Include(Header{Name: "a.h"}, ""); err != nil {
		t.Fatal(err)
	}
	if want := map[string]string{"A": "1", "C": "B"}; !reflect.DeepEqual(ld.Macros, want) {
		t.Errorf("macros %v, want %v", ld.Macros, want)
	}
	if len(ld.Locals) != 2 || filepath.Base(ld.Locals[0].Path) != "b.h" || filepath.Base(ld.Locals[1].Path) != "a.h" {
		t.Errorf("locals %v", ld.Locals)
	}
	var nf *NotFoundError
	if err := ld.Include(Header{Name: "missing.h"}, ""); !errors.As(err, &nf) || err.Error() != "'missing.h' file not found" {
		t.Errorf("missing header: %v", err)
	}
}
