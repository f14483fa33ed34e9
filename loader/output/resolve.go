package output

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/symtab"
)

// Resolver turns the values the loader resolves at print time into text:
// probe names, kernel symbols, user names and timestamps. It is not safe
// for concurrent use.
type Resolver struct {
	probes    []string
	strftimes []string
	// boot is the wall-clock time at boot, for timestamps (zero: unknown).
	boot time.Time
	// Files read on demand; tests point them elsewhere.
	kallsyms, passwd string
	ksyms            *symtab.Kernel // loaded on first use
	ksymsLoaded      bool
	// more holds the state of stacks, cgroup paths and helper errors (stack.go).
	more moreState
}

// NewResolver returns a resolver for an object's metadata. It measures the
// boot time once, as bpftrace does when it starts.
func NewResolver(m *abi.Meta) *Resolver {
	r := &Resolver{kallsyms: "/proc/kallsyms", passwd: "/etc/passwd", boot: BootTime()}
	if m != nil {
		r.probes, r.strftimes = m.Probes, m.Strftimes
		r.more.cgroupPaths = m.CgroupPaths
	}
	return r
}

// BootTime is the wall-clock time of boot, CLOCK_REALTIME - CLOCK_BOOTTIME,
// taken from the tightest of five readings (bpftrace 0.17's get_boottime).
func BootTime() time.Time {
	var best time.Time
	bestDelta := int64(-1)
	for range 5 {
		var before, boot, after unix.Timespec
		if unix.ClockGettime(unix.CLOCK_REALTIME, &before) != nil ||
			unix.ClockGettime(unix.CLOCK_BOOTTIME, &boot) != nil ||
			unix.ClockGettime(unix.CLOCK_REALTIME, &after) != nil {
			continue
		}
		if before.Sec != after.Sec {
			continue
		}
		delta := after.Nsec - before.Nsec
		if delta < 0 || bestDelta >= 0 && delta >= bestDelta {
			continue
		}
		bestDelta = delta
		avg := (before.Nsec + after.Nsec) / 2
		sec, nsec := after.Sec-boot.Sec, avg-boot.Nsec
		if nsec < 0 {
			sec--
			nsec += 1e9
		}
		best = time.Unix(sec, nsec)
	}
	return best
}

// probe returns the name of probe id.
func (r *Resolver) probe(id uint64) string {
	if r == nil || id >= uint64(len(r.probes)) {
		return ""
	}
	return r.probes[id]
}

// username returns the /etc/passwd name of uid, or "" (bpftrace's resolve_uid).
func (r *Resolver) username(uid uint64) string {
	path := "/etc/passwd"
	if r != nil {
		path = r.passwd
	}
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	want := strconv.FormatUint(uid, 10)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) > 2 && fields[2] == want {
			return fields[0]
		}
	}
	return ""
}

// appendKsym writes the kernel symbol containing addr, without offset,
// or the address as C++ prints a pointer when no symbol starts below it.
func (r *Resolver) appendKsym(dst []byte, addr uint64) []byte {
	if r == nil {
		r = &Resolver{kallsyms: "/proc/kallsyms"}
	}
	if !r.ksymsLoaded {
		r.ksymsLoaded = true
		if f, err := os.Open(r.kallsyms); err == nil {
			r.ksyms, _ = symtab.ReadKallsyms(f)
			f.Close()
		}
	}
	if r.ksyms != nil {
		if name, ok := r.ksyms.At(addr); ok {
			return append(dst, name...)
		}
	}
	return appendPointer(dst, addr)
}

// appendPointer writes addr as std::ostream writes a void*: 0x-prefixed
// hex, or "0" for a null pointer.
func appendPointer(dst []byte, addr uint64) []byte {
	if addr == 0 {
		return append(dst, '0')
	}
	return strconv.AppendUint(append(dst, "0x"...), addr, 16)
}

// timestamp renders strftime(fmt, ns): boot time plus ns in local time,
// with %f as the microseconds (bpftrace's resolve_timestamp).
func (r *Resolver) timestamp(id, ns uint64) string {
	if r == nil || r.boot.IsZero() || id >= uint64(len(r.strftimes)) {
		return "(?)"
	}
	bootNsec := uint64(r.boot.Nanosecond())
	// bpftrace adds the seconds in floating point and truncates.
	sec := r.boot.Unix() + int64(float64(bootNsec+ns)/1e9)
	us := (bootNsec + ns) % 1000000000 / 1000
	format := strings.ReplaceAll(r.strftimes[id], "%f", pad6(us))
	s, ok := strftime(format, time.Unix(sec, 0))
	if !ok {
		return "(?)"
	}
	return s
}

func pad6(v uint64) string {
	s := strconv.FormatUint(v, 10)
	for len(s) < 6 {
		s = "0" + s
	}
	return s
}
