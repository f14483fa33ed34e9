package compiler

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bpftc/bpftc/frontend/source"
	"github.com/cilium/ebpf"
)

// FuzzCompile feeds any source to the whole compiler: it must return either
// diagnostics or an object that cilium/ebpf reads, never panic.
func FuzzCompile(f *testing.F) {
	for _, glob := range []string{"../testdata/scripts/*.bt", "../testdata/errors/*.bt", "../frontend/parser/testdata/*.bt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err == nil {
				f.Add(string(b))
			}
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		// A compile that takes seconds is a bug too: crash with the input.
		watchdog := time.AfterFunc(10*time.Second, func() { panic(fmt.Sprintf("compile hangs on %q", text)) })
		defer watchdog.Stop()
		res, err := Compile(&source.File{Name: "fuzz.bt", Text: text}, &Options{Params: []string{"4242"}, VerifyIR: true})
		if errors.Is(err, ErrSource) {
			if res.Diags.Err() == nil {
				t.Fatalf("ErrSource without an error diagnostic")
			}
			var b bytes.Buffer
			res.Diags.Render(&b, &source.File{Name: "fuzz.bt", Text: text})
			return
		}
		if err != nil {
			t.Fatalf("internal error: %v\n%s", err, text)
		}
		if _, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(res.Object)); err != nil {
			t.Fatalf("object does not read back: %v\n%s", err, text)
		}
	})
}
