package kinfo

import (
	"sync"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// kernelTypes is the kernel's BTF, read once for every tracing load:
// cilium's NewProgram would copy all of it (about 20 ms) for each.
var (
	kernelTypes   = btf.NewCache()
	kernelTypesMu sync.Mutex
)

// loadTracing loads a tracing program for the kernel function or iterator
// fn (loaded, not attached), then closes it. cilium resolves fn in the
// kernel's BTF, so a kernel without BTF answers "no" here too, as
// bpftrace's kfunc probe requires BTF.
func loadTracing(fn string, at ebpf.AttachType, insns asm.Instructions) error {
	kernelTypesMu.Lock()
	defer kernelTypesMu.Unlock()
	coll, err := ebpf.NewCollectionWithOptions(&ebpf.CollectionSpec{
		Programs: map[string]*ebpf.ProgramSpec{"probe": {
			Type:         ebpf.Tracing,
			AttachType:   at,
			AttachTo:     fn,
			Instructions: insns,
			License:      "GPL",
		}},
	}, ebpf.CollectionOptions{
		Programs: ebpf.ProgramOptions{LogLevel: ebpf.LogLevelBranch},
		Cache:    kernelTypes,
	})
	if err != nil {
		return err
	}
	coll.Close()
	return nil
}

// returnZero is the body of the programs that only test a program type.
func returnZero() asm.Instructions {
	return asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()}
}

// haveKfunc answers bpftrace's "kfunc" probe type: an fentry program on
// sched_fork loads. bpftrace 0.17 also requires available_filter_functions
// to be readable, because it lists kfunc candidates there; bpftc matches
// kfunc probes against the kernel's BTF and does not need it.
var haveKfunc = sync.OnceValue(func() error {
	if err := haveBTF(); err != nil {
		return err
	}
	return loadTracing("sched_fork", ebpf.AttachTraceFEntry, returnZero())
})

// haveIter answers "iter:NAME": an iterator program for bpf_iter_NAME
// loads (cilium adds the "bpf_iter_" prefix).
func haveIter(name string) error {
	return loadTracing(name, ebpf.AttachTraceIter, returnZero())
}
