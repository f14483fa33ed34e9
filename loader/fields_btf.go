package loader

import "github.com/cilium/ebpf/btf"

// findMember returns the byte offset and size of the member called name,
// looking into anonymous nested records as the compiler flattens them.
func findMember(rec btf.Type, name string) (offset, size uint32, ok bool) {
	var members []btf.Member
	switch r := rec.(type) {
	case *btf.Struct:
		members = r.Members
	case *btf.Union:
		members = r.Members
	}
	for _, m := range members {
		bits := uint32(m.Offset)
		if m.Name == name {
			if m.BitfieldSize > 0 {
				return bits / 8, (bits%8 + uint32(m.BitfieldSize) + 7) / 8, true
			}
			n, err := btf.Sizeof(m.Type)
			if err != nil {
				return 0, 0, false
			}
			return bits / 8, uint32(n), true
		}
		if m.Name != "" {
			continue
		}
		switch inner := btf.UnderlyingType(m.Type).(type) {
		case *btf.Struct, *btf.Union:
			if off, sz, ok := findMember(inner, name); ok {
				return bits/8 + off, sz, true
			}
		}
	}
	return 0, 0, false
}
