package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// notifyEnv makes bpftrace, bpfrun and "bpftc run" print notifyLine on
// stderr once every probe is attached.
const (
	notifyEnv  = "__BPFTRACE_NOTIFY_PROBES_ATTACHED"
	notifyLine = "__BPFTRACE_NOTIFY_PROBES_ATTACHED"
)

// tracer is a running bpfrun, "bpftc run" or bpftrace process.
type tracer struct {
	cmd      *exec.Cmd
	stdout   bytes.Buffer
	stderr   bytes.Buffer // everything but the notify line; owned by the reader until done closes
	done     chan struct{}
	attached time.Duration // from just before start to the notify line
}

// startTracer runs argv and waits until it reports its probes attached.
func startTracer(argv []string, timeout time.Duration) (*tracer, error) {
	t := &tracer{cmd: exec.Command(argv[0], argv[1:]...), done: make(chan struct{})}
	t.cmd.Env = append(os.Environ(), notifyEnv+"=1")
	t.cmd.Stdout = &t.stdout
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	t.cmd.Stderr = w
	attached := make(chan struct{})
	start := time.Now()
	err = t.cmd.Start()
	w.Close()
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("start %s: %w", argv[0], err)
	}
	go func() {
		defer close(t.done)
		defer r.Close()
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			if sc.Text() == notifyLine {
				close(attached)
				continue
			}
			t.stderr.Write(sc.Bytes())
			t.stderr.WriteByte('\n')
		}
	}()
	select {
	case <-attached:
		t.attached = time.Since(start)
		return t, nil
	case <-t.done:
		t.cmd.Wait()
		return nil, fmt.Errorf("%s exited before attaching: %s", argv[0], t.errText())
	case <-time.After(timeout):
		t.cmd.Process.Kill()
		<-t.done
		t.cmd.Wait()
		return nil, fmt.Errorf("%s: not attached after %v", argv[0], timeout)
	}
}

// pid is the tracer's process id.
func (t *tracer) pid() int { return t.cmd.Process.Pid }

// resendAfter is how long stop waits before interrupting again: bpftrace
// 0.17 misses a SIGINT that comes just after its notify line when no event
// follows (it then blocks in epoll_wait).
const resendAfter = 2 * time.Second

// stop interrupts the tracer as Ctrl-C would, waits for it to print its
// maps and exit, and returns its standard output.
func (t *tracer) stop(timeout time.Duration) (string, error) {
	deadline := time.Now().Add(timeout)
	for exited := false; !exited; {
		if err := t.cmd.Process.Signal(syscall.SIGINT); err != nil {
			return "", fmt.Errorf("interrupt: %w", err)
		}
		select {
		case <-t.done:
			exited = true
		case <-time.After(resendAfter):
			if time.Now().After(deadline) {
				t.cmd.Process.Kill()
				<-t.done
				t.cmd.Wait()
				return "", errors.New("no exit after SIGINT")
			}
		}
	}
	if err := t.cmd.Wait(); err != nil {
		return t.stdout.String(), fmt.Errorf("%w: %s", err, t.errText())
	}
	return t.stdout.String(), nil
}

// errText is the tracer's stderr without bpftrace's harmless RLIMIT_MEMLOCK
// complaint; call it only once the reader is done.
func (t *tracer) errText() string {
	var keep []string
	for line := range strings.Lines(t.stderr.String()) {
		if !strings.Contains(line, "RLIMIT_MEMLOCK") {
			keep = append(keep, strings.TrimSpace(line))
		}
	}
	return strings.Join(keep, "; ")
}
