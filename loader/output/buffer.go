package output

// Buffer renderings (PF-08).
const (
	bufAscii  = iota // %r: bytes 32..126 as they are, others \xNN
	bufEscape        // %rx: every byte \xNN
	bufHex           // %rh: NN NN NN
)

// appendHexBuffer writes b as bpftrace's hex_format_buffer does in mode.
func appendHexBuffer(dst, b []byte, mode int) []byte {
	const hex = "0123456789abcdef"
	for i, c := range b {
		switch {
		case mode == bufAscii && c >= 32 && c <= 126:
			dst = append(dst, c)
		case mode != bufHex:
			dst = append(dst, '\\', 'x', hex[c>>4], hex[c&15])
		default:
			dst = append(dst, hex[c>>4], hex[c&15])
			if i != len(b)-1 {
				dst = append(dst, ' ')
			}
		}
	}
	return dst
}
