package sema_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/sema"
)

// usdtBinary builds testdata/usdt's target with gcc and <sys/sdt.h>.
func usdtBinary(t *testing.T) string {
	t.Helper()
	gcc, err := exec.LookPath("gcc")
	if err == nil {
		_, err = os.Stat("/usr/include/x86_64-linux-gnu/sys/sdt.h")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gcc and sys/sdt.h are needed: %v", err)
		}
		t.Skipf("gcc and sys/sdt.h are needed: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "target")
	if out, err := exec.Command(gcc, "-O0", "-o", bin, "../../testdata/usdt/target.c", "../../testdata/usdt/guarded.c").CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	return bin
}

func TestUsdtExpansion(t *testing.T) {
	bin := usdtBinary(t)
	for _, tc := range []struct {
		prog  string
		names []string // one per location
		msgs  []string
	}{
		{prog: "usdt:BIN:bpftc:loop { @ = arg3; }", names: []string{"usdt:BIN:bpftc:loop"}},
		{prog: "U:BIN:konst {}", names: []string{"usdt:BIN:bpftc:konst"}},
		{prog: "usdt:BIN:*:loop {}", names: []string{"usdt:BIN:bpftc:loop", "usdt:BIN:other:loop"}},
		{prog: "usdt:BIN:bpftc:t* { @ = arg0; }", names: []string{"usdt:BIN:bpftc:twice", "usdt:BIN:bpftc:twice"}},
		{prog: "usdt:BIN:bpftc:nothing {}"},
		{prog: "usdt:BIN:loop {}", msgs: []string{
			"ERROR: namespace for usdt:BIN:loop not specified, matched 2 probes",
			"WARNING: INFO: please specify a unique namespace or use '*' to attach to all matched probes",
		}},
		{prog: "usdt:BIN:bpftc:konst { @ = arg1; }", names: []string{"usdt:BIN:bpftc:konst"}, msgs: []string{
			"ERROR: couldn't get argument 1 for BIN:bpftc:konst",
		}},
		{prog: "usdt:BIN-missing:a:b {}", msgs: []string{"ERROR: usdt target file 'BIN-missing' does not exist or is not executable"}},
		{prog: "usdt:BIN:bpftc:loop { @ = sarg0; }", names: []string{"usdt:BIN:bpftc:loop"}, msgs: []string{
			"ERROR: The sarg0 builtin can only be used with 'kprobes' and 'uprobes' probes",
		}},
	} {
		prog := strings.ReplaceAll(tc.prog, "BIN", bin)
		aps, msgs := check(t, prog, nil)
		var names []string
		for _, a := range aps {
			names = append(names, strings.ReplaceAll(a.Name, bin, "BIN"))
			if a.Provider != sema.ProviderUsdt || a.Target != bin || a.Address == 0 || a.USDT == nil {
				t.Errorf("%s: attach point %+v", tc.prog, a)
			}
		}
		for i := range msgs {
			msgs[i] = strings.ReplaceAll(msgs[i], bin, "BIN")
		}
		if strings.Join(names, ",") != strings.Join(tc.names, ",") || strings.Join(msgs, "\n") != strings.Join(tc.msgs, "\n") {
			t.Errorf("%s:\ngot  %q %q\nwant %q %q", tc.prog, names, msgs, tc.names, tc.msgs)
		}
	}
}

func TestCpid(t *testing.T) {
	_, msgs := check(t, "BEGIN { @ = cpid; }", nil)
	if len(msgs) != 1 || msgs[0] != "ERROR: cpid cannot be used without child command" {
		t.Errorf("cpid without -c: %q", msgs)
	}
	_, msgs = check(t, "BEGIN { @ = cpid; }", &sema.Options{Process: sema.Process{Child: true}})
	if len(msgs) != 0 {
		t.Errorf("cpid with -c: %q", msgs)
	}
}
