package sema

import (
	"strings"

	"github.com/bpftc/bpftc/loader/abi"
)

// Field reads recorded for the object's metadata: what the compiled code
// assumes about the target kernel's tracepoint formats and types.

// noteField adds fr to Info.Fields once.
func (c *checker) noteField(fr abi.FieldRead) {
	if c.quiet {
		return
	}
	if c.fields == nil {
		c.fields = map[abi.FieldRead]bool{}
	}
	if !c.fields[fr] {
		c.fields[fr] = true
		c.info.Fields = append(c.info.Fields, fr)
	}
}

// noteArgsField records a read of args->name: one assumption per
// tracepoint the probe attaches to.
func (c *checker) noteArgsField(name string) {
	if !c.quiet {
		c.argsRecord(c.probe)
	}
	for _, a := range c.probe.Attach {
		if a.Format == nil {
			continue
		}
		if f := a.Format.Field(name); f != nil {
			c.noteField(abi.FieldRead{Source: "tracepoint:" + a.Target, Field: name, Offset: uint32(f.Offset), Size: uint32(f.Size)})
		}
	}
}

// noteRecordField records a read of field f of a kernel record r. Records
// of the script's own definitions assume nothing about the kernel, and
// anonymous ones cannot be looked up by name.
func (c *checker) noteRecordField(r *Record, f *RecordField) {
	if !r.Kernel || strings.Contains(r.Name, "(anonymous)") {
		return
	}
	size := f.Type.Size
	if f.Bits > 0 {
		size = (f.BitOffset + f.Bits + 7) / 8
	}
	c.noteField(abi.FieldRead{Source: abi.SourceBTF, Type: r.Name, Field: f.Name, Offset: uint32(f.Offset), Size: uint32(size)})
}
