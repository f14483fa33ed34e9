// Command bpfrun runs an object built by bpftc: it loads it, attaches its
// probes and prints what bpftrace 0.17 prints for the same script. It links
// no compiler package; see ../../shared/docs/design.md.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader/session"
)

func main() {
	session.RunChildShim()
	servePush()
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// run is main with its streams, returning the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return session.Report(newApp(stdout, stderr).Run(args), stderr)
}

// newApp describes the command line.
func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:            "bpfrun",
		Usage:           "run a BPF object built by bpftc",
		UsageText:       "bpfrun [-f text|json] [-o FILE] [-q] [-v] [--dry-run] [--btf FILE] [--metrics ADDR [--metrics-printf]] [--plain-http] [-c CMD | -p PID] [--usdt-file-activation] OBJ.o|oci://REF",
		HideHelpCommand: true,
		Writer:          stderr, // usage goes to stderr, as bpftrace's
		ErrWriter:       stderr,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "f", Value: "text", Usage: "output format: text or json"},
			&cli.StringFlag{Name: "o", Usage: "write output to `FILE` instead of stdout"},
			&cli.BoolFlag{Name: "q", Usage: "do not print the \"Attaching N probes...\" line"},
			&cli.BoolFlag{Name: "dry-run", Usage: "load every program through the verifier and report, attaching nothing"},
			&cli.BoolFlag{Name: "v", Usage: "print the whole verifier log when the kernel rejects a program"},
			&cli.StringFlag{Name: "metrics", Usage: "serve the maps as Prometheus metrics on http://`ADDR`/metrics until SIGINT or SIGTERM, printing nothing"},
			&cli.BoolFlag{Name: "metrics-printf", Usage: "with --metrics, print what the probes print (printf, print, ...)"},
			plainHTTPFlag,
			btfFlag,
			processFlags[0], processFlags[1], processFlags[2],
			infoFlag,
		},
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return session.Fail(session.ExitUsage, err)
		},
		ExitErrHandler: func(*cli.Context, error) {},
		Action: func(c *cli.Context) error {
			return action(c, stdout)
		},
	}
}

// action runs the object named on the command line.
func action(c *cli.Context, stdout io.Writer) error {
	if c.Bool("info") {
		return infoAction(c, stdout)
	}
	if c.NArg() == 0 {
		cli.ShowAppHelp(c)
		return &session.StatusError{Status: session.ExitUsage}
	}
	if c.NArg() > 1 {
		return session.Fail(session.ExitUsage, fmt.Errorf("expected one object file, got %d arguments", c.NArg()))
	}
	if err := session.CheckFormat(c.String("f")); err != nil {
		return err
	}
	obj, err := openObject(c, c.Args().First())
	if err == nil {
		err = applyBTF(c, obj)
	}
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	if err := session.CheckPrivileges("bpfrun"); err != nil {
		return err
	}
	if c.Bool("dry-run") {
		if err := session.Prepare(obj, ""); err != nil {
			return err
		}
		reports, err := obj.Verify()
		if err != nil {
			return session.Fail(session.ExitFailure, session.FullVerifierLog(err, c.Bool("v")))
		}
		for _, r := range reports {
			fmt.Fprintf(stdout, "%s (%s): verified, %d insns, %d processed by the verifier\n", r.Name, r.Probe, r.Insns, r.Processed)
		}
		return nil
	}
	if c.String("metrics") != "" {
		return serveMetrics(c, obj, stdout)
	}
	so, err := withProcess(c, session.Options{Format: c.String("f"), OutPath: c.String("o"), Quiet: c.Bool("q"), Stdout: stdout, Verbose: c.Bool("v")})
	if err != nil {
		return err
	}
	return session.Run(obj, so)
}
