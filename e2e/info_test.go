package e2e

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// infoLine is one "name: value" line of an --info report.
type infoLine struct{ name, value string }

// infoSection is a titled group of lines of an --info report.
type infoSection struct {
	title string
	lines []infoLine
}

// parseInfo splits an --info report into its sections, dropping
// bpftrace's RLIMIT_MEMLOCK complaint.
func parseInfo(t *testing.T, report string) []infoSection {
	t.Helper()
	var out []infoSection
	sc := bufio.NewScanner(strings.NewReader(report))
	for sc.Scan() {
		l := sc.Text()
		switch {
		case l == "" || strings.Contains(l, "RLIMIT_MEMLOCK"):
		case !strings.HasPrefix(l, "  "):
			out = append(out, infoSection{title: l})
		case len(out) == 0:
			t.Fatalf("--info: line before any section: %q", l)
		default:
			name, value, ok := strings.Cut(l[2:], ": ")
			if !ok {
				t.Fatalf("--info: line without \": \": %q", l)
			}
			s := &out[len(out)-1]
			s.lines = append(s.lines, infoLine{name, value})
		}
	}
	return out
}

// infoDifference is a kernel line where bpftrace 0.17's answer on this
// machine may differ from ours, for a known reason; when says whether the
// reason holds here (nil: always).
type infoDifference struct {
	bpftrace, ours string
	why            string
	when           func() bool
}

// infoDifferences are the lines where bpftrace 0.17's probe does not ask
// what its line says (see loader/kinfo for ours).
var infoDifferences = map[string]infoDifference{
	"override_return": {"yes", "no", "bpftrace counts the verifier's \"program of this type cannot use helper\" as yes; without CONFIG_BPF_KPROBE_OVERRIDE kprobe programs cannot call it",
		func() bool { return kernelConfig("CONFIG_BPF_KPROBE_OVERRIDE") != "y" }},
	"skboutput":      {"no", "yes", "bpftrace 0.17 probes an fentry on \"kfunc__kfree_skb\", a function no kernel has (0.18 fixed it)", nil},
	"kfunc":          {"no", "yes", noFilterFunctions, filterFunctionsUnreadable},
	"dpath":          {"no", "yes", noFilterFunctions, filterFunctionsUnreadable},
	"iter:task":      {"no", "yes", noFilterFunctions, filterFunctionsUnreadable},
	"iter:task_file": {"no", "yes", noFilterFunctions, filterFunctionsUnreadable},
}

// noFilterFunctions is why bpftrace 0.17 answers no for every fentry and
// iterator line on a machine where available_filter_functions cannot be
// opened (EPERM here, even for root).
const noFilterFunctions = "bpftrace loads no tracing program when it cannot read available_filter_functions; bpftc does not need it"

// infoExtra are the lines we add at the end of bpftrace's sections.
var infoExtra = map[string][]string{
	"Build":       nil, // per tool, checked in TestInfo
	"Map types":   {"ringbuf"},
	"Probe types": {"kprobe attach", "uprobe attach"},
}

// filterFunctionsUnreadable reports whether bpftrace 0.17 cannot open
// available_filter_functions (it reads it under debugfs when mounted).
func filterFunctionsUnreadable() bool {
	dir := "/sys/kernel/tracing"
	if _, err := os.Stat("/sys/kernel/debug/tracing"); err == nil {
		dir = "/sys/kernel/debug/tracing"
	}
	f, err := os.Open(dir + "/available_filter_functions")
	if err != nil {
		return true
	}
	f.Close()
	return false
}

// kernelConfig is the value of a kernel option in /proc/config.gz ("" when
// unset or unknown).
func kernelConfig(name string) string {
	f, err := os.Open("/proc/config.gz")
	if err != nil {
		return ""
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return ""
	}
	b, _ := io.ReadAll(z)
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, name+"="); ok {
			return v
		}
	}
	return ""
}

// TestInfo compares --info with bpftrace 0.17's on this machine (CLI-18),
// for "bpftc run --info", bpftc installed as bpftrace, and "bpfrun --info".
// Compared: the System section, line for line (both read uname); the
// kernel sections (Kernel helpers, Kernel features, Map types, Probe
// types), line for line in bpftrace's order, each value equal to
// bpftrace's except the known differences above when their reason holds,
// then only our added lines. Not compared: the Build values, which
// describe different programs (bpftrace's LLVM and libraries, bpftc's
// backends); only bpftrace's Build line names, in its order, are checked.
func TestInfo(t *testing.T) {
	requireKernel(t)
	bt := requireBpftrace(t)
	var want bytes.Buffer
	cmd := exec.Command(bt, "--info")
	cmd.Stderr = &want
	if err := cmd.Run(); err != nil {
		t.Fatalf("bpftrace --info: %v\n%s", err, want.String())
	}
	oracle := parseInfo(t, want.String())

	dir := t.TempDir()
	asBpftrace := filepath.Join(dir, "bpftrace")
	if err := os.Symlink(filepath.Join(binDir, "bpftc"), asBpftrace); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		argv   []string
		stdout bool // the report is on stdout, not stderr
		build  []string
	}{
		{"bpftc run", []string{filepath.Join(binDir, "bpftc"), "run", "--info"}, false, []string{"backends", "llvm backend tools"}},
		{"as bpftrace", []string{asBpftrace, "--info"}, false, []string{"backends", "llvm backend tools"}},
		{"bpfrun", []string{filepath.Join(binDir, "bpfrun"), "--info"}, true, []string{"object schema"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			cmd := exec.Command(tc.argv[0], tc.argv[1:]...)
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Fatalf("%v\n%s", err, stderr.String())
			}
			report, other := stderr.String(), stdout.String()
			if tc.stdout {
				report, other = other, report
			}
			if other != "" {
				t.Errorf("--info wrote on the other stream: %q", other)
			}
			got := parseInfo(t, report)
			if len(got) != len(oracle) {
				t.Fatalf("%d sections, bpftrace has %d:\n%s", len(got), len(oracle), report)
			}
			for i, ws := range oracle {
				gs := got[i]
				if gs.title != ws.title {
					t.Errorf("section %d is %q, bpftrace's %q", i, gs.title, ws.title)
					continue
				}
				compareInfoSection(t, ws, gs, tc.build)
			}
		})
	}

	t.Run("not root", func(t *testing.T) {
		if _, err := exec.LookPath("setpriv"); err != nil {
			t.Skip("setpriv not installed")
		}
		pdir := t.TempDir()
		os.Chmod(pdir, 0o755)
		b, err := os.ReadFile(filepath.Join(binDir, "bpftc"))
		if err == nil {
			err = os.WriteFile(filepath.Join(pdir, "bpftrace"), b, 0o755)
		}
		if err != nil {
			t.Fatal(err)
		}
		_, want, wantStatus := asNobody(t, pdir, "", bt, "--info")
		_, got, status := asNobody(t, pdir, "", "./bpftrace", "--info")
		if got != want || status != wantStatus {
			t.Errorf("--info as nobody:\n--- bpftrace (status %d)\n%s--- bpftc as bpftrace (status %d)\n%s", wantStatus, want, status, got)
		}
	})
}

// compareInfoSection compares one section with bpftrace's (see TestInfo);
// build lists the lines a tool adds to the Build section.
func compareInfoSection(t *testing.T, want, got infoSection, build []string) {
	t.Helper()
	extra := infoExtra[want.title]
	if want.title == "Build" {
		extra = build
	}
	if len(got.lines) != len(want.lines)+len(extra) {
		t.Errorf("%s: %d lines, want bpftrace's %d and our %q: %v", want.title, len(got.lines), len(want.lines), extra, got.lines)
		return
	}
	for j, w := range want.lines {
		g := got.lines[j]
		if g.name != w.name {
			t.Errorf("%s line %d: %q, bpftrace's %q", want.title, j, g.name, w.name)
			continue
		}
		if want.title == "Build" || g.value == w.value {
			continue
		}
		d, ok := infoDifferences[w.name]
		if ok && d.bpftrace == w.value && d.ours == g.value && (d.when == nil || d.when()) {
			t.Logf("%s: bpftrace %s, bpftc %s: %s", w.name, w.value, g.value, d.why)
			continue
		}
		t.Errorf("%s: %s: %q, bpftrace %q", want.title, w.name, g.value, w.value)
	}
	for j, name := range extra {
		if g := got.lines[len(want.lines)+j]; g.name != name {
			t.Errorf("%s: added line %d is %q, want %q", want.title, j, g.name, name)
		}
	}
}
