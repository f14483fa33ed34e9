package llvm

import (
	"testing"

	"github.com/cilium/ebpf/asm"
)

// TestDropInsns removes markers (an ld_imm64 takes two slots) and checks
// that jumps over them, and to them, land where they did.
func TestDropInsns(t *testing.T) {
	insns := asm.Instructions{
		jmp(asm.JEq, asm.R1, 3),                   // 0 -> slot 4: the second marker
		asm.LoadImm(asm.R2, 1, asm.DWord),         // 1, dropped (slots 1-2)
		asm.LoadMem(asm.R2, asm.R1, 8, asm.Word),  // 2 (slot 3)
		asm.LoadImm(asm.R3, 1, asm.DWord),         // 3, dropped (slots 4-5)
		asm.LoadMem(asm.R3, asm.R1, 16, asm.Word), // 4 (slot 6)
		jmp(asm.JEq, asm.R3, -7),                  // 5 (slot 7) -> slot 1: the first marker
		asm.Mov.Imm(asm.R0, 0),                    // 6
		asm.Return(),                              // 7
	}
	got, err := dropInsns(insns, []bool{false, true, false, true, false, false, false, false})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 {
		t.Fatalf("%d instructions, want 6:\n%v", len(got), got)
	}
	// Slots now: 0 jeq, 1 ldx, 2 ldx, 3 jeq, 4 mov, 5 exit.
	if got[0].Offset != 1 { // slot 4 was the second marker: now the ldx at 2
		t.Errorf("forward jump offset %d, want 1", got[0].Offset)
	}
	if got[3].Offset != -3 { // slot 1 was the first marker: now the ldx at 1
		t.Errorf("backward jump offset %d, want -3", got[3].Offset)
	}
	if _, err := dropInsns(asm.Instructions{jmp(asm.Ja, asm.R0, 1), asm.LoadImm(asm.R1, 1, asm.DWord), asm.Return()}, make([]bool, 3)); err == nil {
		t.Error("a jump into the middle of an ld_imm64 was accepted")
	}
}

func jmp(op asm.JumpOp, dst asm.Register, off int16) asm.Instruction {
	return asm.Instruction{OpCode: op.Op(asm.ImmSource), Dst: dst, Offset: off}
}
