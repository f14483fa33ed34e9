package session

import (
	"context"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"
	"time"
)

// signals is a run's signal handling, as bpftrace 0.17's: SIGINT and
// SIGTERM end the tracing, SIGUSR1 prints every map while it goes on
// (OUT-15). Once END has run (exiting), a second SIGINT kills the process
// at once, whatever it is printing, while SIGTERM and SIGUSR1 are ignored
// (RT-07).
type signals struct {
	ch      chan os.Signal
	print   chan struct{} // RunOptions.PrintMaps
	ctx     context.Context
	cancel  context.CancelFunc
	ending  atomic.Bool
	stopped chan struct{}
}

// catchSignals starts catching the signals of a run; ctx ends with the
// first SIGINT or SIGTERM.
func catchSignals() *signals {
	s := &signals{ch: make(chan os.Signal, 4), print: make(chan struct{}, 1), stopped: make(chan struct{})}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	signal.Notify(s.ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGUSR1)
	go s.loop()
	return s
}

// loop handles the signals until stop.
func (s *signals) loop() {
	for {
		select {
		case <-s.stopped:
			return
		case sig := <-s.ch:
			switch {
			case sig == syscall.SIGINT && s.ending.Load():
				die(syscall.SIGINT)
			case sig == syscall.SIGUSR1:
				if !s.ending.Load() {
					select {
					case s.print <- struct{}{}:
					default: // one is pending already
					}
				}
			default:
				s.cancel()
			}
		}
	}
}

// exiting is called once END has run, before the maps are printed.
func (s *signals) exiting() { s.ending.Store(true) }

// stop gives the signals their usual handling back.
func (s *signals) stop() {
	signal.Stop(s.ch)
	close(s.stopped)
	s.cancel()
}

// die ends the process by sig's default action, as a signal bpftrace
// leaves to SIG_DFL does; should sig be ignored (inherited SIG_IGN), it
// exits with the shell's status for it.
func die(sig syscall.Signal) {
	signal.Reset(sig)
	syscall.Kill(os.Getpid(), sig)
	time.Sleep(100 * time.Millisecond)
	os.Exit(128 + int(sig))
}
