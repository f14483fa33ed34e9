package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/loader/abi"
)

// TestRunBTFRenamedClass loads objects whose args reads are CO-RE
// relocations through this kernel's record of sched:sched_process_exit
// (struct trace_event_raw_CLASS) with bpfrun --btf FILE, FILE being this
// kernel's types with that struct renamed, as on a kernel whose event
// classes are named otherwise (6.1 has sched_process_template's). The
// reads fall back to the fixed offsets the object records: where this
// kernel's format file agrees, the program runs and prints what it prints
// with the relocations; an object compiled against a format and types
// that put pid and prio the other way round is refused with the field
// check's message, although the same object runs when the relocation
// resolves.
func TestRunBTFRenamedClass(t *testing.T) {
	requireKernel(t)
	if _, err := os.Stat("/sys/kernel/btf/vmlinux"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("no /sys/kernel/btf/vmlinux")
		}
		t.Skip("no /sys/kernel/btf/vmlinux")
	}
	const event = "tracepoint:sched:sched_process_exit"
	dir := t.TempDir()
	src := filepath.Join(dir, "exit.bt")
	text := event + ` /args->pid == $1/ { printf("%s %d %d\n", args->comm, args->pid == $1, args->prio > 0); exit(); }` + "\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	probeObj := filepath.Join(dir, "probe.o")
	compile(t, "native", src, probeObj, []string{"1"}, nil)
	record := coreRecord(t, probeObj, event)
	class := strings.TrimPrefix(record, "struct ")
	renamed := filepath.Join(dir, "renamed.btf")
	writeKernelBTF(t, renamed, class, func(s *btf.Struct) { s.Name += "_renamed" })

	sc := &script{name: "exit", path: src, text: text, workload: "sleep 0", params: []string{"PID"}}
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "exit.o")
			run := func(flags ...string) result {
				return trace(t, sc, func(t *testing.T, params []string) []string {
					compile(t, be, src, obj, params, nil)
					return append(append([]string{filepath.Join(binDir, "bpfrun")}, flags...), obj)
				})
			}
			relocated := run()
			fellBack := run("--btf", renamed)
			want := "Attaching 1 probe...\ne2e.test 1 1\n\n\n"
			for _, r := range []result{relocated, fellBack} {
				if r.status != 0 || r.stderr != "" || r.stdout != want {
					t.Errorf("exit %d, stdout %q, want %q, stderr:\n%s", r.status, r.stdout, want, r.stderr)
				}
			}
		})
	}

	// Compiled against a format file and types with pid and prio swapped.
	formatPath := "/sys/kernel/tracing/events/sched/sched_process_exit/format"
	pid, prio := formatOffset(t, formatPath, "pid_t pid"), formatOffset(t, formatPath, "int prio")
	tracefs := filepath.Join(dir, "tracefs")
	format, err := os.ReadFile(formatPath)
	if err != nil {
		t.Fatal(err)
	}
	swapped := strings.NewReplacer(
		"pid_t pid;\toffset:"+strconv.Itoa(pid)+";", "pid_t pid;\toffset:"+strconv.Itoa(prio)+";",
		"int prio;\toffset:"+strconv.Itoa(prio)+";", "int prio;\toffset:"+strconv.Itoa(pid)+";",
	).Replace(string(format))
	if err := os.MkdirAll(filepath.Join(tracefs, "events", "sched", "sched_process_exit"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(tracefs, "events", "sched", "sched_process_exit", "format"), []byte(swapped), 0o644); err != nil {
		t.Fatal(err)
	}
	swappedBTF := filepath.Join(dir, "swapped.btf")
	writeKernelBTF(t, swappedBTF, class, func(s *btf.Struct) {
		var p, q *btf.Member
		for i := range s.Members {
			switch s.Members[i].Name {
			case "pid":
				p = &s.Members[i]
			case "prio":
				q = &s.Members[i]
			}
		}
		if p == nil || q == nil {
			t.Fatalf("struct %s has no pid or prio", class)
		}
		p.Offset, q.Offset = q.Offset, p.Offset
	})
	for _, be := range backends {
		obj := filepath.Join(dir, "swapped-"+be+".o")
		compile(t, be, src, obj, []string{"1"}, []string{"--tracefs", tracefs, "--btf", swappedBTF})
		if got := coreRecord(t, obj, event); got != record {
			t.Fatalf("%s: the swapped object reads through %q, want %q", be, got, record)
		}
		want := "ERROR: " + obj + ": " + event + ": args->pid is at offset " + strconv.Itoa(pid) + " in this kernel, the object assumed " +
			strconv.Itoa(prio) + " (compiled against other tracepoint formats)\n"
		for _, args := range [][]string{{"--btf", renamed}, {"--dry-run", "--btf", renamed}, {"--dry-run"}} {
			cmd := exec.Command(filepath.Join(binDir, "bpfrun"), append(args, obj)...)
			var stdout, stderr strings.Builder
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			cmd.Run()
			status := cmd.ProcessState.ExitCode()
			if len(args) == 1 {
				// This kernel's types have the record: relocated, not refused.
				if status != 0 || stderr.Len() != 0 {
					t.Errorf("%s: bpfrun %v: exit %d, stderr:\n%s", be, args, status, stderr.String())
				}
				continue
			}
			if status != 255 || stderr.String() != want {
				t.Errorf("%s: bpfrun %v: exit %d, stderr\n%q\nwant exit 255, stderr\n%q", be, args, status, stderr.String(), want)
			}
		}
	}
}

// coreRecord returns the record type every args read of the event goes
// through in the object, failing unless each is a CO-RE read.
func coreRecord(t *testing.T, obj, event string) string {
	t.Helper()
	out, err := exec.Command(filepath.Join(binDir, "bpftc"), "inspect", "--json", obj).Output()
	if err != nil {
		t.Fatalf("inspect: %v", err)
	}
	var in struct {
		Meta abi.Meta `json:"meta"`
	}
	if err := json.Unmarshal(out, &in); err != nil {
		t.Fatal(err)
	}
	record := ""
	for _, f := range in.Meta.Fields {
		if f.Source != event {
			continue
		}
		if !f.CORE || !strings.HasPrefix(f.Type, "struct trace_event_raw_") || record != "" && f.Type != record {
			t.Fatalf("%s: args->%s is not read through one record with CO-RE: %+v", obj, f.Field, f)
		}
		record = f.Type
	}
	if record == "" {
		t.Fatalf("%s: no args read of %s", obj, event)
	}
	return record
}

// writeKernelBTF writes to path this kernel's types, with edit applied to
// the struct called name.
func writeKernelBTF(t *testing.T, path, name string, edit func(*btf.Struct)) {
	t.Helper()
	spec, err := btf.LoadSpec("/sys/kernel/btf/vmlinux")
	if err != nil {
		t.Fatal(err)
	}
	var types []btf.Type
	found := false
	for typ, err := range spec.All() {
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := typ.(*btf.Struct); ok && s.Name == name && !found {
			edit(s)
			found = true
		}
		types = append(types, typ)
	}
	if !found {
		t.Fatalf("this kernel's BTF has no struct %s", name)
	}
	b, err := btf.NewBuilder(types, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
}
