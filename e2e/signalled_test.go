package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// signalled is a tracer run that a test drives with signals: it reads the
// tracer's stdout, and can stop reading so that the tracer blocks writing.
type signalled struct {
	cmd      *exec.Cmd
	attached chan struct{} // closed when the probes are attached
	exited   chan struct{} // closed once the tracer was reaped
	state    *os.ProcessState

	mu     sync.Mutex
	cond   *sync.Cond
	out    bytes.Buffer
	paused bool
	eof    bool
}

// startSignalled starts args with env added to the environment and
// bpftrace's attach notification turned on.
func startSignalled(t *testing.T, args, env []string) *signalled {
	t.Helper()
	p := &signalled{attached: make(chan struct{}), exited: make(chan struct{})}
	p.cond = sync.NewCond(&p.mu)
	p.cmd = exec.Command(args[0], args[1:]...)
	p.cmd.Env = append(append(os.Environ(), env...), notifyEnv+"=1")
	// Plain pipes: Wait must not wait for the reading, which may pause.
	stdout, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr, errW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	p.cmd.Stdout, p.cmd.Stderr = outW, errW
	err = p.cmd.Start()
	outW.Close()
	errW.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		p.cmd.Process.Kill()
		p.resume()
		<-p.exited
	})
	go func() {
		defer stderr.Close()
		sc := bufio.NewScanner(stderr)
		var once sync.Once
		for sc.Scan() {
			if strings.Contains(sc.Text(), notifyEnv) {
				once.Do(func() { close(p.attached) })
			}
		}
		io.Copy(io.Discard, stderr)
	}()
	go func() {
		defer stdout.Close()
		p.read(stdout)
	}()
	go func() {
		p.cmd.Wait()
		p.state = p.cmd.ProcessState
		close(p.exited)
	}()
	return p
}

// read copies the tracer's stdout into p.out, waiting while paused.
func (p *signalled) read(r io.Reader) {
	buf := make([]byte, 4096)
	for {
		p.mu.Lock()
		for p.paused {
			p.cond.Wait()
		}
		p.mu.Unlock()
		n, err := r.Read(buf)
		p.mu.Lock()
		p.out.Write(buf[:n])
		if err != nil {
			p.eof = true
		}
		p.cond.Broadcast()
		p.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// output is what the tracer wrote so far.
func (p *signalled) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// pause stops reading the tracer's stdout; resume reads on.
func (p *signalled) pause() {
	p.mu.Lock()
	p.paused = true
	p.mu.Unlock()
}

func (p *signalled) resume() {
	p.mu.Lock()
	p.paused = false
	p.cond.Broadcast()
	p.mu.Unlock()
}

// waitAttached waits for the attach notification.
func (p *signalled) waitAttached(t *testing.T) {
	t.Helper()
	select {
	case <-p.attached:
	case <-p.exited:
		t.Fatalf("%s exited before attaching: %v\n%s", p.cmd.Args[0], p.state, p.output())
	case <-time.After(20 * time.Second):
		t.Fatalf("%s did not attach", p.cmd.Args[0])
	}
}

// waitOutput waits until the output holds want n times.
func (p *signalled) waitOutput(t *testing.T, want string, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for strings.Count(p.output(), want) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%s: %q did not appear %d times:\n%s", p.cmd.Args[0], want, n, p.output())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// signal sends sig to the tracer.
func (p *signalled) signal(t *testing.T, sig syscall.Signal) {
	t.Helper()
	if err := p.cmd.Process.Signal(sig); err != nil {
		t.Fatalf("signal %v: %v", sig, err)
	}
}

// waitEOF waits, at most timeout, for the reader to reach the end of the
// tracer's stdout: the last lines (the maps printed at exit) may still be
// in the pipe when the tracer has exited.
func (p *signalled) waitEOF(timeout time.Duration) {
	for end := time.Now().Add(timeout); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		p.mu.Lock()
		eof := p.eof || p.paused
		p.mu.Unlock()
		if eof {
			return
		}
	}
}

// wait waits for the tracer to exit and returns its wait status.
func (p *signalled) wait(t *testing.T, timeout time.Duration) syscall.WaitStatus {
	t.Helper()
	select {
	case <-p.exited:
		p.waitEOF(2 * time.Second)
		return p.state.Sys().(syscall.WaitStatus)
	case <-time.After(timeout):
		t.Fatalf("%s did not exit in %v; output:\n%s", p.cmd.Args[0], timeout, p.output())
	}
	return 0
}

// running reports whether the tracer has not exited.
func (p *signalled) running() bool {
	select {
	case <-p.exited:
		return false
	default:
		return true
	}
}

// waitBlockedWriting waits until one of the tracer's threads is blocked
// in write(2) on its stdout (the pipe is full).
func (p *signalled) waitBlockedWriting(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !p.blockedWriting() {
		if !p.running() || time.Now().After(deadline) {
			t.Fatalf("%s never blocked writing its stdout (exited: %v)", p.cmd.Args[0], !p.running())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// blockedWriting reads /proc/PID/task/*/syscall: "1 0x1 ..." is write(1, ...).
func (p *signalled) blockedWriting() bool {
	tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/syscall", p.cmd.Process.Pid))
	for _, task := range tasks {
		b, err := os.ReadFile(task)
		if err == nil && strings.HasPrefix(string(b), "1 0x1 ") {
			return true
		}
	}
	return false
}

// rest resumes reading and returns the whole output once the tracer's
// stdout is closed.
func (p *signalled) rest() string {
	p.resume()
	p.mu.Lock()
	defer p.mu.Unlock()
	for !p.eof {
		p.cond.Wait()
	}
	return p.out.String()
}
