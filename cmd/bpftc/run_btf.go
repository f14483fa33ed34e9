package main

import (
	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader"
)

// runKernelTypes gives obj, about to be loaded by "bpftc run", the kernel
// types of --btf, the file its compile step read: CO-RE relocations and
// field checks then use them, as with bpfrun --btf.
func runKernelTypes(c *cli.Context, obj *loader.Object) error {
	return obj.UseKernelTypesFile(c.String("btf"))
}
