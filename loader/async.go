package loader

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// defaultCatBytesMax is how much of a file cat() prints unless
// BPFTRACE_CAT_BYTES_MAX says otherwise.
const defaultCatBytesMax = 10240

// async is what the asynchronous actions other than printf need: the
// resolver shared by every renderer and the system() and cat() formats.
type async struct {
	res           *output.Resolver
	systems, cats []*output.Formatter
	catMax        int64
}

// newAsync prepares the asynchronous actions of an object and gives its
// printf formatters and out the resolver.
func newAsync(o *Object, out output.Output) (*async, error) {
	a := &async{res: output.NewResolver(o.meta), catMax: defaultCatBytesMax}
	if v, err := strconv.ParseInt(os.Getenv("BPFTRACE_CAT_BYTES_MAX"), 10, 64); err == nil && v >= 0 {
		a.catMax = v
	}
	out.SetResolver(a.res)
	for _, f := range o.printfs {
		f.SetResolver(a.res)
	}
	var err error
	if a.systems, err = a.formatters("system", o.meta.Systems); err != nil {
		return nil, err
	}
	if a.cats, err = a.formatters("cat", o.meta.Cats); err != nil {
		return nil, err
	}
	return a, nil
}

func (a *async) formatters(kind string, ps []abi.Printf) ([]*output.Formatter, error) {
	fs := make([]*output.Formatter, len(ps))
	for i := range ps {
		f, err := output.NewFormatter(&ps[i])
		if err != nil {
			return nil, fmt.Errorf("metadata: %s %d: %w", kind, i, err)
		}
		f.SetResolver(a.res)
		fs[i] = f
	}
	return fs, nil
}

// printValue prints the value of a print(value) record.
func (r *runner) printValue(rec []byte) error {
	if len(rec) < 16 {
		return fmt.Errorf("event: print record of %d bytes", len(rec))
	}
	id := binary.NativeEndian.Uint64(rec[8:])
	if id >= uint64(len(r.meta.Values)) {
		return fmt.Errorf("event: print id %d, the metadata has %d", id, len(r.meta.Values))
	}
	return r.out.Value(r.meta.Values[id], rec[16:])
}

// timeEvent prints the local time of now in a time() record's format.
func (r *runner) timeEvent(rec []byte) error {
	if len(rec) < 12 {
		return fmt.Errorf("event: time record of %d bytes", len(rec))
	}
	id := binary.NativeEndian.Uint32(rec[8:])
	if uint64(id) >= uint64(len(r.meta.Times)) {
		return fmt.Errorf("event: time id %d, the metadata has %d", id, len(r.meta.Times))
	}
	s, ok := output.Strftime(r.meta.Times[id], time.Now())
	if !ok {
		fmt.Fprintln(os.Stderr, "ERROR: strftime returned 0")
		return nil
	}
	r.out.Message("time", s, false)
	return nil
}

// joinEvent prints the strings of a join() record, separated by its
// delimiter, up to the first empty one.
func (r *runner) joinEvent(rec []byte) error {
	if len(rec) < 16+abi.JoinArgs*abi.JoinArgSize {
		return fmt.Errorf("event: join record of %d bytes", len(rec))
	}
	id := binary.NativeEndian.Uint64(rec[8:])
	if id >= uint64(len(r.meta.Joins)) {
		return fmt.Errorf("event: join id %d, the metadata has %d", id, len(r.meta.Joins))
	}
	var b strings.Builder
	for i := range abi.JoinArgs {
		arg := rec[16+i*abi.JoinArgSize : 16+(i+1)*abi.JoinArgSize]
		if arg[0] == 0 {
			break
		}
		if i > 0 {
			b.WriteString(r.meta.Joins[id])
		}
		if n := bytes.IndexByte(arg, 0); n >= 0 {
			arg = arg[:n]
		}
		b.Write(arg)
	}
	r.out.Message("join", b.String(), true)
	return nil
}

// systemEvent runs the command of a system() record through the shell and
// prints what it writes to stdout.
func (r *runner) systemEvent(id uint64, rec []byte) error {
	if id >= uint64(len(r.async.systems)) {
		return fmt.Errorf("event: system id %d, the metadata has %d", id, len(r.async.systems))
	}
	cmdline, err := r.async.systems[id].Format(rec)
	if err != nil {
		return fmt.Errorf("system %d: %w", id, err)
	}
	cmd := exec.Command("/bin/sh", "-c", cmdline)
	cmd.Stderr = os.Stderr
	out, _ := cmd.Output()
	r.out.Message("syscall", string(out), false)
	return nil
}

// catEvent prints the start of the file a cat() record names.
func (r *runner) catEvent(id uint64, rec []byte) error {
	if id >= uint64(len(r.async.cats)) {
		return fmt.Errorf("event: cat id %d, the metadata has %d", id, len(r.async.cats))
	}
	path, err := r.async.cats[id].Format(rec)
	if err != nil {
		return fmt.Errorf("cat %d: %w", id, err)
	}
	r.out.Message("cat", catFile(path, r.async.catMax), false)
	return nil
}

// catFile reads up to max bytes of path; errors go to stderr as bpftrace
// reports them.
func catFile(path string, max int64) string {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "ERROR: failed to open file '%s': %s\n", path, errnoText(err))
		return ""
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max))
	if err != nil {
		fmt.Fprintf(os.Stderr, "ERROR: failed to open file '%s': %s\n", path, errnoText(err))
	}
	return string(b)
}

// startElapsed writes the start time the elapsed builtin subtracts.
func (r *runner) startElapsed() error {
	m := r.l.maps.Maps[abi.ElapsedMap]
	if m == nil {
		return nil
	}
	if err := m.Update(uint32(0), uint64(monotonicBoot()), 0); err != nil {
		return fmt.Errorf("write start time to %s: %w", abi.ElapsedMap, err)
	}
	return nil
}

// errnoText is strerror(3) of the errno behind err.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return output.Strerror(int(errno))
	}
	return err.Error()
}

// monotonicBoot is CLOCK_BOOTTIME in nanoseconds, the clock of nsecs.
func monotonicBoot() int64 {
	var ts unix.Timespec
	unix.ClockGettime(unix.CLOCK_BOOTTIME, &ts)
	return ts.Nano()
}
