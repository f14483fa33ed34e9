package rawfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, data := range []string{"", "BEGIN { exit(); }", strings.Repeat("x", 511), strings.Repeat("y", 70000)} {
		p := filepath.Join(dir, "s.bt")
		os.WriteFile(p, []byte(data), 0o644)
		if b, err := ReadFile(p); err != nil || string(b) != data {
			t.Errorf("read %d bytes, %v; want %d", len(b), err, len(data))
		}
	}
	// A file whose size stat does not give.
	if b, err := ReadFile("/proc/self/status"); err != nil || !strings.HasPrefix(string(b), "Name:") || !strings.Contains(string(b), "\nPid:") {
		t.Errorf("/proc/self/status: %q, %v", b, err)
	}
	for _, c := range []struct {
		path string
		op   string
		err  error
	}{
		{filepath.Join(dir, "missing.bt"), "open", syscall.ENOENT},
		{dir, "read", syscall.EISDIR},
	} {
		_, err := ReadFile(c.path)
		_, want := os.ReadFile(c.path)
		var pe *os.PathError
		if !errors.As(err, &pe) || pe.Op != c.op || pe.Path != c.path || pe.Err != c.err || err.Error() != want.Error() {
			t.Errorf("%s: %#v, want %v", c.path, err, want)
		}
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.bt")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v is not fs.ErrNotExist", err)
	}
}
