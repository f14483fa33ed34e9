package main

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader/session"
)

// TestFastCompileFlags checks fastCompile's view of compile's flags
// against the command: every name is reserved, and every flag with a
// default other than the zero value is in fastCompileFlags.
func TestFastCompileFlags(t *testing.T) {
	var compile *cli.Command
	for _, c := range newApp(io.Discard, io.Discard).Commands {
		if c.Name == "compile" {
			compile = c
		}
	}
	if compile == nil {
		t.Fatal("no compile command")
	}
	if compile.Before != nil || compile.After != nil || len(compile.Subcommands) > 0 {
		t.Errorf("compile has Before, After or subcommands, which fastCompile skips")
	}
	set := fastCompileFlags()
	for _, f := range compile.Flags {
		if hasEnvOrAction(f) {
			t.Errorf("flag %q reads the environment, is required or has an action, which fastCompile skips", f.Names()[0])
		}
		for _, n := range f.Names() {
			if !cliReserved(n) {
				t.Errorf("flag %q is not in cliReserved", n)
			}
		}
		def := ""
		switch f := f.(type) {
		case *cli.StringFlag:
			def = f.Value
		case *cli.BoolFlag:
			if f.Value {
				def = "true"
			}
		case *cli.StringSliceFlag:
			if f.Value != nil && len(f.Value.Value()) > 0 {
				def = "set"
			}
		default:
			t.Errorf("flag %q: unexpected type %T", f.Names()[0], f)
		}
		if def == "" {
			continue
		}
		if g := set.Lookup(f.Names()[0]); g == nil || g.DefValue != def {
			t.Errorf("flag %q (default %q) is not in fastCompileFlags with that default", f.Names()[0], def)
		}
	}
}

// hasEnvOrAction reports whether f has what cli acts on beyond parsing.
func hasEnvOrAction(f cli.Flag) bool {
	switch f := f.(type) {
	case *cli.StringFlag:
		return len(f.EnvVars) > 0 || f.Required || f.Action != nil || f.FilePath != ""
	case *cli.BoolFlag:
		return len(f.EnvVars) > 0 || f.Required || f.Action != nil || f.FilePath != "" || f.Count != nil
	case *cli.StringSliceFlag:
		return len(f.EnvVars) > 0 || f.Required || f.Action != nil || f.FilePath != ""
	}
	return false
}

// TestFastCompileSame runs argument lists through fastCompile and through
// cli and compares the status, the output and the written object.
func TestFastCompileSame(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.bt")
	os.WriteFile(script, []byte("BEGIN { printf(\"%d %s\\n\", $1, str($2)); exit(); }\n"), 0o644)
	bad := filepath.Join(dir, "bad.bt")
	os.WriteFile(bad, []byte("BEGIN { @x = foo; }\n"), 0o644)
	for _, tc := range []struct {
		args []string
		fast bool
	}{
		{[]string{"-o", "OUT", script, "1", "a"}, true},
		{[]string{"-e", `BEGIN { printf("hi\n"); exit(); }`, "-o", "OUT"}, true},
		{[]string{"-o", "OUT", "-e", `BEGIN { printf("%d\n", $1); }`, "7"}, true},
		{[]string{"-o", "OUT", "--", script, "-1", "x"}, true},
		{[]string{"-o", "OUT", script}, true},        // $1 missing
		{[]string{"-o", "OUT", bad, "1", "a"}, true}, // a compile error
		{[]string{"-o", "OUT"}, true},                // no program
		{[]string{"-o", "", script, "1", "a"}, true},
		{[]string{"-o", "-", script, "1", "a"}, true},
		{[]string{script, "1", "a"}, true},
		{[]string{"-o", "OUT", filepath.Join(dir, "none.bt")}, true},
		{[]string{"-o", "OUT", script, "-o", "x"}, true},
		{[]string{"-o", "OUT", "-o", "OUT", script, "1", "a"}, false},
		{[]string{"-o", "OUT", "help"}, false},
		{[]string{"-o", "OUT", "--emit", "ir", script, "1", "a"}, false},
		{[]string{"-o=OUT", script, "1", "a"}, false},
		{[]string{"--help"}, false},
		{[]string{"-o"}, false},
		{[]string{}, true},
	} {
		var outs [2]string
		var files [2][]byte
		for i, fast := range []bool{true, false} {
			out := filepath.Join(dir, "out.o")
			os.Remove(out)
			args := append([]string{"bpftc", "compile"}, tc.args...)
			for j, a := range args {
				args[j] = strings.ReplaceAll(a, "OUT", out)
			}
			var stdout, stderr strings.Builder
			var status int
			if fast {
				var ok bool
				status, ok = fastCompile(args, &stdout, &stderr)
				if ok != tc.fast {
					t.Errorf("%q: fast path taken %v, want %v", tc.args, ok, tc.fast)
				}
				if !ok {
					break
				}
			} else {
				status = session.Report(newApp(&stdout, &stderr).Run(args), &stderr)
			}
			outs[i] = stdout.String() + "\x00" + stderr.String() + "\x00" + strconv.Itoa(status)
			files[i], _ = os.ReadFile(out)
		}
		if !tc.fast {
			continue
		}
		if outs[0] != outs[1] || string(files[0]) != string(files[1]) {
			t.Errorf("%q: fast path and cli differ:\nfast: %q (object %d bytes)\ncli:  %q (object %d bytes)", tc.args, outs[0], len(files[0]), outs[1], len(files[1]))
		}
	}
}
