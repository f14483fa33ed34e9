// Package deps pins the project's dependencies in go.mod until code uses them.
package deps

import (
	_ "github.com/cilium/ebpf"
	_ "github.com/cilium/ebpf/asm"
	_ "github.com/cilium/ebpf/btf"
	_ "github.com/cilium/ebpf/features"
	_ "github.com/cilium/ebpf/link"
	_ "github.com/cilium/ebpf/perf"
	_ "github.com/cilium/ebpf/ringbuf"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/llir/llvm/ir"
	_ "github.com/urfave/cli/v2"
	_ "golang.org/x/sys/unix"
)
