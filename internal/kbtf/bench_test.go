package kbtf

import (
	"os"
	"testing"

	"github.com/cilium/ebpf/btf"
)

func kernelRaw(b *testing.B) []byte {
	raw, err := os.ReadFile(KernelPath)
	if err != nil {
		b.Skip("no kernel BTF:", err)
	}
	return raw
}

// BenchmarkIndexKernel: the once-per-process cost of Open(""), the pass
// over vmlinux's type headers (the file already in memory).
func BenchmarkIndexKernel(b *testing.B) {
	raw := kernelRaw(b)
	for b.Loop() {
		if _, err := parse(raw); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkOpenFileKernel: reading and indexing vmlinux as a --btf FILE.
func BenchmarkOpenFileKernel(b *testing.B) {
	kernelRaw(b)
	for b.Loop() {
		if _, err := Open(KernelPath); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTaskStruct: what a curtask script costs per compile: new Types
// over the process's index, struct task_struct with what it holds by
// value.
func BenchmarkTaskStruct(b *testing.B) {
	kernelRaw(b)
	for b.Loop() {
		k, err := Open("")
		if err != nil {
			b.Fatal(err)
		}
		if FindRecord(k, "struct task_struct") == nil {
			b.Fatal("no struct task_struct")
		}
	}
}

// BenchmarkTaskStructCilium is BenchmarkTaskStruct with cilium/ebpf's
// LoadKernelSpec, as the compiler did before.
func BenchmarkTaskStructCilium(b *testing.B) {
	kernelRaw(b)
	for b.Loop() {
		spec, err := btf.LoadKernelSpec()
		if err != nil {
			b.Fatal(err)
		}
		if FindRecord(spec, "struct task_struct") == nil {
			b.Fatal("no struct task_struct")
		}
	}
}

// BenchmarkEnumerator: one enumerator looked up by scanning the enums.
func BenchmarkEnumerator(b *testing.B) {
	kernelRaw(b)
	k, err := Open("")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, ok := k.Enumerator("HRTIMER_RESTART"); !ok {
			b.Fatal("no HRTIMER_RESTART")
		}
	}
}
