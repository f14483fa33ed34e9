package sema

import (
	"fmt"

	"github.com/bpftc/bpftc/frontend/ast"
)

// convKind is what a printf conversion accepts.
type convKind uint8

const (
	convInt convKind = iota
	convString
	convBuffer
)

// parseFormat returns the argument kinds a printf format expects, following
// bpftrace 0.17's grammar: % [-] [width] [.precision] [length] conversion.
func parseFormat(f string) ([]convKind, error) {
	var convs []convKind
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		start := i - 1
		if i < len(f) && f[i] == '-' {
			i++
		}
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		if i < len(f) && f[i] == '.' {
			i++
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				i++
			}
		}
		for _, l := range []string{"hh", "ll", "h", "l", "j", "z", "t"} {
			if len(f)-i >= len(l) && f[i:i+len(l)] == l {
				i += len(l)
				break
			}
		}
		if i >= len(f) {
			return convs, fmt.Errorf("Invalid format string: %s", f[start:])
		}
		switch f[i] {
		case 'd', 'u', 'o', 'x', 'X', 'p', 'c':
			convs = append(convs, convInt)
		case 's':
			convs = append(convs, convString)
		case 'r':
			if i+1 < len(f) && (f[i+1] == 'x' || f[i+1] == 'h') {
				i++
			}
			convs = append(convs, convBuffer)
		default:
			// Not a conversion for bpftrace: the '%' and what follows are
			// printed as they are, and the argument count stays the same.
			i = start + 1
		}
	}
	return convs, nil
}

func (c *checker) printf(e *ast.Call) {
	if len(e.Args) == 0 {
		c.errorf(e, "%s() requires at least one argument (0 provided)", e.Name)
		return
	}
	lit, ok := e.Args[0].(*ast.String)
	if !ok {
		c.errorf(e, "%s() expects a string literal (%s provided)", e.Name, typeWord(c.expr(e.Args[0])))
		return
	}
	args := e.Args[1:]
	var types []*Type
	for _, a := range args {
		types = append(types, c.expr(a))
	}
	if len(e.Args) > 128 {
		c.errorf(e, "%s() takes up to 128 arguments (%d provided)", e.Name, len(e.Args))
		return
	}
	convs, err := parseFormat(lit.Value)
	if err != nil {
		c.errorf(e, "%s: %v", e.Name, err)
		return
	}
	if len(convs) < len(args) {
		c.errorf(e, "%s: Too many arguments for format string (%d supplied, %d expected)", e.Name, len(args), len(convs))
		return
	}
	if len(convs) > len(args) {
		c.errorf(e, "%s: Not enough arguments for format string (%d supplied, %d expected)", e.Name, len(args), len(convs))
		return
	}
	for i, t := range types {
		if t == nil {
			c.errorf(e, "%s: %s specifier expects a value of type %s (none supplied)", e.Name, convName(lit.Value, i), convs[i].word())
			continue
		}
		switch {
		case convs[i] == convInt && !t.IsIntLike(),
			convs[i] == convString && !t.IsStringLike(),
			convs[i] == convBuffer && t.Kind != KindBuffer:
			c.errorf(e, "%s: %s specifier expects a value of type %s (%s supplied)", e.Name, convName(lit.Value, i), convs[i].word(), printfWord(t))
		}
	}
}

func (k convKind) word() string {
	switch k {
	case convString:
		return "string"
	case convBuffer:
		return "buffer"
	}
	return "integer"
}

// printfWord names an argument's type in printf's messages: what the
// loader prints as text is a "string", pointers are integers.
func printfWord(t *Type) string {
	switch {
	case t.IsIntLike():
		return "integer"
	case t.IsStringLike():
		return "string"
	}
	return typeWord(t)
}

// convName returns the text of the i-th conversion, e.g. "%d".
func convName(f string, n int) string {
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			i++
			continue
		}
		j := i + 1
		for j < len(f) && !isConv(f[j]) {
			j++
		}
		if j < len(f) && f[j] == 'r' && j+1 < len(f) && (f[j+1] == 'x' || f[j+1] == 'h') {
			j++
		}
		if n == 0 {
			return f[i:min(j+1, len(f))]
		}
		n--
		i = j
	}
	return "%"
}

func isConv(c byte) bool {
	switch c {
	case 'd', 'u', 'o', 'x', 'X', 'p', 'c', 's', 'r':
		return true
	}
	return false
}
