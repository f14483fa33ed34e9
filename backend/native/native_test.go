package native

import (
	"os"
	"testing"

	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// countByPid builds: key = pid; v = lookup; if v { *v += 1 } else { update(key, 1) }
func countByPid() *ir.Module {
	m := &ir.Module{Maps: []*ir.Map{{Name: "AT_", Kind: ir.MapPerCPUHash, KeySize: 8, ValueSize: 8, MaxEntries: 16}}}
	f := ir.NewFunc("tp")
	m.Funcs = append(m.Funcs, f)
	b := f.Entry()
	key := b.NewValue(ir.OpAlloca, ir.Ptr)
	key.Aux = 8
	val := b.NewValue(ir.OpAlloca, ir.Ptr)
	val.Aux = 8
	pt := b.NewValue(ir.OpCall, ir.I64)
	pt.Sym = "get_current_pid_tgid"
	c32 := b.NewValue(ir.OpConst, ir.I64)
	c32.Aux = 32
	pid := b.NewValue(ir.OpLShr, ir.I64, pt, c32)
	st := b.NewValue(ir.OpStore, ir.Void, key, pid)
	st.Size = 8
	mp := b.NewValue(ir.OpMap, ir.MapRef)
	mp.Sym = "AT_"
	p := b.NewValue(ir.OpCall, ir.Ptr, mp, key)
	p.Sym = "map_lookup_elem"
	hit, miss, done := f.NewBlock(), f.NewBlock(), f.NewBlock()
	b.If(p, hit, miss)
	old := hit.NewValue(ir.OpLoad, ir.I64, p)
	old.Size = 8
	one := hit.NewValue(ir.OpConst, ir.I64)
	one.Aux = 1
	sum := hit.NewValue(ir.OpAdd, ir.I64, old, one)
	s2 := hit.NewValue(ir.OpStore, ir.Void, p, sum)
	s2.Size = 8
	hit.Jump(done)
	one2 := miss.NewValue(ir.OpConst, ir.I64)
	one2.Aux = 1
	s3 := miss.NewValue(ir.OpStore, ir.Void, val, one2)
	s3.Size = 8
	zero := miss.NewValue(ir.OpConst, ir.I64)
	mp2 := miss.NewValue(ir.OpMap, ir.MapRef)
	mp2.Sym = "AT_"
	u := miss.NewValue(ir.OpCall, ir.I64, mp2, key, val, zero)
	u.Sym = "map_update_elem"
	miss.Jump(done)
	z := done.NewValue(ir.OpConst, ir.I64)
	done.Ret(z)
	return m
}

func TestCompileLoads(t *testing.T) {
	m := countByPid()
	if err := ir.Verify(m); err != nil {
		t.Fatal(err)
	}
	if err := ir.Optimize(m, &ir.OptimizeOptions{Verify: true}); err != nil {
		t.Fatal(err)
	}
	progs, err := (&Backend{}).Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	insns := progs[0].Insns
	t.Logf("\n%v", insns)
	if os.Getuid() != 0 {
		t.Skip("needs root")
	}
	mp, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.PerCPUHash, KeySize: 8, ValueSize: 8, MaxEntries: 16})
	if err != nil {
		t.Fatal(err)
	}
	defer mp.Close()
	insns = append(asm.Instructions(nil), insns...)
	if err := insns.AssociateMap("AT_", mp); err != nil {
		t.Fatal(err)
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.TracePoint, Instructions: insns, License: "GPL"})
	if err != nil {
		t.Fatalf("%+v", err)
	}
	prog.Close()
}
