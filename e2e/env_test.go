package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// envCases are programs run by bpftrace and by "bpftc run" under
// environment variables of bpftrace 0.17 and clang ($DIR stands for the
// test's directory): BPFTRACE_MAX_BPF_PROGS (ENV-04),
// BPFTRACE_KERNEL_SOURCE and BPFTRACE_KERNEL_BUILD (ENV-13), CPATH and
// C_INCLUDE_PATH (ENV-15). The headers of the directories give FOO
// different values, so the output shows which one the search found.
var envCases = []struct {
	name string
	env  []string
	args []string
}{
	{"max_bpf_progs", []string{"BPFTRACE_MAX_BPF_PROGS=2"}, []string{"-e", `BEGIN { exit(); } tracepoint:syscalls:sys_enter_read* { @[probe] = count(); }`}},
	{"max_bpf_progs_args", []string{"BPFTRACE_MAX_BPF_PROGS=1"}, []string{"-e", `tracepoint:syscalls:sys_enter_getppid,tracepoint:syscalls:sys_enter_getpid { @[args->__syscall_nr] = count(); }`}},
	{"max_bpf_progs_special", []string{"BPFTRACE_MAX_BPF_PROGS=1"}, []string{"-e", `BEGIN { printf("%s\n", probe); exit(); } END { printf("%s\n", probe); }`}},
	{"max_bpf_progs_fits", []string{"BPFTRACE_MAX_BPF_PROGS=2"}, []string{"-e", `BEGIN { printf("%s\n", probe); exit(); } END { printf("%s\n", probe); } tracepoint:syscalls:sys_enter_read* { $x = 1; }`}},
	{"max_bpf_progs_bad", []string{"BPFTRACE_MAX_BPF_PROGS=x"}, []string{"-e", `BEGIN { exit(); }`}},
	{"cpath", []string{"CPATH=$DIR/b:$DIR/a"}, []string{"-e", envFooScript}},
	{"cpath_empty_element", []string{"CPATH=:$DIR/b"}, []string{"-e", envFooScript}},
	{"cpath_after_I", []string{"CPATH=$DIR/a"}, []string{"-I", "b", "-e", envFooScript}},
	{"cpath_before_system", []string{"CPATH=$DIR/c"}, []string{"-e", envErrnoScript}},
	{"c_include_path", []string{"C_INCLUDE_PATH=$DIR/a"}, []string{"-e", envFooScript}},
	{"c_include_path_after_cpath", []string{"C_INCLUDE_PATH=$DIR/a", "CPATH=$DIR/b"}, []string{"-e", envFooScript}},
	{"c_include_path_after_system", []string{"C_INCLUDE_PATH=$DIR/c"}, []string{"-e", envErrnoScript}},
	{"kernel_source", []string{"BPFTRACE_KERNEL_SOURCE=$DIR/ksrc", "CPATH=$DIR/a"}, []string{"-I", "b", "-e", envFooScript}},
	{"kernel_build", []string{"BPFTRACE_KERNEL_SOURCE=$DIR/ksrc", "BPFTRACE_KERNEL_BUILD=$DIR/kbuild"}, []string{"-e", envBarScript}},
	{"kernel_build_alone", []string{"BPFTRACE_KERNEL_BUILD=$DIR/kbuild"}, []string{"-e", envBarScript}},
	{"kernel_source_no_kconfig", []string{"BPFTRACE_KERNEL_SOURCE=$DIR/a"}, []string{"-e", envFooScript}},
	{"kernel_source_no_kconfig_defs", []string{"BPFTRACE_KERNEL_SOURCE=$DIR/a"}, []string{"-e", `struct s { int x; }; BEGIN { printf("%d\n", sizeof(struct s)); exit(); }`}},
	{"kernel_source_no_kconfig_unused", []string{"BPFTRACE_KERNEL_SOURCE=$DIR/a"}, []string{"-e", `BEGIN { printf("%d\n", 1); exit(); }`}},
}

const (
	envFooScript   = "#include <foo.h>\nBEGIN { printf(\"%d\\n\", FOO); exit(); }"
	envBarScript   = "#include <bar.h>\nBEGIN { printf(\"%d %d\\n\", BAR, KCONFIG); exit(); }"
	envErrnoScript = "#include <errno.h>\nBEGIN { printf(\"%d\\n\", ERRNO_X); exit(); }"
)

// envHeaders are the files of the test's directory.
var envHeaders = map[string]string{
	"a/foo.h":                             "#define FOO 1\n",
	"b/foo.h":                             "#define FOO 2\n",
	"c/errno.h":                           "#define ERRNO_X 3\n",
	"ksrc/include/foo.h":                  "#define FOO 4\n",
	"ksrc/include/linux/kconfig.h":        "#include <generated/autoconf.h>\n",
	"ksrc/include/generated/autoconf.h":   "#define KCONFIG 5\n",
	"kbuild/include/generated/autoconf.h": "#define KCONFIG 6\n",
	"kbuild/include/bar.h":                "#define BAR 7\n",
}

// TestEnvironment compares bpftc run with bpftrace on envCases: stdout,
// stderr and exit status, for both backends.
func TestEnvironment(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	for name, text := range envHeaders {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bt := requireBpftrace(t)
	for _, tc := range envCases {
		t.Run(tc.name, func(t *testing.T) {
			var env []string
			for _, e := range tc.env {
				env = append(env, strings.ReplaceAll(e, "$DIR", dir))
			}
			want := runIn(t, dir, env, append([]string{bt}, tc.args...))
			for _, be := range backends {
				got := runIn(t, dir, env, append([]string{filepath.Join(binDir, "bpftc"), "run", "--backend", be}, tc.args...))
				if got != want {
					t.Errorf("%s: bpftc run differs from bpftrace:\n--- bpftrace\n%s--- bpftc\n%s", be, want, got)
				}
			}
		})
	}
}
