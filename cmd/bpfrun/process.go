package main

import (
	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader/session"
)

// processFlags are bpftrace's -c and -p.
var processFlags = []cli.Flag{
	&cli.StringFlag{Name: "c", Usage: "run `CMD` once every probe is attached (its pid is cpid) and stop when it exits"},
	&cli.StringFlag{Name: "p", Usage: "attach usdt probes to process `PID` only and stop when it exits"},
	usdtFileActivationFlag,
}

// withProcess adds -c and -p to the session options.
func withProcess(c *cli.Context, o session.Options) (session.Options, error) {
	if c.IsSet("p") {
		pid, err := session.ParsePID(c.String("p"))
		if err != nil {
			return o, err
		}
		o.PID = pid
	}
	o.Cmd = c.String("c")
	return o, nil
}

// usdtFileActivationFlag is bpftrace's --usdt-file-activation: enable the
// usdt semaphores of every process that maps the probed file. Every kernel
// bpfrun supports (4.20 and later) has uprobe reference counters, which do
// exactly that for a probe attached without -p, so, as bpftrace 0.17 does
// on such kernels, the flag changes nothing.
var usdtFileActivationFlag = &cli.BoolFlag{Name: "usdt-file-activation", Usage: "enable usdt semaphores in every process that maps the file (what the kernel does anyway without -p)"}
