// Command bpftc compiles bpftrace scripts ahead of time into BPF objects
// that bpfrun (or "bpftc run") loads and runs. See the README.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/backend/llvm"
	"github.com/bpftc/bpftc/backend/native"
	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/internal/rawfile"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/loader/session"
)

func main() {
	session.RunChildShim()
	if len(os.Args) > 0 && filepath.Base(os.Args[0]) == "bpftrace" {
		setProcessName("bpftrace")
	}
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if status, ok := fastCompile(args, stdout, stderr); ok {
		return status
	}
	// Installed or linked as "bpftrace", bpftc acts as "bpftc run", so
	// "#!/usr/bin/env bpftrace" scripts and tools that call bpftrace work.
	app := newApp(stdout, stderr)
	if len(args) > 0 && filepath.Base(args[0]) == "bpftrace" {
		args = append([]string{args[0], "run"}, args[1:]...)
		app.HelpName = args[0] // getopt's messages start with argv[0] (run_cli.go)
	}
	return session.Report(app.Run(args), stderr)
}

var programFlags = []cli.Flag{
	&cli.StringFlag{Name: "e", Usage: "compile `PROGRAM` instead of a file"},
	&cli.StringFlag{Name: "tracefs", Usage: "read tracepoint formats under `DIR` (default /sys/kernel/tracing)"},
	&cli.StringFlag{Name: "btf", Usage: "read kernel types from `FILE`, raw BTF or an ELF with .BTF (default /sys/kernel/btf/vmlinux)"},
	&cli.StringFlag{Name: "backend", Value: "native", Usage: "code generator: native or llvm"},
	&cli.BoolFlag{Name: "unsafe", Usage: "allow unsafe functions such as system()"},
	&cli.StringFlag{Name: "opt", Usage: "llvm backend: run LLVM 14's opt from `PATH` (default: opt or opt-14 on PATH)"},
	&cli.StringFlag{Name: "llc", Usage: "llvm backend: run LLVM 14's llc from `PATH` (default: llc or llc-14 on PATH)"},
	&cli.BoolFlag{Name: "k", Usage: "report failed helper calls at run time, but probe reads and map lookups"},
	&cli.BoolFlag{Name: "kk", Usage: "report every failed helper call at run time"},
	&cli.StringSliceFlag{Name: "include", Usage: "read the #define lines (and, for a local header, the struct definitions) of `FILE`"},
	&cli.StringSliceFlag{Name: "I", Usage: "search `DIR` for headers"},
	&cli.BoolFlag{Name: "no-warnings", Usage: "do not print warnings"},
}

func newApp(stdout, stderr io.Writer) *cli.App {
	usageErr := func(_ *cli.Context, err error, _ bool) error { return session.Fail(session.ExitUsage, err) }
	return &cli.App{
		Name:            "bpftc",
		Usage:           "compile bpftrace scripts into BPF objects",
		Version:         compiler.Version,
		HideHelpCommand: true,
		Writer:          stdout,
		ErrWriter:       stderr,
		OnUsageError:    usageErr,
		ExitErrHandler:  func(*cli.Context, error) {},
		Commands: []*cli.Command{
			withAction(inspectCommand, func(c *cli.Context) error { return inspectAction(c, stdout) }, usageErr),
			withAction(pushCommand, func(c *cli.Context) error { return pushAction(c, stdout, stderr) }, usageErr),
			{
				Name:      "compile",
				Usage:     "compile a script into an object file",
				UsageText: "bpftc compile [-e PROGRAM | FILE] -o OUT.o [--emit obj|ir|asm|llvm] [PARAMS...]",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "o", Usage: "write the object to `FILE`"},
					&cli.StringFlag{Name: "emit", Value: "obj", Usage: "what to write: obj, ir (optimised IR), ir-lower (IR before optimisation), asm or llvm (the llvm backend's LLVM IR)"},
					&cli.BoolFlag{Name: "embed-source", Usage: "store the script text in the object (bpftc inspect shows it)"},
				}, append(compileProcessFlags, programFlags...)...),
				OnUsageError: usageErr,
				Action:       func(c *cli.Context) error { return compileAction(c, stdout, stderr) },
			},
			{
				Name:      "run",
				Usage:     "compile a script in memory and run it, like bpftrace",
				UsageText: "bpftc run [-f text|json] [-o FILE] [-q] [-c CMD | -p PID] [-e PROGRAM | FILE] [PARAMS...]",
				Flags: append([]cli.Flag{
					&cli.StringFlag{Name: "f", Value: "text", Usage: "output format: text or json"},
					&cli.StringFlag{Name: "o", Usage: "write output to `FILE` instead of stdout"},
					&cli.BoolFlag{Name: "q", Usage: "do not print the \"Attaching N probes...\" line"},
					&cli.BoolFlag{Name: "v", Usage: "print the whole verifier log when the kernel rejects a program"},
					&cli.StringFlag{Name: "B", Usage: "stdout buffering: line (the default), full or none"},
				}, append(append(append(processFlags, listFlag), programFlags...), runCLIFlags...)...),
				OnUsageError: func(c *cli.Context, err error, _ bool) error { return runUsageError(c, err, stderr) },
				Action:       func(c *cli.Context) error { return runAction(c, stdout, stderr) },
				HideHelp:     true, // -h prints bpftrace's usage (run_cli.go)

				// -lv is -l -v, as in bpftrace.
				UseShortOptionHandling: true,
			},
		},
	}
}

// readProgram returns the script named by -e or the first argument, and the
// positional parameters after it.
func readProgram(c *cli.Context) (*source.File, []string, error) {
	args := c.Args().Slice()
	if e := c.String("e"); c.IsSet("e") {
		return &source.File{Name: "stdin", Text: e}, positional(args), nil
	}
	if len(args) == 0 {
		return nil, nil, &session.StatusError{Status: session.ExitUsage, Msg: "USAGE: filename or -e 'program' required."}
	}
	name := args[0]
	var text []byte
	var err error
	if name == "-" {
		text, err = io.ReadAll(os.Stdin)
		name = "stdin"
	} else {
		text, err = rawfile.ReadFile(name)
	}
	if err != nil {
		// bpftrace prints strerror's text, capitalised.
		msg := unwrapPathError(err).Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return nil, nil, &session.StatusError{Status: session.ExitFailure, Msg: fmt.Sprintf("failed to open file '%s': %s", args[0], msg)}
	}
	return &source.File{Name: name, Text: string(text)}, positional(args[1:]), nil
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// build compiles the program of c, printing diagnostics to stderr.
func build(c *cli.Context, stderr io.Writer, opts *compiler.Options) (*compiler.Result, error) {
	f, params, err := readProgram(c)
	if err != nil {
		return nil, err
	}
	if opts.Backend == nil {
		be, err := newBackend(c)
		if err != nil {
			return nil, err
		}
		opts.Backend = be
	}
	opts.Params = params
	opts.TracefsDir = c.String("tracefs")
	opts.BTFPath = c.String("btf")
	opts.Unsafe = c.Bool("unsafe")
	strlen, err := envStrLen()
	if err != nil {
		return nil, err
	}
	opts.StrLen = strlen
	opts.HelperCheck = helperCheckLevel(c)
	opts.Includes, opts.IncludeDirs = c.StringSlice("include"), c.StringSlice("I")
	if err := envLimits(opts); err != nil {
		return nil, err
	}
	envIncludes(opts)
	if c.Command.Name == "run" {
		if err := runPrivileges(); err != nil {
			return nil, err
		}
	}
	res, err := compiler.Compile(f, opts)
	if res != nil && c.Bool("no-warnings") {
		res.Diags = withoutWarnings(res.Diags)
	}
	if res != nil && len(res.Diags) > 0 {
		res.Diags.Render(stderr, f)
	}
	if errors.Is(err, compiler.ErrSource) {
		return nil, &session.StatusError{Status: session.ExitUsage}
	}
	if err != nil {
		return nil, session.Fail(session.ExitUsage, err)
	}
	return res, nil
}

func compileAction(c *cli.Context, stdout, stderr io.Writer) error {
	emit := c.String("emit")
	opts := &compiler.Options{EmbedSource: c.Bool("embed-source")}
	proc, err := compileProcess(c)
	if err != nil {
		return err
	}
	opts.Process = proc
	var lowered bytes.Buffer
	if emit == "ir-lower" {
		opts.AfterPass = func(pass string, m *ir.Module) {
			if pass == "lower" {
				ir.Fprint(&lowered, m, nil)
			}
		}
	}
	var ll bytes.Buffer
	if emit == "llvm" {
		opts.Backend = &llvm.Backend{Opt: c.String("opt"), LLC: c.String("llc"), LL: &ll}
	}
	res, err := build(c, stderr, opts)
	if err != nil {
		return err
	}
	var out []byte
	switch emit {
	case "obj":
		out = res.Object
	case "ir":
		out = []byte(res.Module.String())
	case "ir-lower":
		out = lowered.Bytes()
	case "llvm":
		out = ll.Bytes()
	case "asm":
		var b bytes.Buffer
		for _, p := range res.Programs {
			fmt.Fprintf(&b, "%v\n", p.Insns)
		}
		out = b.Bytes()
	default:
		return session.Fail(session.ExitUsage, fmt.Errorf("unknown --emit %q (obj, ir, ir-lower, asm, llvm)", emit))
	}
	path := c.String("o")
	if path == "" || path == "-" {
		if emit == "obj" && path == "" {
			return session.Fail(session.ExitUsage, errors.New("compile: -o OUT.o is required for objects"))
		}
		_, err := stdout.Write(out)
		return err
	}
	return writeFileAtomic(path, out)
}

// newBackend returns the code generator that --backend names.
func newBackend(c *cli.Context) (backend.Backend, error) {
	switch b := c.String("backend"); b {
	case "native":
		return &native.Backend{}, nil
	case "llvm":
		return &llvm.Backend{Opt: c.String("opt"), LLC: c.String("llc")}, nil
	default:
		return nil, &session.StatusError{Status: session.ExitUsage, Msg: fmt.Sprintf("unknown backend %q (available: native, llvm)", b)}
	}
}

func runAction(c *cli.Context, stdout, stderr io.Writer) error {
	if done, err := runEarly(c, stdout, stderr); done {
		return err
	}
	if err := session.CheckFormat(c.String("f")); err != nil {
		return err
	}
	if _, err := session.ReadEnv(); err != nil {
		return err // before compiling, as bpftrace reads it
	}
	if c.Bool("l") {
		return listAction(c, stdout, stderr)
	}
	proc, cmd, pid, err := runProcess(c)
	if err != nil {
		return err
	}
	res, err := build(c, stderr, &compiler.Options{Process: proc})
	if err != nil {
		return err
	}
	obj, err := loader.Open(bytes.NewReader(res.Object))
	if err == nil {
		err = runKernelTypes(c, obj)
	}
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	stdout, flush, err := bufferMode(c.String("B"), stdout)
	if err != nil {
		return err
	}
	defer flush()
	return session.Run(obj, session.Options{Format: c.String("f"), OutPath: c.String("o"), Quiet: c.Bool("q"), Stdout: stdout, Cmd: cmd, PID: pid, Verbose: c.Bool("v"), NoWarnings: c.Bool("no-warnings")})
}

func withAction(cmd *cli.Command, action cli.ActionFunc, usageErr cli.OnUsageErrorFunc) *cli.Command {
	c := *cmd
	c.Action = action
	c.OnUsageError = usageErr
	return &c
}

// envStrLen reads BPFTRACE_STRLEN, the size of str() strings, with
// bpftrace 0.17's limits and messages; 0 means the default.
func envStrLen() (int, error) {
	v, ok := os.LookupEnv("BPFTRACE_STRLEN")
	if !ok {
		return 0, nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n == 0 {
		return 0, &session.StatusError{Status: session.ExitUsage, Msg: "Env var 'BPFTRACE_STRLEN' did not contain a valid uint64_t, or was zero-valued."}
	}
	if n > 200 {
		return 0, &session.StatusError{Status: session.ExitUsage, Msg: fmt.Sprintf("'BPFTRACE_STRLEN' %d exceeds the current maximum of 200 bytes.\n"+
			"This limitation is because strings are currently stored on the 512 byte BPF stack.\n"+
			"Long strings will be pursued in: https://github.com/iovisor/bpftrace/issues/305", n)}
	}
	return int(n), nil
}
