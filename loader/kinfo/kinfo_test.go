package kinfo

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/sys/unix"
)

func TestParseLimit(t *testing.T) {
	for _, tc := range []struct {
		log  string
		want int
		ok   bool
	}{
		{"func#0 @0\n0: R1=ctx() R10=fp0\n0: (18) r0 = 0x0\n2: (95) exit\nprocessed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n", 1000000, true},
		{"processed 2 insns (limit 131072), stack depth 0\n", 131072, true},
		{"processed 2 insns, stack depth 0\n", 0, false}, // before 5.2: no limit
		{"", 0, false},
		{"processed 2 insns (limit x)", 0, false},
	} {
		got, err := parseLimit(tc.log)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("parseLimit(%q) = %d, %v; want %d, ok %v", tc.log, got, err, tc.want, tc.ok)
		}
	}
}

func TestWrite(t *testing.T) {
	sections := []Section{
		{Title: "A", Lines: []Line{{Name: "x", Value: "yes"}, {Name: "y", Value: "no", Err: unix.EPERM}}},
		{Title: "B", Lines: []Line{{Name: "z", Value: "-1"}}},
	}
	for _, tc := range []struct {
		opts *Options
		want string
	}{
		{nil, "A\n  x: yes\n  y: no\n\nB\n  z: -1\n\n"},
		{&Options{Reasons: true}, "A\n  x: yes\n  y: no (operation not permitted)\n\nB\n  z: -1\n\n"},
	} {
		var b strings.Builder
		if err := Write(&b, sections, tc.opts); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, b.String()); diff != "" {
			t.Errorf("Write(%+v) (-want +got):\n%s", tc.opts, diff)
		}
	}
}

func TestYesNo(t *testing.T) {
	for _, tc := range []struct {
		err     error
		want    string
		keepErr bool
	}{
		{nil, "yes", false},
		{ebpf.ErrNotSupported, "no", false},
		{errors.Join(errors.New("x"), ebpf.ErrNotSupported), "no", false},
		{unix.EPERM, "no", true},
	} {
		l := yesNo("n", tc.err)
		if l.Value != tc.want || (l.Err != nil) != tc.keepErr {
			t.Errorf("yesNo(%v) = %+v", tc.err, l)
		}
	}
}

func TestSystem(t *testing.T) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		t.Skip(err)
	}
	s := System()
	want := []Line{
		{Name: "OS", Value: unix.ByteSliceToString(u.Sysname[:]) + " " + unix.ByteSliceToString(u.Release[:]) + " " + unix.ByteSliceToString(u.Version[:])},
		{Name: "Arch", Value: unix.ByteSliceToString(u.Machine[:])},
	}
	if s.Title != "System" || !cmp.Equal(s.Lines, want) {
		t.Errorf("System() = %+v, want %+v", s, want)
	}
}

// bpftraceLines are the lines of bpftrace 0.17's kernel sections, in its
// order (src/bpffeature.cpp), followed by ours.
var bpftraceLines = map[string][]string{
	"Kernel helpers": {"probe_read", "probe_read_str", "probe_read_user", "probe_read_user_str", "probe_read_kernel",
		"probe_read_kernel_str", "get_current_cgroup_id", "send_signal", "override_return", "get_boot_ns", "dpath", "skboutput"},
	"Kernel features": {"Instruction limit", "Loop support", "btf", "map batch", "uprobe refcount (depends on Build:bcc bpf_attach_uprobe refcount)"},
	"Map types":       {"hash", "percpu hash", "array", "percpu array", "stack_trace", "perf_event_array", "ringbuf"},
	"Probe types":     {"kprobe", "tracepoint", "perf_event", "kfunc", "iter:task", "iter:task_file", "kprobe_multi", "raw_tp_special", "kprobe attach", "uprobe attach"},
}

// TestKernel probes this kernel: the sections and lines are bpftrace's,
// every answer is yes or no (the limit a number), and what every kernel
// bpfrun supports has (Linux 5.8 and later: ringbuf, loops, batch) is yes.
func TestKernel(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("needs root")
		}
		t.Skip("needs root")
	}
	got := Kernel()
	var titles []string
	values := map[string]string{}
	for _, s := range got {
		titles = append(titles, s.Title)
		var names []string
		for _, l := range s.Lines {
			names = append(names, l.Name)
			values[l.Name] = l.Value
			if l.Name == "Instruction limit" {
				if _, err := strconv.Atoi(l.Value); err != nil {
					t.Errorf("Instruction limit: %q", l.Value)
				}
			} else if l.Value != "yes" && l.Value != "no" {
				t.Errorf("%s: %q", l.Name, l.Value)
			}
		}
		if diff := cmp.Diff(bpftraceLines[s.Title], names); diff != "" {
			t.Errorf("section %q lines (-want +got):\n%s", s.Title, diff)
		}
	}
	if diff := cmp.Diff([]string{"Kernel helpers", "Kernel features", "Map types", "Probe types"}, titles); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	for _, n := range []string{"probe_read_kernel", "Loop support", "map batch", "hash", "ringbuf", "tracepoint", "raw_tp_special"} {
		if values[n] != "yes" {
			t.Errorf("%s: %q on a kernel that runs bpftc objects", n, values[n])
		}
	}
	if values["Instruction limit"] != "1000000" {
		t.Errorf("Instruction limit: %s, want 1000000 (Linux 5.2 and later)", values["Instruction limit"])
	}
}
