package main

import (
	"io"
	"runtime/debug"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/kinfo"
	"github.com/bpftc/bpftc/loader/session"
)

// infoFlag is bpfrun --info (CLI-18): can this node run bpftc objects?
var infoFlag = &cli.BoolFlag{Name: "info", Usage: "print the kernel's BPF support in bpftrace --info's layout and exit (with -v, why a check says no)"}

// infoAction prints bpftrace 0.17's --info report for bpfrun. Unlike
// bpftrace (and "bpftc run --info", which copies it), bpfrun prints it on
// stdout: it is the answer asked for, and fleet tooling pipes it.
func infoAction(c *cli.Context, stdout io.Writer) error {
	if err := session.CheckPrivileges("bpfrun"); err != nil {
		return err
	}
	sections := []kinfo.Section{kinfo.System(), buildSection()}
	sections = append(sections, kinfo.Kernel()...)
	return kinfo.Write(stdout, sections, &kinfo.Options{Reasons: c.Bool("v")})
}

// buildSection describes bpfrun in bpftrace's "Build" lines, then the
// object schema it loads. bpfrun compiles nothing, so it links no LLVM;
// it attaches uprobes at function offsets without checking instruction
// boundaries ("unsafe uprobe"), and reads neither bfd nor DWARF.
func buildSection() kinfo.Section {
	return kinfo.Section{Title: "Build", Lines: []kinfo.Line{
		{Name: "version", Value: "bpfrun " + buildVersion()},
		{Name: "LLVM", Value: "none (bpfrun loads objects that bpftc compiled)"},
		{Name: "unsafe uprobe", Value: "yes"},
		{Name: "bfd", Value: "no"},
		{Name: "libdw (DWARF support)", Value: "no"},
		{Name: "object schema", Value: strconv.Itoa(abi.SchemaVersion)},
	}}
}

// buildVersion is the module version Go recorded in the binary ("(devel)"
// for a build from a checkout), with the VCS revision when it has one.
func buildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		v += " " + rev + dirty
	}
	return v
}
