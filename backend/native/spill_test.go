package native

import (
	"os"
	"testing"

	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// spillModule keeps n values alive across a helper call, more than the four
// callee-saved registers hold, and stores their sum in slot 1 of an array
// map whose slot 0 holds the input.
func spillModule(n int) *ir.Module {
	m := &ir.Module{Maps: []*ir.Map{{Name: "data", Kind: ir.MapArray, KeySize: 4, ValueSize: 16, MaxEntries: 1}}}
	f := ir.NewFunc("spill")
	m.Funcs = append(m.Funcs, f)
	b := f.Entry()
	c := func(blk *ir.Block, v int64) *ir.Value {
		x := blk.NewValue(ir.OpConst, ir.I64)
		x.Aux = v
		return x
	}
	key := b.NewValue(ir.OpAlloca, ir.Ptr)
	key.Aux = 4
	st := b.NewValue(ir.OpStore, ir.Void, key, c(b, 0))
	st.Size = 4
	mp := b.NewValue(ir.OpMap, ir.MapRef)
	mp.Sym = "data"
	p := b.NewValue(ir.OpCall, ir.Ptr, mp, key)
	p.Sym = "map_lookup_elem"
	body, out := f.NewBlock(), f.NewBlock()
	b.If(p, body, out)
	x := body.NewValue(ir.OpLoad, ir.I64, p)
	x.Size = 8
	var vals []*ir.Value
	for i := 0; i < n; i++ {
		mul := body.NewValue(ir.OpMul, ir.I64, x, c(body, int64(i+1)))
		vals = append(vals, body.NewValue(ir.OpAdd, ir.I64, mul, c(body, int64(i))))
	}
	cpu := body.NewValue(ir.OpCall, ir.I64)
	cpu.Sym = "get_smp_processor_id"
	sum := body.NewValue(ir.OpMul, ir.I64, cpu, c(body, 0))
	for _, v := range vals {
		sum = body.NewValue(ir.OpAdd, ir.I64, sum, v)
	}
	st2 := body.NewValue(ir.OpStore, ir.Void, p, sum)
	st2.Size, st2.Aux = 8, 8
	body.Jump(out)
	out.Ret(c(out, 0))
	return m
}

func TestSpillRuns(t *testing.T) {
	const n, input = 14, 3
	m := spillModule(n)
	if err := ir.Verify(m); err != nil {
		t.Fatal(err)
	}
	progs, err := (&Backend{}).Compile(m)
	if err != nil {
		t.Fatal(err)
	}
	insns := progs[0].Insns
	spills := 0
	for _, ins := range insns {
		if ins.OpCode.Class().IsStore() && ins.Dst == asm.R10 {
			spills++
		}
	}
	if spills == 0 {
		t.Fatalf("expected spill stores, got none:\n%v", insns)
	}
	if os.Getuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("kernel test cannot run in CI: needs root")
		}
		t.Skip("needs root")
	}
	data, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Array, KeySize: 4, ValueSize: 16, MaxEntries: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer data.Close()
	if err := data.Put(uint32(0), [2]uint64{input, 0}); err != nil {
		t.Fatal(err)
	}
	insns = append(asm.Instructions(nil), insns...)
	if err := insns.AssociateMap("data", data); err != nil {
		t.Fatal(err)
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.RawTracepoint, Instructions: insns, License: "GPL"})
	if err != nil {
		t.Fatalf("%+v", err)
	}
	defer prog.Close()
	if _, err := prog.Run(&ebpf.RunOptions{}); err != nil {
		t.Fatal(err)
	}
	var got [2]uint64
	if err := data.Lookup(uint32(0), &got); err != nil {
		t.Fatal(err)
	}
	want := uint64(0)
	for i := 0; i < n; i++ {
		want += input*uint64(i+1) + uint64(i)
	}
	if got[1] != want {
		t.Errorf("sum of spilled values = %d, want %d\n%v", got[1], want, insns)
	}
}
