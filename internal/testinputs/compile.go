package main

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
)

// compiled is a script's object and metadata, or why it did not compile.
type compiled struct {
	name   string
	object []byte
	meta   *abi.Meta
	err    string
}

// compileAll compiles every script with the native backend against the
// given tracefs and BTF, with the parameters the e2e tests give (PID as
// 4242; "--" ends bpftrace's options and is no parameter).
func compileAll(scripts []*scriptFile, tracefs, btfPath string) ([]compiled, error) {
	var out []compiled
	for _, s := range scripts {
		var params []string
		for _, p := range s.params {
			switch p {
			case "--":
			case "PID":
				params = append(params, "4242")
			default:
				params = append(params, p)
			}
		}
		res, err := compiler.Compile(&source.File{Name: s.name, Text: s.text},
			&compiler.Options{Params: params, Unsafe: s.unsafe, TracefsDir: tracefs, BTFPath: btfPath})
		c := compiled{name: s.name}
		if err != nil {
			var b bytes.Buffer
			if res != nil {
				res.Diags.Render(&b, &source.File{Name: s.name, Text: s.text})
			}
			c.err = fmt.Sprintf("%v\n%s", err, b.String())
		} else {
			c.object, c.meta = res.Object, res.Meta
		}
		out = append(out, c)
	}
	return out, nil
}

// needs lists the tracepoints ("cat:event") the scripts attach to and the
// kernel records whose fields they read (with the tracepoint records args
// reads go through).
func needs(objs []compiled) (events, types []string) {
	ev, ty := map[string]bool{}, map[string]bool{}
	for _, o := range objs {
		if o.meta == nil {
			continue
		}
		for _, p := range o.meta.Programs {
			for _, a := range p.Attach {
				if a.Provider == abi.ProviderTracepoint {
					ev[a.Target] = true
				}
			}
		}
		for _, f := range o.meta.Fields {
			// A tracepoint field read through CO-RE names its record type.
			if f.Source == abi.SourceBTF || f.CORE && f.Type != "" {
				ty[f.Type] = true
			}
		}
	}
	return sortedKeys(ev), sortedKeys(ty)
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// sameObjects requires every script to compile (or fail) alike both ways.
func sameObjects(full, trimmed []compiled) error {
	for i := range full {
		f, t := full[i], trimmed[i]
		switch {
		case f.err != t.err:
			return fmt.Errorf("%s: compiles differently against the written inputs:\nmachine: %s\nwritten: %s", f.name, f.err, t.err)
		case !bytes.Equal(f.object, t.object):
			return fmt.Errorf("%s: the object compiled against the written inputs differs from the machine's", f.name)
		}
	}
	return nil
}
