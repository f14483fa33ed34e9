package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cilium/ebpf/asm"
)

// TestEmbedSource compiles with and without --embed-source and checks
// what inspect shows: the script text, the checksum and the kernel
// features the object needs, in text and JSON.
func TestEmbedSource(t *testing.T) {
	const script = "BEGIN {\n\tprintf(\"hi %d\\n\", 1);\n\t@n = count();\n\texit();\n}\n"
	dir := t.TempDir()
	src := filepath.Join(dir, "hi.bt")
	if err := os.WriteFile(src, []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, embed := range []bool{true, false} {
		obj := filepath.Join(dir, "hi.o")
		args := []string{"compile", "-o", obj, src}
		if embed {
			args = append([]string{"compile", "--embed-source"}, args[1:]...)
		}
		if _, stderr, st := runBpftc(t, args...); st != 0 {
			t.Fatalf("compile: %d %s", st, stderr)
		}
		out, stderr, st := runBpftc(t, "inspect", "--json", obj)
		var in inspection
		if st != 0 || json.Unmarshal([]byte(out), &in) != nil {
			t.Fatalf("inspect --json: %d %s\n%s", st, stderr, out)
		}
		want := ""
		if embed {
			want = script
		}
		if in.Meta.Source != want {
			t.Errorf("embed %t: source %q, want %q", embed, in.Meta.Source, want)
		}
		if !strings.HasPrefix(in.Meta.Checksum, "sha256:") || len(in.Meta.Checksum) != len("sha256:")+64 {
			t.Errorf("checksum %q", in.Meta.Checksum)
		}
		// The lists follow code generation; check what this script cannot
		// do without.
		req := in.Requires
		if !slices.Equal(req.ProgramTypes, []string{"RawTracepoint"}) || !slices.Contains(req.MapTypes, "RingBuf") ||
			!slices.Contains(req.Helpers, "bpf_ringbuf_output") || !slices.IsSorted(req.Helpers) || !slices.IsSorted(req.MapTypes) {
			t.Errorf("requires %+v", req)
		}
		text, _, _ := runBpftc(t, "inspect", obj)
		hasSource := strings.Contains(text, "\nsource text:\n  | BEGIN {\n  | \tprintf(\"hi %d\\n\", 1);\n")
		if hasSource != embed || !strings.Contains(text, "\nchecksum: sha256:") || !strings.Contains(text, "\n  helpers:       bpf_") {
			t.Errorf("embed %t: inspect output:\n%s", embed, text)
		}
	}
}

func TestHelperName(t *testing.T) {
	for fn, want := range map[asm.BuiltinFunc]string{
		asm.FnGetCurrentPidTgid: "bpf_get_current_pid_tgid",
		asm.FnProbeReadUserStr:  "bpf_probe_read_user_str",
		asm.FnKtimeGetNs:        "bpf_ktime_get_ns",
		asm.BuiltinFunc(100000): "BuiltinFunc(100000)",
	} {
		if got := helperName(fn); got != want {
			t.Errorf("%v: %q, want %q", fn, got, want)
		}
	}
}
