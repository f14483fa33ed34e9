package kbtf

import (
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/cilium/ebpf/btf"
)

const testBTF = "../../testdata/btf/vmlinux.btf"

// sources are the BTF files the reader is compared with cilium on; the
// running kernel's is skipped where there is none.
func sources(t *testing.T) []string {
	paths := []string{testBTF}
	if _, err := os.Stat(KernelPath); err == nil {
		paths = append(paths, KernelPath)
	} else if os.Getenv("CI") == "true" {
		t.Errorf("CI=true: no %s: %v", KernelPath, err)
	}
	return paths
}

// both opens path with Types (the running kernel's through Open("")) and
// with cilium's full decoder.
func both(t *testing.T, path string) (*Types, *btf.Spec) {
	t.Helper()
	open := path
	if path == KernelPath {
		open = ""
	}
	k, err := Open(open)
	if err != nil {
		t.Fatal(err)
	}
	spec, err := btf.LoadSpec(path)
	if err != nil {
		t.Fatal(err)
	}
	return k, spec
}

// lookupNames are names the compiler looks up: records, typedefs, enums,
// functions, raw tracepoint prototypes and names nothing has.
var lookupNames = []string{
	"task_struct", "trace_event_raw_sched_switch", "mm_struct", "file", "path", "sk_buff",
	"bpf_iter__task", "bpf_attr", "pid_t", "u64", "atomic_t", "__kernel_size_t",
	"hrtimer_restart", "bpf_map_type", "vfs_read", "do_nanosleep", "__bpf_trace_sched_switch",
	"btf_trace_sched_switch", "__bpf_trace_sys_enter", "int", "char", "long unsigned int",
	"no_such_type_xyz", "task", "",
}

func TestAnyTypesByNameMatchesCilium(t *testing.T) {
	for _, path := range sources(t) {
		k, spec := both(t, path)
		for _, name := range lookupNames {
			got, gerr := k.AnyTypesByName(name)
			want, werr := spec.AnyTypesByName(name)
			if len(want) == 0 && errors.Is(werr, btf.ErrNotFound) || len(want) == 0 && werr == nil {
				if !errors.Is(gerr, btf.ErrNotFound) {
					t.Errorf("%s: %s: got %d types, %v; want not found", path, name, len(got), gerr)
				}
				continue
			}
			if gerr != nil || werr != nil {
				t.Errorf("%s: %s: errors %v, %v", path, name, gerr, werr)
				continue
			}
			if len(got) != len(want) {
				t.Errorf("%s: %s: %d types, want %d", path, name, len(got), len(want))
				continue
			}
			for i := range got {
				if g, w := describe(got[i]), describe(want[i]); g != w {
					t.Errorf("%s: %s #%d differs:\n%s", path, name, i, firstDiff(g, w))
				}
			}
		}
	}
}

// TestTypeByIDMatchesCilium compares every type of the test BTF, and a
// sample of the kernel's.
func TestTypeByIDMatchesCilium(t *testing.T) {
	for _, path := range sources(t) {
		k, spec := both(t, path)
		step := 1
		if path == KernelPath {
			step = 997
		}
		for id := 0; id < k.NumTypes(); id += step {
			got, gerr := k.TypeByID(btf.TypeID(id))
			want, werr := spec.TypeByID(btf.TypeID(id))
			if werr != nil {
				continue // decl tags: cilium's own unexported type
			}
			if gerr != nil {
				t.Errorf("%s: type %d: %v", path, id, gerr)
				continue
			}
			if g, w := describe(got), describe(want); g != w {
				t.Errorf("%s: type %d differs:\n%s", path, id, firstDiff(g, w))
			}
		}
		if _, err := k.TypeByID(btf.TypeID(k.NumTypes())); err == nil {
			t.Errorf("%s: type past the last: no error", path)
		}
	}
}

// TestShellsFilledByName: a record first reached through a pointer has no
// members, and gets them (in the same value) when looked up by name.
func TestShellsFilledByName(t *testing.T) {
	for _, path := range sources(t) {
		k, _ := both(t, path)
		var ts *btf.Struct
		if err := k.TypeByName("task_struct", &ts); err != nil {
			t.Fatal(err)
		}
		var parent *btf.Pointer
		for _, m := range ts.Members {
			if m.Name == "real_parent" {
				parent, _ = m.Type.(*btf.Pointer)
			}
		}
		if parent == nil || parent.Target != ts {
			t.Fatalf("%s: task_struct.real_parent does not point to task_struct", path)
		}
		var mm *btf.Struct
		for _, m := range ts.Members {
			if m.Name == "mm" {
				target := btf.UnderlyingType(m.Type.(*btf.Pointer).Target)
				if _, ok := target.(*btf.Fwd); ok {
					mm = nil // the test BTF's trimmed pointee
					break
				}
				mm, _ = target.(*btf.Struct)
				if mm == nil {
					t.Fatalf("%s: task_struct.mm points to %v", path, target)
				}
			}
		}
		if mm == nil {
			continue
		}
		if len(mm.Members) != 0 {
			t.Fatalf("%s: task_struct.mm: want a struct mm_struct without members, got %v", path, mm)
		}
		if r := FindRecord(k, "struct mm_struct"); r != btf.Type(mm) || len(mm.Members) == 0 {
			t.Errorf("%s: struct mm_struct by name: %v, %d members", path, r, len(mm.Members))
		}
	}
}

func TestEnumeratorMatchesCilium(t *testing.T) {
	for _, path := range sources(t) {
		k, spec := both(t, path)
		want := map[string]int64{}
		var names []string
		for typ, err := range spec.All() {
			if err != nil {
				t.Fatal(err)
			}
			e, ok := typ.(*btf.Enum)
			if !ok {
				continue
			}
			for _, v := range e.Values {
				if _, dup := want[v.Name]; !dup {
					want[v.Name] = int64(v.Value)
					names = append(names, v.Name)
				}
			}
		}
		if len(names) == 0 {
			t.Fatalf("%s: no enumerators", path)
		}
		for i, name := range names {
			if path == KernelPath && i%53 != 0 && name != "TT_COMPAT" && name != "HRTIMER_RESTART" {
				continue
			}
			if got, ok := k.Enumerator(name); !ok || got != want[name] {
				t.Errorf("%s: %s = %d, %v; want %d", path, name, got, ok, want[name])
			}
		}
		if _, ok := k.Enumerator("NO_SUCH_ENUMERATOR_XYZ"); ok {
			t.Errorf("%s: found an enumerator nothing defines", path)
		}
	}
}

func TestFuncNamesMatchesCilium(t *testing.T) {
	for _, path := range sources(t) {
		k, spec := both(t, path)
		var want []string
		for typ, err := range spec.All() {
			if err != nil {
				t.Fatal(err)
			}
			if f, ok := typ.(*btf.Func); ok {
				want = append(want, f.Name)
			}
		}
		slices.Sort(want)
		want = slices.Compact(want)
		if got := k.FuncNames(); !slices.Equal(got, want) {
			t.Errorf("%s: %d function names, want %d", path, len(got), len(want))
		}
	}
}

func TestTypeByName(t *testing.T) {
	k, spec := both(t, testBTF)
	var s, ws *btf.Struct
	if err, werr := k.TypeByName("task_struct", &s), spec.TypeByName("task_struct", &ws); err != nil || werr != nil || describe(s) != describe(ws) {
		t.Errorf("struct task_struct: %v, %v", err, werr)
	}
	var td *btf.Typedef
	if err := k.TypeByName("task_struct", &td); !errors.Is(err, btf.ErrNotFound) {
		t.Errorf("typedef task_struct: %v, want not found", err)
	}
	if err := k.TypeByName("task_struct", new(int)); err == nil {
		t.Errorf("bad type argument: no error")
	}
}

func TestFindRecord(t *testing.T) {
	k, spec := both(t, testBTF)
	for _, tc := range []struct {
		name string
		want string // the record's TypeName, "" for nil
	}{
		{"struct task_struct", "task_struct"},
		{"union task_struct", ""},
		{"enum hrtimer_restart", ""},
		{"task_struct", ""},
		{"struct ", ""},
		{"struct no_such_record", ""},
	} {
		for _, f := range []Finder{k, spec} {
			got := FindRecord(f, tc.name)
			if name := typeName(got); name != tc.want {
				t.Errorf("FindRecord(%T, %q) = %q, want %q", f, tc.name, name, tc.want)
			}
		}
	}
}

func typeName(t btf.Type) string {
	if t == nil {
		return ""
	}
	return t.TypeName()
}

func TestOpenErrors(t *testing.T) {
	for _, path := range []string{"/nonexistent/vmlinux", "types_test.go", "/proc/self/exe"} {
		if _, err := Open(path); err == nil {
			t.Errorf("Open(%s): no error", path)
		}
	}
}

// firstDiff shows where two renderings part.
func firstDiff(got, want string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-200)
	return "got:  ..." + got[from:min(len(got), i+200)] + "\nwant: ..." + want[from:min(len(want), i+200)]
}
