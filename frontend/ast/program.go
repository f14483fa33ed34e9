package ast

// Program is a whole script: the preamble (C preprocessor lines and C type
// definitions, legal only before the first probe) and one or more probes.
type Program struct {
	Base
	Preamble []PreambleItem
	// CDefinitions is the preamble text bpftrace 0.17 hands to clang:
	// each directive line followed by "\n", each definition by ";\n".
	CDefinitions string
	Probes       []*Probe
}

// PreambleItem is an [*Include], [*Define], [*Directive] or [*CDecl].
type PreambleItem interface {
	Node
	preambleItem()
}

// Include is #include <Path> (System) or #include "Path".
type Include struct {
	Base
	Path   string
	System bool
	Text   string // the whole line
}

// Define is #define Name Value. Value is the replacement's tokens joined
// without spaces, as bpftrace 0.17 takes it from clang; for a function-like
// macro (Function) it starts with the parameter list.
type Define struct {
	Base
	Name     string
	Value    string
	Function bool
	Text     string
}

// Directive is any other preprocessor line (#ifndef, #endif, #pragma, ...),
// left to the C preprocessor.
type Directive struct {
	Base
	Text string
}

func (*Include) preambleItem()   {}
func (*Define) preambleItem()    {}
func (*Directive) preambleItem() {}
func (*CDecl) preambleItem()     {}

// Probe is one action block: attach points, an optional predicate and a
// body. Loc is 1:1 (offset 0), as in bpftrace 0.17.
type Probe struct {
	Base
	Attach []*AttachPoint
	Pred   *Predicate
	Body   *Block
}

// Predicate is the /expr/ filter of a probe.
type Predicate struct {
	Base
	X Expr
}

// AttachPoint is one attach point of a probe. Raw is the text bpftrace 0.17
// glues from the tokens (quoted strings re-quoted, integers in decimal, $N
// kept); the other fields come from splitting it (see parser.ParseAttachPoint),
// with positional parameters substituted and aliases expanded (t → tracepoint).
// Its span starts where the previous token ended (language.md ERR-03).
type AttachPoint struct {
	Base
	Raw string
	// Parts are Raw's ':'-separated parts after quote removal and parameter
	// substitution; Parts[0] is the provider as written.
	Parts []string
	// Provider is the full provider name ("tracepoint", "BEGIN"), or the
	// pattern itself when it holds a '*' wildcard.
	Provider string
	Target   string // tracepoint category, uprobe/usdt binary, profile/interval unit, kfunc module, software/hardware event
	Ns       string // usdt namespace
	Func     string // function, event or probe name
	// FuncOffset is the "+N" offset of kprobe:f+N and uprobe:bin:f+N.
	FuncOffset int64
	// Address is an absolute uprobe address or a watchpoint address/argN.
	Address uint64
	Freq    uint64 // profile/interval rate, software/hardware count
	Len     uint64 // watchpoint length
	Mode    string // watchpoint mode, e.g. "rw"
	Pin     string // iter pin name
	// Async marks an asyncwatchpoint.
	Async bool
	// NeedExpansion is set when a part holds a '*' wildcard (or a usdt probe
	// has no namespace) and must be matched against the system.
	NeedExpansion bool
}
