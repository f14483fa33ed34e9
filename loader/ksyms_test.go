package loader

import (
	"encoding/binary"
	"errors"
	"maps"
	"testing"
	"time"

	"github.com/cilium/ebpf/asm"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// TestResolveKernelSymbols checks the order of the two ways: the helper
// first, /proc/kallsyms only for what the helper did not find.
func TestResolveKernelSymbols(t *testing.T) {
	table := map[string]uint64{"a": 1, "b": 2, "c": 3}
	for _, tc := range []struct {
		name      string
		helper    map[string]uint64
		helperErr error
		asked     []string // what /proc/kallsyms is asked for
	}{
		{"helper finds all it can", map[string]uint64{"a": 1, "b": 2, "c": 3}, nil, []string{"missing"}},
		{"helper finds some", map[string]uint64{"a": 1}, nil, []string{"b", "c", "missing"}},
		{"no helper", nil, errors.New("no syscall programs"), []string{"a", "b", "c", "missing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var asked []string
			defer func(h, k func([]string) (map[string]uint64, error)) { symbolsByHelper, symbolsByKallsyms = h, k }(symbolsByHelper, symbolsByKallsyms)
			symbolsByHelper = func([]string) (map[string]uint64, error) { return maps.Clone(tc.helper), tc.helperErr }
			symbolsByKallsyms = func(names []string) (map[string]uint64, error) {
				asked = names
				found := map[string]uint64{}
				for _, n := range names {
					if a, ok := table[n]; ok {
						found[n] = a
					}
				}
				return found, nil
			}
			got := ResolveKernelSymbols([]string{"a", "b", "c", "missing"})
			if !maps.Equal(got, table) {
				t.Errorf("got %v, want %v", got, table)
			}
			if len(asked) != len(tc.asked) {
				t.Errorf("/proc/kallsyms asked for %v, want %v", asked, tc.asked)
			}
		})
	}
}

// TestKernelSymbolPaths resolves the same names through the BPF helper and
// through /proc/kallsyms: both must agree (duplicated static names
// included), and the helper must be faster.
func TestKernelSymbolPaths(t *testing.T) {
	requireKernel(t)
	names := []string{"vfs_read", "do_sys_open", "_stext", "pgd_val", "paravirt_read_msr_safe", "no_such_symbol_x"}
	start := time.Now()
	byHelper, err := lookupByHelper(names)
	helperTime := time.Since(start)
	if err != nil {
		t.Skipf("bpf_kallsyms_lookup_name: %v (kernel before 5.16?)", err)
	}
	start = time.Now()
	byKallsyms, err := symtab.LookupKernelSymbols(names)
	kallsymsTime := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d names: helper %v, /proc/kallsyms %v", len(names), helperTime, kallsymsTime)
	if byHelper["vfs_read"] == 0 {
		t.Errorf("the helper does not find vfs_read")
	}
	if _, ok := byHelper["no_such_symbol_x"]; ok {
		t.Errorf("the helper finds no_such_symbol_x")
	}
	for _, n := range names {
		if n == "pgd_val" || n == "paravirt_read_msr_safe" {
			// Duplicated static names: not on every kernel build.
			if _, ok := byKallsyms[n]; !ok {
				continue
			}
		}
		if byHelper[n] != byKallsyms[n] {
			t.Errorf("%s: helper %#x, /proc/kallsyms %#x", n, byHelper[n], byKallsyms[n])
		}
	}
}

// kaddrObject is an object whose BEGIN reads the .rodata variable of
// kernel symbol sym.
func kaddrObject(t *testing.T, sym string) *Object {
	o := newTestObject()
	ks := abi.KernelSymbol{Name: sym, Var: "kaddr_x", Start: 8, End: 20}
	o.meta.KernelSymbols = append(o.meta.KernelSymbols, ks)
	o.obj.Data = append(o.obj.Data, elfwriter.Data{Name: ".rodata", Size: 8, Contents: make([]byte, 8),
		Variables: []elfwriter.Variable{{Name: ks.Var, Size: 8}}})
	o.program("BEGIN", "raw_tp", asm.Instructions{
		asm.LoadMapValue(asm.R1, 0, 0).WithReference(ks.Var),
		asm.LoadMem(asm.R0, asm.R1, 0, asm.DWord),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}, beginPoint)
	return o.open(t)
}

// TestLoadKernelSymbol loads an object that reads kaddr("vfs_read"): the
// frozen .rodata holds this kernel's address; a missing symbol fails the
// load with bpftrace's message.
func TestLoadKernelSymbol(t *testing.T) {
	requireKernel(t)
	want, err := symtab.LookupKernelSymbols([]string{"vfs_read"})
	if err != nil || want["vfs_read"] == 0 {
		t.Skipf("no vfs_read in /proc/kallsyms: %v", err)
	}
	start := time.Now()
	l, err := kaddrObject(t, "vfs_read").load(defaultRingBufferSize)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load with one kernel symbol: %v", time.Since(start))
	defer l.close()
	var value []byte
	if err := l.maps.Maps[".rodata"].Lookup(uint32(0), &value); err != nil {
		t.Fatal(err)
	}
	if got := binary.NativeEndian.Uint64(value); got != want["vfs_read"] {
		t.Errorf(".rodata holds %#x, want %#x", got, want["vfs_read"])
	}

	_, err = kaddrObject(t, "no_such_sym_x").load(defaultRingBufferSize)
	var ke *KernelSymbolError
	if !errors.As(err, &ke) || ke.Symbol.Start != 8 {
		t.Fatalf("got %v, want a KernelSymbolError", err)
	}
	if got, want := err.Error(), "Failed to compile: Failed to resolve kernel symbol: no_such_sym_x"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
