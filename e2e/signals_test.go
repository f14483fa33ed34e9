package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// usr1Script has maps of several kinds and runs until SIGINT.
const usr1Script = `BEGIN
{
	@scalar = 5;
	@m[1] = 2;
	@m[3] = 4;
	@h = hist(5);
	@s = "str";
	@c = count();
	printf("begin\n");
}

END
{
	printf("end\n");
}
`

// signalTracers are the command lines that run the script at src: the
// oracle bpftrace, bpftc run, and bpfrun on the script compiled with the
// native backend.
func signalTracers(t *testing.T, src string, flags ...string) map[string][]string {
	obj := filepath.Join(t.TempDir(), "x.o")
	compile(t, "native", src, obj, nil, nil)
	return map[string][]string{
		"bpftrace":  append(append([]string{requireBpftrace(t)}, flags...), src),
		"bpftc run": append(append([]string{filepath.Join(binDir, "bpftc"), "run"}, flags...), src),
		"bpfrun":    append(append([]string{filepath.Join(binDir, "bpfrun")}, flags...), obj),
	}
}

// TestSigusr1PrintsMaps sends SIGUSR1 twice to a running tracer, then
// SIGINT: each SIGUSR1 prints every map as at exit, without the exit's
// blank lines, and tracing goes on (OUT-15). bpftc run and bpfrun must
// print what bpftrace prints, in text and JSON.
func TestSigusr1PrintsMaps(t *testing.T) {
	requireKernel(t)
	src := filepath.Join(t.TempDir(), "usr1.bt")
	if err := os.WriteFile(src, []byte(usr1Script), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		format, marker string
	}{
		{"text", "@scalar: 5\n"},
		{"json", `{"type": "map", "data": {"@scalar": 5}}`},
	} {
		t.Run(tc.format, func(t *testing.T) {
			outs := map[string]string{}
			for name, args := range signalTracers(t, src, "-f", tc.format) {
				p := startSignalled(t, args, nil)
				p.waitAttached(t)
				p.waitOutput(t, "begin", 1)
				for i := 1; i <= 2; i++ {
					p.signal(t, syscall.SIGUSR1)
					p.waitOutput(t, tc.marker, i)
				}
				if !p.running() {
					t.Fatalf("%s: exited on SIGUSR1:\n%s", name, p.output())
				}
				p.signal(t, syscall.SIGINT)
				if ws := p.wait(t, 20*time.Second); ws.ExitStatus() != 0 {
					t.Fatalf("%s: exit status %v:\n%s", name, ws, p.output())
				}
				if n := strings.Count(p.output(), tc.marker); n != 3 {
					t.Errorf("%s: the maps were printed %d times, want 3:\n%s", name, n, p.output())
				}
				outs[name] = p.output()
			}
			for _, name := range []string{"bpftc run", "bpfrun"} {
				if outs[name] != outs["bpftrace"] {
					t.Errorf("%s differs from bpftrace:\n--- bpftrace\n%s--- %s\n%s", name, outs["bpftrace"], name, outs[name])
				}
			}
		})
	}
}

// manyKeysScript fills a map whose printing (about 300 KB) overflows a
// pipe, so that a tracer whose stdout is not read blocks printing it.
const manyKeysScript = `BEGIN
{
	$i = 0;
	while ($i < 4000) {
		@m[$i, "a key long enough for the printing to overflow a pipe"] = $i;
		$i++;
	}
	printf("begin\n");
}
`

// TestSecondSigint stops a tracer with SIGINT, lets it block while it
// prints its maps, then sends SIGTERM, which it ignores, and SIGINT,
// which kills it at once (RT-07): bpftrace 0.17 gives SIGINT its default
// action back once END has run. bpftc run and bpfrun must do as bpftrace.
func TestSecondSigint(t *testing.T) {
	requireKernel(t)
	src := filepath.Join(t.TempDir(), "keys.bt")
	if err := os.WriteFile(src, []byte(manyKeysScript), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, args := range signalTracers(t, src) {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			p := startSignalled(t, args, nil)
			p.waitAttached(t)
			p.waitOutput(t, "begin", 1)
			p.pause()
			p.signal(t, syscall.SIGINT)
			p.waitBlockedWriting(t)
			p.signal(t, syscall.SIGTERM)
			time.Sleep(300 * time.Millisecond)
			if !p.running() {
				t.Fatalf("a second signal, SIGTERM, while printing the maps ended the tracer: %v", p.state)
			}
			p.signal(t, syscall.SIGINT)
			ws := p.wait(t, 5*time.Second)
			if !ws.Signaled() || ws.Signal() != syscall.SIGINT {
				t.Errorf("after a second SIGINT while printing the maps: %v, want killed by SIGINT", p.state)
			}
			if out := p.rest(); !strings.Contains(out, "@m[") || strings.Contains(out, "@m[3999, ") {
				t.Errorf("want part of the map printed, not all of it (its largest value last); got %d bytes", len(out))
			}
		})
	}
}
