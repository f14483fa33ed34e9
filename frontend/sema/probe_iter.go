package sema

import (
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/frontend/ast"
)

// iterContexts are the iterators bpftrace 0.17 supports and the record
// each one's ctx points to.
var iterContexts = map[string]string{
	"task":      "bpf_iter__task",
	"task_file": "bpf_iter__task_file",
}

// expandIter resolves iter:task[:pin] and iter:task_file[:pin] (PRB-19).
// An iterator probe is the probe's only attach point; its ctx is typed
// from the kernel's BTF.
func (c *checker) expandIter(pi *ProbeInfo, ap *ast.AttachPoint) {
	if len(pi.Probe.Attach) > 1 {
		// Reported once, at the probe's first iter attach point.
		for _, other := range pi.Probe.Attach {
			if other.Provider == ProviderIter {
				if other == ap {
					c.errorf(ap, "Only single iter attach point is allowed.")
				}
				break
			}
		}
		return
	}
	rec, ok := iterContexts[ap.Func]
	k := c.ctypes().kernel
	if !ok || k == nil || !k.load() {
		c.errorf(ap, "iter %s not available for your kernel version.", ap.Func)
		return
	}
	layout := k.iterLayout(rec)
	if layout == nil {
		c.errorf(ap, "iter %s not available for your kernel version.", ap.Func)
		return
	}
	pi.Ctx = layout
	pi.Attach = append(pi.Attach, Attach{Provider: ProviderIter, Func: ap.Func, Pin: ap.Pin, Name: ProviderIter + ":" + ap.Func})
}

// iterLayout lays out the iterator context record rec (struct
// bpf_iter__task: a pointer per member, each in an anonymous union). Its
// pointers may be NULL (the last call of an iteration has no object): they
// are loaded, and the probe ends when one is NULL (lower's iterStopAtZero),
// after which the verifier allows offsets from them.
func (k *kernelTypes) iterLayout(rec string) *CtxLayout {
	var s *btf.Struct
	if err := k.spec.TypeByName(rec, &s); err != nil {
		return nil
	}
	l := &CtxLayout{Struct: "struct " + rec}
	var walk func(members []btf.Member, base uint32)
	walk = func(members []btf.Member, base uint32) {
		for _, m := range members {
			off := base + uint32(m.Offset)/8
			if m.Name == "" {
				switch u := btf.UnderlyingType(m.Type).(type) {
				case *btf.Union:
					walk(u.Members, off)
				case *btf.Struct:
					walk(u.Members, off)
				}
				continue
			}
			l.Fields = append(l.Fields, k.ctxValue(m.Name, int(off), m.Type, false))
		}
	}
	walk(s.Members, 0)
	return l
}
