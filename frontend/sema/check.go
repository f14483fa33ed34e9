package sema

import (
	"sort"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/frontend/tracepoint"
	"github.com/bpftc/bpftc/loader/abi"
)

// Options tunes [Check].
type Options struct {
	// TracefsDir is where tracepoint format files are read; empty means
	// /sys/kernel/tracing.
	TracefsDir string
	// BTFPath is the file kernel types are read from (raw BTF or an ELF
	// with a .BTF section); empty means /sys/kernel/btf/vmlinux.
	BTFPath string
	// Params are the positional parameters $1, $2, ...
	Params []string
	// Unsafe allows system() (bpftrace --unsafe).
	Unsafe bool
	// StrLen is BPFTRACE_STRLEN, the size of str() strings; 0 means 64.
	StrLen int
	// Process holds the -p and -c settings (process.go).
	Process
}

func (o *Options) tracefs() string {
	if o.TracefsDir == "" {
		return tracepoint.DefaultDir
	}
	return o.TracefsDir
}

// Info is what the checker learned about a program.
type Info struct {
	Probes []*ProbeInfo
	Maps   []*MapInfo // sorted by name
	// Types holds the type of every checked expression.
	Types map[ast.Expr]*Type
	// Vars holds each probe's scratch variables and their types.
	Vars map[*ast.Probe]map[string]*Type
	// Params are the positional parameters.
	Params []string
	// HelperCheck is bpftrace's -k (1) or -kk (2): which helper failures
	// the programs report at run time.
	HelperCheck int
	// UserAddrs are the addresses uaddr() calls found (call_more.go).
	UserAddrs map[*ast.Call]uint64
	// Consts holds compile-time values: sizeof, offsetof, enum constants,
	// literal array indices.
	Consts map[ast.Expr]int64
	// Fields are the tracepoint and kernel record fields the program reads
	// at offsets fixed now, in first-use order (fields.go).
	Fields []abi.FieldRead
}

// Map returns the map called name, or nil.
func (in *Info) Map(name string) *MapInfo {
	for _, m := range in.Maps {
		if m.Name == name {
			return m
		}
	}
	return nil
}

type checker struct {
	opts     *Options
	info     *Info
	diags    source.List
	finals   source.List // errors bpftrace reports only in its final pass
	quiet    bool        // first pass: learn map types, report nothing
	specials map[string]bool
	maps     map[string]*MapInfo
	vars     map[string]*Type
	probe    *ProbeInfo
	sys      *sysCache // probe targets read from the system
	loops    int
	ts       *typeState // C types and reads (typestate.go)
	fields   map[abi.FieldRead]bool
}

// Check checks p. Errors and warnings come back in the list; the Info is
// complete only when the list has no errors.
func Check(p *ast.Program, opts *Options) (*Info, source.List) {
	if opts == nil {
		opts = &Options{}
	}
	c := &checker{
		opts:     opts,
		specials: map[string]bool{},
		maps:     map[string]*MapInfo{},
		info:     &Info{Types: map[ast.Expr]*Type{}, Vars: map[*ast.Probe]map[string]*Type{}, Params: opts.Params},
	}
	if !c.startTypes(p) {
		return c.info, c.diags
	}
	if len(p.Probes) == 0 {
		c.errorf(p, "No probes found")
	}
	for _, pr := range p.Probes {
		c.info.Probes = append(c.info.Probes, c.expand(pr))
	}
	// Maps may be used before the statement that types them, even in an
	// earlier probe: a quiet first pass learns every map's type.
	c.quiet = true
	c.probes()
	c.quiet = false
	c.info.Types = map[ast.Expr]*Type{}
	c.probes()
	for _, m := range c.maps {
		if m.Value != nil {
			c.info.Maps = append(c.info.Maps, m)
		}
	}
	sort.Slice(c.info.Maps, func(i, j int) bool { return c.info.Maps[i].Name < c.info.Maps[j].Name })
	for i, m := range c.info.Maps {
		m.Index = i
	}
	if c.diags.Err() == nil {
		c.diags = append(c.diags, c.finals...)
	}
	c.diags.Sort()
	c.orderLate()
	c.finishTypes()
	return c.info, c.diags
}

func (c *checker) probes() {
	for _, pi := range c.info.Probes {
		c.probe = pi
		c.vars = map[string]*Type{}
		c.info.Vars[pi.Probe] = c.vars
		if pi.Probe.Pred != nil {
			t := c.expr(pi.Probe.Pred.X)
			if t != nil && !t.IsIntLike() {
				c.errorf(pi.Probe.Pred, "Invalid type for predicate: %s", t.Kind.word())
			} else if t == nil && c.isNone(pi.Probe.Pred.X) {
				c.errorf(pi.Probe.Pred, "Invalid type for predicate: none")
			}
		}
		c.block(pi.Probe.Body)
	}
}

func (c *checker) errorf(n ast.Node, format string, args ...any) {
	if !c.quiet {
		c.diags.Errorf(n.Loc(), format, args...)
	}
}

func (c *checker) warnf(n ast.Node, format string, args ...any) {
	if !c.quiet {
		c.diags.Warnf(n.Loc(), format, args...)
	}
}

// word names a kind in messages like "Invalid type for predicate: string".
func (k Kind) word() string {
	switch k {
	case KindInt:
		return "integer"
	case KindString:
		return "string"
	case KindTuple:
		return "tuple"
	case KindNone:
		return "none"
	}
	return (&Type{Kind: k}).String()
}
