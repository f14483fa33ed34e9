package main

import (
	"os"
	"strings"
	"testing"
)

// TestInfo checks bpfrun --info (CLI-18): bpftrace's sections on stdout,
// bpfrun's Build lines, status 0 (e2e.TestInfo compares the kernel lines
// with bpftrace's).
func TestInfo(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("needs root")
		}
		t.Skip("needs root")
	}
	var out, errb strings.Builder
	if st := run([]string{"bpfrun", "--info"}, &out, &errb); st != 0 || errb.Len() != 0 {
		t.Fatalf("status %d, stderr %q", st, errb.String())
	}
	for _, want := range []string{"System\n  OS: Linux ", "\nBuild\n  version: bpfrun ", "\n  LLVM: none (bpfrun loads objects that bpftc compiled)\n",
		"\n  object schema: 1\n\nKernel helpers\n", "\nMap types\n", "\n  ringbuf: yes\n", "\nProbe types\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("--info lacks %q:\n%s", want, out.String())
		}
	}
}
