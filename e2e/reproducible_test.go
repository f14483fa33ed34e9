package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestReproducible compiles every script twice, from different working
// directories, time zones and umasks, through copies of the script at
// different paths, and requires byte-identical objects.
func TestReproducible(t *testing.T) {
	for _, s := range loadScripts(t) {
		for _, be := range backends {
			var objs [2][]byte
			for i, env := range [][]string{{"TZ=UTC"}, {"TZ=Asia/Kolkata"}} {
				dir := t.TempDir()
				src := filepath.Join(dir, "copy", s.name+".bt")
				os.MkdirAll(filepath.Dir(src), 0o755)
				os.WriteFile(src, []byte(s.text), 0o644)
				obj := filepath.Join(dir, "out.o")
				args := append([]string{"compile", "--backend", be, "-o", obj}, s.compileFlags()...)
				args = append(append(args, src), s.fixedParams("4242")...)
				cmd := exec.Command("/bin/sh", "-c", `umask "$1"; shift; exec "$@"`, "sh", []string{"022", "077"}[i], filepath.Join(binDir, "bpftc"))
				cmd.Args = append(cmd.Args, args...)
				cmd.Dir = dir
				cmd.Env = append(os.Environ(), env...)
				if out, err := cmd.CombinedOutput(); err != nil {
					t.Fatalf("%s/%s: %v\n%s", s.name, be, err, out)
				}
				b, err := os.ReadFile(obj)
				if err != nil {
					t.Fatal(err)
				}
				objs[i] = b
			}
			if !bytes.Equal(objs[0], objs[1]) {
				t.Errorf("%s/%s: the two objects differ", s.name, be)
			}
		}
	}
}
