package lower

import (
	"strconv"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// kaddr lowers kaddr("sym"): the address of kernel symbol sym on the host
// the object runs on (FN-10). The loader looks the symbol up and sets a
// .rodata variable the program reads (abi.KernelSymbol), so the object
// does not depend on the compiling host's kernel or its KASLR offset.
func (l *lowerer) kaddr(c *ast.Call) *ir.Value {
	name := l.stringLit(c.Args[0])
	v := l.b.value(ir.OpGlobal, ir.I64)
	v.Sym = l.kernelSymbol(name, c)
	return v
}

// kernelSymbol returns the variable that holds the address of kernel
// symbol name, adding it to the metadata at its first use (call c).
func (l *lowerer) kernelSymbol(name string, c *ast.Call) string {
	used := map[string]bool{}
	for _, ks := range l.meta.KernelSymbols {
		if ks.Name == name {
			return ks.Var
		}
		used[ks.Var] = true
	}
	v := kaddrVar(name)
	for i := 2; used[v]; i++ {
		v = kaddrVar(name) + "_" + strconv.Itoa(i)
	}
	span := c.Loc()
	l.meta.KernelSymbols = append(l.meta.KernelSymbols, abi.KernelSymbol{Name: name, Var: v, Start: int(span.Start), End: int(span.End)})
	return v
}

// kaddrVar is the variable name for kernel symbol name: "kaddr_" and the
// name, every byte that cannot be in a C identifier (BTF wants one) as "_".
func kaddrVar(name string) string {
	b := []byte("kaddr_" + name)
	for i, c := range b {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			b[i] = '_'
		}
	}
	return string(b)
}
