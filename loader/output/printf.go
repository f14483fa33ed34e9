package output

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/loader/abi"
)

// Formatter renders the records of one printf call site. It splits the
// format once, as bpftrace 0.17 does: every piece ends with one conversion
// (bpftrace's pattern %-?[0-9]*(\.[0-9]+)?(conversion)) and is handed to C
// snprintf with one argument; the text after the last conversion is copied
// verbatim, so a "%%" there stays "%%" (PF-07).
type Formatter struct {
	args []abi.Field
	segs [][]cpiece // C pieces of each segment that gets an argument
	bufs []int      // buffer rendering of each argument (bufAscii...)
	tail string     // text written after the formatted segments
	res  *Resolver
}

// SetResolver sets what resolves the arguments printed with %s that are
// probe names, symbols, user names or timestamps.
func (f *Formatter) SetResolver(r *Resolver) { f.res = r }

// NewFormatter prepares p for [Formatter.Format]. It fails when p has more
// arguments than its format has conversions, which bpftrace cannot print, or
// an argument that is neither an integer of 1, 2, 4 or 8 bytes nor a string.
// Fewer arguments than conversions print like bpftrace: the part after the
// last argument's is written as is and the rest is dropped.
func NewFormatter(p *abi.Printf) (*Formatter, error) {
	parts, nconv := splitFormat(p.Format)
	if len(p.Args) > nconv {
		return nil, fmt.Errorf("printf %q: %d arguments for %d conversions", p.Format, len(p.Args), nconv)
	}
	for i, a := range p.Args {
		if err := checkArg(a); err != nil {
			return nil, fmt.Errorf("printf %q: argument %d: %w", p.Format, i+1, err)
		}
	}
	f := &Formatter{args: p.Args}
	for n, s := range parts[:len(p.Args)] {
		mode := bufAscii
		// bpftrace looks at the text from the segment's last '%': exactly
		// %r, %rx or %rh selects the rendering, and every %r, %rx, %rh
		// (or %r|) of the segment becomes %s.
		if i := strings.LastIndexByte(s, '%'); i >= 0 {
			switch s[i:] {
			case "%rx":
				mode = bufEscape
				s = replaceR(s)
			case "%rh":
				mode = bufHex
				s = replaceR(s)
			case "%r":
				s = replaceR(s)
			}
			if s != parts[n] && p.Args[n].Type.Kind != abi.KindBuffer {
				return nil, fmt.Errorf("printf %q: argument %d: %s needs a buffer", p.Format, n+1, parts[n][i:])
			}
		}
		f.bufs = append(f.bufs, mode)
		f.segs = append(f.segs, parseC(s))
	}
	if len(p.Args) < len(parts) {
		// bpftrace writes only the part after the last argument's, even when
		// more conversions follow (the compiler rejects that case).
		f.tail = parts[len(p.Args)]
	}
	return f, nil
}

// checkArg reports whether a printf argument has a layout the formatter reads.
func checkArg(a abi.Field) error {
	switch a.Type.Kind {
	case abi.KindInt:
		switch a.Type.Size {
		case 1, 2, 4, 8:
			return nil
		}
		return fmt.Errorf("integer of %d bytes", a.Type.Size)
	case abi.KindString:
		if a.Type.Size < 0 {
			return fmt.Errorf("string of %d bytes", a.Type.Size)
		}
		return nil
	case abi.KindBuffer, abi.KindKsym, abi.KindUsym, abi.KindUsername, abi.KindProbe, abi.KindStrerror, abi.KindTimestamp, abi.KindInet, abi.KindPointer, abi.KindKstack, abi.KindUstack, abi.KindMacaddr, abi.KindCgroupPath:
		return checkType(a.Type)
	}
	return fmt.Errorf("%s values cannot be printed by printf", a.Type.Kind)
}

// Format renders one record (starting with its u64 action id).
func (f *Formatter) Format(record []byte) (string, error) {
	b, err := f.Append(nil, record)
	return string(b), err
}

// Append renders one record like [Formatter.Format] and appends it to dst.
func (f *Formatter) Append(dst, record []byte) ([]byte, error) {
	var one [1]carg
	for i, a := range f.args {
		end := a.Offset + a.Type.Size
		if a.Offset < 0 || end > len(record) {
			return dst, fmt.Errorf("printf record: argument %d at %d..%d, record has %d bytes", i+1, a.Offset, end, len(record))
		}
		one[0] = f.readArg(a.Type, record[a.Offset:end], f.bufs[i])
		start := len(dst)
		dst = appendC(dst, f.segs[i], one[:])
		// bpftrace streams each piece as a C string: a NUL ends it (PF-04).
		for j := start; j < len(dst); j++ {
			if dst[j] == 0 {
				dst = dst[:j]
				break
			}
		}
	}
	return append(dst, f.tail...), nil
}

// readArg converts an argument as bpftrace 0.17 passes it to snprintf:
// integers widened to 64 bits (sign-extended when signed), strings up to
// NUL, buffers in their hex form, resolved kinds as their text.
func (f *Formatter) readArg(t abi.Type, b []byte, mode int) carg {
	switch t.Kind {
	case abi.KindInt, abi.KindPointer:
		return carg{u: readInt(b, t.Signed)}
	case abi.KindString:
		return carg{isStr: true, str: cstring(b)}
	case abi.KindBuffer:
		n := min(int(b[0]), len(b)-1)
		return carg{isStr: true, str: appendHexBuffer(nil, b[1:1+n], mode)}
	}
	return carg{isStr: true, str: f.res.appendText(nil, t, b)}
}

// replaceR turns every %r, %rx, %rh (and %r|, as bpftrace's pattern
// %r[x|h]? has it) of a format segment into %s.
func replaceR(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+1 < len(s) && s[i+1] == 'r' {
			b.WriteString("%s")
			i++
			if i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'h' || s[i+1] == '|') {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// readInt reads a native-endian integer of len(b) bytes, widened to 64 bits.
func readInt(b []byte, signed bool) uint64 {
	ne := binary.NativeEndian
	switch len(b) {
	case 1:
		if signed {
			return uint64(int64(int8(b[0])))
		}
		return uint64(b[0])
	case 2:
		if signed {
			return uint64(int64(int16(ne.Uint16(b))))
		}
		return uint64(ne.Uint16(b))
	case 4:
		if signed {
			return uint64(int64(int32(ne.Uint32(b))))
		}
		return uint64(ne.Uint32(b))
	case 8:
		return ne.Uint64(b)
	}
	return 0
}

// cstring returns b up to its first NUL.
func cstring(b []byte) []byte {
	for i, c := range b {
		if c == 0 {
			return b[:i]
		}
	}
	return b
}

// FormatPrintf renders one printf record (record starts with the u64 action
// id; Args offsets are from the record start), byte for byte as bpftrace 0.17.
// It prepares p on every call; a loader printing many records keeps one
// [Formatter] per call site instead.
func FormatPrintf(p *abi.Printf, record []byte) (string, error) {
	f, err := NewFormatter(p)
	if err != nil {
		return "", err
	}
	return f.Format(record)
}

// splitFormat splits a format after each conversion bpftrace 0.17 recognises
// and returns the parts and the number of conversions.
func splitFormat(s string) (parts []string, nconv int) {
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			continue
		}
		n := matchConversion(s[i:])
		if n == 0 {
			continue
		}
		parts = append(parts, s[last:i+n])
		nconv++
		last = i + n
		i = last - 1
	}
	if last != len(s) {
		parts = append(parts, s[last:])
	}
	return parts, nconv
}

// matchConversion returns the length of the conversion bpftrace 0.17's
// pattern matches at the start of s (s[0] == '%'), or 0.
func matchConversion(s string) int {
	i := 1
	if i < len(s) && s[i] == '-' {
		i++
	}
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case 's', 'c':
		return i + 1
	case 'r':
		if i+1 < len(s) && (s[i+1] == 'x' || s[i+1] == 'h') {
			return i + 2
		}
		return i + 1
	}
	j := i
	switch s[j] {
	case 'h', 'l':
		if j+1 < len(s) && s[j+1] == s[j] {
			j++
		}
		j++
	case 'j', 'z', 't':
		j++
	}
	if j < len(s) && isIntConv(s[j]) {
		return j + 1
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isIntConv(c byte) bool {
	switch c {
	case 'd', 'u', 'o', 'x', 'X', 'p':
		return true
	}
	return false
}
