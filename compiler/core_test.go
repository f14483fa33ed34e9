package compiler

import (
	"bytes"
	"errors"
	"os"
	"testing"

	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// coreScript reads two fields of task_struct; TestCORE moves them.
const coreScript = `BEGIN { printf("%d %d\n", curtask->pid, curtask->tgid); }`

// TestCORE compiles reads of kernel struct fields and loads the object
// twice with cilium/ebpf: against the running kernel's types, and against
// a copy of them in which task_struct's pid and tgid moved. The loaded
// programs must read the fields where each set of types puts them.
func TestCORE(t *testing.T) {
	if os.Geteuid() != 0 {
		skipOrFail(t, "needs root to load programs")
	}
	kernel, err := btf.LoadKernelSpec()
	if err != nil {
		skipOrFail(t, "needs the kernel's BTF: "+err.Error())
	}
	var task *btf.Struct
	if err := kernel.TypeByName("task_struct", &task); err != nil {
		t.Fatal(err)
	}
	offsets := func(s *btf.Struct) (pid, tgid int64) {
		for _, m := range s.Members {
			switch m.Name {
			case "pid":
				pid = int64(m.Offset.Bytes())
			case "tgid":
				tgid = int64(m.Offset.Bytes())
			}
		}
		return pid, tgid
	}
	pid, tgid := offsets(task)
	if pid == 0 || tgid == 0 {
		t.Fatalf("task_struct has no pid or tgid: %v", task)
	}
	// The moved fields: the last 8 bytes of the struct, swapped.
	moved := btf.Copy(task).(*btf.Struct)
	for i := range moved.Members {
		switch moved.Members[i].Name {
		case "pid":
			moved.Members[i].Offset = btf.Bits(8 * (moved.Size - 4))
		case "tgid":
			moved.Members[i].Offset = btf.Bits(8 * (moved.Size - 8))
		}
	}
	var b btf.Builder
	if _, err := b.Add(moved); err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	target, err := btf.LoadSpecFromReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	movedPid, movedTgid := int64(task.Size-4), int64(task.Size-8)

	for _, be := range testBackends(t) {
		t.Run(be.Name(), func(t *testing.T) {
			res, err := Compile(&source.File{Name: "core.bt", Text: coreScript}, &Options{Backend: be})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []string{"pid", "tgid"} {
				want := abi.FieldRead{Source: abi.SourceBTF, Type: "struct task_struct", Field: f, Size: 4, CORE: true}
				if !hasField(res.Meta.Fields, want) {
					t.Errorf("metadata fields %+v lack %+v", res.Meta.Fields, want)
				}
			}
			for _, tc := range []struct {
				name      string
				types     *btf.Spec
				want, not []int64
			}{
				{"kernel", nil, []int64{pid, tgid}, []int64{movedPid, movedTgid}},
				{"moved", target, []int64{movedPid, movedTgid}, []int64{pid, tgid}},
			} {
				imms := loadedImmediates(t, res.Object, tc.types)
				for _, w := range tc.want {
					if !imms[w] {
						t.Errorf("%s: no immediate %d in the loaded program (%v)", tc.name, w, imms)
					}
				}
				for _, n := range tc.not {
					if imms[n] {
						t.Errorf("%s: immediate %d left in the loaded program", tc.name, n)
					}
				}
			}
		})
	}
}

// hasField reports whether fs holds want, whatever its offset.
func hasField(fs []abi.FieldRead, want abi.FieldRead) bool {
	for _, f := range fs {
		f.Offset = 0
		if f == want {
			return true
		}
	}
	return false
}

// loadedImmediates loads BEGIN of obj with cilium/ebpf, relocated against
// types (nil: the kernel's), and returns the immediates of its
// instructions as the kernel holds them.
func loadedImmediates(t *testing.T, obj []byte, types *btf.Spec) map[int64]bool {
	t.Helper()
	spec, err := ebpf.LoadCollectionSpecFromReader(bytes.NewReader(obj))
	if err != nil {
		t.Fatal(err)
	}
	coll, err := ebpf.NewCollectionWithOptions(spec, ebpf.CollectionOptions{Programs: ebpf.ProgramOptions{KernelTypes: types}})
	if err != nil {
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			t.Fatalf("%+v", verr)
		}
		t.Fatal(err)
	}
	defer coll.Close()
	info, err := coll.Programs["BEGIN"].Info()
	if err != nil {
		t.Fatal(err)
	}
	insns, err := info.Instructions()
	if err != nil {
		skipOrFail(t, "read the loaded instructions: "+err.Error())
	}
	imms := map[int64]bool{}
	for _, ins := range insns {
		if ins.OpCode.Class().IsALU() && ins.OpCode.Source() == asm.ImmSource || ins.IsConstantLoad(asm.DWord) {
			imms[ins.Constant] = true
		}
	}
	return imms
}

// skipOrFail skips t, or fails it under CI=true where every test must run.
func skipOrFail(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("cannot run in CI: %s", why)
	}
	t.Skip(why)
}
