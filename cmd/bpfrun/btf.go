package main

import (
	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader"
)

// btfFlag is --btf FILE: kernel types for hosts without
// /sys/kernel/btf/vmlinux.
var btfFlag = &cli.StringFlag{Name: "btf", Usage: "apply CO-RE relocations and check kernel field reads against the types in `FILE` (raw BTF or an ELF file with .BTF, e.g. from btfhub) instead of /sys/kernel/btf/vmlinux"}

// applyBTF gives obj the kernel types --btf names, if any.
func applyBTF(c *cli.Context, obj *loader.Object) error {
	return obj.UseKernelTypesFile(c.String(btfFlag.Name))
}
