package sema

import "github.com/bpftc/bpftc/frontend/ast"

// strCall checks str(ptr [, n]) and str($N [+ k]). The result is always
// string[BPFTRACE_STRLEN] (FN-06, VAR-08).
func (c *checker) strCall(e *ast.Call) *Type {
	if !c.varargs(e, 1, 2) {
		return nil
	}
	// bpftrace types the call even when its arguments are wrong.
	res := StringType(c.strLen())
	if !c.paramOffset(e.Args[0]) {
		return res
	}
	if _, ok := ParamStr(e.Args[0]); ok {
		// A string made at compile time; its argument is not a number.
		c.info.Types[e.Args[0]] = Int64
		res.AS = ASKernel
		if p, ok := e.Args[0].(*ast.PositionalCount); ok {
			c.errorf(p, "use $#, not str($#)")
		}
	} else if containsPositional(e.Args[0]) {
		c.expr(e.Args[0])
		c.errorf(e, "str() only accepts positional parameters directly or with a single constant offset added")
		return res
	} else if t := c.expr(e.Args[0]); t != nil && !t.IsIntLike() {
		c.errorf(e, "str() expects an integer or a pointer type as first argument (%s provided)", t)
	} else if t != nil {
		res.AS = ReadAS(t, c.probe)
		c.noteRead(res.AS)
	}
	if len(e.Args) == 2 {
		t := c.expr(e.Args[1])
		if !c.typedArg(e, t, KindInt) {
			return res
		}
		if n, ok := e.Args[1].(*ast.Integer); ok && n.Value < 0 {
			c.finalErrorf(e, "strcannot use negative length (%d)", n.Value)
		}
	}
	return res
}

// ParamStr recognises the argument of str($N), str($N + k) or
// str(k + $N) and returns the parameter and the constant offset k.
func ParamStr(e ast.Expr) (*ParamRef, bool) {
	switch e := e.(type) {
	case *ast.Positional:
		return &ParamRef{Param: e}, true
	case *ast.PositionalCount:
		return &ParamRef{}, true
	case *ast.Binary:
		if e.Op != ast.OpAdd {
			return nil, false
		}
		p, ok := e.X.(*ast.Positional)
		k, kok := e.Y.(*ast.Integer)
		if !ok {
			p, ok = e.Y.(*ast.Positional)
			k, kok = e.X.(*ast.Integer)
		}
		if ok && kok && k.Value >= 0 {
			return &ParamRef{Param: p, Offset: k.Value}, true
		}
	}
	return nil, false
}

// ParamRef is a positional parameter read as a string from Offset on.
type ParamRef struct {
	Param  *ast.Positional // nil for $#
	Offset int64
}

// Text is the string str() makes of r: the parameter from its offset,
// cut to the string's capacity and to n characters when n >= 0.
func (r *ParamRef) Text(params []string, capacity int, n int64) string {
	s := ""
	if r.Param != nil && r.Param.N >= 1 && int(r.Param.N) <= len(params) {
		s = params[r.Param.N-1]
	}
	if r.Offset >= int64(len(s)) {
		s = ""
	} else {
		s = s[r.Offset:]
	}
	limit := int64(capacity - 1)
	if n >= 0 && n < limit {
		limit = n
	}
	if int64(len(s)) > limit {
		s = s[:limit]
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return s[:i]
		}
	}
	return s
}

// containsPositional reports whether e uses a positional parameter.
func containsPositional(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.Positional, *ast.PositionalCount:
			found = true
		}
		return !found
	})
	return found
}

// bufCall checks buf(ptr [, n]): a buffer of min(n, STRLEN) bytes, or of
// a whole array (FN-07).
func (c *checker) bufCall(e *ast.Call) *Type {
	if !c.varargs(e, 1, 2) {
		return nil
	}
	t := c.expr(e.Args[0])
	if t != nil && !(t.IsIntLike() || t.Kind == KindString || t.Kind == KindArray) {
		c.finalErrorf(e, "buf() expects an integer, string, or array argument but saw %s", typeWord(t))
	}
	max := c.strLen()
	size := max
	if len(e.Args) == 1 {
		if t != nil && t.Kind == KindArray {
			size = t.Size
		} else {
			c.finalErrorf(e, "buf() expects a length argument for non-array type %s", typeWord(t))
		}
	} else {
		c.typedArg(e, c.expr(e.Args[1]), KindInt)
		if n, ok := c.constInt(e.Args[1]); ok {
			if n < 0 {
				c.errorf(e, "buf cannot use negative length (%d)", n)
			} else {
				size = int(min(n, int64(max)+1))
			}
		} else if t != nil && t.Kind == KindString {
			c.errorf(e, "buf() of a string needs a literal length in bpftc")
		}
	}
	if size > max {
		c.finalWarnf(e, "buf() length is too long and will be shortened to %d bytes (see BPFTRACE_STRLEN)", max)
		size = max
	}
	if t != nil && !(t.Kind == KindString || t.Kind == KindArray && t.Internal) {
		c.noteRead(ReadAS(t, c.probe))
	}
	res := SpecialType(KindBuffer, size+1)
	res.AS = ASKernel // copied onto the BPF stack
	return res
}

// paramOffset checks str($N op k): only $N + k with 0 <= k <= len($N) may
// be read as a string (bpftrace reports it at the operator and k).
func (c *checker) paramOffset(e ast.Expr) bool {
	bin, ok := e.(*ast.Binary)
	if !ok {
		return true
	}
	p, pok := bin.X.(*ast.Positional)
	k, kok := bin.Y.(*ast.Integer)
	if !pok {
		p, pok = bin.Y.(*ast.Positional)
		k, kok = bin.X.(*ast.Integer)
	}
	if !pok {
		return true
	}
	n := len(c.paramString(p))
	if kok && bin.Op == ast.OpAdd && k.Value >= 0 && k.Value <= int64(n) {
		return true
	}
	if !c.quiet {
		c.diags.Errorf(bin.Loc().Join(bin.Y.Loc()), "only addition of a single constant less or equal to the length of $%d (which is %d) is allowed inside str()", p.N, n)
	}
	return false
}

// paramString is positional parameter p as a string ("" when missing).
func (c *checker) paramString(p *ast.Positional) string {
	if p.N < 1 || int(p.N) > len(c.opts.Params) {
		return ""
	}
	return c.opts.Params[p.N-1]
}
