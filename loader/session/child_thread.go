package session

import (
	"os"
	"runtime"
)

// The stand-in of a -c command executes the command from the main thread.
// An execve from another thread makes that thread the process's leader,
// and the perf events the tracer attached to the old leader task (a
// watchpoint, a pid-filtered probe) go away with it: c_watchpoint in
// TestKernels counted no writes now and then when the Go scheduler had
// moved the waiting main goroutine to another thread. Go runs init
// functions on the main thread, and one that locks it keeps main.main
// there.
func init() {
	if os.Getenv(childEnv) != "" {
		runtime.LockOSThread()
	}
}
