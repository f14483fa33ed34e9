package kinfo

import (
	"errors"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/features"
)

// probeChecks answer bpftrace's "Probe types" section. A "yes" means the
// program type loads; attaching needs more (kprobes need CONFIG_KPROBES),
// as with bpftrace.
func probeChecks() []check {
	progType := func(t ebpf.ProgramType) func() error {
		return func() error { return features.HaveProgramType(t) }
	}
	return []check{
		yesNoCheck("kprobe", progType(ebpf.Kprobe)),
		yesNoCheck("tracepoint", progType(ebpf.TracePoint)),
		yesNoCheck("perf_event", progType(ebpf.PerfEvent)),
		yesNoCheck("kfunc", haveKfunc),
		yesNoCheck("iter:task", func() error { return haveIter("task") }),
		yesNoCheck("iter:task_file", func() error { return haveIter("task_file") }),
		yesNoCheck("kprobe_multi", features.HaveBPFLinkKprobeMulti),
		yesNoCheck("raw_tp_special", haveRawTPSpecial),
		yesNoCheck("kprobe attach", haveKprobeAttach),
		yesNoCheck("uprobe attach", haveUprobeAttach),
	}
}

// haveKprobeAttach answers our "kprobe attach" line: the kprobe program
// type can load on kernels built without CONFIG_KPROBES, where nothing
// can attach one. cilium attaches through the kprobe PMU, or through
// tracefs's kprobe_events on kernels before 4.17.
func haveKprobeAttach() error {
	return haveAnyFile("/sys/bus/event_source/devices/kprobe/type", "/sys/kernel/tracing/kprobe_events", "/sys/kernel/debug/tracing/kprobe_events")
}

// haveUprobeAttach answers our "uprobe attach" line (uprobe, uretprobe
// and usdt probes), as haveKprobeAttach for CONFIG_UPROBE_EVENTS.
func haveUprobeAttach() error {
	return haveAnyFile("/sys/bus/event_source/devices/uprobe/type", "/sys/kernel/tracing/uprobe_events", "/sys/kernel/debug/tracing/uprobe_events")
}

// haveRawTPSpecial answers "raw_tp_special", what BEGIN and END need: a
// raw tracepoint program loads and BPF_PROG_TEST_RUN runs it.
func haveRawTPSpecial() error {
	p, err := ebpf.NewProgramWithOptions(&ebpf.ProgramSpec{
		Type:         ebpf.RawTracepoint,
		Instructions: returnZero(),
		License:      "GPL",
	}, ebpf.ProgramOptions{LogDisabled: true})
	if err != nil {
		return err
	}
	defer p.Close()
	if _, err := p.Run(&ebpf.RunOptions{}); err != nil {
		if errors.Is(err, ebpf.ErrNotSupported) {
			return err
		}
		return errors.New("test run: " + err.Error())
	}
	return nil
}
