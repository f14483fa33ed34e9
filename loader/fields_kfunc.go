package loader

import (
	"fmt"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

// checkKfunc checks an argument (or the return value) of the kernel
// function fn that a kfunc or kretfunc program reads at a position fixed at
// compile time (abi.SourceKfunc). A function the kernel's own BTF lacks (a
// module's, or none) is left for loading to report.
func (c *fieldChecker) checkKfunc(fn string, f abi.FieldRead) error {
	if c.kernelSpec() == nil {
		return nil
	}
	funs := kbtf.ByName[*btf.Func](c.spec, fn)
	if len(funs) != 1 {
		return nil // none, or several: which one is traced is unknown
	}
	proto, ok := funs[0].Type.(*btf.FuncProto)
	if !ok {
		return nil
	}
	const why = "compiled against other kernel types"
	src := f.Source
	pos, typ := -1, btf.Type(nil)
	if f.Field == "$retval" {
		pos, typ = len(proto.Params), proto.Return
	} else {
		for i, p := range proto.Params {
			if p.Name == f.Field {
				pos, typ = i, p.Type
				break
			}
		}
	}
	switch {
	case pos < 0:
		return fmt.Errorf("%s: this kernel's %s has no parameter %s (%s)", src, fn, f.Field, why)
	case uint32(8*pos) != f.Offset:
		return fmt.Errorf("%s: %s is argument %d of %s in this kernel, the object assumed %d (%s)", src, f.Field, pos, fn, f.Offset/8, why)
	}
	if f.Size == 0 {
		return nil
	}
	if n, err := btf.Sizeof(typ); err == nil && uint32(n) != f.Size {
		return fmt.Errorf("%s: %s is %d bytes in this kernel, the object assumed %d (%s)", src, f.Field, n, f.Size, why)
	}
	return nil
}
