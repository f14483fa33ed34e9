package output

// appendJSONString escapes s as bpftrace 0.17's json_escape does.
func appendJSONString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		dst = appendJSONByte(dst, s[i])
	}
	return dst
}

// appendJSONBytes is appendJSONString for a byte slice.
func appendJSONBytes(dst []byte, s []byte) []byte {
	for _, c := range s {
		dst = appendJSONByte(dst, c)
	}
	return dst
}

// appendJSONByte escapes one byte: \" \\ \n \r \t, other bytes up to 0x1f as
// \u00XX and, because bpftrace tests a signed char, every byte from 0x80 as
// \uffffffXX (so UTF-8 text comes out as "\uffffffc3\uffffffa9" for "é").
func appendJSONByte(dst []byte, c byte) []byte {
	const hex = "0123456789abcdef"
	switch c {
	case '"':
		return append(dst, '\\', '"')
	case '\\':
		return append(dst, '\\', '\\')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	}
	switch {
	case c <= 0x1f:
		return append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
	case c >= 0x80:
		return append(dst, '\\', 'u', 'f', 'f', 'f', 'f', 'f', 'f', hex[c>>4], hex[c&15])
	}
	return append(dst, c)
}
