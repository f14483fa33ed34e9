package main

import (
	"io"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/loader/kinfo"
)

// runInfo is --info in run mode (CLI-18): bpftrace 0.17's report, on
// stderr as bpftrace prints it, after the same privilege check (as
// bpftrace: root; as bpftc: the capabilities to load programs). The
// kernel sections come from real probes (loader/kinfo); -v adds why a
// check says no.
func runInfo(c *cli.Context, stderr io.Writer) error {
	if err := runPrivileges(); err != nil {
		return err
	}
	sections := []kinfo.Section{kinfo.System(), buildSection(c)}
	sections = append(sections, kinfo.Kernel()...)
	return kinfo.Write(stderr, sections, &kinfo.Options{Reasons: c.Bool("v")})
}

// buildSection describes bpftc in bpftrace's "Build" lines, then ours.
// bpftc links no LLVM: the native backend writes BPF itself and the llvm
// backend runs LLVM 14's opt and llc, so "LLVM" says none and the last
// line says where those tools are. "unsafe uprobe" is yes because bpftc,
// unlike bpftrace, attaches uprobes at a function offset without checking
// that it starts an instruction; it reads neither bfd nor DWARF.
func buildSection(c *cli.Context) kinfo.Section {
	return kinfo.Section{Title: "Build", Lines: []kinfo.Line{
		{Name: "version", Value: "bpftc " + compiler.Version + " (bpftrace " + bpftraceVersion + ")"},
		{Name: "LLVM", Value: "none (native backend)"},
		{Name: "unsafe uprobe", Value: "yes"},
		{Name: "bfd", Value: "no"},
		{Name: "libdw (DWARF support)", Value: "no"},
		{Name: "backends", Value: "native, llvm"},
		{Name: "llvm backend tools", Value: llvmTools(c.String("opt"), c.String("llc"))},
	}}
}

// llvmTools says where the llvm backend would find opt and llc (as
// --opt/--llc or PATH give them), or which is missing.
func llvmTools(opt, llc string) string {
	var found, missing []string
	for _, t := range [][2]string{{"opt", opt}, {"llc", llc}} {
		if p := lookTool(t[0], t[1]); p != "" {
			found = append(found, p)
		} else {
			missing = append(missing, t[0])
		}
	}
	if len(missing) > 0 {
		return "not found: " + strings.Join(missing, ", ") + " (install llvm-14)"
	}
	return strings.Join(found, ", ")
}

// lookTool finds tool as the llvm backend does: the path given, else tool
// or tool-14 on PATH; "" when none is there.
func lookTool(tool, path string) string {
	names := []string{tool, tool + "-14"}
	if path != "" {
		names = []string{path}
	}
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			if abs, err := filepath.Abs(p); err == nil {
				return abs
			}
			return p
		}
	}
	return ""
}
