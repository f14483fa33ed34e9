package loader

import (
	"fmt"
	"math"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"
)

// maxHelperName is the longest symbol name (with its NUL, rounded up to 8)
// the lookup program copies to its stack, below the result slot.
const maxHelperName = 496

// lookupByHelper finds kernel symbols with the bpf_kallsyms_lookup_name
// helper (kernel 5.16+): a BPF_PROG_TYPE_SYSCALL program, run once with
// BPF_PROG_TEST_RUN, looks every name up and writes the addresses into its
// context. It asks the kernel's own symbol table, which is much faster than
// having the kernel print /proc/kallsyms. Names it cannot look up (too
// long, or unknown) are absent from the result; an error means the helper
// cannot be used here.
func lookupByHelper(names []string) (map[string]uint64, error) {
	if 8*len(names) > math.MaxInt16 {
		return nil, fmt.Errorf("%d symbols are too many for one lookup program", len(names))
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{
		Name:         "bpftc_kaddr",
		Type:         ebpf.Syscall,
		Flags:        unix.BPF_F_SLEEPABLE, // the kernel only runs sleepable syscall programs
		License:      "GPL",
		Instructions: lookupInsns(names),
	})
	if err != nil {
		return nil, fmt.Errorf("load the kallsyms lookup program: %w", err)
	}
	defer prog.Close()
	ctx := make([]uint64, len(names))
	out := make([]uint64, len(names))
	if _, err := prog.Run(&ebpf.RunOptions{Context: ctx, ContextOut: out}); err != nil {
		return nil, fmt.Errorf("run the kallsyms lookup program: %w", err)
	}
	found := make(map[string]uint64, len(names))
	for i, n := range names {
		if out[i] != 0 {
			found[n] = out[i]
		}
	}
	return found, nil
}

// lookupInsns is the lookup program: for each name i, the name is stored on
// the stack, bpf_kallsyms_lookup_name(name, size, 0, &res) runs, and res
// (0 when the lookup failed) goes to the i-th u64 of the context.
func lookupInsns(names []string) asm.Instructions {
	insns := asm.Instructions{asm.Mov.Reg(asm.R6, asm.R1)}
	for i, n := range names {
		buf := []byte(n + "\x00")
		size := (len(buf) + 7) &^ 7
		if len(n) == 0 || size > maxHelperName {
			continue
		}
		buf = append(buf, make([]byte, size-len(buf))...)
		base := int16(-8 - size)
		for j := 0; j < size; j += 4 {
			w := uint32(buf[j]) | uint32(buf[j+1])<<8 | uint32(buf[j+2])<<16 | uint32(buf[j+3])<<24
			if hostByteOrder == "big" {
				w = uint32(buf[j])<<24 | uint32(buf[j+1])<<16 | uint32(buf[j+2])<<8 | uint32(buf[j+3])
			}
			insns = append(insns, asm.StoreImm(asm.R10, base+int16(j), int64(int32(w)), asm.Word))
		}
		insns = append(insns,
			asm.StoreImm(asm.R10, -8, 0, asm.Word),
			asm.StoreImm(asm.R10, -4, 0, asm.Word),
			asm.Mov.Reg(asm.R1, asm.R10),
			asm.Add.Imm(asm.R1, int32(base)),
			asm.Mov.Imm(asm.R2, int32(len(n)+1)),
			asm.Mov.Imm(asm.R3, 0),
			asm.Mov.Reg(asm.R4, asm.R10),
			asm.Add.Imm(asm.R4, -8),
			asm.FnKallsymsLookupName.Call(),
			asm.LoadMem(asm.R1, asm.R10, -8, asm.DWord),
			asm.StoreMem(asm.R6, int16(8*i), asm.R1, asm.DWord),
		)
	}
	return append(insns, asm.Mov.Imm(asm.R0, 0), asm.Return())
}
