package loader

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

// CO-RE fallback for tracepoint records. The compiler relocates args->FIELD
// through struct trace_event_raw_CLASS of the kernel it compiled on, but
// event classes are renamed between kernels (sched_process_exit has a class
// of its own on 6.18, sched_process_template's on 6.1): a target kernel
// whose BTF has no struct of that name cannot resolve the relocation,
// although the format file may still put the field where the compiler
// read it. Such a read falls back to its fixed offset, the one the object
// records for the field (abi.FieldRead), which the field check holds
// against the target's format file like any fixed read; its relocation is
// dropped and the instruction keeps its other metadata (line, symbol,
// reference).

// tpRecordPrefix starts the names of tracepoint record types.
const tpRecordPrefix = "struct trace_event_raw_"

// recordMissing reports whether the kernel's types lack the record typ
// ("struct trace_event_raw_CLASS"); a kernel without BTF lacks them all.
func (c *fieldChecker) recordMissing(typ string) bool {
	if missing, ok := c.missing[typ]; ok {
		return missing
	}
	spec := c.kernelSpec()
	missing := spec == nil || kbtf.FindRecord(spec, typ) == nil
	if c.missing == nil {
		c.missing = map[string]bool{}
	}
	c.missing[typ] = missing
	return missing
}

// fallsBack reports whether the CO-RE read f of a tracepoint record goes
// back to its fixed offset because the kernel lacks the record type.
func (c *fieldChecker) fallsBack(f abi.FieldRead) bool {
	return f.CORE && strings.HasPrefix(f.Source, "tracepoint:") && strings.HasPrefix(f.Type, tpRecordPrefix) && c.recordMissing(f.Type)
}

// checkedSpec checks the object's field reads against host (CheckFields)
// and returns a copy of its programs and maps in which the CO-RE reads of
// tracepoint records host's types lack are fixed reads again.
func (o *Object) checkedSpec(host Host) (*ebpf.CollectionSpec, error) {
	c := newFieldChecker(host)
	if err := o.checkFields(c); err != nil {
		return nil, err
	}
	spec := o.spec.Copy()
	if err := o.fallBackCORE(spec.Programs, c); err != nil {
		return nil, err
	}
	return spec, nil
}

// fallBackCORE rewrites, in the programs of progs (copies the caller
// owns), every context load relocated through a tracepoint record the
// kernel lacks into a load at the recorded fixed offset. c is the checker
// that checked the object's fields, and so these offsets.
func (o *Object) fallBackCORE(progs map[string]*ebpf.ProgramSpec, c *fieldChecker) error {
	for _, p := range o.meta.Programs {
		ps := progs[p.Name]
		if ps == nil {
			continue
		}
		for i := range ps.Instructions {
			ins := &ps.Instructions[i]
			relo := btf.CORERelocationMetadata(ins)
			if relo == nil || ins.OpCode.Class() != asm.LdXClass {
				continue
			}
			typ, ok := reloRecord(relo)
			if !ok || !c.recordMissing(typ) {
				continue
			}
			// The field must be one the check held against the format
			// file: a fixed read, or a CO-RE one falling back.
			f, ok := recordedRead(o.meta.Fields, p.Attach, int64(ins.Offset))
			if !ok || f.CORE && !c.fallsBack(f) {
				err := fmt.Errorf("program %s: instruction %d reads %s at offset %d, where the object records no field", p.Name, i, typ, ins.Offset)
				if o.name != "" {
					err = fmt.Errorf("%s: %w", o.name, err)
				}
				return err
			}
			*ins = withoutCORE(*ins)
		}
	}
	return nil
}

// withoutCORE is ins with no CO-RE relocation, loading at its own offset:
// the relocation's local offset, which cilium/ebpf requires the
// instruction to hold, is where the compiling kernel's BTF put the field,
// and the compiler uses a record only when that agrees with the format
// file, so it is the fixed offset the object records (plus the element's
// for an array element or string chunk). cilium/ebpf offers no removal
// of one metadata key, but a relocation set to nil is none to every
// reader (btf.CORERelocationMetadata returns nil, and linking relocates
// only what that returns); the source line, symbol and reference stay,
// as Metadata.Set leaves other keys alone and copies on write, so the
// object's own program is untouched.
func withoutCORE(ins asm.Instruction) asm.Instruction {
	return btf.WithCORERelocationMetadata(ins, nil)
}

// recordedRead returns the tracepoint field read that the program
// attached at points reads at off: the field of one of its events whose
// bytes hold off (a load of an array element or string chunk is inside
// its field).
func recordedRead(fields []abi.FieldRead, points []abi.AttachPoint, off int64) (abi.FieldRead, bool) {
	for _, a := range points {
		if a.Provider != abi.ProviderTracepoint {
			continue
		}
		src := "tracepoint:" + a.Target
		for _, f := range fields {
			if f.Source == src && off >= int64(f.Offset) && off < int64(f.Offset)+int64(max(f.Size, 1)) {
				return f, true
			}
		}
	}
	return abi.FieldRead{}, false
}

// reloRecord returns "struct trace_event_raw_CLASS" when relo is a field
// byte offset relocation through that record. cilium/ebpf keeps the
// relocation's local type unexported; its String form,
// `CORERelocation(byte_off, Struct:"NAME"[ACCESS], local_id=N)`, names it
// (TestReloRecord pins that form).
func reloRecord(relo *btf.CORERelocation) (string, bool) {
	s, ok := strings.CutPrefix(relo.String(), "CORERelocation(byte_off, Struct:")
	if !ok || !strings.HasPrefix(s, `"`) {
		return "", false
	}
	end := strings.Index(s, `"[`)
	if end < 0 {
		return "", false
	}
	name, err := strconv.Unquote(s[:end+1])
	if err != nil || !strings.HasPrefix(name, "trace_event_raw_") {
		return "", false
	}
	return "struct " + name, true
}
