package sema_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
)

// check parses and checks text and returns the expanded attach points and
// the diagnostics' messages.
func check(t *testing.T, text string, opts *sema.Options) ([]sema.Attach, []string) {
	t.Helper()
	f := &source.File{Name: "stdin", Text: text}
	prog, diags := parser.Parse(f, &parser.Options{})
	if diags.Err() != nil {
		t.Fatalf("parse %q: %v", text, diags)
	}
	info, diags := sema.Check(prog, opts)
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.Severity.String()+": "+d.Msg)
	}
	var aps []sema.Attach
	for _, p := range info.Probes {
		aps = append(aps, p.Attach...)
	}
	return aps, msgs
}

func TestPerfProbes(t *testing.T) {
	for _, tc := range []struct {
		prog string
		want sema.Attach
	}{
		{"profile:hz:99 {}", sema.Attach{Provider: "profile", Name: "profile:hz:99", Freq: 99}},
		{"p:ms:10 {}", sema.Attach{Provider: "profile", Name: "profile:ms:10", PeriodNS: 10e6}},
		{"software:cs {}", sema.Attach{Provider: "software", Target: "context-switches", Name: "software:cs", PerfType: 1, PerfConfig: 3, Count: 1000}},
		{"s:faults:10 {}", sema.Attach{Provider: "software", Target: "page-faults", Name: "software:faults:10", PerfType: 1, PerfConfig: 2, Count: 10}},
		{"hardware:cycles {}", sema.Attach{Provider: "hardware", Target: "cpu-cycles", Name: "hardware:cycles", PerfType: 0, PerfConfig: 0, Count: 1000000}},
		{"h:branch-misses:7 {}", sema.Attach{Provider: "hardware", Target: "branch-misses", Name: "hardware:branch-misses:7", PerfConfig: 5, Count: 7}},
		{"rawtracepoint:sched_switch {}", sema.Attach{Provider: "rawtracepoint", Target: "sched_switch", Name: "rawtracepoint:sched_switch"}},
	} {
		aps, msgs := check(t, tc.prog, nil)
		if len(msgs) != 0 || len(aps) != 1 || aps[0] != tc.want {
			t.Errorf("%s: %+v %v\nwant %+v", tc.prog, aps, msgs, tc.want)
		}
	}
}

func TestKprobeExpansion(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "available_filter_functions"),
		[]byte("vfs_read\nvfs_readv\nvfs_write\nmod_read [mod]\nfoo.part.0\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	opts := &sema.Options{TracefsDir: dir}
	for _, tc := range []struct {
		prog  string
		names []string
		msgs  []string
	}{
		{"kprobe:vfs_read {}", []string{"kprobe:vfs_read"}, nil},
		{"kprobe:vfs_read+16 {}", []string{"kprobe:vfs_read+16"}, nil},
		{"kr:vfs_rea* {}", []string{"kretprobe:vfs_read", "kretprobe:vfs_readv"}, nil},
		{"kprobe:*read {}", []string{"kprobe:mod_read", "kprobe:vfs_read"}, nil},
		{"kprobe:foo* {}", nil, nil},
		{"kprobe:nosuch {}", []string{"kprobe:nosuch"}, []string{`WARNING: nosuch is not traceable (either non-existing, inlined, or marked as "notrace"); attaching to it will likely fail`}},
	} {
		aps, msgs := check(t, tc.prog, opts)
		var names []string
		for _, a := range aps {
			names = append(names, a.Name)
		}
		if strings.Join(names, ",") != strings.Join(tc.names, ",") || strings.Join(msgs, "\n") != strings.Join(tc.msgs, "\n") {
			t.Errorf("%s: %v %v\nwant %v %v", tc.prog, names, msgs, tc.names, tc.msgs)
		}
	}
}

// TestUprobeExpansion expands uprobes on the C library, named by its
// short name as bpftrace resolves it through /etc/ld.so.cache.
func TestUprobeExpansion(t *testing.T) {
	const libc = "/lib/x86_64-linux-gnu/libc.so.6"
	if _, err := os.Stat(libc); err != nil {
		t.Skip("no " + libc)
	}
	aps, msgs := check(t, "uprobe:libc:getpid, ur:"+libc+":getppi*, uprobe:"+libc+":0x1000, u:libc:getpid+4 {}", nil)
	if len(msgs) != 0 {
		t.Fatalf("diagnostics: %v", msgs)
	}
	want := []sema.Attach{
		{Provider: "uprobe", Target: libc, Func: "getpid", Name: "uprobe:" + libc + ":getpid"},
		{Provider: "uretprobe", Target: libc, Func: "getppid", Name: "uretprobe:" + libc + ":getppid"},
		{Provider: "uprobe", Target: libc, Address: 0x1000, Name: "uprobe:" + libc + ":4096"},
		{Provider: "uprobe", Target: libc, Func: "getpid", Offset: 4, Name: "uprobe:" + libc + ":getpid+4"},
	}
	if len(aps) != len(want) {
		t.Fatalf("got %+v", aps)
	}
	for i := range want {
		if aps[i] != want[i] {
			t.Errorf("attach %d: %+v, want %+v", i, aps[i], want[i])
		}
	}
	// A function the library lacks attaches nothing, as in bpftrace.
	if aps, msgs := check(t, "uprobe:libc:no_such_function {}", nil); len(aps) != 0 || len(msgs) != 0 {
		t.Errorf("missing function: %+v %v", aps, msgs)
	}
	_, msgs = check(t, "uprobe:/no/such/file:f {}", nil)
	if want := "ERROR: uprobe target file '/no/such/file' does not exist or is not executable"; strings.Join(msgs, "") != want {
		t.Errorf("missing file: %v", msgs)
	}
}
