package session

import (
	"debug/elf"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/output"
)

// childEnv marks a bpftc or bpfrun process started as the stand-in of a -c
// command: it waits until the tracer has attached its probes, then
// executes the command in its place, keeping its pid (see RunChildShim).
const childEnv = "BPFTC_CHILD_SHIM"

// childGoFD is the descriptor on which the stand-in reads the byte that
// lets it execute the command.
const childGoFD = 3

// RunChildShim makes the process the stand-in of a -c command when the
// tracer started it as one, and does nothing otherwise. Commands call it
// first thing in main. The stand-in blocks until the tracer writes to its
// descriptor 3, then replaces itself by the command (its arguments), as
// bpftrace's forked child does: the command's pid, cpid, is known before
// it starts. When the tracer dies first, the stand-in exits.
func RunChildShim() {
	if os.Getenv(childEnv) == "" {
		return
	}
	os.Unsetenv(childEnv)
	var b [1]byte
	n, err := unix.Read(childGoFD, b[:])
	for err == unix.EINTR {
		n, err = unix.Read(childGoFD, b[:])
	}
	if n != 1 {
		os.Exit(1) // the tracer is gone
	}
	unix.Close(childGoFD)
	args := os.Args
	err = unix.Exec(args[0], args, os.Environ())
	msg := err.Error()
	if errno, ok := err.(unix.Errno); ok {
		msg = output.Strerror(int(errno))
	}
	fmt.Fprintf(os.Stderr, "child: failed to execve: %s: %s\n", args[0], msg)
	os.Exit(12)
}

// child is a started -c command, waiting for its go.
type child struct {
	cmd     *exec.Cmd
	release func()        // lets the command run, once
	done    chan struct{} // closed once the command has exited and was reaped
}

// startChild starts cmdline, split on spaces without any quoting, as
// bpftrace 0.17 does, held until release: its first word must name an
// executable ELF file (directly or through PATH). The command is held just
// before it executes, so that its execve can be traced; but a traced child
// (an object with usdt probes) is held right after, stopped by ptrace, as
// bpftrace 0.17 holds it then: its execve is not seen.
func startChild(cmdline string, traced bool) (*child, error) {
	args := strings.Split(cmdline, " ")
	path, err := childPath(args[0])
	if err != nil {
		return nil, err
	}
	args[0] = path
	if traced {
		return startTraced(args)
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	cmd := &exec.Cmd{
		Path:        "/proc/self/exe",
		Args:        args,
		Env:         append(os.Environ(), childEnv+"=1"),
		Stdin:       os.Stdin,
		Stdout:      os.Stdout,
		Stderr:      os.Stderr,
		ExtraFiles:  []*os.File{r},
		SysProcAttr: &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM},
	}
	if err := cmd.Start(); err != nil {
		w.Close()
		return nil, err
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	var once sync.Once
	c.release = func() {
		once.Do(func() {
			w.Write([]byte{'g'})
			w.Close()
		})
	}
	go func() {
		cmd.Wait()
		close(c.done)
	}()
	return c, nil
}

// startTraced starts args under ptrace, which stops the command right
// after it executes, and returns once it has stopped. Every ptrace request
// comes from the one OS thread that started it, as the kernel requires.
func startTraced(args []string) (*child, error) {
	cmd := &exec.Cmd{
		Path:        args[0],
		Args:        args,
		Stdin:       os.Stdin,
		Stdout:      os.Stdout,
		Stderr:      os.Stderr,
		SysProcAttr: &syscall.SysProcAttr{Ptrace: true, Pdeathsig: syscall.SIGTERM},
	}
	c := &child{cmd: cmd, done: make(chan struct{})}
	started := make(chan error)
	go c.trace(started)
	if err := <-started; err != nil {
		return nil, err
	}
	return c, nil
}

// trace runs on its own locked OS thread: it starts the command, waits for
// the stop after execve, and on release detaches from the command, then
// reaps it.
func (c *child) trace(started chan<- error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	if err := c.cmd.Start(); err != nil {
		started <- err
		return
	}
	pid := c.cmd.Process.Pid
	var ws unix.WaitStatus
	if _, err := unix.Wait4(pid, &ws, 0, nil); err != nil || !ws.Stopped() {
		c.cmd.Process.Kill()
		c.cmd.Wait()
		started <- fmt.Errorf("child did not stop after execve (status %#x)", uint32(ws))
		return
	}
	held := make(chan struct{})
	var once sync.Once
	c.release = func() { once.Do(func() { close(held) }) }
	started <- nil
	<-held
	unix.PtraceDetach(pid)
	c.cmd.Wait()
	close(c.done)
}

// pid is the command's process id.
func (c *child) pid() int { return c.cmd.Process.Pid }

// stop terminates the command if it still runs (SIGTERM, as bpftrace does
// when it stops first) and waits for it.
func (c *child) stop() {
	select {
	case <-c.done:
		return
	default:
	}
	c.cmd.Process.Signal(syscall.SIGTERM)
	c.release() // a held command exits without running
	<-c.done
}

// childPath resolves a command's first word as bpftrace's
// resolve_binary_path does: the word itself and, when it has no '/', the
// word in every PATH directory, globs expanded; exactly one candidate may
// be an ELF executable or shared object (with /bin a link to /usr/bin,
// "true" matches twice and bpftrace refuses it).
func childPath(word string) (string, error) {
	cands := []string{word}
	if !strings.Contains(word, "/") {
		for _, dir := range strings.Split(os.Getenv("PATH"), ":") {
			cands = append(cands, dir+"/"+word)
		}
	}
	if strings.Contains(word, "*") {
		var expanded []string
		for _, p := range cands {
			m, _ := filepath.Glob(p)
			expanded = append(expanded, m...)
		}
		cands = expanded
	}
	var found []string
	for _, p := range cands {
		if isProgram(p) {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 0:
		return "", fmt.Errorf("path '%s' does not exist or is not executable", word)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("path '%s' must refer to a unique binary but matched %d binaries", word, len(found))
}

// isProgram reports whether path is an ELF executable or shared object.
func isProgram(path string) bool {
	f, err := elf.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	return f.Type == elf.ET_DYN || unix.Access(path, unix.X_OK) == nil
}
