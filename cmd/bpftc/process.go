package main

import (
	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/loader/session"
)

// processFlags are bpftrace's -c and -p, for "bpftc run".
var processFlags = []cli.Flag{
	&cli.StringFlag{Name: "c", Usage: "run `CMD` once every probe is attached (its pid is cpid) and stop when it exits"},
	&cli.StringFlag{Name: "p", Usage: "trace the usdt probes of process `PID` and stop when it exits"},
	usdtFileActivationFlag,
}

// compileProcessFlags are the -p of "bpftc compile": it only decides which
// usdt probes usdt:NAME names. cpid is always allowed in an object: its
// value is set by "bpfrun -c".
var compileProcessFlags = []cli.Flag{
	&cli.StringFlag{Name: "p", Usage: "look usdt probes up in the files process `PID` maps"},
}

// runProcess reads -c and -p: the compiler's view of them and the session's.
func runProcess(c *cli.Context) (sema.Process, string, int, error) {
	pid, err := flagPID(c)
	if err != nil {
		return sema.Process{}, "", 0, err
	}
	cmd := c.String("c")
	if cmd != "" && pid != 0 {
		return sema.Process{}, "", 0, &session.StatusError{Status: session.ExitUsage, Msg: "USAGE: Cannot use both -c and -p."}
	}
	return sema.Process{PID: pid, Child: cmd != ""}, cmd, pid, nil
}

// compileProcess reads the -p of "bpftc compile".
func compileProcess(c *cli.Context) (sema.Process, error) {
	pid, err := flagPID(c)
	return sema.Process{PID: pid, Child: true}, err
}

// flagPID is the value of -p, 0 when it is not given.
func flagPID(c *cli.Context) (int, error) {
	if !c.IsSet("p") {
		return 0, nil
	}
	return session.ParsePID(c.String("p"))
}

// usdtFileActivationFlag is bpftrace's --usdt-file-activation: enable the
// usdt semaphores of every process that maps the probed file. Every kernel
// bpfrun supports (4.20 and later) has uprobe reference counters, which do
// exactly that for a probe attached without -p, so, as bpftrace 0.17 does
// on such kernels, the flag changes nothing.
var usdtFileActivationFlag = &cli.BoolFlag{Name: "usdt-file-activation", Usage: "enable usdt semaphores in every process that maps the file (what the kernel does anyway without -p)"}
