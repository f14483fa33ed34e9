package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// config is what the command line sets.
type config struct {
	scripts    string // directory of .bt scripts
	tracefsIn  string // the machine's tracefs
	btfIn      string // the machine's BTF
	tracefsOut string // where the format files go
	btfOut     string // the trimmed BTF file
}

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "testinputs: %v\n", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	var c config
	fs := flag.NewFlagSet("testinputs", flag.ContinueOnError)
	fs.StringVar(&c.scripts, "scripts", "testdata/scripts", "`DIR` of the scripts whose inputs to write")
	fs.StringVar(&c.tracefsIn, "tracefs-in", "/sys/kernel/tracing", "this machine's tracefs `DIR`")
	fs.StringVar(&c.btfIn, "btf-in", "/sys/kernel/btf/vmlinux", "this machine's BTF `FILE`")
	fs.StringVar(&c.tracefsOut, "tracefs-out", "testdata/tracefs", "write tracepoint formats under `DIR`")
	fs.StringVar(&c.btfOut, "btf-out", "testdata/btf/vmlinux.btf", "write the trimmed BTF to `FILE`")
	if err := fs.Parse(args); err != nil {
		return err
	}
	scripts, err := loadScripts(c.scripts)
	if err != nil {
		return err
	}
	full, err := compileAll(scripts, c.tracefsIn, c.btfIn)
	if err != nil {
		return err
	}
	for _, o := range full {
		if o.err != "" {
			return fmt.Errorf("%s does not compile on this machine: %s", o.name, o.err)
		}
	}
	events, types := needs(full)
	if err := writeTracefs(c.tracefsIn, c.tracefsOut, events); err != nil {
		return err
	}
	n, err := writeBTF(c.btfIn, c.btfOut, roots(scripts, c.tracefsOut, events, types))
	if err != nil {
		return err
	}
	trimmed, err := compileAll(scripts, c.tracefsOut, c.btfOut)
	if err != nil {
		return fmt.Errorf("with the written inputs: %w", err)
	}
	if err := sameObjects(full, trimmed); err != nil {
		return err
	}
	cmd := strings.TrimSpace("go run ./internal/testinputs " + strings.Join(args, " "))
	if err := writeNotes(c, cmd, len(events), n); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d tracepoints; %s: %d bytes; %d scripts compile to the same objects against them\n",
		c.tracefsOut, len(events), c.btfOut, n, len(full))
	return nil
}

// scriptFile is a testdata script and what its header says.
type scriptFile struct {
	name, text string
	params     []string // "// params:" words, PID standing for the traced pid
	unsafe     bool     // "// flags:" has --unsafe
}

// loadScripts reads every .bt script of dir.
func loadScripts(dir string) ([]*scriptFile, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.bt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no scripts in %s", dir)
	}
	var out []*scriptFile
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		s := &scriptFile{name: filepath.Base(p), text: string(b)}
		for _, line := range strings.Split(s.text, "\n") {
			if v, ok := strings.CutPrefix(line, "// params:"); ok {
				s.params = strings.Fields(v)
			}
			if v, ok := strings.CutPrefix(line, "// flags:"); ok {
				s.unsafe = strings.Contains(v, "--unsafe")
			}
		}
		out = append(out, s)
	}
	return out, nil
}
