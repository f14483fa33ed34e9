package loader

import (
	"fmt"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
)

// LoadKernelTypes reads kernel types from path: raw BTF, such as
// /sys/kernel/btf/vmlinux, or an ELF file with a .BTF section, such as
// btfhub's files. Its errors start with "kernel types: ".
func LoadKernelTypes(path string) (*btf.Spec, error) {
	spec, err := btf.LoadSpec(path)
	if err != nil {
		return nil, fmt.Errorf("kernel types: %w", err)
	}
	return spec, nil
}

// SetKernelTypes makes every later load of the object ([Object.Run],
// [Object.Verify]) apply its CO-RE relocations and check its fixed-offset
// kernel field reads against spec instead of the running kernel's BTF;
// nil restores the running kernel's.
func (o *Object) SetKernelTypes(spec *btf.Spec) { o.kernelTypes = spec }

// UseKernelTypesFile loads the kernel types of the BTF file at path (as
// LoadKernelTypes) and gives them to o; an empty path changes nothing.
// It is what "bpfrun --btf" and "bpftc run --btf" do.
func (o *Object) UseKernelTypesFile(path string) error {
	if path == "" {
		return nil
	}
	spec, err := LoadKernelTypes(path)
	if err != nil {
		return err
	}
	o.SetKernelTypes(spec)
	return nil
}

// host is where the object's loads learn kernel layouts: ThisHost, with
// the kernel types SetKernelTypes gave.
func (o *Object) host() Host {
	h := ThisHost
	if spec := o.kernelTypes; spec != nil {
		h.BTF = func() (kbtf.Finder, error) { return spec, nil }
	}
	return h
}

// programOptions are the options every program of the object loads with.
func (o *Object) programOptions() ebpf.ProgramOptions {
	return ebpf.ProgramOptions{KernelTypes: o.kernelTypes, LogSizeStart: o.logSizeStart()}
}
