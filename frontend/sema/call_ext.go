package sema

import (
	"github.com/bpftc/bpftc/frontend/ast"
)

// DefaultStrLen is BPFTRACE_STRLEN's default: the size of str() results
// and the largest buf().
const DefaultStrLen = 64

// strLen is the size of str() strings for this compilation.
func (c *checker) strLen() int {
	if c.opts.StrLen > 0 {
		return c.opts.StrLen
	}
	return DefaultStrLen
}

// extCall checks the functions implemented in the call_*.go files; ok is
// false for the others, which call handles.
func (c *checker) extCall(e *ast.Call) (t *Type, ok bool) {
	switch e.Name {
	case "print":
		return c.printCall(e)
	case "str":
		return c.strCall(e), true
	case "buf":
		return c.bufCall(e), true
	case "strncmp":
		return c.strncmpCall(e), true
	case "bswap":
		return c.bswapCall(e), true
	case "ntop":
		return c.ntopCall(e), true
	case "pton":
		return c.ptonCall(e), true
	case "strerror":
		return c.strerrorCall(e), true
	case "kaddr":
		return c.kaddrCall(e), true
	case "ksym":
		return c.ksymCall(e), true
	case "time":
		return c.timeCall(e), true
	case "strftime":
		return c.strftimeCall(e), true
	case "cat", "system":
		if e.Name == "system" && !c.opts.Unsafe {
			c.errorf(e, "system() is an unsafe function being used in safe mode")
		}
		c.printf(e)
		return None, true
	case "join":
		return c.joinCall(e), true
	}
	return c.langCall(e)
}

// nargs checks that e has exactly n arguments, in bpftrace's words.
func (c *checker) nargs(e *ast.Call, n int) bool {
	if len(e.Args) == n {
		return true
	}
	switch n {
	case 0:
		c.errorf(e, "%s() requires no arguments (%d provided)", e.Name, len(e.Args))
	case 1:
		c.errorf(e, "%s() requires one argument (%d provided)", e.Name, len(e.Args))
	default:
		c.errorf(e, "%s() requires %d arguments (%d provided)", e.Name, n, len(e.Args))
	}
	return false
}

// varargs checks that e has between lo and hi arguments.
func (c *checker) varargs(e *ast.Call, lo, hi int) bool {
	n := len(e.Args)
	switch {
	case n < lo && lo == 1:
		c.errorf(e, "%s() requires at least one argument (%d provided)", e.Name, n)
	case n < lo:
		c.errorf(e, "%s() requires at least %d arguments (%d provided)", e.Name, lo, n)
	case n > hi && hi == 0:
		c.errorf(e, "%s() requires no arguments (%d provided)", e.Name, n)
	case n > hi && hi == 1:
		c.errorf(e, "%s() takes up to one argument (%d provided)", e.Name, n)
	case n > hi:
		c.errorf(e, "%s() takes up to %d arguments (%d provided)", e.Name, hi, n)
	default:
		return true
	}
	return false
}

// typeWord names t's kind as bpftrace's typestr does ("integer",
// "string", "buffer").
func typeWord(t *Type) string {
	if t == nil {
		return "none"
	}
	switch t.Kind {
	case KindPtr:
		return "pointer"
	case KindRecord:
		return "record"
	case KindArray:
		return "array"
	}
	if sp, ok := specials[t.Kind]; ok {
		return sp.name
	}
	return t.Kind.word()
}

// literalArg checks that argument i is a literal of kind k ("expects a
// string literal").
func (c *checker) literalArg(e *ast.Call, i int, k Kind) bool {
	return c.literalArgIn(e, i, k, c.errorf)
}

// finalLiteralArg is literalArg checked in bpftrace's final pass only.
func (c *checker) finalLiteralArg(e *ast.Call, i int, k Kind) bool {
	return c.literalArgIn(e, i, k, c.finalErrorf)
}

func (c *checker) literalArgIn(e *ast.Call, i int, k Kind, report func(ast.Node, string, ...any)) bool {
	a := e.Args[i]
	t := c.expr(a)
	lit := false
	switch a.(type) {
	case *ast.String:
		lit = k == KindString
	case *ast.Call:
		_, lit = c.stringLiteral(a)
		lit = lit && k == KindString
	case *ast.Integer, *ast.Positional, *ast.PositionalCount:
		lit = k == KindInt
	}
	if !lit || t == nil || t.Kind != k {
		report(e, "%s() expects a %s literal (%s provided)", e.Name, (&Type{Kind: k}).Kind.word(), typeWord(t))
		return false
	}
	return true
}

// typedArg checks that argument i has kind k ("only supports integer
// arguments"); t is its type, already checked. Like bpftrace, it reports
// only when nothing else is wrong (its final pass).
func (c *checker) typedArg(e *ast.Call, t *Type, k Kind) bool {
	if t == nil {
		return false
	}
	if t.Kind != k {
		c.finalErrorf(e, "%s() only supports %s arguments (%s provided)", e.Name, (&Type{Kind: k}).Kind.word(), typeWord(t))
		return false
	}
	return true
}

// finalErrorf reports an error that bpftrace 0.17 checks only in its final
// semantic pass, which it reaches only when the earlier passes found no
// error: it is kept only when the program has no other error.
func (c *checker) finalErrorf(n ast.Node, format string, args ...any) {
	if !c.quiet {
		c.finals.Errorf(n.Loc(), format, args...)
	}
}

// finalWarnf is finalErrorf for warnings.
func (c *checker) finalWarnf(n ast.Node, format string, args ...any) {
	if !c.quiet {
		c.finals.Warnf(n.Loc(), format, args...)
	}
}

// stringLiteral returns the text of a string literal argument, or of
// str($N) (which bpftrace also takes as a literal).
func (c *checker) stringLiteral(e ast.Expr) (string, bool) {
	return StringLiteral(e, c.opts.Params)
}

// StringLiteral returns the text of a string literal, or of str($N) with
// the positional parameters params.
func StringLiteral(e ast.Expr, params []string) (string, bool) {
	switch e := e.(type) {
	case *ast.String:
		return e.Value, true
	case *ast.Call:
		if e.Name == "str" && len(e.Args) == 1 {
			if p, ok := e.Args[0].(*ast.Positional); ok {
				if p.N < 1 || int(p.N) > len(params) {
					return "", true
				}
				return params[p.N-1], true
			}
		}
	}
	return "", false
}

// DefaultAS is the address space bpftrace 0.17 gives values read in the
// probe: kernel for tracepoints (user for the syscalls category), kprobes
// and raw tracepoints, user for uprobes, none elsewhere.
func (pi *ProbeInfo) DefaultAS() AddrSpace {
	if len(pi.Attach) == 0 {
		return ASNone
	}
	a := pi.Attach[0]
	switch a.Provider {
	case ProviderTracepoint:
		if cat, _ := splitColon(a.Target); cat == "syscalls" {
			return ASUser
		}
		return ASKernel
	case ProviderKprobe, ProviderKretprobe, ProviderRawTracepoint:
		return ASKernel
	case ProviderUprobe, ProviderUretprobe, ProviderUsdt:
		return ASUser
	}
	return ASNone
}

// ReadAS returns the address space a function reads an argument of type t
// from in probe pi: a pointer's own, an integer's when it came with one,
// otherwise the probe's.
func ReadAS(t *Type, pi *ProbeInfo) AddrSpace {
	if t != nil && (t.Kind == KindPtr || t.AS != ASNone) {
		return t.AS
	}
	return pi.DefaultAS()
}
