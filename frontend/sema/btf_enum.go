package sema

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"os"
)

// kernelEnumFile is the kernel's BTF, scanned for enumerators.
const kernelEnumFile = "/sys/kernel/btf/vmlinux"

// BTF kinds whose records the scan must skip or read.
const (
	btfKindInt       = 1
	btfKindArray     = 3
	btfKindStruct    = 4
	btfKindUnion     = 5
	btfKindEnum      = 6
	btfKindFuncProto = 13
	btfKindVar       = 14
	btfKindDatasec   = 15
	btfKindDeclTag   = 17
	btfKindEnum64    = 19
)

// findKernelEnum looks an enumerator up in raw BTF without decoding the
// types: decoding all of vmlinux's costs hundreds of milliseconds, a scan
// of the type section a few.
func findKernelEnum(raw []byte, name string) (int64, bool) {
	if len(raw) < 24 || binary.LittleEndian.Uint16(raw) != 0xeb9f {
		return 0, false
	}
	le := binary.LittleEndian
	hdrLen := int(le.Uint32(raw[4:]))
	typeOff, typeLen := int(le.Uint32(raw[8:])), int(le.Uint32(raw[12:]))
	strOff, strLen := int(le.Uint32(raw[16:])), int(le.Uint32(raw[20:]))
	types := sub(raw, hdrLen+typeOff, typeLen)
	strs := sub(raw, hdrLen+strOff, strLen)
	if types == nil || strs == nil {
		return 0, false
	}
	nameIs := func(off uint32) bool {
		o := int(off)
		if o+len(name) >= len(strs) {
			return false
		}
		return string(strs[o:o+len(name)]) == name && strs[o+len(name)] == 0
	}
	for i := 0; i+12 <= len(types); {
		info := le.Uint32(types[i+4:])
		kind := (info >> 24) & 0x1f
		vlen := int(info & 0xffff)
		signed := info&(1<<31) != 0
		i += 12
		switch kind {
		case btfKindInt, btfKindVar, btfKindDeclTag:
			i += 4
		case btfKindArray:
			i += 12
		case btfKindStruct, btfKindUnion, btfKindDatasec:
			i += 12 * vlen
		case btfKindFuncProto:
			i += 8 * vlen
		case btfKindEnum:
			for j := 0; j < vlen && i+8 <= len(types); j++ {
				if nameIs(le.Uint32(types[i:])) {
					v := le.Uint32(types[i+4:])
					if signed {
						return int64(int32(v)), true
					}
					return int64(v), true
				}
				i += 8
			}
		case btfKindEnum64:
			for j := 0; j < vlen && i+12 <= len(types); j++ {
				if nameIs(le.Uint32(types[i:])) {
					return int64(uint64(le.Uint32(types[i+4:])) | uint64(le.Uint32(types[i+8:]))<<32), true
				}
				i += 12
			}
		}
	}
	return 0, false
}

func sub(b []byte, off, n int) []byte {
	if off < 0 || n < 0 || off+n > len(b) {
		return nil
	}
	return b[off : off+n]
}

// readBTF reads raw BTF from path (the running kernel's when path is ""),
// or from the .BTF section when path is an ELF file; it returns nil when
// there is none.
func readBTF(path string) []byte {
	if path == "" {
		path = kernelEnumFile
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	if !bytes.HasPrefix(b, []byte(elf.ELFMAG)) {
		return b
	}
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	sec := f.Section(".BTF")
	if sec == nil {
		return nil
	}
	raw, err := sec.Data()
	if err != nil {
		return nil
	}
	return raw
}
