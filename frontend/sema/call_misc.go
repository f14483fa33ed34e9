package sema

import (
	"net/netip"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
)

// strncmpCall checks strncmp(s1, s2, n): 0 when the first n characters
// match (FN-20).
func (c *checker) strncmpCall(e *ast.Call) *Type {
	if !c.nargs(e, 3) {
		return Uint64
	}
	c.typedArg(e, c.expr(e.Args[0]), KindString)
	c.typedArg(e, c.expr(e.Args[1]), KindString)
	if c.literalArg(e, 2, KindInt) {
		if n, valid := c.constInt(e.Args[2]); !valid {
			c.errorf(e, "strncmp: invalid size value")
		} else if n < 0 {
			c.errorf(e, "Builtin strncmp requires a non-negative size")
		}
	}
	return Uint64
}

// bswapCall checks bswap(int): the bytes reversed, unsigned, same width.
func (c *checker) bswapCall(e *ast.Call) *Type {
	if !c.nargs(e, 1) {
		return nil
	}
	t := c.expr(e.Args[0])
	if t == nil {
		return nil
	}
	if t.Kind != KindInt {
		c.errorf(e, "bswap() only supports integer arguments (%s provided)", typeWord(t))
		return nil
	}
	return IntType(t.Size, false)
}

// ntopCall checks ntop([af,] addr): an inet value (FN-16).
func (c *checker) ntopCall(e *ast.Call) *Type {
	if !c.varargs(e, 1, 2) {
		return nil
	}
	arg := e.Args[0]
	if len(e.Args) == 2 {
		c.typedArg(e, c.expr(e.Args[0]), KindInt)
		arg = e.Args[1]
	}
	if t := c.expr(arg); t != nil {
		if t.Kind != KindInt && t.Kind != KindString && t.Kind != KindArray {
			c.errorf(e, "ntop() expects an integer or array argument, got %s", typeWord(t))
		}
		if (t.Kind == KindString || t.Kind == KindArray) && t.Size != 4 && t.Size != 16 {
			c.errorf(e, "ntop() argument must be 4 or 16 bytes in size")
		}
	}
	return SpecialType(KindInet, 0)
}

// ptonCall checks pton("addr"): the address bytes, made at compile time.
func (c *checker) ptonCall(e *ast.Call) *Type {
	if !c.nargs(e, 1) {
		return nil
	}
	if !c.literalArg(e, 0, KindString) {
		return nil
	}
	s, _ := c.stringLiteral(e.Args[0])
	b, ok := Pton(s)
	if !ok {
		if !strings.ContainsAny(s, ".:") {
			c.errorf(e, "pton() expects an string argument of an IPv4/IPv6 address, got %s", s)
		} else {
			c.errorf(e, "pton() expects a valid IPv4/IPv6 address, got %s", s)
		}
		return nil
	}
	t := ArrayType(IntType(1, false), len(b))
	t.Internal, t.AS = true, ASKernel
	return t
}

// Pton parses an IPv4 address (when s has a '.') or an IPv6 one (when it
// has a ':') as inet_pton(3) does.
func Pton(s string) ([]byte, bool) {
	if strings.Contains(s, ".") {
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is4() {
			return nil, false
		}
		b := a.As4()
		return b[:], true
	}
	if strings.Contains(s, ":") {
		a, err := netip.ParseAddr(s)
		if err != nil || !a.Is6() || a.Zone() != "" {
			return nil, false
		}
		b := a.As16()
		return b[:], true
	}
	return nil, false
}

// strerrorCall checks strerror(errno) (FN-31).
func (c *checker) strerrorCall(e *ast.Call) *Type {
	if c.nargs(e, 1) {
		c.typedArg(e, c.expr(e.Args[0]), KindInt)
	}
	return SpecialType(KindStrerror, 0)
}

// kaddrCall checks kaddr("sym"): the symbol's address, which the loader
// finds when the object is loaded (FN-10).
func (c *checker) kaddrCall(e *ast.Call) *Type {
	if c.nargs(e, 1) {
		c.literalArg(e, 0, KindString)
	}
	return &Type{Kind: KindInt, Size: 8, AS: ASKernel}
}

// ksymCall checks ksym(addr) (FN-08).
func (c *checker) ksymCall(e *ast.Call) *Type {
	if c.nargs(e, 1) {
		if t := c.expr(e.Args[0]); t != nil && !t.IsIntLike() {
			c.errorf(e, "ksym() expects an integer or pointer argument")
		}
	}
	return SpecialType(KindKsym, 0)
}
