package output

import "strconv"

// This file emulates glibc's snprintf for the pieces of a printf format that
// bpftrace 0.17 hands to it (one conversion argument per piece, passed as a
// 64-bit value or a C string).

// Flags of a C conversion specification.
const (
	flagLeft  = 1 << iota // '-'
	flagPlus              // '+'
	flagSpace             // ' '
	flagAlt               // '#'
	flagZero              // '0', kept only when '-' is not given (glibc's pad)
	flagGroup             // '\'' (no effect in the C locale)
	flagI18n              // 'I' (no effect in the C locale)
)

// Integer widths selected by a length modifier.
const (
	lenInt   = iota // no modifier: int, the low 32 bits of the argument
	lenChar         // hh
	lenShort        // h
	lenLong         // l, ll, q, L, j, z, Z, t: all 64 bits
)

// cspec is one parsed C conversion specification.
type cspec struct {
	flags     uint8
	length    uint8
	conv      byte // d i u o x X c s p; anything else prints verbatim (glibc's printf_unknown)
	width     int  // 0: none
	prec      int  // -1: none
	starWidth bool // width comes from an argument
	starPrec  bool // precision comes from an argument
}

// cpiece is literal text followed by an optional conversion.
type cpiece struct {
	lit     string
	spec    cspec
	hasSpec bool
}

// carg is one argument as C receives it: a 64-bit integer or a string.
type carg struct {
	str   []byte
	u     uint64
	isStr bool
}

// parseC splits a C format into literal text and conversions, as glibc's
// vfprintf reads it. "%%" (with any flags) becomes a literal '%'. A
// specification cut off by the end of the format is dropped, unless an
// unknown conversion came before it: glibc then has switched to its
// positional parser, which writes it back like an unknown one.
func parseC(f string) []cpiece {
	var pieces []cpiece
	var lit []byte
	unknown := false
	for i := 0; i < len(f); {
		c := f[i]
		if c != '%' {
			lit = append(lit, c)
			i++
			continue
		}
		sp, n, complete := parseSpec(f[i:])
		i += n
		if !complete {
			if unknown {
				lit = sp.appendUnknown(lit)
				lit = lit[:len(lit)-1] // the missing conversion letter
			}
			break
		}
		if sp.conv == '%' {
			lit = append(lit, '%')
			continue
		}
		if !sp.known() {
			unknown = true
		}
		pieces = append(pieces, cpiece{lit: string(lit), spec: sp, hasSpec: true})
		lit = lit[:0]
	}
	if len(lit) > 0 || len(pieces) == 0 {
		pieces = append(pieces, cpiece{lit: string(lit)})
	}
	return pieces
}

// parseSpec parses the specification at the start of f (f[0] == '%') and
// returns it with its length; complete is false when f ends inside it.
func parseSpec(f string) (sp cspec, n int, complete bool) {
	sp.prec = -1
	i := 1
	for ; i < len(f); i++ {
		switch f[i] {
		case '-':
			sp.flags |= flagLeft
			sp.flags &^= flagZero
			continue
		case '+':
			sp.flags |= flagPlus
			continue
		case ' ':
			sp.flags |= flagSpace
			continue
		case '#':
			sp.flags |= flagAlt
			continue
		case '0':
			if sp.flags&flagLeft == 0 {
				sp.flags |= flagZero
			}
			continue
		case '\'':
			sp.flags |= flagGroup
			continue
		case 'I':
			sp.flags |= flagI18n
			continue
		}
		break
	}
	if i < len(f) && f[i] == '*' {
		sp.starWidth = true
		i++
	} else {
		sp.width, i = atoi(f, i)
	}
	if i < len(f) && f[i] == '.' {
		i++
		if i < len(f) && f[i] == '*' {
			sp.starPrec = true
			i++
		} else {
			sp.prec, i = atoi(f, i)
		}
	}
	i = parseLength(f, i, &sp)
	if i >= len(f) {
		return sp, len(f), false
	}
	sp.conv = f[i]
	return sp, i + 1, true
}

// atoi reads decimal digits of f from i, saturating instead of overflowing.
func atoi(f string, i int) (int, int) {
	v := 0
	for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
		if v < 1<<24 {
			v = v*10 + int(f[i]-'0')
		}
	}
	return v, i
}

// parseLength reads a length modifier of f from i into sp.
func parseLength(f string, i int, sp *cspec) int {
	if i >= len(f) {
		return i
	}
	switch f[i] {
	case 'h':
		sp.length = lenShort
		if i+1 < len(f) && f[i+1] == 'h' {
			sp.length = lenChar
			return i + 2
		}
		return i + 1
	case 'l':
		sp.length = lenLong
		if i+1 < len(f) && f[i+1] == 'l' {
			return i + 2
		}
		return i + 1
	case 'q', 'L', 'j', 'z', 'Z', 't':
		sp.length = lenLong
		return i + 1
	}
	return i
}

// appendC formats pieces like snprintf with args. Arguments past the supplied
// ones read as 0 or the empty string, where C would read garbage.
func appendC(dst []byte, pieces []cpiece, args []carg) []byte {
	next := 0
	take := func() carg {
		if next < len(args) {
			next++
			return args[next-1]
		}
		return carg{}
	}
	for i := range pieces {
		p := &pieces[i]
		dst = append(dst, p.lit...)
		if !p.hasSpec {
			continue
		}
		sp := p.spec
		if sp.starWidth {
			w := int64(int32(take().u))
			if w < 0 {
				sp.flags |= flagLeft
				sp.flags &^= flagZero
				w = -w
			}
			sp.width = int(min(w, 1<<24))
		}
		if sp.starPrec {
			pr := int64(int32(take().u))
			sp.prec = -1
			if pr >= 0 {
				sp.prec = int(min(pr, 1<<24))
			}
		}
		var ok bool
		if dst, ok = sp.appendArg(dst, take); !ok {
			break
		}
	}
	return dst
}

// appendArg formats one conversion, taking its argument from take when it
// has one. ok is false where glibc fails and stops writing.
func (sp *cspec) appendArg(dst []byte, take func() carg) (_ []byte, ok bool) {
	switch sp.conv {
	case 'd', 'i', 'u', 'o', 'x', 'X', 'p':
		a := take()
		if a.isStr {
			a = carg{} // C would print the string's address
		}
		return sp.appendInt(dst, a.u), true
	case 'c':
		a := take()
		if a.isStr {
			a = carg{}
		}
		if sp.length == lenLong && uint32(a.u) >= 0x80 {
			return dst, false // %lc: no such character in the C locale
		}
		return pad(dst, []byte{byte(a.u)}, sp.width, sp.flags&flagLeft != 0), true
	case 's':
		a := take()
		s := a.str
		if sp.prec >= 0 && sp.prec < len(s) {
			s = s[:sp.prec]
		}
		return pad(dst, s, sp.width, sp.flags&flagLeft != 0), true
	}
	return sp.appendUnknown(dst), true
}

// known reports whether conv is a conversion this emulation formats.
func (sp *cspec) known() bool {
	switch sp.conv {
	case 'd', 'i', 'u', 'o', 'x', 'X', 'p', 'c', 's':
		return true
	}
	return false
}

// appendUnknown writes an unknown conversion back as glibc's printf_unknown
// does: '%', the flags it kept, width, precision and the conversion letter.
func (sp *cspec) appendUnknown(dst []byte) []byte {
	dst = append(dst, '%')
	if sp.flags&flagAlt != 0 {
		dst = append(dst, '#')
	}
	if sp.flags&flagGroup != 0 {
		dst = append(dst, '\'')
	}
	if sp.flags&flagPlus != 0 {
		dst = append(dst, '+')
	} else if sp.flags&flagSpace != 0 {
		dst = append(dst, ' ')
	}
	if sp.flags&flagLeft != 0 {
		dst = append(dst, '-')
	}
	if sp.flags&flagZero != 0 {
		dst = append(dst, '0')
	}
	if sp.flags&flagI18n != 0 {
		dst = append(dst, 'I')
	}
	if sp.width != 0 {
		dst = strconv.AppendInt(dst, int64(sp.width), 10)
	}
	if sp.prec != -1 {
		dst = append(dst, '.')
		dst = strconv.AppendInt(dst, int64(sp.prec), 10)
	}
	return append(dst, sp.conv)
}

// pad writes s right-justified (or left-justified) in width columns of spaces.
func pad(dst, s []byte, width int, left bool) []byte {
	n := width - len(s)
	if left {
		dst = append(dst, s...)
	}
	for ; n > 0; n-- {
		dst = append(dst, ' ')
	}
	if !left {
		dst = append(dst, s...)
	}
	return dst
}

// appendInt formats an integer conversion of the 64-bit argument v.
func (sp *cspec) appendInt(dst []byte, v uint64) []byte {
	if sp.conv == 'p' && v == 0 {
		return pad(dst, []byte("(nil)"), sp.width, sp.flags&flagLeft != 0)
	}
	var mag uint64
	neg, signed := false, false
	switch sp.conv {
	case 'd', 'i':
		signed = true
		s := sp.signedValue(v)
		neg = s < 0
		mag = uint64(s)
		if neg {
			mag = -mag
		}
	case 'p':
		signed = true // glibc honours '+' and ' ' for %p
		mag = v
	default:
		mag = sp.unsignedValue(v)
	}
	var buf [24]byte
	digits := sp.digits(buf[:0], mag)
	var prefix string
	switch {
	case sp.conv == 'p':
		prefix = "0x"
	case sp.conv == 'x' && sp.flags&flagAlt != 0 && mag != 0:
		prefix = "0x"
	case sp.conv == 'X' && sp.flags&flagAlt != 0 && mag != 0:
		prefix = "0X"
	}
	if signed {
		switch {
		case neg:
			prefix = "-" + prefix
		case sp.flags&flagPlus != 0:
			prefix = "+" + prefix
		case sp.flags&flagSpace != 0:
			prefix = " " + prefix
		}
	}
	fill := sp.width - len(prefix) - len(digits)
	switch {
	case sp.flags&flagLeft != 0:
		dst = append(dst, prefix...)
		dst = append(dst, digits...)
		return spaces(dst, fill)
	case sp.flags&flagZero != 0 && sp.prec < 0:
		dst = append(dst, prefix...)
		dst = zeros(dst, fill)
		return append(dst, digits...)
	}
	dst = spaces(dst, fill)
	dst = append(dst, prefix...)
	return append(dst, digits...)
}

// signedValue reads v as the signed type the length modifier selects.
func (sp *cspec) signedValue(v uint64) int64 {
	switch sp.length {
	case lenChar:
		return int64(int8(v))
	case lenShort:
		return int64(int16(v))
	case lenLong:
		return int64(v)
	}
	return int64(int32(v))
}

// unsignedValue reads v as the unsigned type the length modifier selects.
func (sp *cspec) unsignedValue(v uint64) uint64 {
	switch sp.length {
	case lenChar:
		return uint64(uint8(v))
	case lenShort:
		return uint64(uint16(v))
	case lenLong:
		return v
	}
	return uint64(uint32(v))
}

// digits writes the digits of mag in the conversion's base, extended to the
// precision, with '#' octal's leading zero.
func (sp *cspec) digits(dst []byte, mag uint64) []byte {
	if !(sp.prec == 0 && mag == 0) {
		switch sp.conv {
		case 'o':
			dst = strconv.AppendUint(dst, mag, 8)
		case 'x', 'p':
			dst = strconv.AppendUint(dst, mag, 16)
		case 'X':
			dst = strconv.AppendUint(dst, mag, 16)
			for i, c := range dst {
				if c >= 'a' {
					dst[i] = c - 'a' + 'A'
				}
			}
		default:
			dst = strconv.AppendUint(dst, mag, 10)
		}
	}
	if n := sp.prec - len(dst); n > 0 {
		dst = append(dst, make([]byte, n)...)
		copy(dst[n:], dst)
		for i := 0; i < n; i++ {
			dst[i] = '0'
		}
	}
	if sp.conv == 'o' && sp.flags&flagAlt != 0 && (len(dst) == 0 || dst[0] != '0') {
		dst = append(dst, 0)
		copy(dst[1:], dst)
		dst[0] = '0'
	}
	return dst
}

func spaces(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, ' ')
	}
	return dst
}

func zeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}
