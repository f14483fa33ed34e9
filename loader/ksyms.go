package loader

import (
	"fmt"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// KernelSymbolError is a kernel symbol of kaddr() this kernel does not
// have. Its message is bpftrace 0.17's, which finds it while compiling.
type KernelSymbolError struct {
	Symbol abi.KernelSymbol
}

func (e *KernelSymbolError) Error() string {
	return "Failed to compile: Failed to resolve kernel symbol: " + e.Symbol.Name
}

// The two ways of resolving kernel symbols; tests replace them.
var (
	symbolsByHelper   = lookupByHelper
	symbolsByKallsyms = symtab.LookupKernelSymbols
)

// ResolveKernelSymbols returns the addresses of kernel symbols names: first
// through the bpf_kallsyms_lookup_name helper (ksyms_bpf.go), then, for the
// names it did not find (or every name, on kernels without the helper),
// from one read of /proc/kallsyms. Names found nowhere are absent from the
// result.
func ResolveKernelSymbols(names []string) map[string]uint64 {
	if len(names) == 0 {
		return nil
	}
	found, err := symbolsByHelper(names)
	if err != nil {
		found = map[string]uint64{}
	}
	var rest []string
	for _, n := range names {
		if _, ok := found[n]; !ok {
			rest = append(rest, n)
		}
	}
	if len(rest) > 0 {
		more, _ := symbolsByKallsyms(rest)
		for n, a := range more {
			found[n] = a
		}
	}
	return found
}

// setKernelSymbols resolves the object's kernel symbols on this host and
// sets their .rodata variables in spec; the first symbol not found is a
// KernelSymbolError.
func (o *Object) setKernelSymbols(spec *ebpf.CollectionSpec) error {
	syms := o.meta.KernelSymbols
	if len(syms) == 0 {
		return nil
	}
	names := make([]string, len(syms))
	for i, ks := range syms {
		names[i] = ks.Name
	}
	addrs := ResolveKernelSymbols(names)
	for _, ks := range syms {
		addr, ok := addrs[ks.Name]
		if !ok {
			return &KernelSymbolError{Symbol: ks}
		}
		vs := spec.Variables[ks.Var]
		if vs == nil {
			continue // no program reads it
		}
		if err := vs.Set(addr); err != nil {
			return fmt.Errorf("set %s, the address of %s: %w", ks.Var, ks.Name, err)
		}
	}
	return nil
}
