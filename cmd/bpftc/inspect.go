package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cilium/ebpf/asm"
	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/session"
)

var inspectCommand = &cli.Command{
	Name:      "inspect",
	Usage:     "describe an object: probes, maps, printf formats, compiler",
	UsageText: "bpftc inspect [--json] OBJ.o",
	Flags:     []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "print JSON"}},
}

// inspection is what "bpftc inspect --json" prints.
type inspection struct {
	Meta     *abi.Meta        `json:"meta"`
	Programs []inspectProgram `json:"programs"`
	Maps     []inspectMap     `json:"maps"`
	Requires requirements     `json:"requires"`
}

type inspectProgram struct {
	Name    string `json:"name"`
	Section string `json:"section"`
	Type    string `json:"type"`
	Insns   int    `json:"insns"`
}

type inspectMap struct {
	Symbol     string `json:"symbol"`
	Type       string `json:"type"`
	KeySize    uint32 `json:"key_size"`
	ValueSize  uint32 `json:"value_size"`
	MaxEntries uint32 `json:"max_entries"`
}

func inspectAction(c *cli.Context, stdout io.Writer) error {
	if c.NArg() != 1 {
		return session.Fail(session.ExitUsage, fmt.Errorf("inspect takes one object file"))
	}
	obj, err := loader.OpenFile(c.Args().First())
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	spec := obj.Spec()
	in := inspection{Meta: obj.Meta(), Requires: requiredFeatures(spec)}
	for _, p := range in.Meta.Programs {
		ps := spec.Programs[p.Name]
		in.Programs = append(in.Programs, inspectProgram{
			Name: p.Name, Section: ps.SectionName, Type: ps.Type.String(),
			Insns: int(ps.Instructions.Size() / asm.InstructionSize),
		})
	}
	var names []string
	for n := range spec.Maps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := spec.Maps[n]
		in.Maps = append(in.Maps, inspectMap{Symbol: n, Type: m.Type.String(), KeySize: m.KeySize, ValueSize: m.ValueSize, MaxEntries: m.MaxEntries})
	}
	if c.Bool("json") {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(in)
	}
	printInspection(stdout, c.Args().First(), &in)
	return nil
}

func printInspection(w io.Writer, path string, in *inspection) {
	m := in.Meta
	fmt.Fprintf(w, "object:   %s\ncompiler: %s\nsource:   %s\ntarget:   %s %s-endian, metadata schema %d\n",
		path, m.Compiler, m.SourceHash, m.Arch, m.ByteOrder, m.Schema)
	printChecksum(w, m.Checksum)
	fmt.Fprintln(w, "\nprograms:")
	for i, p := range in.Programs {
		fmt.Fprintf(w, "  %-24s %-10s %-44s %5d insns\n", p.Name, p.Type, p.Section, p.Insns)
		for _, a := range m.Programs[i].Attach {
			fmt.Fprintf(w, "    %s\n", a.Name)
		}
	}
	fmt.Fprintln(w, "\nmaps:")
	kinds := map[string]abi.Map{}
	for _, mm := range m.Maps {
		kinds[mm.Symbol] = mm
	}
	for _, mp := range in.Maps {
		desc := ""
		if bm, ok := kinds[mp.Symbol]; ok {
			var keys []string
			for _, k := range bm.Key {
				keys = append(keys, typeString(k.Type))
			}
			desc = fmt.Sprintf("%s %s[%s]", bm.Name, bm.Agg, strings.Join(keys, ", "))
		}
		fmt.Fprintf(w, "  %-16s %-14s key %3d value %4d max %7d  %s\n", mp.Symbol, mp.Type, mp.KeySize, mp.ValueSize, mp.MaxEntries, desc)
	}
	if len(m.Printfs) > 0 {
		fmt.Fprintln(w, "\nprintf formats:")
		for i, p := range m.Printfs {
			var args []string
			for _, a := range p.Args {
				args = append(args, fmt.Sprintf("%s@%d", typeString(a.Type), a.Offset))
			}
			fmt.Fprintf(w, "  %3d %q %s\n", i, p.Format, strings.Join(args, " "))
		}
	}
	printFields(w, m.Fields)
	printRequirements(w, in.Requires)
	printSource(w, m.Source)
}

func typeString(t abi.Type) string {
	switch t.Kind {
	case abi.KindInt:
		if t.Signed {
			return fmt.Sprintf("int%d", t.Size*8)
		}
		return fmt.Sprintf("uint%d", t.Size*8)
	case abi.KindString:
		return fmt.Sprintf("string[%d]", t.Size)
	}
	return string(t.Kind)
}
