package loader

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// runCase is one object run to its end, with the exact output expected
// (checked against bpftrace 0.17 for the equivalent script).
type runCase struct {
	name   string
	script string // the bpftrace script the object stands for
	build  func(o *testObject)
	json   bool
	quiet  bool
	busy   bool // call getppid in a loop while the object runs
	want   string
}

var runCases = []runCase{
	{
		name:   "begin printf exit",
		script: `BEGIN { printf("hello %d\n", 42); exit(); }`,
		build:  buildHello,
		want:   "Attaching 1 probe...\nhello 42\n\n\n",
	},
	{
		name:   "json",
		script: `BEGIN { printf("hello %d\n", 42); exit(); }`,
		build:  buildHello,
		json:   true,
		want: `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
			`{"type": "printf", "data": "hello 42\n"}` + "\n\n\n",
	},
	{
		name:   "quiet",
		script: `BEGIN { @x = 1; printf("hi\n"); exit(); }`,
		quiet:  true,
		build: func(o *testObject) {
			o.addMap(scalarMap("@x", "AT_x"), ebpf.Hash, 8, 1)
			id := o.printf("hi\n")
			o.program("BEGIN", "raw_tp", concat(setKey("AT_x", 0, 1), record(id), exitInsns("out"), ret("out")), beginPoint)
		},
		want: "hi\n\n\n@x: 1\n",
	},
	{
		// T20, with a record sent after the exit record: it is ignored.
		name:   "records after exit are ignored",
		script: `BEGIN { exit(); printf("after exit\n"); @a = 1; } END { printf("end1\n"); @b = 2; }`,
		build: func(o *testObject) {
			o.addMap(scalarMap("@a", "AT_a"), ebpf.Hash, 8, 1)
			o.addMap(scalarMap("@b", "AT_b"), ebpf.Hash, 8, 1)
			after, end1 := o.printf("after exit\n"), o.printf("end1\n")
			o.program("BEGIN", "raw_tp", concat(exitInsns("out"), record(after), ret("out")), beginPoint)
			o.program("END", "raw_tp", concat(record(end1), setKey("AT_b", 0, 2), ret("out")), endPoint)
		},
		want: "Attaching 2 probes...\nend1\n\n\n\n@b: 2\n",
	},
	{
		// One program serves BEGIN and END: it runs twice.
		name:   "BEGIN and END share a program",
		script: `BEGIN,END { printf("run\n"); exit(); }`,
		build: func(o *testObject) {
			id := o.printf("run\n")
			o.program("BEGIN", "raw_tp", concat(record(id), exitInsns("out"), ret("out")), beginPoint, endPoint)
		},
		want: "Attaching 2 probes...\nrun\nrun\n\n\n",
	},
	{
		name:   "print zero clear",
		script: `BEGIN { @x[1] = 5; print(@x); zero(@x); print(@x); clear(@x); print(@x); @y = 3; exit(); }`,
		build: func(o *testObject) {
			o.addMap(keyedMap("@x", "AT_x"), ebpf.Hash, 8, 16)
			o.addMap(scalarMap("@y", "AT_y"), ebpf.Hash, 8, 1)
			o.program("BEGIN", "raw_tp", concat(
				setKey("AT_x", 1, 5),
				mapRecord(abi.ActionPrint, 0, 0, 0),
				mapRecord(abi.ActionZero, 0, 0, 0),
				mapRecord(abi.ActionPrint, 0, 0, 0),
				mapRecord(abi.ActionClear, 0, 0, 0),
				mapRecord(abi.ActionPrint, 0, 0, 0),
				setKey("AT_y", 0, 3),
				exitInsns("out"), ret("out")), beginPoint)
		},
		want: "Attaching 1 probe...\n@x[1]: 5\n@x[1]: 0\n\n\n\n\n@y: 3\n",
	},
	{
		name:   "interval",
		script: `interval:ms:100 { printf("tick\n"); exit(); }`,
		build: func(o *testObject) {
			id := o.printf("tick\n")
			o.program("tick", "perf_event", concat(record(id), exitInsns("out"), ret("out")), interval100ms)
		},
		want: "Attaching 1 probe...\ntick\n\n\n",
	},
	{
		// END runs after every probe is detached: no "tp" after "end",
		// although getppid is called all the time.
		name: "end after detach",
		script: `BEGIN { exit(); } tracepoint:syscalls:sys_enter_getppid { printf("tp\n"); }
			END { printf("end\n"); @b = 2; }`,
		busy: true,
		build: func(o *testObject) {
			o.addMap(scalarMap("@b", "AT_b"), ebpf.Hash, 8, 1)
			tp, end := o.printf("tp\n"), o.printf("end\n")
			o.program("BEGIN", "raw_tp", concat(exitInsns("out"), ret("out")), beginPoint)
			o.program("tp", "tracepoint/syscalls/sys_enter_getppid", concat(record(tp), ret("out")), getppid)
			o.program("END", "raw_tp", concat(record(end), setKey("AT_b", 0, 2), ret("out")), endPoint)
		},
		want: "Attaching 3 probes...\nend\n\n\n@b: 2\n",
	},
	{
		// The exit record is lost (ring buffer full): the exit flag ends
		// the run, after the records sent before it.
		name:   "exit flag only",
		script: `BEGIN { printf("x\n"); exit(); }`,
		build: func(o *testObject) {
			id := o.printf("x\n")
			o.program("BEGIN", "raw_tp", concat(record(id), exitInsns("out")[len(record(0)):], ret("out")), beginPoint)
		},
		want: "Attaching 1 probe...\nx\n\n\n",
	},
	{
		name:   "no events map",
		script: `BEGIN { @x = 1; exit(); }`,
		build: func(o *testObject) {
			o.obj.Maps = o.obj.Maps[1:]
			o.addMap(scalarMap("@x", "AT_x"), ebpf.Hash, 8, 1)
			o.program("BEGIN", "raw_tp", concat(setKey("AT_x", 0, 1), exitInsns("out")[len(record(0)):], ret("out")), beginPoint)
		},
		want: "Attaching 1 probe...\n\n\n@x: 1\n",
	},
	{
		// Array maps cannot lose keys: clear() zeroes them, on every CPU.
		name:   "clear per-CPU array",
		script: `BEGIN { @c = count(); clear(@c); exit(); }`,
		build: func(o *testObject) {
			o.addMap(abi.Map{
				Name: "@c", Symbol: "AT_c", Agg: abi.AggCount, PerCPU: true, Array: true, KeySize: 4,
				Value: abi.Type{Kind: abi.KindInt, Size: 8},
			}, ebpf.PerCPUArray, 8, 1)
			o.program("BEGIN", "raw_tp", concat(
				asm.Instructions{
					asm.StoreImm(asm.R10, slotIndex, 0, asm.Word),
					asm.LoadMapPtr(asm.R1, 0).WithReference("AT_c"),
					asm.Mov.Reg(asm.R2, asm.R10),
					asm.Add.Imm(asm.R2, slotIndex),
					asm.FnMapLookupElem.Call(),
					asm.JEq.Imm(asm.R0, 0, "out"),
					storeImm64(asm.R0, 0, 1),
				},
				mapRecord(abi.ActionPrint, 0, 0, 0),
				mapRecord(abi.ActionClear, 0, 0, 0),
				exitInsns("out"), ret("out")), beginPoint)
		},
		want: "Attaching 1 probe...\n@c: 1\n\n\n@c: 0\n",
	},
}

// buildHello is BEGIN { printf("hello %d\n", 42); exit(); }.
func buildHello(o *testObject) {
	id := o.printf("hello %d\n", abi.Field{Offset: 8, Type: int64Type})
	o.program("BEGIN", "raw_tp", concat(record(id, 42), exitInsns("out"), ret("out")), beginPoint)
}

func TestRun(t *testing.T) {
	requireKernel(t)
	for _, tc := range runCases {
		t.Run(tc.name, func(t *testing.T) {
			o := newTestObject()
			tc.build(o)
			obj := o.open(t)
			if tc.busy {
				defer callGetppid()()
			}
			var buf bytes.Buffer
			out := output.NewText(&buf, &buf)
			if tc.json {
				out = output.NewJSON(&buf, &buf)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := obj.Run(ctx, &RunOptions{Output: out, Quiet: tc.quiet}); err != nil {
				t.Fatalf("run: %v", err)
			}
			if got := buf.String(); got != tc.want {
				t.Errorf("%s\noutput:\n%q\nwant:\n%q", tc.script, got, tc.want)
			}
		})
	}
}

// callGetppid calls getppid in a loop until the returned function is called.
func callGetppid() (stop func()) {
	var done atomic.Bool
	var wg sync.WaitGroup
	wg.Go(func() {
		for !done.Load() {
			unix.Getppid()
		}
	})
	return func() {
		done.Store(true)
		wg.Wait()
	}
}

// TestRunTracepointCount counts getppid calls of this process in a per-CPU
// hash keyed by pid, then ends the run by cancelling its context.
func TestRunTracepointCount(t *testing.T) {
	requireKernel(t)
	o := newTestObject()
	o.addMap(abi.Map{
		Name: "@", Symbol: "AT_", Agg: abi.AggCount, PerCPU: true, KeySize: 8, Key: keyedByInt,
		Value: abi.Type{Kind: abi.KindInt, Size: 8},
	}, ebpf.PerCPUHash, 8, 1024)
	o.program("tp", "tracepoint/syscalls/sys_enter_getppid", concat(countPid("AT_"), ret("out")), getppid)
	obj := o.open(t)

	const n = 1000
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var buf bytes.Buffer
	opts := &RunOptions{Output: output.NewText(&buf, &buf)}
	opts.attached = func() {
		go func() {
			for range n {
				unix.Getppid()
			}
			cancel()
		}()
	}
	if err := obj.Run(ctx, opts); err != nil {
		t.Fatalf("run: %v", err)
	}
	got := buf.String()
	if !strings.HasPrefix(got, "Attaching 1 probe...\n\n\n@[") {
		t.Errorf("output %q does not start with the attach line, the separator and the map", got)
	}
	if want := fmt.Sprintf("@[%d]: %d\n", os.Getpid(), n); !strings.Contains(got, want) {
		t.Errorf("output %q has no line %q", got, want)
	}
}

// TestRunClosesEverything checks that a run leaves no file descriptor open:
// maps, programs, links, perf events and the ring buffer are all released.
func TestRunClosesEverything(t *testing.T) {
	requireKernel(t)
	o := newTestObject()
	id := o.printf("tick\n")
	o.program("tick", "perf_event", concat(record(id), exitInsns("out"), ret("out")), interval100ms)
	o.program("tp", "tracepoint/syscalls/sys_enter_getppid", ret("out"), getppid)
	obj := o.open(t)
	run := func() {
		var buf bytes.Buffer
		if err := obj.Run(context.Background(), &RunOptions{Output: output.NewText(&buf, &buf)}); err != nil {
			t.Fatalf("run: %v", err)
		}
	}
	run() // let the runtime open whatever it opens once
	before := openFDs(t)
	run()
	if after := openFDs(t); after != before {
		t.Errorf("%d file descriptors open before the run, %d after", before, after)
	}
}

// openFDs counts this process's open file descriptors.
func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(ents)
}

// TestRunErrors checks the messages of a verifier rejection and of a failed
// attach.
func TestRunErrors(t *testing.T) {
	requireKernel(t)
	tests := []struct {
		name  string
		build func(o *testObject)
		want  string // prefix of the error
		last  string // its last line
	}{
		{
			name: "verifier",
			build: func(o *testObject) {
				o.program("tp", "tracepoint/syscalls/sys_enter_getppid", asm.Instructions{asm.Return()}, getppid)
			},
			want: "load program tp (tracepoint:syscalls:sys_enter_getppid): permission denied\n\t",
			last: "\tR0 !read_ok",
		},
		{
			name: "attach",
			build: func(o *testObject) {
				nope := abi.AttachPoint{Provider: abi.ProviderTracepoint, Target: "syscalls:sys_enter_nope", Name: "tracepoint:syscalls:sys_enter_nope"}
				o.program("tp", "tracepoint/syscalls/sys_enter_nope", ret("out"), nope)
			},
			want: "attach tracepoint:syscalls:sys_enter_nope: tracepoint syscalls:sys_enter_nope not found",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := newTestObject()
			tc.build(o)
			var buf bytes.Buffer
			err := o.open(t).Run(context.Background(), &RunOptions{Output: output.NewText(&buf, &buf)})
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) || !strings.HasSuffix(err.Error(), tc.last) {
				t.Errorf("error %q, want prefix %q and last line %q", err, tc.want, tc.last)
			}
		})
	}
}
