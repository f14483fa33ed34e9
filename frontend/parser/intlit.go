package parser

import (
	"math"
	"strings"
)

// parseUint converts integer literal text the way bpftrace 0.17's
// int_parser::to_uint does (language.md LEX-07..LEX-12): underscores are
// dropped, "0x" is hexadecimal, a leading 0 octal, "CeN" scientific, and a
// trailing u/l/ul/ll/ull suffix is ignored. The error string is bpftrace's
// message.
func parseUint(s string) (uint64, string) {
	n := s
	if strings.IndexByte(n, '_') >= 0 {
		n = strings.ReplaceAll(n, "_", "")
	}
	if len(n) >= 2 && n[0] == '0' && (n[1] == 'x' || n[1] == 'X') {
		return parseIntSuffix(n, 0)
	}
	if e := strings.IndexAny(n, "eE"); e >= 0 {
		return parseExp(n[:e], n[e+1:])
	}
	return parseIntSuffix(n, 0)
}

// parseIntSuffix is std::stoull(s, &idx, base) followed by bpftrace's check
// that whatever stoull left is an integer suffix.
func parseIntSuffix(s string, base int) (uint64, string) {
	v, idx, err := stoull(s, base)
	if err != "" {
		return 0, err
	}
	if idx != len(s) && !isIntSuffix(s[idx:]) {
		return 0, "Found trailing non-numeric characters"
	}
	return v, ""
}

// isIntSuffix matches ^(u|u?l?l)$ case-insensitively.
func isIntSuffix(s string) bool {
	if len(s) > 3 {
		return false
	}
	var b [3]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(s)]) {
	case "u", "l", "ll", "ul", "ull":
		return true
	}
	return false
}

// stoull mirrors C++ std::stoull: leading white space, an optional sign
// (a minus negates modulo 2^64), base 0 prefixes, and "stoull" as the
// message of both of its exceptions. It returns the number of bytes used.
func stoull(s string, base int) (uint64, int, string) {
	i := 0
	for i < len(s) && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r')) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	if (base == 0 || base == 16) && i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') &&
		i+2 < len(s) && digitVal(s[i+2]) < 16 {
		i += 2
		base = 16
	} else if base == 0 {
		base = 10
		if i < len(s) && s[i] == '0' {
			base = 8
		}
	}
	start := i
	var v uint64
	overflow := false
	for i < len(s) {
		d := digitVal(s[i])
		if d >= base {
			break
		}
		if v > (math.MaxUint64-uint64(d))/uint64(base) {
			overflow = true
		}
		v = v*uint64(base) + uint64(d)
		i++
	}
	if i == start {
		return 0, 0, "stoull"
	}
	if overflow {
		return 0, 0, "stoull"
	}
	if neg {
		v = -v
	}
	return v, i, ""
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseExp converts scientific notation c·10^e (integers only).
func parseExp(coeff, exp string) (uint64, string) {
	c, err := parseIntSuffix(coeff, 10)
	if err != "" {
		return 0, "Coefficient part of scientific literal is not a valid number: " + coeff + ": " + err
	}
	e, err := parseIntSuffix(exp, 10)
	if err != "" {
		return 0, "Exponent part of scientific literal is not a valid number: " + exp + ": " + err
	}
	if c > 9 {
		return 0, "Coefficient part of scientific literal must be in range (0,9), got: " + coeff
	}
	if e > 16 {
		return 0, "Exponent will overflow integer range: " + exp
	}
	for ; e > 0; e-- {
		c *= 10
	}
	return c, ""
}
