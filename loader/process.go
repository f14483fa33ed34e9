package loader

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
)

// Process ties a run to one process, as bpftrace's -c and -p do.
type Process struct {
	// CPID is the pid of the -c command, the value of the cpid builtin
	// (abi.ParamCpid); 0 when there is none.
	CPID uint32
	// PID limits usdt probes to one process (the -p target or the -c
	// command); 0 attaches them in every process.
	PID int
	// Attached, when set, is called once every probe is attached and the
	// "Attaching N probes..." line printed: it lets the -c command run.
	Attached func()
}

// ErrNoChild is what a run of an object that reads cpid returns without a
// -c command (RunOptions.Process.CPID), in bpftrace's words.
var ErrNoChild = errors.New("cpid cannot be used without child command")

// writeParams writes the load-time parameters the object reads into
// abi.ParamsMap.
func (r *runner) writeParams() error {
	if len(r.meta.Params) == 0 {
		return nil
	}
	m := r.l.maps.Maps[abi.ParamsMap]
	if m == nil {
		return fmt.Errorf("object reads load-time parameters but has no %s map", abi.ParamsMap)
	}
	val := make([]byte, m.ValueSize())
	for _, p := range r.meta.Params {
		if p.Offset < 0 || p.Size != 4 && p.Size != 8 || p.Offset+p.Size > len(val) {
			return fmt.Errorf("load-time parameter %s: %d bytes at %d do not fit the %d-byte %s value", p.Name, p.Size, p.Offset, len(val), abi.ParamsMap)
		}
		var v uint64
		switch p.Name {
		case abi.ParamCpid:
			if r.proc.CPID == 0 {
				return ErrNoChild
			}
			v = uint64(r.proc.CPID)
		default:
			return fmt.Errorf("unknown load-time parameter %q", p.Name)
		}
		if p.Size == 4 {
			binary.NativeEndian.PutUint32(val[p.Offset:], uint32(v))
		} else {
			binary.NativeEndian.PutUint64(val[p.Offset:], v)
		}
	}
	if err := m.Update(uint32(0), val, ebpf.UpdateAny); err != nil {
		return fmt.Errorf("write load-time parameters to %s: %w", abi.ParamsMap, err)
	}
	return nil
}

// attachOne attaches one attach point; usdt probes go to r.proc.PID.
func (r *runner) attachOne(prog *ebpf.Program, a abi.AttachPoint) (io.Closer, error) {
	if a.Provider == abi.ProviderUsdt {
		return attachUsdt(prog, a, r.proc.PID)
	}
	if a.Provider == abi.ProviderWatchpoint {
		return r.attachWatchpoint(prog, a)
	}
	return attach(prog, a)
}
