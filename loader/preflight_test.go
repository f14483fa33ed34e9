package loader

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// TestPreflight checks the refusals of probes this host cannot attach,
// made before anything is loaded, against a fake tracefs.
func TestPreflight(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "events", "syscalls", "sys_enter_getppid"), 0o755); err != nil {
		t.Fatal(err)
	}
	saved := tracefsDirs
	tracefsDirs = []string{filepath.Join(dir, "missing"), dir}
	defer func() { tracefsDirs = saved }()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(dir, "gone")
	tests := []struct {
		name string
		a    abi.AttachPoint
		want string
	}{
		{"tracepoint present", getppid, ""},
		{
			"tracepoint missing",
			abi.AttachPoint{Provider: abi.ProviderTracepoint, Target: "syscalls:sys_enter_nope", Name: "tracepoint:syscalls:sys_enter_nope"},
			"attach tracepoint:syscalls:sys_enter_nope: tracepoint syscalls:sys_enter_nope not found",
		},
		{
			"uprobe binary missing",
			abi.AttachPoint{Provider: abi.ProviderUprobe, Target: gone, Func: "main", Name: "uprobe:" + gone + ":main"},
			"attach uprobe:" + gone + ":main: binary " + gone + " does not exist on this host",
		},
		{
			"uretprobe symbol missing",
			abi.AttachPoint{Provider: abi.ProviderUretprobe, Target: self, Func: "no_such_function", Name: "uretprobe:test:no_such_function"},
			"attach uretprobe:test:no_such_function: Could not resolve symbol: " + self + ":no_such_function",
		},
	}
	for _, tc := range tests {
		o := &Object{meta: &abi.Meta{Programs: []abi.Program{{Name: "p", Attach: []abi.AttachPoint{tc.a}}}}}
		err := o.preflight()
		if (tc.want == "" && err != nil) || (tc.want != "" && (err == nil || err.Error() != tc.want)) {
			t.Errorf("%s: error %v\nwant %q", tc.name, err, tc.want)
		}
	}
}
