package loader

import (
	"fmt"
	"io"
	"os"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// Object is a checked bpftc object, ready to [Object.Run]. It holds no kernel
// resources.
type Object struct {
	spec    *ebpf.CollectionSpec
	meta    *abi.Meta
	printfs []*output.Formatter // by printf id
	name    string              // the file's path, for messages

	kernelTypes *btf.Spec // SetKernelTypes; nil: the running kernel's
	logSize     uint64    // SetVerifierLogSize (logsize.go)
}

// Open reads a bpftc object and checks it against this machine and its own
// metadata. It does not touch the kernel.
func Open(r io.ReaderAt) (*Object, error) {
	meta, err := readObject(r)
	if err != nil {
		return nil, err
	}
	spec, err := ebpf.LoadCollectionSpecFromReader(r)
	if err != nil {
		return nil, fmt.Errorf("read object: %w", err)
	}
	if err := check(meta, spec); err != nil {
		return nil, err
	}
	printfs, err := formatters(meta)
	if err != nil {
		return nil, err
	}
	return &Object{spec: spec, meta: meta, printfs: printfs}, nil
}

// OpenFile is [Open] on the file at path; its refusals start with the path.
func OpenFile(path string) (*Object, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	obj, err := Open(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	obj.name = path
	return obj, nil
}

// Meta returns the object's metadata. Callers must not modify it.
func (o *Object) Meta() *abi.Meta {
	return o.meta
}

// formatters prepares every printf of the metadata once.
func formatters(m *abi.Meta) ([]*output.Formatter, error) {
	fs := make([]*output.Formatter, len(m.Printfs))
	for i := range m.Printfs {
		f, err := output.NewFormatter(&m.Printfs[i])
		if err != nil {
			return nil, fmt.Errorf("metadata: printf %d: %w", i, err)
		}
		fs[i] = f
	}
	return fs, nil
}

// Spec returns a copy of the object's programs and maps as cilium/ebpf read
// them, for tools that describe an object.
func (o *Object) Spec() *ebpf.CollectionSpec { return o.spec.Copy() }
