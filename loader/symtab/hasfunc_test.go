package symtab

import "testing"

// TestHasFunc checks HasFunc against the full tables of libc and libm,
// for names they have and names they lack.
func TestHasFunc(t *testing.T) {
	var paths []string
	for _, lib := range []string{"c", "m"} {
		p, ok := Library(lib)
		if !ok {
			t.Fatalf("lib%s is not in the ld.so cache", lib)
		}
		paths = append(paths, p)
	}
	for _, path := range paths {
		f, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		names := f.FuncNames()
		if len(names) == 0 {
			t.Fatalf("%s: no function symbols", path)
		}
		for _, name := range []string{names[0], names[len(names)/2], names[len(names)-1], "no_such_function_here", ""} {
			_, want := f.Lookup(name)
			got, err := HasFunc(path, name)
			if err != nil || got != want {
				t.Errorf("HasFunc(%s, %q) = %v, %v; want %v", path, name, got, err, want)
			}
		}
	}
	if _, err := HasFunc("/nonexistent", "f"); err == nil {
		t.Error("HasFunc of a missing file: no error")
	}
}
