package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/loader/session"
)

// bpftraceVersion is the bpftrace release whose language, probes and
// output bpftc implements.
const bpftraceVersion = "v0.17.0"

// runVersion is what "bpftc run --version" and "bpftrace --version" (bpftc
// installed as bpftrace) print (CLI-19): "bpftrace v0.17.0 (bpftc 0.1.0)".
// Tools read bpftrace's version as the second word of that line (bpftrace's
// own tests match "bpftrace v"; scripts gate features on the number), and
// the number they find is the bpftrace release whose behaviour they get, so
// their choices stay right; the words after it say that bpftc, not
// bpftrace, answers. "bpftc --version" keeps bpftc's own line.
func runVersion() string {
	return "bpftrace " + bpftraceVersion + " (bpftc " + compiler.Version + ")"
}

// runCLIFlags are the options "bpftc run" adds to act as bpftrace's
// command line: --info and -V/--version. -h/--help are deliberately not
// flags: urfave/cli would print its own help for them; they reach
// runUsageError as unknown flags, which prints bpftrace's usage.
var runCLIFlags = []cli.Flag{
	&cli.BoolFlag{Name: "info", Usage: "print the kernel's BPF support, as bpftrace --info (with -v, why a check says no)"},
	&cli.BoolFlag{Name: "version", Aliases: []string{"V"}, Usage: "print the bpftrace version bpftc implements and bpftc's"},
}

// runProgName names the run command in its usage: "bpftrace" when bpftc
// runs as bpftrace (whose usage says "bpftrace" whatever argv[0] is),
// else "bpftc run".
func runProgName(c *cli.Context) string {
	if filepath.Base(c.App.HelpName) == "bpftrace" {
		return "bpftrace"
	}
	return "bpftc run"
}

// runMessageName starts getopt's complaints: argv[0] as given when bpftc
// runs as bpftrace (run sets it as the app's HelpName), else "bpftc run".
func runMessageName(c *cli.Context) string {
	if filepath.Base(c.App.HelpName) == "bpftrace" {
		return c.App.HelpName
	}
	return "bpftc run"
}

// runEarly handles what bpftrace does before reading a script: -V, --info
// and a bare command line (usage, status 1). It reports whether the run
// is over, with its error.
func runEarly(c *cli.Context, stdout, stderr io.Writer) (bool, error) {
	switch {
	case c.Bool("version"):
		// bpftrace prints its version on stdout, everything else here on stderr.
		fmt.Fprintln(stdout, runVersion())
		return true, nil
	case c.Bool("info"):
		return true, runInfo(c, stderr)
	case c.NArg() == 0 && c.NumFlags() == 0:
		io.WriteString(stderr, runUsage(runProgName(c)))
		return true, &session.StatusError{Status: session.ExitUsage}
	}
	return false, nil
}

// runUsageError is bpftrace's answer to a bad command line in run mode:
// getopt's one-line complaint, then the usage, on stderr, status 1. -h and
// --help, which the run command does not define, print the usage alone
// with status 0, as bpftrace does (on stderr too).
func runUsageError(c *cli.Context, err error, stderr io.Writer) error {
	prog := runProgName(c)
	msg, help := getoptMessage(runMessageName(c), runRawArgs(c), err, c.Command.Flags)
	if help {
		io.WriteString(stderr, runUsage(prog))
		return nil
	}
	fmt.Fprintln(stderr, msg)
	io.WriteString(stderr, runUsage(prog))
	return &session.StatusError{Status: session.ExitUsage}
}

// runRawArgs are the run command's arguments as given: the app's context
// holds them, after the command name.
func runRawArgs(c *cli.Context) []string {
	lineage := c.Lineage()
	if len(lineage) < 2 {
		return nil
	}
	return lineage[1].Args().Tail()
}

// getoptMessage words a flag parsing error of urfave/cli (Go's flag
// package) as glibc's getopt_long, which bpftrace uses, words it:
// "invalid option -- 'i'" for "-idonotexist", "unrecognized option
// '--foo'", "option requires an argument -- 'e'". help is set when getopt
// would have met -h or --help first. Errors getopt would not raise (urfave
// reads "-p123" as one unknown flag, getopt as -p 123) keep urfave's words.
func getoptMessage(prog string, raw []string, err error, flags []cli.Flag) (msg string, help bool) {
	if errors.Is(err, flag.ErrHelp) {
		return "", true // Go's flag package met -h or -help
	}
	text := err.Error()
	fallback := prog + ": " + text
	if name, ok := strings.CutPrefix(text, "flag needs an argument: -"); ok {
		if len(name) == 1 {
			return fmt.Sprintf("%s: option requires an argument -- '%s'", prog, name), false
		}
		return fmt.Sprintf("%s: option '--%s' requires an argument", prog, name), false
	}
	name, ok := strings.CutPrefix(text, "flag provided but not defined: -")
	if !ok {
		return fallback, false
	}
	arg := findArg(raw, name)
	if long, ok := strings.CutPrefix(arg, "--"); ok {
		if long == "help" {
			return "", true
		}
		return fmt.Sprintf("%s: unrecognized option '%s'", prog, arg), false
	}
	short := shortFlags(flags)
	for _, ch := range name {
		if ch == 'h' {
			return "", true
		}
		takesValue, known := short[ch]
		if !known {
			return fmt.Sprintf("%s: invalid option -- '%c'", prog, ch), false
		}
		if takesValue {
			break // the rest is its value: getopt is content
		}
	}
	return fallback, false
}

// findArg returns the argument of raw that Go's flag package named name
// (without its dashes and any "=value"), with its dashes; "-name" when
// none matches.
func findArg(raw []string, name string) string {
	for _, a := range raw {
		if a == "--" {
			break
		}
		for _, p := range []string{"--", "-"} {
			if a == p+name || strings.HasPrefix(a, p+name+"=") {
				return a
			}
		}
	}
	return "-" + name
}

// shortFlags maps the one-letter flags of a command to whether they take
// a value.
func shortFlags(flags []cli.Flag) map[rune]bool {
	m := make(map[rune]bool)
	for _, f := range flags {
		takes := false
		if d, ok := f.(cli.DocGenerationFlag); ok {
			takes = d.TakesValue()
		}
		for _, n := range f.Names() {
			if r := []rune(n); len(r) == 1 {
				m[r[0]] = takes
			}
		}
	}
	return m
}
