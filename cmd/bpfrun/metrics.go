package main

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/urfave/cli/v2"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/metrics"
	"github.com/bpftc/bpftc/loader/output"
	"github.com/bpftc/bpftc/loader/session"
)

// shutdownTimeout bounds the wait for scrapes under way at exit.
const shutdownTimeout = 5 * time.Second

// serveMetrics is bpfrun --metrics ADDR: it runs obj and serves its maps on
// http://ADDR/metrics (package loader/metrics) until SIGINT, SIGTERM or an
// exit() in the script. It prints nothing, neither the "Attaching" line nor
// the maps at exit; with --metrics-printf what the probes print (printf,
// print(), time, cat, join, system) goes to stdout or -o FILE in the -f
// format.
func serveMetrics(c *cli.Context, obj *loader.Object, stdout io.Writer) error {
	if err := session.CheckFormat(c.String("f")); err != nil {
		return err
	}
	col, err := metrics.New(obj.Meta())
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	reg := prometheus.NewRegistry()
	if err := reg.Register(col); err != nil {
		return session.Fail(session.ExitFailure, fmt.Errorf("metrics: %w", err))
	}
	out, closeOut, err := metricsOutput(c, stdout)
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	defer closeOut()
	ln, err := net.Listen("tcp", c.String("metrics"))
	if err != nil {
		return session.Fail(session.ExitFailure, fmt.Errorf("metrics: %w", err))
	}
	defer ln.Close()
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		EnableOpenMetrics: true,
		ErrorHandling:     promhttp.HTTPErrorOnError,
	}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}

	// As session.Run: no memlock limit before 5.11, the first signal stops
	// the run, a second one kills the process.
	_ = unix.Setrlimit(unix.RLIMIT_MEMLOCK, &unix.Rlimit{Cur: unix.RLIM_INFINITY, Max: unix.RLIM_INFINITY})
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		<-ctx.Done()
		stop()
	}()
	// Serving starts once every probe is attached; scrapes before that wait
	// in the listen queue.
	serveErr := make(chan error, 1)
	live := func(lv *loader.Live) {
		col.SetSource(lv)
		go func() {
			if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
				serveErr <- fmt.Errorf("metrics: %w", err)
				cancel()
			}
		}()
	}
	err = obj.Run(ctx, &loader.RunOptions{Output: out, Quiet: true, Live: live})
	sctx, scancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer scancel()
	srv.Shutdown(sctx)
	select {
	case e := <-serveErr:
		err = cmp.Or(err, e)
	default:
	}
	if errors.Is(err, loader.ErrNoProbes) {
		return &session.StatusError{Status: session.ExitUsage}
	}
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	return nil
}

// metricsOutput is where a --metrics run prints: nowhere, or with
// --metrics-printf the -f format to stdout or the -o file.
func metricsOutput(c *cli.Context, stdout io.Writer) (output.Output, func() error, error) {
	if !c.Bool("metrics-printf") {
		return &probeOutput{}, func() error { return nil }, nil
	}
	w, closeW := stdout, func() error { return nil }
	if path := c.String("o"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return nil, nil, err
		}
		w, closeW = f, f.Close
	}
	if c.String("f") == "json" {
		return &probeOutput{out: output.NewJSON(w, stdout)}, closeW, nil
	}
	return &probeOutput{out: output.NewText(w, stdout)}, closeW, nil
}

// probeOutput passes on to out (when not nil) what the probes print, and
// drops the "Attaching" line, the exit separator and the maps printed at
// exit, which are those printed after the separator.
type probeOutput struct {
	out     output.Output
	exiting bool
}

var _ output.Output = (*probeOutput)(nil)

// AttachedProbes implements output.Output: it prints nothing.
func (p *probeOutput) AttachedProbes(int) {}

// ExitSeparator implements output.Output: it prints nothing.
func (p *probeOutput) ExitSeparator() { p.exiting = true }

// Printf implements output.Output.
func (p *probeOutput) Printf(text string) {
	if p.out != nil {
		p.out.Printf(text)
	}
}

// Lost implements output.Output.
func (p *probeOutput) Lost(n uint64) {
	if p.out != nil {
		p.out.Lost(n)
	}
}

// Map implements output.Output: print(@m) in a probe prints, the maps at
// exit do not.
func (p *probeOutput) Map(m *abi.Map, entries []output.Entry, top, div int) error {
	if p.out == nil || p.exiting {
		return nil
	}
	return p.out.Map(m, entries, top, div)
}

// SetResolver implements output.Output.
func (p *probeOutput) SetResolver(r *output.Resolver) {
	if p.out != nil {
		p.out.SetResolver(r)
	}
}

// Value implements output.Output.
func (p *probeOutput) Value(t abi.Type, b []byte) error {
	if p.out == nil {
		return nil
	}
	return p.out.Value(t, b)
}

// Message implements output.Output.
func (p *probeOutput) Message(kind, text string, nl bool) {
	if p.out != nil {
		p.out.Message(kind, text, nl)
	}
}
