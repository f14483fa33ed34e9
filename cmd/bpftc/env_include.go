package main

import (
	"os"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/compiler"
)

// envIncludes reads what moves bpftrace 0.17's header search into opts
// (ENV-13, ENV-15): BPFTRACE_KERNEL_SOURCE and BPFTRACE_KERNEL_BUILD (by
// default /lib/modules/$(uname -r)/source and build, when present), ARCH,
// and clang's CPATH and C_INCLUDE_PATH.
func envIncludes(opts *compiler.Options) {
	if src, ok := os.LookupEnv("BPFTRACE_KERNEL_SOURCE"); ok {
		opts.KernelSource = src
		opts.KernelBuild = os.Getenv("BPFTRACE_KERNEL_BUILD")
	} else {
		opts.KernelSource, opts.KernelBuild = defaultKernelTrees()
	}
	opts.KernelArch = os.Getenv("ARCH")
	opts.CPath = os.Getenv("CPATH")
	opts.CIncludePath = os.Getenv("C_INCLUDE_PATH")
}

// defaultKernelTrees are bpftrace 0.17's kernel trees when none is set:
// /lib/modules/RELEASE/source and build, either standing for both.
func defaultKernelTrees() (src, build string) {
	var u unix.Utsname
	if unix.Uname(&u) != nil {
		return "", ""
	}
	dir := "/lib/modules/" + unix.ByteSliceToString(u.Release[:])
	src, build = dir+"/source", dir+"/build"
	if !isDir(src) {
		src = ""
	}
	if !isDir(build) {
		build = ""
	}
	switch {
	case src == "":
		src = build
	case build == "":
		build = src
	}
	return src, build
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}
