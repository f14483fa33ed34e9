package session

import (
	"context"
	"fmt"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/abi"
)

// pidMax is the largest pid bpftrace 0.17 accepts for -p.
const pidMax = 4 * 1024 * 1024

// ParsePID checks a -p argument with bpftrace's messages (CLI-05).
func ParsePID(s string) (int, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return 0, &StatusError{ExitUsage, fmt.Sprintf("pid '%s' outside of integer range", s)}
		}
		return 0, &StatusError{ExitUsage, fmt.Sprintf("pid '%s' is not a valid decimal number", s)}
	}
	if n < 1 || n > pidMax {
		return 0, &StatusError{ExitUsage, fmt.Sprintf("pid '%s' out of valid pid range [1,%d]", s, pidMax)}
	}
	return int(n), nil
}

// watchProcess returns a context that is cancelled when ctx is or when
// process pid exits (bpftrace stops tracing a -p target that is gone). It
// fails, in bpftrace's odd words, when there is no such process.
func watchProcess(ctx context.Context, pid int) (context.Context, func(), error) {
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		if err == unix.ESRCH {
			return nil, nil, &StatusError{ExitUsage, ": No such process"}
		}
		return nil, nil, &StatusError{ExitUsage, "Failed to pidfd_open pid: " + err.Error()}
	}
	ctx, cancel := context.WithCancel(ctx)
	go func() {
		defer unix.Close(fd)
		fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
		for ctx.Err() == nil {
			n, err := unix.Poll(fds, 200)
			if err == nil && n > 0 {
				cancel()
				return
			}
		}
	}()
	return ctx, cancel, nil
}

// process prepares the -c command or the -p target of a run: it starts
// the command (stopped until every probe is attached) or checks the
// target, and returns the context that ends the run when that process
// exits, the loader's settings, and a cleanup that stops the command if it
// is still running. An object that reads cpid needs -c.
func process(ctx context.Context, obj *loader.Object, o Options) (context.Context, loader.Process, func(), error) {
	none := func() {}
	if o.Cmd != "" && o.PID != 0 {
		return nil, loader.Process{}, none, &StatusError{ExitUsage, "USAGE: Cannot use both -c and -p."}
	}
	if _, ok := obj.Meta().Param(abi.ParamCpid); ok && o.Cmd == "" {
		return nil, loader.Process{}, none, &StatusError{ExitUsage, loader.ErrNoChild.Error()}
	}
	switch {
	case o.PID != 0:
		ctx, cancel, err := watchProcess(ctx, o.PID)
		if err != nil {
			return nil, loader.Process{}, none, err
		}
		return ctx, loader.Process{PID: o.PID}, cancel, nil
	case o.Cmd != "":
		c, err := startChild(o.Cmd, hasUsdt(obj.Meta()))
		if err != nil {
			return nil, loader.Process{}, none, &StatusError{ExitFailure, "Failed to fork child: " + err.Error()}
		}
		ctx, cancel := context.WithCancel(ctx)
		go func() {
			select {
			case <-c.done:
				cancel()
			case <-ctx.Done():
			}
		}()
		p := loader.Process{CPID: uint32(c.pid()), PID: c.pid(), Attached: func() { c.release() }}
		return ctx, p, func() { cancel(); c.stop() }, nil
	}
	return ctx, loader.Process{}, none, nil
}

// hasUsdt reports whether an object has usdt probes: bpftrace then starts
// a -c command before attaching them.
func hasUsdt(m *abi.Meta) bool {
	for _, p := range m.Programs {
		for _, a := range p.Attach {
			if a.Provider == abi.ProviderUsdt {
				return true
			}
		}
	}
	return false
}
