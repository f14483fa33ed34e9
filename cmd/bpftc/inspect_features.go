package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// requirements are the kernel features an object needs: what a fleet
// operator checks against the kernels it will run on.
type requirements struct {
	ProgramTypes []string `json:"program_types"`
	MapTypes     []string `json:"map_types"`
	Helpers      []string `json:"helpers"`
}

// requiredFeatures lists, sorted, the program types, map types and BPF
// helpers (by their C name, "bpf_ringbuf_output") the object uses.
func requiredFeatures(spec *ebpf.CollectionSpec) requirements {
	progs, maps, helpers := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, p := range spec.Programs {
		progs[p.Type.String()] = true
		for _, ins := range p.Instructions {
			if ins.IsBuiltinCall() {
				helpers[helperName(asm.BuiltinFunc(ins.Constant))] = true
			}
		}
	}
	for _, m := range spec.Maps {
		maps[m.Type.String()] = true
	}
	return requirements{ProgramTypes: sortedKeys(progs), MapTypes: sortedKeys(maps), Helpers: sortedKeys(helpers)}
}

// helperName turns cilium's FnRingbufOutput into bpf_ringbuf_output.
func helperName(fn asm.BuiltinFunc) string {
	name, ok := strings.CutPrefix(fn.String(), "Fn")
	if !ok {
		return fn.String() // BuiltinFunc(N): unknown to cilium
	}
	var b strings.Builder
	b.WriteString("bpf")
	for _, r := range name {
		if unicode.IsUpper(r) {
			b.WriteByte('_')
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func sortedKeys(set map[string]bool) []string {
	keys := make([]string, 0, len(set))
	for k := range set {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// printRequirements prints the requirements section of the text form.
func printRequirements(w io.Writer, r requirements) {
	fmt.Fprintf(w, "\nrequires:\n  program types: %s\n  map types:     %s\n  helpers:       %s\n",
		strings.Join(r.ProgramTypes, ", "), strings.Join(r.MapTypes, ", "), strings.Join(r.Helpers, ", "))
}

// printSource prints the embedded script text, if any, indented.
func printSource(w io.Writer, src string) {
	if src == "" {
		return
	}
	fmt.Fprintln(w, "\nsource text:")
	for _, line := range strings.SplitAfter(strings.TrimSuffix(src, "\n"), "\n") {
		fmt.Fprintln(w, strings.TrimRight("  | "+strings.TrimSuffix(line, "\n"), " "))
	}
}

// printChecksum prints the checksum line of the text form.
func printChecksum(w io.Writer, sum string) {
	if sum == "" {
		sum = "none (built before checksums)"
	}
	fmt.Fprintf(w, "checksum: %s\n", sum)
}
