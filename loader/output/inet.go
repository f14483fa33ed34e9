package output

import "strconv"

// Address families of ntop() values.
const (
	afInet  = 2
	afInet6 = 10
)

// appendInet writes an address as glibc's inet_ntop does for family af
// (bpftrace converts the stored s64 to int); other families print nothing.
func appendInet(dst []byte, af int64, addr []byte) []byte {
	switch int32(af) {
	case afInet:
		return appendIPv4(dst, addr)
	case afInet6:
		if len(addr) >= 16 {
			return appendIPv6(dst, addr[:16])
		}
	}
	return dst
}

func appendIPv4(dst []byte, a []byte) []byte {
	for i := 0; i < 4 && i < len(a); i++ {
		if i > 0 {
			dst = append(dst, '.')
		}
		dst = strconv.AppendUint(dst, uint64(a[i]), 10)
	}
	return dst
}

// appendIPv6 follows glibc: the first longest run of two or more zero
// words becomes "::", and an address whose first 96 bits are zero (but
// for ::1-like runs of seven) or an IPv4-mapped one ends in dotted IPv4.
func appendIPv6(dst []byte, a []byte) []byte {
	var w [8]uint16
	for i := range w {
		w[i] = uint16(a[2*i])<<8 | uint16(a[2*i+1])
	}
	bestBase, bestLen, curBase, curLen := -1, 0, -1, 0
	for i, v := range w {
		if v == 0 {
			if curBase == -1 {
				curBase, curLen = i, 1
			} else {
				curLen++
			}
			continue
		}
		if curBase != -1 && (bestBase == -1 || curLen > bestLen) {
			bestBase, bestLen = curBase, curLen
		}
		curBase = -1
	}
	if curBase != -1 && (bestBase == -1 || curLen > bestLen) {
		bestBase, bestLen = curBase, curLen
	}
	if bestBase != -1 && bestLen < 2 {
		bestBase = -1
	}
	for i := 0; i < 8; i++ {
		if bestBase != -1 && i >= bestBase && i < bestBase+bestLen {
			if i == bestBase {
				dst = append(dst, ':')
			}
			continue
		}
		if i != 0 {
			dst = append(dst, ':')
		}
		if i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff) {
			return appendIPv4(dst, a[12:])
		}
		dst = strconv.AppendUint(dst, uint64(w[i]), 16)
	}
	if bestBase != -1 && bestBase+bestLen == 8 {
		dst = append(dst, ':')
	}
	return dst
}
