package e2e

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// WorkloadEnv, when set in a test binary's environment, makes it run the
// workload it names instead of the tests (see RunWorkload).
const WorkloadEnv = "BPFTC_E2E_WORKLOAD"

// RunWorkload waits for a line on stdin, then makes the system calls that
// spec describes, then exits. Steps are separated by ';':
//
//	getppid N          N getppid() calls
//	getpgid N          N getpgid(0) calls
//	write S1,S2,...    one write of each size to /dev/null
//	writehex HEX ...   one write of each hex-encoded byte string to /dev/null
//	close FD N         N close(FD) calls (FD is not open: EBADF)
//	sleep MS           sleep
//	nanosleep NS       one clock_nanosleep(CLOCK_MONOTONIC) of NS nanoseconds
//	open PATH          one open(PATH, O_RDONLY) (and close when it opens)
//	exec PATH ARGS...  replace the workload by PATH ARGS (same pid; last step)
//	noaslr             turn address space randomisation off for a later exec
//	catch SIG          start catching signal SIG (USR1, ...) for waitsig
//	waitsig MS         fail unless the caught signal arrives within MS ms
func RunWorkload(spec string) error {
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		return fmt.Errorf("workload: wait for start: %v", err)
	}
	devnull, err := os.OpenFile("/dev/null", os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer devnull.Close()
	var caught chan os.Signal
	for _, step := range strings.Split(spec, ";") {
		f := strings.Fields(step)
		if len(f) == 0 {
			continue
		}
		n := func(i int) int {
			if i >= len(f) {
				return 1
			}
			v, _ := strconv.Atoi(f[i])
			return v
		}
		switch f[0] {
		case "getppid":
			for i := 0; i < n(1); i++ {
				unix.Getppid()
			}
		case "getpgid":
			for i := 0; i < n(1); i++ {
				unix.Getpgid(0)
			}
		case "write":
			for _, s := range strings.Split(f[1], ",") {
				size, _ := strconv.Atoi(s)
				unix.Write(int(devnull.Fd()), make([]byte, size))
			}
		case "writehex":
			for _, h := range f[1:] {
				data, err := hex.DecodeString(h)
				if err != nil {
					return fmt.Errorf("workload: writehex %q: %v", h, err)
				}
				unix.Write(int(devnull.Fd()), data)
			}
		case "close":
			for i := 0; i < n(2); i++ {
				unix.Close(n(1))
			}
		case "sleep":
			time.Sleep(time.Duration(n(1)) * time.Millisecond)
		case "nanosleep":
			ts := unix.NsecToTimespec(int64(n(1)))
			unix.ClockNanosleep(unix.CLOCK_MONOTONIC, 0, &ts, nil)
		case "open":
			if fd, err := unix.Open(f[1], unix.O_RDONLY, 0); err == nil {
				unix.Close(fd)
			}
		case "catch":
			caught = make(chan os.Signal, 1)
			signal.Notify(caught, unix.SignalNum("SIG"+f[1]))
		case "waitsig":
			select {
			case <-caught:
			case <-time.After(time.Duration(n(1)) * time.Millisecond):
				return fmt.Errorf("workload: no signal within %d ms", n(1))
			}
		case "noaslr":
			// personality(ADDR_NO_RANDOMIZE) is per thread: the exec
			// must come from this one.
			runtime.LockOSThread()
			if _, _, errno := unix.RawSyscall(unix.SYS_PERSONALITY, 0x0040000, 0, 0); errno != 0 {
				return fmt.Errorf("workload: personality: %v", errno)
			}
		case "exec":
			devnull.Close()
			return unix.Exec(f[1], f[1:], os.Environ())
		default:
			return fmt.Errorf("workload: unknown step %q", step)
		}
	}
	return nil
}
