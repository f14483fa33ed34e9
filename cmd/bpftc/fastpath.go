package main

import (
	"flag"
	"io"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader/session"
)

// fastCompile runs the common forms of "bpftc compile" (only -o FILE and
// -e PROGRAM, each at most once, then the script and its parameters)
// without urfave/cli's set-up and parsing, which cost about 0.2 ms of a
// whole small compile's 2.8 ms. It hands compileAction a context that
// answers every flag as cli's would for those arguments; any other form
// (another flag, --help, a repeated flag, a first argument that cli would
// take for a subcommand) returns false and goes the usual way, so
// behaviour stays the same.
func fastCompile(args []string, stdout, stderr io.Writer) (int, bool) {
	if len(args) < 2 || args[1] != "compile" || filepath.Base(args[0]) == "bpftrace" || !fastCompileArgs(args[2:]) {
		return 0, false
	}
	set := fastCompileFlags()
	if set.Parse(args[2:]) != nil {
		return 0, false
	}
	c := cli.NewContext(nil, set, nil)
	c.Command = &cli.Command{Name: "compile"}
	return session.Report(compileAction(c, stdout, stderr), stderr), true
}

// fastCompileFlags are the flags of compile that fastCompile's forms set
// or whose default is not the zero value (fastpath_test.go checks them
// against the command); c.String and c.Bool find the others unset.
func fastCompileFlags() *flag.FlagSet {
	set := flag.NewFlagSet("compile", flag.ContinueOnError)
	set.SetOutput(io.Discard)
	set.String("o", "", "")
	set.String("e", "", "")
	set.String("emit", "obj", "")
	set.String("backend", "native", "")
	return set
}

// fastCompileArgs reports whether args (after "compile") have the form
// fastCompile handles.
func fastCompileArgs(args []string) bool {
	var o, e bool
	i := 0
flags:
	for i < len(args) {
		switch args[i] {
		case "-o":
			if o || i+1 == len(args) {
				return false
			}
			o, i = true, i+2
		case "-e":
			if e || i+1 == len(args) {
				return false
			}
			e, i = true, i+2
		case "--":
			i++
			break flags
		default:
			if a := args[i]; len(a) > 1 && a[0] == '-' {
				return false // another flag, or -o=FILE: cli's way
			}
			break flags
		}
	}
	if i < len(args) && cliReserved(args[i]) {
		return false // cli runs "help", and treats a flag's name specially
	}
	return true
}

// cliReserved reports whether cli does not take name, the first argument
// after compile's flags, for the script: it is a name of cli's help
// subcommand or of one of compile's flags (fastpath_test.go checks the
// list against the command).
func cliReserved(name string) bool {
	switch name {
	case "help", "h", "o", "e", "emit", "embed-source", "p", "tracefs", "btf", "backend",
		"unsafe", "opt", "llc", "k", "kk", "include", "I", "no-warnings":
		return true
	}
	return false
}
