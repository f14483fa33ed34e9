package sema

// ParamInt parses a positional parameter used as a number as bpftrace 0.17
// does, with std::stoll(s, &idx, 0) over the whole string: leading white
// space, an optional sign, then hexadecimal after 0x, octal after a leading
// 0, decimal otherwise (VAR-07, "positional multiple bases").
func ParamInt(s string) (int64, bool) {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] >= '\t' && s[i] <= '\r') {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	base := uint64(10)
	switch {
	case i+2 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') && digit(s[i+2], 16) >= 0:
		base = 16
		i += 2
	case i < len(s) && s[i] == '0':
		base = 8
	}
	start := i
	var v uint64
	for ; i < len(s); i++ {
		d := digit(s[i], base)
		if d < 0 {
			return 0, false
		}
		if v > (1<<64-1-uint64(d))/base {
			return 0, false // out of range
		}
		v = v*base + uint64(d)
	}
	if i == start {
		return 0, false
	}
	if neg {
		if v > 1<<63 {
			return 0, false
		}
		return -int64(v), true
	}
	if v > 1<<63-1 {
		return 0, false
	}
	return int64(v), true
}

// digit is the value of c as a digit in base, or -1.
func digit(c byte, base uint64) int {
	var d int
	switch {
	case c >= '0' && c <= '9':
		d = int(c - '0')
	case c >= 'a' && c <= 'z':
		d = int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		d = int(c-'A') + 10
	default:
		return -1
	}
	if uint64(d) >= base {
		return -1
	}
	return d
}
