package elfwriter

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"
)

// .BTF.ext (kernel Documentation/bpf/btf.rst, "BTF_EXT"): a header, then
// three subsections, each a record size followed, per ELF section, by the
// section's name (a .BTF string), a record count and the records.
// Instruction offsets are in bytes from the start of the ELF section.
// Both loaders need the func_info and line_info subsections to hold at
// least one record when present (cilium refuses an empty one, libbpf one
// without records), so every program gets a func_info and a line_info at
// its first instruction.

const (
	btfMagic        = 0xeB9F
	btfExtHdrLen    = 32 // with the CO-RE fields, as LLVM writes it
	funcInfoSize    = 8  // insn_off, type_id
	lineInfoSize    = 16 // insn_off, file_name_off, line_off, line_col
	coreReloSize    = 16 // insn_off, type_id, access_str_off, kind
	lineShift       = 10
	maxLine         = 1<<(32-lineShift) - 1
	maxCol          = 1<<lineShift - 1
	maxBTFStrings   = 1<<24 - 1 // the kernel's BTF_MAX_NAME_OFFSET
	fieldByteOffset = 0         // BPF_CORE_FIELD_BYTE_OFFSET
)

// checkExt validates a program's lines and CO-RE relocations.
func checkExt(p *Program) error {
	last := -1
	for i, l := range p.Lines {
		if l.Insn < 0 || l.Insn >= len(p.Insns) || l.Insn <= last {
			return fmt.Errorf("line %d: instruction %d out of order or range", i, l.Insn)
		}
		if l.Line > maxLine {
			return fmt.Errorf("line %d: line number %d exceeds %d", i, l.Line, maxLine)
		}
		last = l.Insn
	}
	last = -1
	for i, r := range p.CORE {
		if r.Insn < 0 || r.Insn >= len(p.Insns) || r.Insn <= last {
			return fmt.Errorf("CO-RE relocation %d: instruction %d out of order or range", i, r.Insn)
		}
		if r.Type == nil {
			return fmt.Errorf("CO-RE relocation %d: no type", i)
		}
		last = r.Insn
	}
	return nil
}

// extTypes are the .BTF type IDs .BTF.ext refers to.
type extTypes struct {
	funcs []btf.TypeID  // by program
	core  [][]coreEntry // by program, then relocation
}

type coreEntry struct {
	id     btf.TypeID
	access string
}

// addExtTypes adds to b one FUNC per program and the local types of the
// CO-RE relocations, checking that each relocated instruction holds the
// offset its access string gives.
func addExtTypes(b *btf.Builder, obj *Object, intT btf.Type) (*extTypes, error) {
	proto := &btf.FuncProto{Return: intT, Params: []btf.FuncParam{{Name: "ctx", Type: &btf.Pointer{Target: &btf.Void{}}}}}
	ct := newCoreTypes()
	paths := make([][]*corePath, len(obj.Programs))
	for i := range obj.Programs {
		p := &obj.Programs[i]
		for j, r := range p.CORE {
			path, err := ct.walk(r.Type, r.Access)
			if err == nil {
				err = checkRelocated(&p.Insns[r.Insn], path.off)
			}
			if err != nil {
				return nil, fmt.Errorf("program %s: CO-RE relocation %d (instruction %d): %w", p.Name, j, r.Insn, err)
			}
			paths[i] = append(paths[i], path)
		}
	}
	ct.build()
	ext := &extTypes{funcs: make([]btf.TypeID, len(obj.Programs)), core: make([][]coreEntry, len(obj.Programs))}
	for i := range obj.Programs {
		linkage := btf.GlobalFunc
		if obj.Programs[i].Section == textSection {
			linkage = btf.StaticFunc
		}
		id, err := b.Add(&btf.Func{Name: obj.Programs[i].Name, Type: proto, Linkage: linkage})
		if err != nil {
			return nil, err
		}
		ext.funcs[i] = id
		for _, path := range paths[i] {
			id, err := b.Add(path.root)
			if err != nil {
				return nil, err
			}
			ext.core[i] = append(ext.core[i], coreEntry{id: id, access: path.access()})
		}
	}
	return ext, nil
}

// checkRelocated makes sure ins is an instruction a FIELD_BYTE_OFFSET
// relocation can patch and holds off, as both loaders require.
func checkRelocated(ins *asm.Instruction, off int64) error {
	var got int64
	switch c := ins.OpCode.Class(); {
	case c == asm.LdXClass || c == asm.StClass || c == asm.StXClass:
		got = int64(ins.Offset)
	case c == asm.LdClass && ins.OpCode == asm.LoadImmOp(asm.DWord):
		got = ins.Constant
	case (c == asm.ALUClass || c == asm.ALU64Class) && ins.OpCode.Source() == asm.ImmSource && ins.OpCode.ALUOp() != asm.Swap:
		got = ins.Constant
	default:
		return fmt.Errorf("%v cannot carry a field offset", ins.OpCode)
	}
	if got != off {
		return fmt.Errorf("instruction holds %d, the field is at %d", got, off)
	}
	return nil
}

// btfStrings appends strings to the string section of a marshaled .BTF
// blob, reusing the strings already there.
type btfStrings struct {
	bo    binary.ByteOrder
	blob  []byte
	offs  map[string]uint32
	size  uint32 // current string section size
	extra []byte
}

func newBTFStrings(blob []byte, bo binary.ByteOrder) (*btfStrings, error) {
	if len(blob) < 24 || bo.Uint16(blob) != btfMagic {
		return nil, errors.New("not a BTF blob")
	}
	hdr := bo.Uint32(blob[4:])
	strOff, strLen := bo.Uint32(blob[16:]), bo.Uint32(blob[20:])
	start := uint64(hdr) + uint64(strOff)
	if start+uint64(strLen) != uint64(len(blob)) {
		return nil, errors.New("BTF string section is not last")
	}
	// One copy of the whole table: the names are substrings of it.
	strs := string(blob[start:])
	s := &btfStrings{bo: bo, blob: blob, offs: make(map[string]uint32, strings.Count(strs, "\x00")), size: strLen}
	for off := 0; off < len(strs); {
		end := strings.IndexByte(strs[off:], 0)
		if end < 0 {
			break
		}
		name := strs[off : off+end]
		if _, ok := s.offs[name]; !ok {
			s.offs[name] = uint32(off)
		}
		off += end + 1
	}
	return s, nil
}

// add returns the offset of str, appending it when new. A NUL ends it.
func (s *btfStrings) add(str string) (uint32, error) {
	if i := strings.IndexByte(str, 0); i >= 0 {
		str = str[:i]
	}
	if off, ok := s.offs[str]; ok {
		return off, nil
	}
	off := s.size
	if uint64(off)+uint64(len(str))+1 > maxBTFStrings {
		return 0, errors.New("BTF string section too large")
	}
	s.extra = append(append(s.extra, str...), 0)
	s.size += uint32(len(str)) + 1
	s.offs[str] = off
	return off, nil
}

// result returns the blob with the appended strings.
func (s *btfStrings) result() []byte {
	if len(s.extra) == 0 {
		return s.blob
	}
	out := make([]byte, 0, len(s.blob)+len(s.extra))
	out = append(append(out, s.blob...), s.extra...)
	s.bo.PutUint32(out[20:], s.size)
	return out
}

// extWriter accumulates one subsection of .BTF.ext.
type extWriter struct {
	bo  binary.AppendByteOrder
	buf []byte
}

func newExtWriter(bo binary.AppendByteOrder, recSize uint32) *extWriter {
	return &extWriter{bo: bo, buf: bo.AppendUint32(nil, recSize)}
}

// section starts the records of one ELF section.
func (w *extWriter) section(name uint32, n int) {
	w.buf = w.bo.AppendUint32(w.bo.AppendUint32(w.buf, name), uint32(n))
}

func (w *extWriter) words(ws ...uint32) {
	for _, x := range ws {
		w.buf = w.bo.AppendUint32(w.buf, x)
	}
}

// encodeExt returns .BTF (blob with the strings .BTF.ext needs appended)
// and .BTF.ext for the programs laid out in progs.
func encodeExt(blob []byte, obj *Object, progs []*progSection, ext *extTypes, order binary.ByteOrder) ([]byte, []byte, error) {
	bo, ok := order.(binary.AppendByteOrder)
	if !ok {
		return nil, nil, errors.New("byte order cannot append")
	}
	strs, err := newBTFStrings(blob, order)
	if err != nil {
		return nil, nil, err
	}
	funcs := newExtWriter(bo, funcInfoSize)
	lines := newExtWriter(bo, lineInfoSize)
	core := newExtWriter(bo, coreReloSize)
	nCore := 0
	for _, s := range progs {
		name, err := strs.add(s.name)
		if err != nil {
			return nil, nil, err
		}
		funcs.section(name, len(s.progs))
		var lineRecs, coreRecs []uint32
		for _, pl := range s.progs {
			p := &obj.Programs[pl.prog]
			offs := insnOffsets(p.Insns, pl.off)
			funcs.words(uint32(pl.off), uint32(ext.funcs[pl.prog]))
			recs, err := lineRecords(p, offs, strs)
			if err != nil {
				return nil, nil, fmt.Errorf("program %s: %w", p.Name, err)
			}
			lineRecs = append(lineRecs, recs...)
			for j, r := range p.CORE {
				e := ext.core[pl.prog][j]
				acc, err := strs.add(e.access)
				if err != nil {
					return nil, nil, err
				}
				coreRecs = append(coreRecs, offs[r.Insn], uint32(e.id), acc, fieldByteOffset)
			}
		}
		lines.section(name, len(lineRecs)/4)
		lines.words(lineRecs...)
		if len(coreRecs) > 0 {
			core.section(name, len(coreRecs)/4)
			core.words(coreRecs...)
			nCore += len(coreRecs) / 4
		}
	}
	if nCore == 0 {
		core.buf = nil
	}
	hdr := make([]byte, 0, btfExtHdrLen)
	hdr = bo.AppendUint16(hdr, btfMagic)
	hdr = append(hdr, 1, 0) // version, flags
	fl, ll, cl := uint32(len(funcs.buf)), uint32(len(lines.buf)), uint32(len(core.buf))
	for _, x := range []uint32{btfExtHdrLen, 0, fl, fl, ll, fl + ll, cl} {
		hdr = bo.AppendUint32(hdr, x)
	}
	out := append(append(append(hdr, funcs.buf...), lines.buf...), core.buf...)
	return strs.result(), out, nil
}

// insnOffsets returns the byte offset in its section of each of insns,
// the first being at base.
func insnOffsets(insns asm.Instructions, base uint64) []uint32 {
	offs := make([]uint32, len(insns))
	off := base
	for i := range insns {
		offs[i] = uint32(off)
		off += insns[i].Size()
	}
	return offs
}

// lineRecords returns p's line_info records as words, one per change of
// line, the first at instruction 0 (the first line moved there when it
// starts later, or an empty line when p has none).
func lineRecords(p *Program, offs []uint32, strs *btfStrings) ([]uint32, error) {
	ls := p.Lines
	if len(ls) == 0 || ls[0].Insn != 0 {
		first := Line{}
		if len(ls) > 0 {
			first = ls[0]
		}
		first.Insn = 0
		ls = append([]Line{first}, ls...)
	}
	var recs []uint32
	var prev *Line
	for i := range ls {
		l := &ls[i]
		if prev != nil && l.Line == prev.Line && l.Col == prev.Col && l.File == prev.File && l.Text == prev.Text {
			continue
		}
		prev = l
		file, err := strs.add(l.File)
		if err != nil {
			return nil, err
		}
		text, err := strs.add(l.Text)
		if err != nil {
			return nil, err
		}
		recs = append(recs, offs[l.Insn], file, text, l.Line<<lineShift|min(l.Col, maxCol))
	}
	return recs, nil
}
