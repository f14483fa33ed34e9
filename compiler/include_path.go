package compiler

import (
	"runtime"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/cheader"
)

// Header search as bpftrace 0.17's clang does it (ENV-13, ENV-15):
//
//  1. for "quoted" headers, the including file's directory;
//  2. the kernel tree's include directories, when BPFTRACE_KERNEL_SOURCE
//     names one (bpftrace's get_kernel_cflags: source, then build tree);
//  3. the -I directories;
//  4. CPATH (clang: as -I, after those of the command line);
//  5. the system directories (cheader.SystemDirs);
//  6. C_INCLUDE_PATH (clang: as -isystem, after those of the command line).
//
// With a kernel tree, its include/linux/kconfig.h is included before
// everything else, and is clang's fatal error when missing. bpftc reads
// only the macros of kernel headers: types come from the kernel's BTF.

// headerLoader is the loader of includeHeaders, with opts' search path.
func headerLoader(opts *Options) *cheader.Loader {
	var dirs []string
	dirs = append(dirs, opts.IncludeDirs...)
	dirs = append(dirs, pathList(opts.CPath)...)
	return &cheader.Loader{Kernel: kernelIncludeDirs(opts), Dirs: dirs, After: pathList(opts.CIncludePath)}
}

// kernelTrees returns the kernel source and build trees, or "" when none
// is set: the build tree defaults to the source tree, and is ignored
// without one, as in bpftrace 0.17.
func kernelTrees(opts *Options) (src, build string) {
	if opts.KernelSource == "" {
		return "", ""
	}
	build = opts.KernelBuild
	if build == "" {
		build = opts.KernelSource
	}
	return opts.KernelSource, build
}

// kernelIncludeDirs are the -I directories of bpftrace 0.17's
// get_kernel_cflags, in its order.
func kernelIncludeDirs(opts *Options) []string {
	src, build := kernelTrees(opts)
	if src == "" {
		return nil
	}
	arch := opts.KernelArch
	if arch == "" {
		arch = kernelArch(runtime.GOARCH)
	}
	return []string{
		src + "/arch/" + arch + "/include",
		build + "/arch/" + arch + "/include/generated",
		src + "/include",
		build + "/include",
		src + "/arch/" + arch + "/include/uapi",
		build + "/arch/" + arch + "/include/generated/uapi",
		src + "/include/uapi",
		build + "/include/generated/uapi",
	}
}

// kernelArch is the kernel's name of a Go architecture.
func kernelArch(goarch string) string {
	switch goarch {
	case "amd64", "386":
		return "x86"
	case "arm64":
		return "arm64"
	case "arm":
		return "arm"
	case "s390x":
		return "s390"
	case "ppc64", "ppc64le":
		return "powerpc"
	case "mips", "mipsle", "mips64", "mips64le":
		return "mips"
	}
	return goarch
}

// forcedIncludes are the headers included before the script's: the
// kernel tree's kconfig.h, then --include's.
func forcedIncludes(opts *Options) []string {
	src, _ := kernelTrees(opts)
	if src == "" {
		return opts.Includes
	}
	return append([]string{src + "/include/linux/kconfig.h"}, opts.Includes...)
}

// needsKconfig reports whether bpftrace 0.17 would run clang, and so
// include a kernel tree's kconfig.h, for a script without #include: when
// it has C definitions. (bpftrace also runs clang for a script that only
// uses kernel types; bpftc does not look for kconfig.h then.)
func needsKconfig(prog *ast.Program, opts *Options) bool {
	src, _ := kernelTrees(opts)
	return src != "" && strings.TrimSpace(prog.CDefinitions) != ""
}

// pathList splits a CPATH-style list; an empty element is the current
// directory, as for clang.
func pathList(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, ":")
	for i, p := range parts {
		if p == "" {
			parts[i] = "."
		}
	}
	return parts
}
