package kbtf

import (
	"bytes"
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"sync"

	"golang.org/x/sys/unix"
)

// KernelPath is where the running kernel publishes its BTF.
const KernelPath = "/sys/kernel/btf/vmlinux"

// kernel is the running kernel's indexed BTF, read once per process: it
// cannot change while the kernel runs.
var kernel struct {
	once sync.Once
	ix   *index
	err  error
}

// Open returns the types of the BTF at path: raw BTF or an ELF file with a
// .BTF section. An empty path (or KernelPath) means the running kernel's,
// which is mapped, not copied, and indexed once per process. Its errors start with
// "kernel types: ".
func Open(path string) (*Types, error) {
	if path == "" || path == KernelPath {
		kernel.once.Do(func() { kernel.ix, kernel.err = openKernel() })
		if kernel.err != nil {
			return nil, fmt.Errorf("kernel types: %w", kernel.err)
		}
		return newTypes(kernel.ix), nil
	}
	raw, err := readFile(path)
	if err != nil {
		return nil, fmt.Errorf("kernel types: %w", err)
	}
	return FromBytes(raw)
}

// openKernel maps the running kernel's BTF, or reads it where mapping
// sysfs files is not supported.
func openKernel() (*index, error) {
	f, err := os.Open(KernelPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	var raw []byte
	if n := fi.Size(); n > 0 && n < 1<<31 {
		// Never unmapped: the index refers to it for the life of the process.
		raw, err = unix.Mmap(int(f.Fd()), 0, int(n), unix.PROT_READ, unix.MAP_PRIVATE)
	}
	if raw == nil || err != nil {
		if raw, err = os.ReadFile(KernelPath); err != nil {
			return nil, err
		}
	}
	return parse(raw)
}

// readFile reads raw BTF from path, taking the .BTF section of an ELF
// file.
func readFile(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if !bytes.HasPrefix(b, []byte(elf.ELFMAG)) {
		return b, nil
	}
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sec := f.Section(".BTF")
	if sec == nil {
		return nil, fmt.Errorf("%s: %w", path, errors.New("no .BTF section"))
	}
	return sec.Data()
}
