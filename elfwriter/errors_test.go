package elfwriter_test

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/elfwriter"
)

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		modify func(o *elfwriter.Object)
		want   string
	}{
		{"no license", func(o *elfwriter.Object) { o.License = "" }, "license: missing"},
		{"NUL in license", func(o *elfwriter.Object) { o.License = "G\x00PL" }, "license: contains a NUL"},
		{"no programs", func(o *elfwriter.Object) { o.Programs = nil }, "no programs"},
		{"empty program", func(o *elfwriter.Object) { o.Programs[1].Insns = nil }, "program BEGIN: no instructions"},
		{"program name", func(o *elfwriter.Object) { o.Programs[0].Name = "tp:getppid" }, `symbol "tp:getppid": not a C identifier`},
		{"empty name", func(o *elfwriter.Object) { o.Programs[0].Name = "" }, `symbol "": not a C identifier`},
		{"map name", func(o *elfwriter.Object) { o.Maps[0].Name = "@counts" }, `symbol "@counts": not a C identifier`},
		{"variable name", func(o *elfwriter.Object) { o.Data[0].Variables[0].Name = "9x" }, `symbol "9x": not a C identifier`},
		{"program and map", func(o *elfwriter.Object) { o.Maps[0].Name = "BEGIN" }, "symbol BEGIN: duplicate"},
		{"two programs", func(o *elfwriter.Object) { o.Programs[4].Name = "prof_0" }, "symbol prof_0: duplicate"},
		{"map and variable", func(o *elfwriter.Object) { o.Data[2].Variables[0].Name = "AT_hits" }, "symbol AT_hits: duplicate"},
		{"unknown map", func(o *elfwriter.Object) {
			o.Programs[1].Insns[4] = o.Programs[1].Insns[4].WithReference("AT_nope")
		}, `program BEGIN: instruction 4: map reference to unknown symbol "AT_nope"`},
		{"unknown variable", func(o *elfwriter.Object) {
			o.Programs[2].Insns[0] = o.Programs[2].Insns[0].WithReference("nope")
		}, `program rd: instruction 0: data reference to unknown symbol "nope"`},
		{"map as data", func(o *elfwriter.Object) {
			o.Programs[2].Insns[0] = o.Programs[2].Insns[0].WithReference("AT_hits")
		}, `data reference to "AT_hits", which is not a variable`},
		{"variable as map", func(o *elfwriter.Object) {
			o.Programs[1].Insns[4] = o.Programs[1].Insns[4].WithReference("cnt")
		}, `map reference to "cnt", which is not a map`},
		{"program as map", func(o *elfwriter.Object) {
			o.Programs[1].Insns[4] = o.Programs[1].Insns[4].WithReference("rd")
		}, `map reference to "rd", which is not a map`},
		{"map offset", func(o *elfwriter.Object) { o.Programs[1].Insns[4].Constant = 8 << 32 }, "map reference to AT__events: offset 8"},
		{"variable offset", func(o *elfwriter.Object) {
			o.Programs[2].Insns[4] = asm.LoadMapValue(asm.R2, 0, 8).WithReference("pair")
		}, "reference to pair+8: outside the variable's 8 bytes"},
		{"section offset", func(o *elfwriter.Object) {
			o.Programs[2].Insns[2] = asm.LoadMapValue(asm.R2, 0, 24).WithReference(".bss")
		}, "reference to .bss+24: outside the section's 24 bytes"},
		{"plain ld_imm64", func(o *elfwriter.Object) {
			o.Programs[1].Insns[4] = asm.LoadImm(asm.R1, 0, asm.DWord).WithReference("AT__events")
		}, "source r0 is neither PseudoMapFD nor PseudoMapValue"},
		{"reference on ALU", func(o *elfwriter.Object) {
			o.Programs[0].Insns[1] = o.Programs[0].Insns[1].WithReference("AT_counts")
		}, "only ld_imm64 and jumps may carry references"},
		{"bpf call", func(o *elfwriter.Object) {
			o.Programs[0].Insns[0] = asm.Call.Label("helper")
		}, `call to "helper", which is not a program in .text`},
		{"kfunc call", func(o *elfwriter.Object) {
			ins := asm.Call.Label("helper")
			ins.Src = asm.PseudoKfuncCall
			o.Programs[0].Insns[0] = ins
		}, "calls to kfuncs are not supported"},
		{"only text", func(o *elfwriter.Object) {
			for i := range o.Programs {
				o.Programs[i].Section = ".text"
			}
		}, "object has no programs outside .text"},
		{"call from text", func(o *elfwriter.Object) {
			o.Programs[1].Section = ".text"
			o.Programs[0].Section = ".text"
			o.Programs[0].Insns[0] = asm.Call.Label(o.Programs[1].Name)
		}, "calls from .text are not supported"},
		{"missing label", func(o *elfwriter.Object) {
			o.Programs[0].Insns[7] = asm.JEq.Imm(asm.R0, 0, "nowhere")
		}, "program tp_getppid: encode instructions"},
		{"invalid opcode", func(o *elfwriter.Object) {
			o.Programs[3].Insns[0] = asm.StoreImm(asm.R10, -8, 1, asm.DWord)
		}, "program prof_0: encode instructions: instruction 0: invalid opcode"},
		{"text section", func(o *elfwriter.Object) { o.Programs[0].Section = ".text.x" }, `section ".text.x": name prefix ".text" is reserved`},
		{"dot section", func(o *elfwriter.Object) { o.Programs[0].Section = ".tp" }, `section ".tp": program sections must not start with '.'`},
		{"empty section", func(o *elfwriter.Object) { o.Programs[0].Section = "" }, "empty section name"},
		{"maps section", func(o *elfwriter.Object) { o.Programs[0].Section = "maps/x" }, `name prefix "maps" is reserved`},
		{"control character", func(o *elfwriter.Object) { o.Programs[0].Section = "kprobe/a\nb" }, "control character"},
		{"unspecified map", func(o *elfwriter.Object) { o.Maps[2].Type = ebpf.UnspecifiedMap }, "map AT_hits: unspecified map type"},
		{"ringbuf key", func(o *elfwriter.Object) { o.Maps[1].KeySize = 4 }, "map AT__events: ring buffer with a key or value"},
		{"key size", func(o *elfwriter.Object) { o.Maps[0].KeySize = 8 }, "map AT_counts: key: BTF type: type Int:\"u32\"[unsigned size=4] has 4 bytes, size says 8"},
		{"nil BTF key", func(o *elfwriter.Object) { o.Maps[0].Key = (*btf.Int)(nil) }, "map AT_counts: key: BTF type"},
		{"nil BTF member", func(o *elfwriter.Object) {
			o.Maps[0].Value = &btf.Struct{Size: 8, Members: []btf.Member{{Name: "x", Type: (*btf.Int)(nil)}}}
		}, "encode BTF"},
		{"variable type size", func(o *elfwriter.Object) { o.Data[1].Variables[0].Type = &btf.Int{Size: 4} }, "variable pair: BTF type"},
		{"data name", func(o *elfwriter.Object) { o.Data[0].Name = ".rodatax" }, `data section ".rodatax": name is not`},
		{"data name suffix", func(o *elfwriter.Object) { o.Data[0].Name = ".data.a-b" }, `data section ".data.a-b": name is not`},
		{"duplicate data", func(o *elfwriter.Object) { o.Data[1].Name = ".rodata" }, "data section .rodata: duplicate"},
		{"empty data", func(o *elfwriter.Object) { o.Data[0] = elfwriter.Data{Name: ".data.x"} }, "size 0"},
		{"contents size", func(o *elfwriter.Object) { o.Data[1].Contents = make([]byte, 4) }, "4 bytes of contents for size 16"},
		{"bss contents", func(o *elfwriter.Object) { o.Data[2].Contents = append(make([]byte, 23), 1) }, "non-zero contents in a NOBITS section"},
		{"variable outside", func(o *elfwriter.Object) { o.Data[2].Variables[2].Size = 9 }, "variable name: bytes 16..25 outside the section's 24"},
		{"variable size 0", func(o *elfwriter.Object) { o.Data[2].Variables[2].Size = 0 }, "variable name: size 0"},
		{"overlap", func(o *elfwriter.Object) { o.Data[2].Variables[1].Offset = 4 }, "variable out_b overlaps variable out_a"},
		{"huge offset", func(o *elfwriter.Object) { o.Data[2].Variables[2].Offset = 0xffffffff }, "outside the section's 24"},
		{"extra reserved", func(o *elfwriter.Object) { o.Extra[0].Name = ".rodata.meta" }, `name prefix ".rodata" is reserved`},
		{"extra license", func(o *elfwriter.Object) { o.Extra[0].Name = "license2" }, `name prefix "license" is reserved`},
		{"extra is program", func(o *elfwriter.Object) { o.Extra[0].Name = "perf_event" }, "name already used by a program section"},
		{"extra twice", func(o *elfwriter.Object) { o.Extra = append(o.Extra, o.Extra[0]) }, "name already used by another extra section"},
		{"byte order", func(o *elfwriter.Object) { o.ByteOrder = swapped{} }, "byte order"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			obj := fullObject()
			tc.modify(obj)
			var buf bytes.Buffer
			err := elfwriter.Write(&buf, obj)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got error %v, want one containing %q", err, tc.want)
			}
			if buf.Len() != 0 {
				t.Errorf("%d bytes written despite the error", buf.Len())
			}
		})
	}
	if _, err := elfwriter.Bytes(nil); err == nil {
		t.Error("nil object: no error")
	}
}

// swapped is a byte order Write does not know.
type swapped struct{ binary.ByteOrder }

// TestErrorsLeaveInputAlone checks that Write does not modify its input.
func TestErrorsLeaveInputAlone(t *testing.T) {
	obj := fullObject()
	before := fullObject()
	mustBytes(t, obj)
	for i := range obj.Programs {
		if a, b := blank(t, obj.Programs[i].Insns), blank(t, before.Programs[i].Insns); !bytes.Equal(a, b) {
			t.Errorf("program %s modified", obj.Programs[i].Name)
		}
		for j, ins := range obj.Programs[i].Insns {
			w := before.Programs[i].Insns[j]
			if ins.Src != w.Src || ins.Constant != w.Constant || ins.Offset != w.Offset || ins.Reference() != w.Reference() {
				t.Errorf("program %s instruction %d: %v, was %v", obj.Programs[i].Name, j, ins, w)
			}
		}
	}
}
