package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cilium/ebpf/btf"
)

// TestRawtpAssumptionChecked compiles a rawtracepoint script whose args
// are typed from a BTF where sched_switch's probe function has prev_state
// first, and requires bpfrun to refuse it before loading, with one line
// naming the argument and both positions; compiled against the machine's
// own types the same script runs.
func TestRawtpAssumptionChecked(t *testing.T) {
	requireKernel(t)
	kernel, err := btf.LoadKernelSpec()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	var fn *btf.Func
	if err := kernel.TypeByName("__bpf_trace_sched_switch", &fn); err != nil {
		t.Fatal(err)
	}
	host := -1
	for i, p := range fn.Type.(*btf.FuncProto).Params[1:] {
		if p.Name == "prev_state" {
			host = i
		}
	}
	if host <= 0 {
		t.Fatalf("this kernel's __bpf_trace_sched_switch has prev_state at %d", host)
	}
	moved := reorderedSchedSwitchBTF(t)
	script := `BEGIN { exit(); } rawtracepoint:sched_switch { @ = args->prev_state; }`
	dir := t.TempDir()
	for _, tc := range []struct {
		name  string
		flags []string
		want  string // bpfrun's stderr; "" means it runs
	}{
		{"as on this machine", nil, ""},
		{"argument moved", []string{"--btf", moved},
			"rawtracepoint:sched_switch: args->prev_state is argument " + strconv.Itoa(host) + " in this kernel, the object assumed 0 (compiled against other kernel types)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, be := range backends {
				obj := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+"-"+be+".o")
				args := append([]string{"compile", "--backend", be, "-o", obj}, tc.flags...)
				if out, err := exec.Command(filepath.Join(binDir, "bpftc"), append(args, "-e", script)...).CombinedOutput(); err != nil {
					t.Fatalf("compile: %v\n%s", err, out)
				}
				for _, mode := range [][]string{nil, {"--dry-run"}} {
					cmd := exec.Command(filepath.Join(binDir, "bpfrun"), append(mode, obj)...)
					var stderr strings.Builder
					cmd.Stderr = &stderr
					err := cmd.Run()
					status := cmd.ProcessState.ExitCode()
					if tc.want == "" {
						if err != nil || stderr.Len() != 0 {
							t.Errorf("%s: bpfrun %v: %v\n%s", be, mode, err, stderr.String())
						}
						continue
					}
					if want := "ERROR: " + obj + ": " + tc.want + "\n"; status != 255 || stderr.String() != want {
						t.Errorf("%s: bpfrun %v: exit %d, stderr\n%q\nwant exit 255, stderr\n%q", be, mode, status, stderr.String(), want)
					}
				}
			}
		})
	}
}

// reorderedSchedSwitchBTF writes a BTF holding only a
// __bpf_trace_sched_switch whose prev_state comes first after __data, and
// returns its path.
func reorderedSchedSwitchBTF(t *testing.T) string {
	t.Helper()
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	boolean := &btf.Int{Name: "_Bool", Size: 1, Encoding: btf.Bool}
	task := &btf.Pointer{Target: &btf.Struct{Name: "task_struct", Size: 4, Members: []btf.Member{{Name: "pid", Type: u32}}}}
	fn := &btf.Func{Name: "__bpf_trace_sched_switch", Linkage: btf.StaticFunc, Type: &btf.FuncProto{Return: &btf.Void{}, Params: []btf.FuncParam{
		{Name: "__data", Type: &btf.Pointer{Target: &btf.Void{}}}, {Name: "prev_state", Type: u32},
		{Name: "preempt", Type: boolean}, {Name: "prev", Type: task}, {Name: "next", Type: task}}}}
	b, err := btf.NewBuilder([]btf.Type{fn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sched_switch.btf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
