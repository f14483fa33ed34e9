package e2e

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/loader/abi"
)

// TestAssumptionsChecked compiles scripts against kernel facts that differ
// from this machine's (a tracepoint field moved in the format files, a
// kernel struct member moved in the BTF) and requires bpfrun to refuse
// them before loading, with one line naming the field and both offsets;
// against the machine's own facts the same scripts run.
func TestAssumptionsChecked(t *testing.T) {
	requireKernel(t)
	const tp = "tracepoint:syscalls:sys_enter_openat"
	formatPath := "/sys/kernel/tracing/events/syscalls/sys_enter_openat/format"
	host := formatOffset(t, formatPath, "filename")

	// A copy of the machine's format with filename 8 bytes further on.
	tracefs := t.TempDir()
	moved := filepath.Join(tracefs, "events", "syscalls", "sys_enter_openat", "format")
	os.MkdirAll(filepath.Dir(moved), 0o755)
	text, _ := os.ReadFile(formatPath)
	re := regexp.MustCompile(`(filename;\s*offset:)(\d+)`)
	os.WriteFile(moved, []byte(re.ReplaceAllString(string(text), "${1}"+strconv.Itoa(host+8))), 0o644)

	// A BTF whose struct task_struct has pid 8 bytes further on.
	btfPath, pidAssumed, pidHost := movedPidBTF(t)

	tpScript := "BEGIN { exit(); } " + tp + " { printf(\"%s\\n\", str(args->filename)); }"
	btfScript := "BEGIN { printf(\"%d\\n\", curtask->pid > 0); exit(); }"
	dir := t.TempDir()
	for _, tc := range []struct {
		name, script string
		flags        []string
		want         string // bpfrun's stderr; "" means it runs
	}{
		{"tracepoint as on this machine", tpScript, nil, ""},
		{"tracepoint field moved", tpScript, []string{"--tracefs", tracefs},
			tp + ": args->filename is at offset " + strconv.Itoa(host) + " in this kernel, the object assumed " + strconv.Itoa(host+8) + " (compiled against other tracepoint formats)"},
		{"btf as on this machine", btfScript, nil, ""},
		{"btf member moved", btfScript, []string{"--btf", btfPath},
			"struct task_struct: pid is at offset " + strconv.Itoa(pidHost) + " in this kernel, the object assumed " + strconv.Itoa(pidAssumed) + " (compiled against other kernel types)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".o")
			args := append([]string{"compile", "-o", obj}, tc.flags...)
			if out, err := exec.Command(filepath.Join(binDir, "bpftc"), append(args, "-e", tc.script)...).CombinedOutput(); err != nil {
				t.Fatalf("compile: %v\n%s", err, out)
			}
			for _, mode := range [][]string{nil, {"--dry-run"}} {
				cmd := exec.Command(filepath.Join(binDir, "bpfrun"), append(mode, obj)...)
				var stderr strings.Builder
				cmd.Stderr = &stderr
				err := cmd.Run()
				status := cmd.ProcessState.ExitCode()
				if tc.want == "" || coreRead(t, obj) {
					// A CO-RE read is relocated, not refused.
					if err != nil || stderr.Len() != 0 {
						t.Errorf("bpfrun %v: %v\n%s", mode, err, stderr.String())
					}
					continue
				}
				if want := "ERROR: " + obj + ": " + tc.want + "\n"; status != 255 || stderr.String() != want {
					t.Errorf("bpfrun %v: exit %d, stderr\n%q\nwant exit 255, stderr\n%q", mode, status, stderr.String(), want)
				}
			}
		})
	}
}

// formatOffset returns the offset of a field in a tracepoint format file.
func formatOffset(t *testing.T, path, field string) int {
	t.Helper()
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(field + `;\s*offset:(\d+)`).FindSubmatch(text)
	if m == nil {
		t.Fatalf("%s: no field %s", path, field)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// movedPidBTF writes the test BTF with task_struct's pid 8 bytes further
// on and returns it, the offset it gives pid and the machine's offset.
func movedPidBTF(t *testing.T) (path string, assumed, host int) {
	t.Helper()
	kernel, err := btf.LoadKernelSpec()
	if err != nil {
		t.Fatal(err)
	}
	host = pidOffset(t, kernel)
	spec, err := btf.LoadSpec(testBTF)
	if err != nil {
		t.Fatal(err)
	}
	var types []btf.Type
	for typ, err := range spec.All() {
		if err != nil {
			t.Fatal(err)
		}
		if s, ok := typ.(*btf.Struct); ok && s.Name == "task_struct" {
			for i := range s.Members {
				if s.Members[i].Name == "pid" {
					s.Members[i].Offset += 64
					assumed = int(s.Members[i].Offset / 8)
				}
			}
		}
		types = append(types, typ)
	}
	b, err := btf.NewBuilder(types, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path = filepath.Join(t.TempDir(), "moved.btf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, assumed, host
}

// pidOffset is where spec's struct task_struct has pid.
func pidOffset(t *testing.T, spec *btf.Spec) int {
	t.Helper()
	var ts *btf.Struct
	if err := spec.TypeByName("task_struct", &ts); err != nil {
		t.Fatal(err)
	}
	for _, m := range ts.Members {
		if m.Name == "pid" {
			return int(m.Offset / 8)
		}
	}
	t.Fatal("task_struct has no pid")
	return 0
}

// coreRead reports whether the object's metadata marks a read as a CO-RE
// relocation.
func coreRead(t *testing.T, obj string) bool {
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
	for _, f := range in.Meta.Fields {
		if f.CORE {
			return true
		}
	}
	return false
}
