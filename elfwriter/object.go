package elfwriter

import (
	"encoding/binary"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// Object is the neutral form of a compiled script that both backends produce
// and [Write] turns into an ELF relocatable object.
type Object struct {
	License  string // "GPL"
	Programs []Program
	Maps     []Map
	Data     []Data    // .rodata, .data, .bss (optional)
	Extra    []Section // non-allocated sections copied verbatim, e.g. .bpftc.meta
	// ByteOrder is the object's byte order: binary.LittleEndian or
	// binary.BigEndian; nil (or binary.NativeEndian) means the host's.
	ByteOrder binary.ByteOrder
}

// Program is one entry point, or a static subprogram when its Section is
// ".text" (see text.go: entry points call it with asm.Call.Label(Name)).
type Program struct {
	Name    string // global STT_FUNC symbol (local in .text), a C identifier
	Section string // libbpf spelling: "tracepoint/syscalls/sys_enter_openat", "raw_tp", "perf_event"; or ".text"
	// Insns are final instructions: jump offsets resolved. An ld_imm64 that
	// refers to a map (Src PseudoMapFD) or to data (Src PseudoMapValue,
	// offset in the upper half of Constant) carries the symbol as its
	// Reference; Write turns each reference into an R_BPF_64_64 relocation.
	// A data reference names a Variable, or a whole Data section by its
	// section name (".rodata"); its offset counts from the start of what it
	// names. Jumps may still carry labels (Offset -1 and a Reference to an
	// instruction Symbol in the same program); Write resolves them.
	Insns asm.Instructions
	// Lines map instructions to source lines (line_info in .BTF.ext, read
	// by bpftool's "linum" dumps and shown in verifier logs). Each applies
	// from its instruction up to the next one's; Insn increases. Write adds
	// a line at instruction 0 when none starts there. Every program also
	// gets a func_info: a BTF FUNC "int NAME(void *ctx)", linkage global
	// (static in .text).
	Lines []Line
	// CORE are the program's CO-RE relocations (core_relo in .BTF.ext).
	CORE []CORERelocation
}

// Line is the source line of a program's instructions from Insn on.
type Line struct {
	Insn int    // index in Program.Insns
	File string // source file name ("stdin" for a -e program)
	Text string // the source line, without its newline
	Line uint32 // 1-based line number, below 1<<22
	Col  uint32 // 1-based column; Write clamps it to 1023
}

// CORERelocation makes the loader replace the field byte offset in
// instruction Insn (the immediate of a mov, an add or an ld_imm64, or the
// offset of a load or store) with where the field is in the running
// kernel: a FIELD_BYTE_OFFSET relocation, as clang's
// __builtin_preserve_access_index emits.
type CORERelocation struct {
	Insn int // index in Program.Insns
	// Type is the struct or union the access starts from, typically from
	// the kernel's BTF. Write stores in .BTF only copies that keep the
	// members some relocation names, at their offsets.
	Type btf.Type
	// Access is libbpf's access string over Type: "0:12:1" is member 12
	// of the first element, then member 1 of that member (array indices
	// for arrays). The instruction must hold the offset it gives in Type.
	Access string
}

// Map is one BTF-defined map in .maps.
type Map struct {
	Name       string // global symbol, a C identifier ("AT_x")
	Type       ebpf.MapType
	KeySize    uint32
	ValueSize  uint32
	MaxEntries uint32
	Flags      uint32
	// Key and Value optionally give BTF types for the key and value; when
	// nil the map definition uses key_size/value_size.
	Key, Value btf.Type
}

// Data is a global data section (.rodata, .data or .bss) with its variables.
type Data struct {
	Name      string // ".rodata", ".data", ".bss"
	Size      uint32
	Contents  []byte // nil for .bss
	Variables []Variable
}

// Variable is a global object symbol inside a data section.
type Variable struct {
	Name   string
	Offset uint32
	Size   uint32
	// Type optionally gives the variable's BTF type, of exactly Size bytes.
	// When nil, Write uses an unsigned integer for sizes 1, 2, 4 and 8 and
	// an array of bytes otherwise.
	Type btf.Type
}

// Section is an extra non-allocated PROGBITS section.
type Section struct {
	Name     string
	Contents []byte
}
