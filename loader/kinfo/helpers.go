package kinfo

import (
	"errors"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/features"
)

// kprobeHelpers are the helpers bpftrace 0.17 checks from a kprobe
// program, in its order, under its names.
var kprobeHelpers = []struct {
	name string
	fn   asm.BuiltinFunc
}{
	{"probe_read", asm.FnProbeRead},
	{"probe_read_str", asm.FnProbeReadStr},
	{"probe_read_user", asm.FnProbeReadUser},
	{"probe_read_user_str", asm.FnProbeReadUserStr},
	{"probe_read_kernel", asm.FnProbeReadKernel},
	{"probe_read_kernel_str", asm.FnProbeReadKernelStr},
	{"get_current_cgroup_id", asm.FnGetCurrentCgroupId},
	{"send_signal", asm.FnSendSignal},
	{"override_return", asm.FnOverrideReturn},
	{"get_boot_ns", asm.FnKtimeGetBootNs},
}

// helperChecks answer bpftrace's "Kernel helpers" section.
//
// The kprobe helpers use cilium's probe, which loads a kprobe program
// calling the helper: the verifier naming the helper an invalid or unknown
// function, or one "this type cannot use", is "no". (bpftrace 0.17 counts
// the last as "yes"; a kprobe program cannot call such a helper, so we do
// not.)
//
// d_path and skb_output are callable only from fentry programs, which
// cilium's helper probe does not cover: like bpftrace, we load an fentry
// program that calls the helper with well-formed arguments, so "no" also
// when fentry programs cannot load at all.
func helperChecks() []check {
	checks := make([]check, 0, len(kprobeHelpers)+2)
	for _, h := range kprobeHelpers {
		checks = append(checks, yesNoCheck(h.name, func() error { return features.HaveProgramHelper(ebpf.Kprobe, h.fn) }))
	}
	return append(checks, yesNoCheck("dpath", haveDPath), yesNoCheck("skboutput", haveSkbOutput))
}

// haveDPath loads an fentry program on dentry_open (a function the kernel
// allows d_path from) that calls d_path(path, buf, 8).
func haveDPath() error {
	return helperVerdict(loadTracing("dentry_open", ebpf.AttachTraceFEntry, asm.Instructions{
		asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord), // struct path *
		asm.Mov.Imm(asm.R6, 0),
		asm.StoreMem(asm.R10, -8, asm.R6, asm.DWord),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -8),
		asm.Mov.Imm(asm.R3, 8),
		asm.FnDPath.Call(),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}))
}

// haveSkbOutput loads an fentry program on __kfree_skb that calls
// skb_output(skb, perf_event_array, 0, buf, 8). bpftrace 0.17 named the
// function "kfunc__kfree_skb", which no kernel has, and so always answered
// "no"; 0.18 fixed the name to __kfree_skb, which we use.
func haveSkbOutput() error {
	if err := haveKfunc(); err != nil {
		return err
	}
	m, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.PerfEventArray, KeySize: 4, ValueSize: 4, MaxEntries: 1})
	if err != nil {
		return err
	}
	defer m.Close()
	return helperVerdict(loadTracing("__kfree_skb", ebpf.AttachTraceFEntry, asm.Instructions{
		asm.LoadMem(asm.R1, asm.R1, 0, asm.DWord), // struct sk_buff *
		asm.LoadMapPtr(asm.R2, m.FD()),
		asm.Mov.Imm(asm.R3, 0),
		asm.Mov.Imm(asm.R6, 0),
		asm.StoreMem(asm.R10, -8, asm.R6, asm.DWord),
		asm.Mov.Reg(asm.R4, asm.R10),
		asm.Add.Imm(asm.R4, -8),
		asm.Mov.Imm(asm.R5, 8),
		asm.FnSkbOutput.Call(),
		asm.Mov.Imm(asm.R0, 0),
		asm.Return(),
	}))
}

// helperVerdict makes a load that the verifier refused because of the
// helper call "not supported".
func helperVerdict(err error) error {
	var ve *ebpf.VerifierError
	if !errors.As(err, &ve) {
		return err
	}
	for _, l := range ve.Log {
		if strings.Contains(l, "invalid func ") || strings.Contains(l, "unknown func ") || strings.Contains(l, "cannot use helper") {
			return ebpf.ErrNotSupported
		}
	}
	return err
}

// isNotSupported reports whether err says the kernel lacks the feature.
func isNotSupported(err error) bool {
	return errors.Is(err, ebpf.ErrNotSupported)
}
