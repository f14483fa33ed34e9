package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/loader/abi"
)

// TestInspectFields compiles against the test inputs (no kernel needed) and
// checks that inspect lists the kernel fields the object reads.
func TestInspectFields(t *testing.T) {
	obj := filepath.Join(t.TempDir(), "x.o")
	_, stderr, st := runBpftc(t, "compile", "--btf", "../../testdata/btf/vmlinux.btf", "--tracefs", "../../testdata/tracefs", "-o", obj,
		"-e", `tracepoint:syscalls:sys_enter_openat { @[str(args->filename)] = count(); @p = curtask->pid; }`)
	if st != 0 {
		t.Fatalf("compile: %d %s", st, stderr)
	}
	out, stderr, st := runBpftc(t, "inspect", obj)
	if st != 0 {
		t.Fatalf("inspect: %d %s", st, stderr)
	}
	for _, want := range []string{
		`(?m)^kernel fields read:$`,
		`(?m)^  tracepoint:syscalls:sys_enter_openat +args->filename +offset +24 size +8  fixed, checked before loading$`,
		// A CO-RE relocation when the compiler emits one for it.
		`(?m)^  struct task_struct +pid +offset +\d+ size +4  (fixed, checked before loading|CO-RE, relocated when loading)$`,
	} {
		if !regexp.MustCompile(want).MatchString(out) {
			t.Errorf("inspect output does not match %s:\n%s", want, out)
		}
	}
	out, _, _ = runBpftc(t, "inspect", "--json", obj)
	var in inspection
	if err := json.Unmarshal([]byte(out), &in); err != nil || len(in.Meta.Fields) != 2 {
		t.Fatalf("inspect --json: %v\n%s", err, out)
	}
	want := abi.FieldRead{Source: "tracepoint:syscalls:sys_enter_openat", Field: "filename", Offset: 24, Size: 8}
	if d := cmp.Diff(want, in.Meta.Fields[0]); d != "" {
		t.Errorf("first field (-want +got):\n%s", d)
	}
	if f := in.Meta.Fields[1]; f.Source != "btf" || f.Type != "struct task_struct" || f.Field != "pid" || f.Size != 4 {
		t.Errorf("second field: %+v", f)
	}
}
