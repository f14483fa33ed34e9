package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	obj := filepath.Join(dir, "x.o")
	for _, data := range []string{"first", "second, longer", ""} {
		if err := writeFileAtomic(obj, []byte(data)); err != nil {
			t.Fatal(err)
		}
		if b, err := os.ReadFile(obj); err != nil || string(b) != data {
			t.Fatalf("read back %q, %v; want %q", b, err, data)
		}
		if fi, _ := os.Stat(obj); fi.Mode().Perm() != 0o644 {
			t.Errorf("mode %v, want 0644", fi.Mode().Perm())
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	if err := writeFileAtomic(sub, []byte("x")); err == nil {
		t.Errorf("writing over a directory: no error")
	}
	if fi, err := os.Stat(sub); err != nil || !fi.IsDir() {
		t.Errorf("the directory was replaced: %v %v", fi, err)
	}
	err := writeFileAtomic(filepath.Join(dir, "missing", "x.o"), []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "createtemp "+filepath.Join(dir, "missing", ".bpftc-*")+": no such file or directory") {
		t.Errorf("missing directory: %v", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// TestWriteFileLinked checks the O_TMPFILE way: it replaces a file, and
// leaves a directory and a missing directory to writeFileAtomic's usual
// way (and its messages).
func TestWriteFileLinked(t *testing.T) {
	dir := t.TempDir()
	obj := filepath.Join(dir, "x.o")
	os.WriteFile(obj, []byte("old"), 0o600)
	if !writeFileLinked(obj, []byte("new")) {
		t.Skip("no O_TMPFILE here")
	}
	if b, _ := os.ReadFile(obj); string(b) != "new" {
		t.Errorf("read back %q, want %q", b, "new")
	}
	if fi, _ := os.Stat(obj); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	if writeFileLinked(sub, []byte("x")) {
		t.Errorf("writing over a directory succeeded")
	}
	if writeFileLinked(filepath.Join(dir, "missing", "x.o"), []byte("x")) {
		t.Errorf("writing into a missing directory succeeded")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left behind: %v", entries)
	}
}
