package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/ringbuf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// RunOptions are the settings of [Object.Run]; the zero value is valid.
type RunOptions struct {
	// Output receives everything the run prints; nil prints text on
	// os.Stdout.
	Output output.Output
	// Quiet suppresses the "Attaching N probes..." line (bpftrace -q).
	Quiet bool
	// NoWarnings suppresses the text warnings of failed helper calls
	// (bpftrace --no-warnings).
	NoWarnings bool
	// RingBufferSize is the size in bytes of the event ring buffer, a power
	// of two and a multiple of the page size; 0 means 1 MiB.
	RingBufferSize int
	// Process is the -c command or -p target of the run (process.go).
	Process Process
	// Live, when set, is called once every probe is attached with the
	// object's maps, readable while the probes run (live.go).
	Live func(*Live)
	// OnPrintf, when set, receives every printf event instead of Output
	// (api.go).
	OnPrintf func(Event)
	// OnExit, when set, is called once END has run, before the maps are
	// printed, with the maps, readable until it returns (api.go).
	OnExit func(*Live)
	// PrintMaps, when set, asks for every map to be printed while the
	// probes run, once per value received, as bpftrace does on SIGUSR1
	// (print_request.go).
	PrintMaps <-chan struct{}

	attached func() // test hook: called once every probe is attached
}

// ErrNoProbes is what [Object.Run] returns for an object without probes,
// after printing "No probes to attach" unless Quiet, as bpftrace does.
var ErrNoProbes = errors.New("no probes to attach")

// notifyEnv names the environment variable of bpftrace's test harness: when
// it is set, a line with its name goes to stderr once every probe is attached.
const notifyEnv = "__BPFTRACE_NOTIFY_PROBES_ATTACHED"

// Run loads the object, runs BEGIN, attaches every probe and prints events
// until an exit() in a probe or the cancellation of ctx; then it detaches,
// runs END, prints the remaining events and every map. On an error it stops
// where it is, without END. Either way it releases every kernel object it
// created.
func (o *Object) Run(ctx context.Context, opts *RunOptions) error {
	if opts == nil {
		opts = &RunOptions{}
	}
	out := opts.Output
	if out == nil {
		out = output.NewText(os.Stdout, os.Stdout)
	}
	size, err := ringSize(opts.RingBufferSize)
	if err != nil {
		return err
	}
	probes := o.probeCount()
	if probes == 0 {
		if !opts.Quiet {
			out.AttachedProbes(0)
		}
		return ErrNoProbes
	}
	if err := checkMaxProbes(probes); err != nil {
		return err
	}
	o.preloadStacks()
	l, err := o.load(size)
	if err != nil {
		return err
	}
	defer l.close()
	attached, stopLive := opts.startLive(o, l)
	defer stopLive()
	r, err := newRunner(o, l, out)
	if err != nil {
		return err
	}
	defer r.close()
	r.proc = opts.Process
	r.noWarnings = opts.NoWarnings
	r.onPrintf, r.onExit = opts.OnPrintf, opts.OnExit
	r.printReq = opts.PrintMaps
	announce := func() {
		if !opts.Quiet {
			out.AttachedProbes(probes)
		}
	}
	return r.run(ctx, attached, announce)
}

// ringSize checks the ring buffer size the kernel will accept.
func ringSize(n int) (int, error) {
	if n == 0 {
		return defaultRingBufferSize, nil
	}
	if n < os.Getpagesize() || n&(n-1) != 0 || n > 1<<30 {
		return 0, fmt.Errorf("ring buffer size %d is not a power of two between the page size and 1 GiB", n)
	}
	return n, nil
}

// probeCount is the number bpftrace prints in "Attaching N probes...": BEGIN,
// END and every attach point, each interval probe once (OUT-01).
func (o *Object) probeCount() int {
	n := 0
	for _, p := range o.meta.Programs {
		n += len(p.Attach)
	}
	return n
}

// runner is one run of an object: its kernel objects and output.
type runner struct {
	meta    *abi.Meta
	printfs []*output.Formatter
	l       *loaded
	out     output.Output
	rd      *ringbuf.Reader // nil when the object has no events map
	exitMap *ebpf.Map       // nil when the object has no exit map
	rec     ringbuf.Record
	links   []io.Closer
	async   *async
	// zeroed holds the array histograms zero() emptied since the last
	// clear(): their all-zero value still prints (see readMap).
	zeroed map[string]bool
	proc   Process // the run's -c command or -p target
	// onPrintf and onExit are RunOptions.OnPrintf and OnExit.
	onPrintf func(Event)
	onExit   func(*Live)
	// noWarnings is RunOptions.NoWarnings.
	noWarnings bool
	// printReq is RunOptions.PrintMaps.
	printReq <-chan struct{}
	// skb writes skboutput()'s pcap files; nil without.
	skb *skbOutput
}

// newRunner opens the ring buffer reader.
func newRunner(o *Object, l *loaded, out output.Output) (*runner, error) {
	r := &runner{meta: o.meta, printfs: o.printfs, l: l, out: out, exitMap: l.maps.Maps[abi.ExitMap]}
	a, err := newAsync(o, out)
	if err != nil {
		return nil, err
	}
	r.async = a
	r.initStacks()
	if m := l.maps.Maps[abi.EventsMap]; m != nil {
		rd, err := ringbuf.NewReader(m)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", abi.EventsMap, err)
		}
		r.rd = rd
	}
	if r.skb, err = newSkbOutput(o.meta, l.maps.Maps); err != nil {
		r.close()
		return nil, err
	}
	return r, nil
}

// run is the loader sequence after loading (design.md, RT-01).
func (r *runner) run(ctx context.Context, attached, announce func()) error {
	// announce prints "Attaching N probes..." once every probe is attached,
	// so that whoever waits for the line finds them live. bpftrace prints it
	// before attaching: the output differs only when something fails, and
	// then the line still comes before the error.
	err := r.startElapsed()
	if err == nil {
		err = r.writeParams()
	}
	if err == nil {
		err = r.runSpecial(abi.ProviderBegin)
	}
	if err == nil {
		err = r.attachAll()
	}
	announce()
	if err != nil {
		return err
	}
	if r.proc.Attached != nil {
		r.proc.Attached()
	}
	if os.Getenv(notifyEnv) != "" {
		fmt.Fprintln(os.Stderr, notifyEnv)
	}
	if attached != nil {
		attached()
	}
	exited, err := r.runProbes(ctx)
	if err != nil {
		return err
	}
	if err := r.detach(); err != nil {
		return err
	}
	if err := r.skb.stop(); err != nil {
		return err
	}
	// Records after exit() are ignored (RT-02); on a signal the ones already
	// sent are printed before END's.
	if _, err := r.drain(!exited); err != nil {
		return err
	}
	if err := r.runSpecial(abi.ProviderEnd); err != nil {
		return err
	}
	if _, err := r.drain(true); err != nil {
		return err
	}
	r.exitHook()
	r.out.ExitSeparator()
	return r.printMaps()
}

// runSpecial runs the BEGIN or END program, if any, once with
// BPF_PROG_TEST_RUN. One program may serve both.
func (r *runner) runSpecial(provider string) error {
	for _, p := range r.meta.Programs {
		if !slices.ContainsFunc(p.Attach, func(a abi.AttachPoint) bool { return a.Provider == provider }) {
			continue
		}
		if _, err := r.l.progs[p.Name].Run(&ebpf.RunOptions{}); err != nil {
			return fmt.Errorf("run %s: %w", provider, err)
		}
	}
	return nil
}

// attachAll attaches every attach point but BEGIN and END, in metadata order.
func (r *runner) attachAll() error {
	for _, pa := range attachOrder(r.meta.Programs) {
		c, err := r.attachOne(r.l.progs[pa.prog.Name], pa.ap)
		if err != nil {
			var banned *BannedError
			var place *PlaceError
			if errors.As(err, &banned) || errors.As(err, &place) {
				return err
			}
			return fmt.Errorf("attach %s: %w", pa.ap.Name, err)
		}
		r.links = append(r.links, withAddress(pa.ap, c))
	}
	return nil
}

// detach closes every link.
func (r *runner) detach() error {
	var errs []error
	for _, c := range r.links {
		if err := c.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	r.links = nil
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("detach: %w", err)
	}
	return nil
}

// printMaps prints every map of the metadata at exit.
func (r *runner) printMaps() error {
	maps := make([]*abi.Map, len(r.meta.Maps))
	entries := make(map[string][]output.Entry, len(maps))
	for i := range r.meta.Maps {
		m := &r.meta.Maps[i]
		maps[i] = m
		e, err := r.readMap(m)
		if err != nil {
			return mapOp("read map", m, err)
		}
		entries[m.Name] = e
	}
	return output.PrintMaps(r.out, maps, entries)
}

// close detaches whatever is still attached and closes the reader.
func (r *runner) close() {
	r.detach()
	r.skb.stop()
	if r.rd != nil {
		r.rd.Close()
	}
}
