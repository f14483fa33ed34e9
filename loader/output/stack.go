package output

import (
	"encoding/binary"
	"fmt"
	"os"
	"strconv"
	"sync"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// StackReader reads stack id of the BPF_MAP_TYPE_STACK_TRACE map whose ELF
// symbol is sym into frames (len(frames) = the map's frame limit); it
// returns the negative errno of a failed lookup, or 0.
type StackReader func(sym string, id uint32, frames []uint64) int

// moreState is the Resolver's state for stacks, cgroup paths and -k
// helper errors.
type moreState struct {
	stacks      StackReader
	frames      []uint64
	cgroupPaths []string // cgroup_path() filters, by id
	cgroups     cgroupCache
}

// SetStackReader sets how kstack and ustack values find their frames.
func (r *Resolver) SetStackReader(sr StackReader) { r.more.stacks = sr }

// kernelSyms is bcc's view of /proc/kallsyms, read once per process.
var kernelSyms struct {
	once sync.Once
	k    *symtab.Ksyms
}

// LoadKernelSymbols reads /proc/kallsyms for stacks now (once per process),
// as bpftrace 0.17 does before it loads its programs: the frames of programs
// loaded later resolve to the symbol below them, as in bpftrace.
func LoadKernelSymbols() *symtab.Ksyms {
	kernelSyms.once.Do(func() { kernelSyms.k, _ = symtab.LoadKsyms() })
	return kernelSyms.k
}

// efault is -EFAULT, the stack id of a stack that could not be walked
// (kstack in a uprobe): it prints as nothing, silently.
const efault = -14

// appendStack writes a kstack or ustack value as bpftrace 0.17's get_stack
// does: "\n", then one line per frame up to the first zero address, each
// indented by indent spaces in bpftrace mode ("sym+off") or a tab in perf
// mode ("<hex address> sym+off", and " (module)" for user frames).
func (r *Resolver) appendStack(dst []byte, t abi.Type, b []byte, indent int) []byte {
	if r == nil || t.Stack == nil || len(b) < 8 {
		return dst
	}
	v := binary.NativeEndian.Uint64(b)
	id := int32(uint32(v))
	pid := int32(v >> 32)
	st := &r.more
	if cap(st.frames) < t.Stack.Limit {
		st.frames = make([]uint64, t.Stack.Limit)
	}
	frames := st.frames[:t.Stack.Limit]
	clear(frames)
	errno := -2 // no reader: as if the id were missing
	if st.stacks != nil {
		errno = st.stacks(t.Stack.Map, uint32(id), frames)
	}
	if errno != 0 {
		if id != efault {
			fmt.Fprintf(os.Stderr, "ERROR: failed to look up stack id %d (pid %d): %d\n", id, pid, errno)
		}
		return dst
	}
	user := t.Kind == abi.KindUstack
	perf := t.Stack.Mode == abi.StackModePerf
	dst = append(dst, '\n')
	for _, addr := range frames {
		if addr == 0 {
			break
		}
		if perf {
			dst = append(dst, '\t')
			dst = strconv.AppendUint(dst, addr, 16)
			dst = append(dst, ' ')
		} else {
			for range indent {
				dst = append(dst, ' ')
			}
		}
		if user {
			dst = r.appendUserFrame(dst, addr, uint64(uint32(pid)), perf)
		} else {
			dst = r.appendKernelFrame(dst, addr)
		}
		dst = append(dst, '\n')
	}
	return dst
}

// appendKernelFrame writes "sym+off", or the address as a pointer.
func (r *Resolver) appendKernelFrame(dst []byte, addr uint64) []byte {
	if k := LoadKernelSymbols(); k != nil {
		if name, off, ok := k.Resolve(addr); ok {
			dst = append(dst, name...)
			dst = append(dst, '+')
			return strconv.AppendUint(dst, off, 10)
		}
	}
	return appendPointer(dst, addr)
}

// appendUserFrame writes "sym+off" (perf mode: "sym+off (module)"), or the
// address as a pointer (perf mode: "0x... ([unknown])"), as bcc resolves
// addr in process pid.
func (r *Resolver) appendUserFrame(dst []byte, addr, pid uint64, module bool) []byte {
	if !noUserSymbols {
		if f, ok := usyms.UserFrame(pid, addr); ok {
			dst = append(dst, f.Name...)
			dst = append(dst, '+')
			dst = strconv.AppendUint(dst, f.Offset, 10)
			if module {
				dst = append(append(append(dst, " ("...), f.Module...), ')')
			}
			return dst
		}
	}
	dst = appendPointer(dst, addr)
	if module {
		dst = append(dst, " ([unknown])"...)
	}
	return dst
}

// noUserSymbols is BPFTRACE_NO_USER_SYMBOLS=1: user addresses are not
// symbolised (ENV-09).
var noUserSymbols = os.Getenv("BPFTRACE_NO_USER_SYMBOLS") == "1"

// appendMoreText writes the text of the kinds of this file and more.go;
// indent is the frame indent of stacks.
func (r *Resolver) appendMoreText(dst []byte, t abi.Type, b []byte, indent int) []byte {
	switch t.Kind {
	case abi.KindKstack, abi.KindUstack:
		return r.appendStack(dst, t, b, indent)
	case abi.KindMacaddr:
		return appendMacaddr(dst, b)
	case abi.KindCgroupPath:
		return r.appendCgroupPath(dst, b)
	}
	return dst
}

// appendMacaddr writes six bytes as bpftrace's resolve_mac_address does:
// upper-case hex pairs separated by colons.
func appendMacaddr(dst, b []byte) []byte {
	const hex = "0123456789ABCDEF"
	for i := 0; i < 6 && i < len(b); i++ {
		if i > 0 {
			dst = append(dst, ':')
		}
		dst = append(dst, hex[b[i]>>4], hex[b[i]&15])
	}
	return dst
}
