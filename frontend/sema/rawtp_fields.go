package sema

import "github.com/bpftc/bpftc/loader/abi"

// noteRawtpField records, for the loader's check against the running
// kernel, the position the program assumes for the raw tracepoint
// argument f in each event the probe attaches to (its size is the first
// event's, which typed it).
func (c *checker) noteRawtpField(f *CtxField) {
	for i, a := range c.probe.Attach {
		fr := abi.FieldRead{Source: abi.SourceRawTracepoint + a.Target, Field: f.Name, Offset: uint32(f.Offset)}
		if i == 0 {
			fr.Size = uint32(f.Type.Size)
		}
		c.noteField(fr)
	}
}
