package loader

import (
	"fmt"
	"strings"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

// Host is where [CheckFields] learns the running kernel's layouts.
type Host struct {
	// TracefsDirs are searched in order for events/CAT/EVENT/format.
	TracefsDirs []string
	// BTF returns the kernel's types (a *kbtf.Types or a *btf.Spec); it
	// is called at most once, and only when a BTF read needs checking or
	// a CO-RE tracepoint read its record (core_fallback.go).
	BTF func() (kbtf.Finder, error)
}

// ThisHost is the running kernel: tracefs where it is usually mounted and
// /sys/kernel/btf/vmlinux, read with kbtf (only the types checked are
// decoded).
var ThisHost = Host{
	TracefsDirs: []string{"/sys/kernel/tracing", "/sys/kernel/debug/tracing"},
	BTF:         func() (kbtf.Finder, error) { return kbtf.Open("") },
}

// CheckFields compares every field the object reads at an offset fixed at
// compile time (abi.Meta.Fields without CO-RE, and CO-RE reads of a
// tracepoint record host's BTF lacks, which fall back to their fixed
// offsets: core_fallback.go) with the layout host has, and reports the
// first that differs. A tracepoint host does not have is left for
// attaching to report; a host without BTF checks no kernel type.
func (o *Object) CheckFields(host Host) error {
	return o.checkFields(newFieldChecker(host))
}

// checkFields is [Object.CheckFields] with checker c.
func (o *Object) checkFields(c *fieldChecker) error {
	err := c.check(o.meta.Fields)
	if err != nil && o.name != "" {
		return fmt.Errorf("%s: %w", o.name, err)
	}
	return err
}

// CheckFields is [Object.CheckFields] on the field reads of a metadata.
func CheckFields(fields []abi.FieldRead, host Host) error {
	return newFieldChecker(host).check(fields)
}

func newFieldChecker(host Host) *fieldChecker {
	return &fieldChecker{host: host, formats: map[string]map[string]tpField{}}
}

// check checks fields (see CheckFields).
func (c *fieldChecker) check(fields []abi.FieldRead) error {
	for _, f := range fields {
		if f.CORE && !c.fallsBack(f) {
			continue
		}
		var err error
		if f.Source == abi.SourceBTF {
			err = c.checkBTF(f)
		} else if ev, ok := strings.CutPrefix(f.Source, "tracepoint:"); ok {
			err = c.checkTracepoint(ev, f)
		} else if fn, ok := strings.CutPrefix(f.Source, abi.SourceKfunc); ok {
			err = c.checkKfunc(fn, f)
		} else if ev, ok := strings.CutPrefix(f.Source, abi.SourceRawTracepoint); ok {
			err = c.checkRawtp(ev, f)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// fieldChecker caches what it read of the host.
type fieldChecker struct {
	host    Host
	formats map[string]map[string]tpField // by "cat:event"; nil: no format
	spec    kbtf.Finder
	btfDone bool
	missing map[string]bool // recordMissing's answers, by type name
}

// checkTracepoint checks args->field of the tracepoint cat:event.
func (c *fieldChecker) checkTracepoint(event string, f abi.FieldRead) error {
	fields, ok := c.formats[event]
	if !ok {
		fields = c.readFormat(event)
		c.formats[event] = fields
	}
	if fields == nil {
		return nil
	}
	const why = "compiled against other tracepoint formats"
	got, ok := fields[f.Field]
	switch {
	case !ok:
		return fmt.Errorf("%s: this kernel has no field args->%s (%s)", f.Source, f.Field, why)
	case got.offset != f.Offset:
		return fmt.Errorf("%s: args->%s is at offset %d in this kernel, the object assumed %d (%s)", f.Source, f.Field, got.offset, f.Offset, why)
	case got.size != f.Size:
		return fmt.Errorf("%s: args->%s is %d bytes in this kernel, the object assumed %d (%s)", f.Source, f.Field, got.size, f.Size, why)
	}
	return nil
}

// kernelSpec loads the host's kernel types on first use; nil when the host
// has none.
func (c *fieldChecker) kernelSpec() kbtf.Finder {
	if !c.btfDone {
		c.btfDone = true
		if c.host.BTF != nil {
			if spec, err := c.host.BTF(); err == nil {
				c.spec = spec
			}
		}
	}
	return c.spec
}

// checkBTF checks a field of a kernel struct or union.
func (c *fieldChecker) checkBTF(f abi.FieldRead) error {
	if c.kernelSpec() == nil {
		return nil
	}
	const why = "compiled against other kernel types"
	rec := kbtf.FindRecord(c.spec, f.Type)
	if rec == nil {
		return fmt.Errorf("%s: this kernel has no such type (%s)", f.Type, why)
	}
	off, size, ok := findMember(rec, f.Field)
	switch {
	case !ok:
		return fmt.Errorf("%s: this kernel has no field %s (%s)", f.Type, f.Field, why)
	case off != f.Offset:
		return fmt.Errorf("%s: %s is at offset %d in this kernel, the object assumed %d (%s)", f.Type, f.Field, off, f.Offset, why)
	case size != f.Size:
		return fmt.Errorf("%s: %s is %d bytes in this kernel, the object assumed %d (%s)", f.Type, f.Field, size, f.Size, why)
	}
	return nil
}
