package symtab

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// USDTArgKind says where a USDT argument's value is.
type USDTArgKind uint8

// Kinds of USDT arguments.
const (
	USDTConst USDTArgKind = iota + 1 // the constant Value ("4@$5")
	USDTReg                          // register Reg ("-4@%edi")
	USDTMem                          // memory at Reg+Offset+Index*Scale ("8@-16(%rbp)")
)

// USDTArg is one decoded x86-64 argument of a USDT location. Registers are
// named as in struct pt_regs ("ax", "di", "r8", "ip").
type USDTArg struct {
	Size   int  // 1, 2, 4 or 8 bytes
	Signed bool // the "-N@" prefix
	Kind   USDTArgKind
	Value  int64 // USDTConst
	Reg    string
	Offset int64  // USDTMem
	Index  string // USDTMem, optional
	Scale  int64  // multiplies Index (1 when not written)
}

// x86Regs maps the AT&T names of x86-64 general registers, at every width,
// to their struct pt_regs names. It is built on first use, not at start-up
// of every program that links this package.
var x86Regs = sync.OnceValue(func() map[string]string {
	m := map[string]string{"rip": "ip", "eip": "ip"}
	for _, r := range [][5]string{
		{"ax", "rax", "eax", "ax", "al"},
		{"bx", "rbx", "ebx", "bx", "bl"},
		{"cx", "rcx", "ecx", "cx", "cl"},
		{"dx", "rdx", "edx", "dx", "dl"},
		{"si", "rsi", "esi", "si", "sil"},
		{"di", "rdi", "edi", "di", "dil"},
		{"bp", "rbp", "ebp", "bp", "bpl"},
		{"sp", "rsp", "esp", "sp", "spl"},
	} {
		for _, n := range r[1:] {
			m[n] = r[0]
		}
	}
	for i := 8; i <= 15; i++ {
		r := "r" + strconv.Itoa(i)
		for _, suffix := range []string{"", "d", "w", "b"} {
			m[r+suffix] = r
		}
	}
	return m
})

// ParseUSDTArgs decodes a location's argument specification: operands
// separated by spaces, each "[-]SIZE@OPERAND" with an AT&T operand: a
// register (%edi), a constant ($5), or memory (-16(%rbp),
// 8(%rax,%rdx,4)). RIP-relative symbols (sym(%rip)) are not supported.
func ParseUSDTArgs(spec string) ([]USDTArg, error) {
	var args []USDTArg
	for _, f := range strings.Fields(spec) {
		a, err := parseUSDTArg(f)
		if err != nil {
			return nil, fmt.Errorf("usdt argument %q: %w", f, err)
		}
		args = append(args, a)
	}
	return args, nil
}

func parseUSDTArg(s string) (USDTArg, error) {
	a := USDTArg{Size: 8, Scale: 1}
	if size, op, ok := strings.Cut(s, "@"); ok {
		n, err := strconv.Atoi(size)
		if err != nil {
			return a, fmt.Errorf("bad size %q", size)
		}
		a.Signed = n < 0
		if n < 0 {
			n = -n
		}
		if n != 1 && n != 2 && n != 4 && n != 8 {
			return a, fmt.Errorf("size %d is not 1, 2, 4 or 8", n)
		}
		a.Size, s = n, op
	}
	switch {
	case strings.HasPrefix(s, "$"):
		v, err := parseDisp(s[1:])
		if err != nil {
			return a, err
		}
		a.Kind, a.Value = USDTConst, v
		return a, nil
	case strings.HasPrefix(s, "%"):
		r, err := register(s)
		if err != nil {
			return a, err
		}
		a.Kind, a.Reg = USDTReg, r
		return a, nil
	}
	open := strings.IndexByte(s, '(')
	if open < 0 || !strings.HasSuffix(s, ")") {
		return a, fmt.Errorf("unsupported operand %q", s)
	}
	if open > 0 {
		v, err := parseDisp(s[:open])
		if err != nil {
			return a, err
		}
		a.Offset = v
	}
	parts := strings.Split(s[open+1:len(s)-1], ",")
	if len(parts) > 3 {
		return a, fmt.Errorf("unsupported operand %q", s)
	}
	base, err := register(parts[0])
	if err != nil {
		return a, err
	}
	if base == "ip" {
		return a, fmt.Errorf("rip-relative operand %q is not supported", s)
	}
	a.Kind, a.Reg = USDTMem, base
	if len(parts) > 1 {
		if a.Index, err = register(parts[1]); err != nil {
			return a, err
		}
	}
	if len(parts) > 2 {
		sc, err := strconv.ParseInt(parts[2], 0, 64)
		if err != nil || sc != 1 && sc != 2 && sc != 4 && sc != 8 {
			return a, fmt.Errorf("bad scale %q", parts[2])
		}
		a.Scale = sc
	}
	return a, nil
}

// register resolves "%name" to its pt_regs name.
func register(s string) (string, error) {
	name, ok := strings.CutPrefix(strings.TrimSpace(s), "%")
	if r, known := x86Regs()[name]; ok && known {
		return r, nil
	}
	return "", fmt.Errorf("unknown register %q", s)
}

// parseDisp parses a decimal or 0x-hexadecimal number, optionally signed.
func parseDisp(s string) (int64, error) {
	neg := false
	if t, ok := strings.CutPrefix(s, "-"); ok {
		neg, s = true, t
	} else {
		s = strings.TrimPrefix(s, "+")
	}
	v, err := strconv.ParseUint(s, 0, 64)
	if err != nil {
		return 0, fmt.Errorf("bad number %q", s)
	}
	if neg {
		return -int64(v), nil
	}
	return int64(v), nil
}
