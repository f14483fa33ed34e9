package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// lineScript is the script of TestLineInfo; wantLines are the line_info
// records bpftool must show for its programs ("; TEXT [file:F line_num:N").
const lineScript = `BEGIN
{
	@start = nsecs;
	printf("hello %d\n", 42);
}

tracepoint:syscalls:sys_enter_getppid /pid == 1/
{
	@calls[comm] = sum(2);
	if (@start > 10) {
		exit();
	}
}
`

var wantLines = map[string][]string{
	"BEGIN": {
		"; @start = nsecs; [file:lines.bt line_num:3",
		`; printf("hello %d\n", 42); [file:lines.bt line_num:4`,
	},
	"tp_sys_enter_getppid": {
		"; tracepoint:syscalls:sys_enter_getppid /pid == 1/ [file:lines.bt line_num:7",
		"; @calls[comm] = sum(2); [file:lines.bt line_num:9",
		"; if (@start > 10) { [file:lines.bt line_num:10",
		"; exit(); [file:lines.bt line_num:11",
	},
}

// TestLineInfo loads an object with libbpf (bpftool prog loadall) and
// checks that "bpftool prog dump xlated ... linum" shows the script's
// lines: every program carries func_info and line_info.
func TestLineInfo(t *testing.T) {
	requireKernel(t)
	bpftool, err := exec.LookPath("bpftool")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("bpftool is not installed")
		}
		t.Skip("bpftool not installed")
	}
	dir := t.TempDir()
	if err := unix.Mount("bpf", dir, "bpf", 0, ""); err != nil {
		t.Fatalf("mount bpffs: %v", err)
	}
	t.Cleanup(func() { unix.Unmount(dir, 0) })
	src := filepath.Join(t.TempDir(), "lines.bt")
	if err := os.WriteFile(src, []byte(lineScript), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "lines.o")
			compile(t, be, src, obj, nil, nil)
			pins := filepath.Join(dir, be)
			if out, err := exec.Command(bpftool, "prog", "loadall", obj, pins).CombinedOutput(); err != nil {
				t.Fatalf("bpftool prog loadall: %v\n%s", err, out)
			}
			defer os.RemoveAll(pins)
			for prog, want := range wantLines {
				out, err := exec.Command(bpftool, "prog", "dump", "xlated", "pinned", filepath.Join(pins, prog), "linum").CombinedOutput()
				if err != nil {
					t.Fatalf("bpftool prog dump xlated %s: %v\n%s", prog, err, out)
				}
				dump := strings.ReplaceAll(string(out), "\t", "")
				for _, w := range want {
					if !strings.Contains(dump, w) {
						t.Errorf("%s: no line %q in:\n%s", prog, w, out)
					}
				}
				if !strings.HasPrefix(dump, "int "+prog+"(void * ctx):\n; ") {
					t.Errorf("%s: dump does not start with the function and a line:\n%s", prog, out)
				}
			}
		})
	}
}
