package symtab

import (
	"fmt"
	"os"

	"github.com/ianlancetaylor/demangle"
)

// UserOptions are bpftrace's settings of user symbolisation.
type UserOptions struct {
	// CacheByExe is BPFTRACE_CACHE_USER_SYMBOLS (ENV-10): the address
	// layout of the first process seen running an executable serves every
	// later process of that executable, even after the first has exited,
	// as bpftrace's per-executable bcc symbol cache does. Right when ASLR
	// is off; with ASLR, another process's addresses resolve wrongly or
	// not at all. Unset, every lookup reads the process's own
	// /proc/PID/maps.
	CacheByExe bool
	// NoDemangle is BPFTRACE_NO_CPP_DEMANGLE=1 (ENV-08): C++ names stay
	// mangled.
	NoDemangle bool
}

// SetOptions sets how r resolves user addresses from now on; it forgets
// the layouts it cached.
func (r *Resolver) SetOptions(o UserOptions) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.opts = o
	r.layouts = nil
}

// layout returns the file mappings to resolve process pid's addresses
// with: its own, or with CacheByExe those of the first process of its
// executable. r.mu is held.
func (r *Resolver) layout(pid uint64) ([]mapping, error) {
	if !r.opts.CacheByExe {
		return readMaps(pid)
	}
	// bpftrace keys its cache by /proc/PID/exe, "" once the process is gone.
	exe, _ := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid))
	if l, ok := r.layouts[exe]; ok {
		return l.maps, l.err
	}
	ms, err := readMaps(pid)
	if r.layouts == nil {
		r.layouts = map[string]cachedLayout{}
	}
	r.layouts[exe] = cachedLayout{ms, err}
	return ms, err
}

// cachedLayout is a process's mappings as layout read them.
type cachedLayout struct {
	maps []mapping
	err  error
}

// displayName is a symbol's name as bpftrace prints it: demangled unless
// NoDemangle.
func (r *Resolver) displayName(name string) string {
	if r.opts.NoDemangle {
		return name
	}
	// bcc demangles with abi::__cxa_demangle for bpftrace; a name that is
	// not mangled, or not understood, stays as it is.
	if d, err := demangle.ToString(name); err == nil {
		return d
	}
	return name
}
