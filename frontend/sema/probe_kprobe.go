package sema

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/loader/symtab"
)

// expandKprobe resolves kprobe:FUNC[+OFF] and kretprobe:FUNC (PRB-05,
// PRB-06). Wildcards match the functions of available_filter_functions,
// or the kernel's text symbols when that list cannot be read (it needs
// ftrace). A function missing from the list gets bpftrace 0.17's warning.
func (c *checker) expandKprobe(pi *ProbeInfo, ap *ast.AttachPoint) {
	if ap.Func == "" {
		c.errorf(ap, "kprobes should be attached to a function")
		return
	}
	funcs := []string{ap.Func}
	if hasWildcard(ap.Func) {
		funcs = matchSymbols(ap.Func, c.kernelFunctions())
	} else if !c.traceable(ap.Func) {
		c.finalWarnf(ap, "%s is not traceable (either non-existing, inlined, or marked as \"notrace\"); attaching to it will likely fail", ap.Func)
	}
	for _, fn := range funcs {
		name := ap.Provider + ":" + fn
		if ap.FuncOffset != 0 {
			name += fmt.Sprintf("+%d", ap.FuncOffset)
		}
		pi.Attach = append(pi.Attach, Attach{
			Provider: ap.Provider,
			Func:     fn,
			Offset:   uint64(ap.FuncOffset),
			Name:     name,
		})
	}
}

// traceableFuncs reads available_filter_functions ("func [module]" lines);
// nil when it cannot be read.
func (c *checker) traceableFuncs() map[string]bool {
	sc := c.sysCache()
	if sc.traceable != nil {
		return sc.traceable
	}
	sc.traceable = map[string]bool{}
	f, err := os.Open(filepath.Join(c.opts.tracefs(), "available_filter_functions"))
	if err != nil {
		return sc.traceable
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		fn, _, _ := strings.Cut(s.Text(), " ")
		if fn != "" {
			sc.traceable[fn] = true
		}
	}
	return sc.traceable
}

// traceable reports whether fn is in available_filter_functions.
func (c *checker) traceable(fn string) bool { return c.traceableFuncs()[fn] }

// kernelFunctions lists the functions kprobe wildcards match, sorted.
func (c *checker) kernelFunctions() []string {
	if t := c.traceableFuncs(); len(t) > 0 {
		out := make([]string, 0, len(t))
		for fn := range t {
			out = append(out, fn)
		}
		sort.Strings(out)
		return out
	}
	sc := c.sysCache()
	if sc.kernelFuncs == nil {
		sc.kernelFuncs = []string{}
		if f, err := os.Open(symtab.KallsymsPath); err == nil {
			sc.kernelFuncs, _ = symtab.TextSymbols(f)
			f.Close()
		}
	}
	return sc.kernelFuncs
}
