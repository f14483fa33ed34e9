package loader

import (
	"fmt"
	"os"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// vmlinuxPaths are where bpftrace 0.17 looks for the kernel's ELF image
// when BPFTRACE_VMLINUX does not name one ("%s" is the kernel release).
var vmlinuxPaths = []string{
	"/boot/vmlinux-%[1]s",
	"/lib/modules/%[1]s/vmlinux-%[1]s",
	"/lib/modules/%[1]s/build/vmlinux",
	"/usr/lib/modules/%[1]s/kernel/vmlinux",
	"/usr/lib/debug/boot/vmlinux-%[1]s",
	"/usr/lib/debug/boot/vmlinux-%[1]s.debug",
	"/usr/lib/debug/lib/modules/%[1]s/vmlinux",
}

// PlaceError is bpftrace 0.17's refusal of a kprobe at an offset into a
// function (ENV-11), printed as bpftrace prints it.
type PlaceError struct{ Msg string }

func (e *PlaceError) Error() string { return e.Msg }

// checkKprobePlace checks a kprobe at func+offset against the kernel's
// ELF image, as bpftrace 0.17 does before attaching: the image is
// BPFTRACE_VMLINUX, else the first of vmlinuxPaths that has the function
// (with a non-zero address); without one nothing is checked. An offset
// past the function's end is refused. Within it, bpftrace checks that the
// offset starts an instruction with a disassembler; the bpftrace 0.17
// this project follows was built without one and refuses every such
// offset, and so does bpfrun, which has none either.
func checkKprobePlace(a abi.AttachPoint) error {
	if a.Offset == 0 {
		return nil
	}
	path, sym, ok := findVmlinux(a.Func)
	if !ok {
		return nil
	}
	if a.Offset >= sym.Size {
		return &PlaceError{fmt.Sprintf("Offset outside the function bounds ('%s' size is %d)", a.Func, sym.Size)}
	}
	return &PlaceError{fmt.Sprintf("Can't check if %s is in proper place (compiled without (k|u)probe offset support): %s:%s+%d", a.Provider, path, a.Func, a.Offset)}
}

// findVmlinux returns the kernel image that has function fn, and fn's
// symbol there.
func findVmlinux(fn string) (string, symtab.Symbol, bool) {
	paths := []string{os.Getenv("BPFTRACE_VMLINUX")}
	if paths[0] == "" {
		var u unix.Utsname
		if unix.Uname(&u) != nil {
			return "", symtab.Symbol{}, false
		}
		release := unix.ByteSliceToString(u.Release[:])
		paths = paths[:0]
		for _, p := range vmlinuxPaths {
			paths = append(paths, strings.ReplaceAll(p, "%[1]s", release))
		}
	}
	for _, p := range paths {
		if unix.Access(p, unix.R_OK) != nil {
			continue
		}
		f, err := openELF(p)
		if err != nil {
			continue
		}
		if s, ok := f.Lookup(fn); ok && s.Value != 0 {
			return p, s, true
		}
	}
	return "", symtab.Symbol{}, false
}
