package e2e

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// langCases are programs that need no workload, run by bpftrace and by
// "bpftc run" with the same arguments and environment: headers (--include,
// -I, #include), -B, environment limits, positional bases, stack argument
// errors.
var langCases = []struct {
	name string
	env  []string
	args []string
}{
	{"include_system", nil, []string{"--include", "errno.h", "-e", `BEGIN { print(strerror(EPERM)); exit(); }`}},
	{"include_dir", nil, []string{"-I", "inc", "-e", "#include \"foo.h\"\nBEGIN { printf(\"%d %d\\n\", FOO, sizeof(struct foo)); exit(); }"}},
	{"include_file", nil, []string{"--include", "inc/foo.h", "-e", `BEGIN { $f = (struct foo *)0; printf("%d %d\n", FOO, sizeof(*$f)); exit(); }`}},
	{"include_missing", nil, []string{"-e", "struct a { int x; };\n#include <lol/no.h>\nBEGIN { exit(); }"}},
	{"include_missing_flag", nil, []string{"--include", "lol.h", "-e", "BEGIN { exit(); }"}},
	{"buffer_full", nil, []string{"-B", "full", "-e", `BEGIN { printf("one\n"); print(2); exit(); }`}},
	{"buffer_none", nil, []string{"-B", "none", "-e", `BEGIN { printf("one\n"); exit(); }`}},
	{"map_keys_max", []string{"BPFTRACE_MAP_KEYS_MAX=2"}, []string{"-e", `BEGIN { @[1] = 1; @[2] = 2; @[3] = 3; exit(); }`}},
	{"map_keys_max_bad", []string{"BPFTRACE_MAP_KEYS_MAX=x"}, []string{"-e", `BEGIN { exit(); }`}},
	{"positional_bases", nil, []string{"-e", `BEGIN { printf("got: %d %o 0x%x %d\n", $1, $2, $3, $4); exit() }`, "123", "0775", "0x123", " 7"}},
	{"positional_bad", nil, []string{"-e", `BEGIN { printf("%d\n", $1); exit() }`, "1e3"}},
	{"stack_limit", nil, []string{"-e", `BEGIN { print(kstack(1025)); }`}},
	{"stack_args", nil, []string{"-e", `BEGIN { print(kstack(perf, perf)); print(ustack(1, 2, 3)); print(kstack("a")); $a = 3; print(ustack($a)); }`}},
	{"stack_raw_mode", nil, []string{"-e", `BEGIN { print(kstack(raw)); exit(); }`}},
	{"stack_type", nil, []string{"-e", `BEGIN { $x = kstack; $x = ustack; @y = kstack; @y = 1; print(kstack + 1); }`}},
	{"signal_errors", nil, []string{"--unsafe", "-e", `BEGIN { signal(9); } tracepoint:syscalls:sys_enter_getppid { signal("SIGFOO"); signal(65); signal(comm); signal("STOP"); $x = signal(1); }`}},
	{"unsafe", nil, []string{"-e", `tracepoint:syscalls:sys_enter_getppid { signal(9); override(1); }`}},
	{"debugf_args", nil, []string{"-e", `BEGIN { debugf("%d %d %d %d", 1, 2, 3, 4); }`}},
	{"debugf_token", nil, []string{"-e", `BEGIN { debugf("%c", 1); }`}},
	{"debugf_type", nil, []string{"-e", `BEGIN { debugf("%s", 1); }`}},
	{"macaddr_errors", nil, []string{"-e", `BEGIN { print(macaddr(pton("1.2.3.4"))); print(macaddr("abcdef")); print(macaddr(comm)); }`}},
	{"cgroup_path_errors", nil, []string{"-e", `BEGIN { @a = cgroup_path("a"); @b = cgroup_path(1, 5); @c = cgroup_path(); }`}},
	{"kptr_errors", nil, []string{"-e", `BEGIN { print(kptr("a")); print(uptr(1, 2)); }`}},
	{"strcontains_errors", nil, []string{"-e", `BEGIN { print(strcontains(1, "a")); print(strcontains("a")); }`}},
	{"ctx_tracepoint", nil, []string{"-e", `tracepoint:syscalls:sys_enter_getppid { print(ctx); }`}},
	{"uaddr_errors", nil, []string{"-e", `BEGIN { print(uaddr("a b")); print(uaddr(1)); } i:s:1 { print(uaddr("x")); }`}},
	{"no_user_symbols", []string{"BPFTRACE_NO_USER_SYMBOLS=1"}, []string{"-e", `BEGIN { print(usym(1)); printf("%s\n", usym(2)); exit(); }`}},
	{"override_kind", nil, []string{"--unsafe", "-e", `tracepoint:syscalls:sys_enter_getppid { override(1); }`}},
	{"warnings", nil, []string{"-kk", "-e", `BEGIN { $x = *(uint8*)0; $y = -1; if ($y < (uint64)1) { } exit(); }`}},
	{"no_warnings", nil, []string{"--no-warnings", "-kk", "-e", `BEGIN { $x = *(uint8*)0; $y = -1; if ($y < (uint64)1) { } exit(); }`}},
	{"max_probes", []string{"BPFTRACE_MAX_PROBES=1"}, []string{"-e", `BEGIN { exit(); } END { }`}},
	{"max_probes_bad", []string{"BPFTRACE_MAX_PROBES=x"}, []string{"-e", `BEGIN { exit(); }`}},
}

// TestLanguageCLI compares bpftc run with bpftrace on langCases: stdout,
// stderr and exit status, for both backends.
func TestLanguageCLI(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "inc"), 0o755); err != nil {
		t.Fatal(err)
	}
	header := "#ifndef FOO_H\n#define FOO_H\n#define FOO 42 /* the answer */\nstruct foo {\n\tint a;\n\tlong b; // 8 bytes\n};\n#endif\n"
	if err := os.WriteFile(filepath.Join(dir, "inc", "foo.h"), []byte(header), 0o644); err != nil {
		t.Fatal(err)
	}
	bt := requireBpftrace(t)
	for _, tc := range langCases {
		t.Run(tc.name, func(t *testing.T) {
			want := runIn(t, dir, tc.env, append([]string{bt}, tc.args...))
			for _, be := range backends {
				got := runIn(t, dir, tc.env, append([]string{filepath.Join(binDir, "bpftc"), "run", "--backend", be}, tc.args...))
				if got != want {
					t.Errorf("%s: bpftc run differs from bpftrace:\n--- bpftrace\n%s--- bpftc\n%s", be, want, got)
				}
			}
		})
	}
}

// runIn runs a command in dir and returns its stdout, stderr (without the
// sandbox's RLIMIT_MEMLOCK complaint of bpftrace) and exit status.
func runIn(t *testing.T, dir string, env, args []string) string {
	t.Helper()
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	status := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		status = ee.ExitCode()
	}
	var errLines []string
	for _, l := range strings.SplitAfter(stderr.String(), "\n") {
		if !strings.Contains(l, "RLIMIT_MEMLOCK") && l != "" {
			errLines = append(errLines, l)
		}
	}
	return "stdout:\n" + stdout.String() + "stderr:\n" + strings.Join(errLines, "") + "status: " + string(rune('0'+status%10)) + "\n"
}
