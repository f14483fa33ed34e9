package kinfo

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// vmlinuxBTF is where the kernel publishes its own BTF.
const vmlinuxBTF = "/sys/kernel/btf/vmlinux"

// uprobeRefCtr exists when the uprobe PMU takes a semaphore offset
// (Linux 4.20), which USDT semaphores need.
const uprobeRefCtr = "/sys/bus/event_source/devices/uprobe/format/ref_ctr_offset"

// featureChecks answer bpftrace's "Kernel features" section, with its
// line names (the uprobe one names bcc, which bpftc does not use: the
// answer is the kernel's).
func featureChecks() []check {
	return []check{
		limitLine,
		yesNoCheck("Loop support", haveLoops),
		yesNoCheck("btf", haveBTF),
		yesNoCheck("map batch", haveMapBatch),
		yesNoCheck("uprobe refcount (depends on Build:bcc bpf_attach_uprobe refcount)", func() error { return haveAnyFile(uprobeRefCtr) }),
	}
}

// limitLine is "Instruction limit: N", or -1 when the verifier does not
// say, as bpftrace prints it.
func limitLine() Line {
	n, err := instructionLimit()
	if err != nil {
		return Line{Name: "Instruction limit", Value: "-1", Err: err}
	}
	return Line{Name: "Instruction limit", Value: strconv.Itoa(n)}
}

// instructionLimit reads the verifier's instruction limit from the log of
// a two-instruction kprobe program: "processed 2 insns (limit 1000000)".
// Kernels older than 5.2 print no limit: -1, as bpftrace.
func instructionLimit() (int, error) {
	p, err := ebpf.NewProgramWithOptions(&ebpf.ProgramSpec{
		Type:         ebpf.Kprobe,
		Instructions: asm.Instructions{asm.LoadImm(asm.R0, 0, asm.DWord), asm.Return()},
		License:      "GPL",
	}, ebpf.ProgramOptions{LogLevel: ebpf.LogLevelBranch})
	if err != nil {
		return 0, err
	}
	log := p.VerifierLog
	p.Close()
	return parseLimit(log)
}

// parseLimit finds N in "processed 2 insns (limit N)".
func parseLimit(log string) (int, error) {
	i := strings.Index(log, "processed 2 insns")
	if i < 0 {
		return 0, errors.New("instruction limit: no statistics in the verifier log")
	}
	rest := log[i:]
	j := strings.Index(rest, "(limit ")
	if j < 0 {
		return 0, errors.New("instruction limit: the verifier log names no limit")
	}
	rest = rest[j+len("(limit "):]
	k := strings.IndexByte(rest, ')')
	if k < 0 {
		return 0, errors.New("instruction limit: unterminated limit in the verifier log")
	}
	n, err := strconv.Atoi(rest[:k])
	if err != nil {
		return 0, errors.New("instruction limit: " + err.Error())
	}
	return n, nil
}

// haveLoops loads a tracepoint program with a bounded loop (Linux 5.3),
// as bpftrace does: r0 counts up to 4.
func haveLoops() error {
	return loadProgram(ebpf.TracePoint, ebpf.AttachNone, asm.Instructions{
		asm.Mov.Imm(asm.R0, 0),
		asm.Add.Imm(asm.R0, 1).WithSymbol("loop"),
		asm.JLT.Imm(asm.R0, 4, "loop"),
		asm.Return(),
	})
}

// haveBTF reports whether the kernel publishes its BTF, the types bpftc
// compiles field accesses and kfunc arguments against. It checks the BTF
// magic only: parsing all of it takes tens of milliseconds.
func haveBTF() error {
	f, err := os.Open(vmlinuxBTF)
	if err != nil {
		return err
	}
	defer f.Close()
	var magic [2]byte
	if _, err := io.ReadFull(f, magic[:]); err != nil {
		return errors.New("btf: " + vmlinuxBTF + ": " + err.Error())
	}
	if magic != [2]byte{0x9f, 0xeb} && magic != [2]byte{0xeb, 0x9f} {
		return errors.New("btf: " + vmlinuxBTF + ": no BTF magic")
	}
	return nil
}

// haveMapBatch asks for a batch of entries of an empty hash map: kernels
// with the batch API (Linux 5.6) answer "no more entries".
func haveMapBatch() error {
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Hash, KeySize: 4, ValueSize: 4, MaxEntries: 10})
	if err != nil {
		return err
	}
	defer m.Close()
	var cursor ebpf.MapBatchCursor
	keys, values := make([]uint32, 1), make([]uint32, 1)
	_, err = m.BatchLookup(&cursor, keys, values, nil)
	if err == nil || errors.Is(err, ebpf.ErrKeyNotExist) {
		return nil
	}
	return err
}

// haveAnyFile reports whether one of paths exists; none is "not
// supported".
func haveAnyFile(paths ...string) error {
	var first error
	for _, p := range paths {
		_, err := os.Stat(p)
		if err == nil {
			return nil
		}
		if !errors.Is(err, os.ErrNotExist) && first == nil {
			first = err
		}
	}
	if first != nil {
		return first
	}
	return ebpf.ErrNotSupported
}

// loadProgram loads a program of type t, then closes it.
func loadProgram(t ebpf.ProgramType, at ebpf.AttachType, insns asm.Instructions) error {
	p, err := ebpf.NewProgramWithOptions(&ebpf.ProgramSpec{
		Type:         t,
		AttachType:   at,
		Instructions: insns,
		License:      "GPL",
	}, ebpf.ProgramOptions{LogDisabled: true})
	if err != nil {
		return err
	}
	return p.Close()
}
