package e2e

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// TestMetrics runs testdata/metrics/syscalls.bt, built by both backends,
// under bpfrun --metrics while two real Prometheus servers scrape it every
// second, one with classic histograms and one with native ones. Once the
// workload is done it checks every value Prometheus stored, then stops
// bpfrun while it is being scraped and checks that no program or map of it
// is left in the kernel.
func TestMetrics(t *testing.T) {
	requireKernel(t)
	prom := requirePrometheus(t)
	s := metricsScript(t, "syscalls")
	wl := startWorkload(t, s.workload)
	pid := fmt.Sprint(wl.cmd.Process.Pid)
	comm := wl.comm(t)

	runs := map[string]*metricsRun{}
	for _, be := range backends {
		obj := filepath.Join(t.TempDir(), "syscalls-"+be+".o")
		compile(t, be, s.path, obj, []string{pid}, nil)
		runs[be] = startMetrics(t, obj)
	}
	classic := startPrometheus(t, prom, runs, false)
	native := startPrometheus(t, prom, runs, true)
	classic.waitUp(t)
	native.waitUp(t)

	wl.release(t)
	done := time.Now()
	for _, p := range []*prometheus{classic, native} {
		p.waitScrapedAfter(t, done)
	}

	for _, be := range backends {
		for _, p := range []*prometheus{classic, native} {
			if got, want := p.series(t, be), wantSyscalls(comm, p.native); got != want {
				t.Errorf("%s: Prometheus (native histograms %t) stored:\n%s\nwant:\n%s", be, p.native, got, want)
			}
		}
	}

	for _, be := range backends {
		r := runs[be]
		ids := r.kernelObjects(t)
		if len(ids) == 0 {
			t.Fatalf("%s: bpfrun holds no BPF program or map", be)
		}
		r.stopWhileScraped(t)
		checkReleased(t, be, ids)
	}
}

// TestMetricsChurn scrapes a map that grows by one key per system call and
// is cleared 20 times a second, as fast as possible while the workload
// runs: every scrape must succeed. The native build runs with
// --metrics-printf and prints its printf lines, the llvm one prints nothing.
func TestMetricsChurn(t *testing.T) {
	requireKernel(t)
	s := metricsScript(t, "churn")
	const calls = 2000000
	for _, be := range backends {
		t.Run(be, func(t *testing.T) {
			wl := startWorkload(t, fmt.Sprintf("getppid %d", calls))
			obj := filepath.Join(t.TempDir(), "churn.o")
			compile(t, be, s.path, obj, []string{fmt.Sprint(wl.cmd.Process.Pid)}, nil)
			var flags []string
			if be == "native" {
				flags = []string{"--metrics-printf"}
			}
			r := startMetrics(t, obj, flags...)
			var scrapes int
			var scrapeErr error
			stop := make(chan struct{})
			var wg sync.WaitGroup
			wg.Go(func() {
				for {
					select {
					case <-stop:
						return
					default:
					}
					if _, err := r.scrape(); err != nil {
						scrapeErr = err
						return
					}
					scrapes++
				}
			})
			wl.release(t)
			close(stop)
			wg.Wait()
			if scrapeErr != nil {
				t.Fatalf("scrape %d: %v", scrapes+1, scrapeErr)
			}
			fams, err := r.scrape()
			if err != nil {
				t.Fatal(err)
			}
			if ms := fams["bpftrace_total"].GetMetric(); len(ms) != 1 || ms[0].GetCounter().GetValue() != calls {
				t.Errorf("bpftrace_total is %v, want one counter at %d", ms, calls)
			}
			t.Logf("%d scrapes while the workload ran", scrapes)
			r.stop(t)
			out := r.stdout.String()
			if be == "native" {
				if out == "" || strings.Trim(strings.ReplaceAll(out, "tick\n", ""), "\n") != "" {
					t.Errorf("stdout %q, want tick lines", out)
				}
			} else if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
		})
	}
}

// wantSyscalls is every series of syscalls.bt after the workload
// "getppid 7; write 0,1,2,3,100,1000" as series formats it, sorted; comm is
// the workload's command. Histograms are classic or native.
func wantSyscalls(comm string, native bool) string {
	lines := []string{
		`bpftrace_bytes_total{key="COMM"} 1106`,
		`bpftrace_getppid_total 7`,
		`bpftrace_largest{key="write"} 1000`,
		`bpftrace_last 1000`,
		`bpftrace_mean 184`,
		`bpftrace_smallest 0`,
		`bpftrace_stats_count 6`,
		`bpftrace_stats_sum 1106`,
		`bpftrace_writes_total{key="COMM"} 6`,
	}
	if native {
		// Each bpftrace bucket counts at its largest value (1000 for the
		// lhist overflow bucket) in the native bucket that holds it: schema
		// 0 for hist, 3 for lhist. Zeros are in the zero bucket.
		lines = append(lines,
			`bpftrace_linear{key0="write",key1="2"} count=6 (98.7015,107.635]:4 (197.403,215.269]:1 (939.012,1024]:1`,
			`bpftrace_sizes{key="COMM"} count=6 [-2.93874e-39,2.93874e-39]:1 (0.5,1]:1 (2,4]:2 (64,128]:1 (512,1024]:1`,
		)
	} else {
		lines = append(lines,
			`bpftrace_linear_bucket{key0="write",key1="2",le="+Inf"} 6`,
			`bpftrace_linear_bucket{key0="write",key1="2",le="-1.0"} 0`,
			`bpftrace_linear_count{key0="write",key1="2"} 6`,
			`bpftrace_linear_sum{key0="write",key1="2"} NaN`,
			`bpftrace_sizes_bucket{key="COMM",le="+Inf"} 6`,
			`bpftrace_sizes_bucket{key="COMM",le="-1.0"} 0`,
			`bpftrace_sizes_bucket{key="COMM",le="0.0"} 1`,
			`bpftrace_sizes_bucket{key="COMM",le="1.0"} 2`,
			`bpftrace_sizes_count{key="COMM"} 6`,
			`bpftrace_sizes_sum{key="COMM"} NaN`,
		)
		for i := 1; i <= 10; i++ {
			n := 4 // 0, 1, 2, 3 in [0, 100)
			if i > 1 {
				n = 5 // and 100; 1000 is in the overflow bucket
			}
			lines = append(lines, fmt.Sprintf(`bpftrace_linear_bucket{key0="write",key1="2",le="%s"} %d`, openMetricsFloat(float64(100*i-1)), n))
		}
		for k := 2; k <= 31; k++ {
			n := 4 // 0, 1, 2, 3
			switch {
			case k >= 10:
				n = 6 // and 1000 in [512, 1024)
			case k >= 7:
				n = 5 // and 100 in [64, 128)
			}
			lines = append(lines, fmt.Sprintf(`bpftrace_sizes_bucket{key="COMM",le="%s"} %d`, openMetricsFloat(math.Ldexp(1, k)-1), n))
		}
	}
	slices.Sort(lines)
	return strings.ReplaceAll(strings.Join(lines, "\n")+"\n", "COMM", comm)
}

// openMetricsFloat formats an le bound as the OpenMetrics exposition does
// (bpfrun offers it, Prometheus prefers it and keeps the text as the label
// value): integers get a ".0".
func openMetricsFloat(v float64) string {
	s := strconv.FormatFloat(v, 'g', -1, 64)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

// metricsScript loads a script of testdata/metrics.
func metricsScript(t *testing.T, name string) *script {
	t.Helper()
	for _, s := range loadScriptsIn(t, "../testdata/metrics") {
		if s.name == name {
			return s
		}
	}
	t.Fatalf("no testdata/metrics/%s.bt", name)
	return nil
}

// requirePrometheus returns the prometheus binary, skipping without it
// (failing under CI=true).
func requirePrometheus(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("prometheus")
	if err == nil {
		return p
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("prometheus is not installed (apt-get install prometheus)")
	}
	t.Skip("prometheus not installed")
	return ""
}

// loopbackAddr returns a 127.0.0.1:port nothing listens on.
func loopbackAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// workload is a paused workload process (see RunWorkload).
type workload struct {
	cmd   *exec.Cmd
	stdin io.WriteCloser
}

// startWorkload starts the test binary as a paused workload.
func startWorkload(t *testing.T, spec string) *workload {
	t.Helper()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), WorkloadEnv+"="+spec)
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	return &workload{cmd: cmd, stdin: in}
}

// comm is the workload's command name.
func (w *workload) comm(t *testing.T) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", w.cmd.Process.Pid))
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(string(b), "\n")
}

// release runs the workload and waits for it to exit.
func (w *workload) release(t *testing.T) {
	t.Helper()
	io.WriteString(w.stdin, "go\n")
	if err := w.cmd.Wait(); err != nil {
		t.Fatalf("workload: %v", err)
	}
}

// metricsRun is a running bpfrun --metrics.
type metricsRun struct {
	addr           string
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	exited         chan struct{}
}

// startMetrics starts bpfrun --metrics on a free port and waits until it
// serves, which it does once every probe is attached.
func startMetrics(t *testing.T, obj string, flags ...string) *metricsRun {
	t.Helper()
	r := &metricsRun{addr: loopbackAddr(t), exited: make(chan struct{})}
	args := append([]string{"--metrics", r.addr}, flags...)
	r.cmd = exec.Command(filepath.Join(binDir, "bpfrun"), append(args, obj)...)
	r.cmd.Stdout, r.cmd.Stderr = &r.stdout, &r.stderr
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { r.cmd.Wait(); close(r.exited) }()
	t.Cleanup(func() {
		r.cmd.Process.Kill()
		<-r.exited
	})
	deadline := time.Now().Add(20 * time.Second)
	for {
		_, err := r.scrape()
		if err == nil {
			return r
		}
		select {
		case <-r.exited:
			t.Fatalf("bpfrun exited: %v\n%s", r.cmd.ProcessState, r.stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("bpfrun does not serve on %s: %v", r.addr, err)
		}
	}
}

// scrape fetches and parses /metrics in the text format.
func (r *metricsRun) scrape() (map[string]*dto.MetricFamily, error) {
	resp, err := http.Get("http://" + r.addr + "/metrics")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		return nil, fmt.Errorf("status %s: %s", resp.Status, b)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	return p.TextToMetricFamilies(resp.Body)
}

// kernelObjects lists the ids of the programs and maps bpfrun holds, from
// /proc/PID/fdinfo.
func (r *metricsRun) kernelObjects(t *testing.T) []string {
	t.Helper()
	dir := fmt.Sprintf("/proc/%d/fdinfo", r.cmd.Process.Pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		for sc.Scan() {
			k, v, _ := strings.Cut(sc.Text(), ":")
			if k == "prog_id" || k == "map_id" {
				ids = append(ids, k+" "+strings.TrimSpace(v))
			}
		}
	}
	return ids
}

// stop sends SIGTERM and checks that bpfrun exits 0 without a word on
// stderr.
func (r *metricsRun) stop(t *testing.T) {
	t.Helper()
	r.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-r.exited:
	case <-time.After(15 * time.Second):
		t.Fatal("bpfrun did not exit after SIGTERM")
	}
	if code := r.cmd.ProcessState.ExitCode(); code != 0 || r.stderr.Len() != 0 {
		t.Errorf("bpfrun exited %d, stderr %q; want 0 and nothing", code, r.stderr.String())
	}
}

// stopWhileScraped stops bpfrun while four clients scrape it: each scrape
// must succeed, fail with the "no longer running" error or find no server.
func (r *metricsRun) stopWhileScraped(t *testing.T) {
	t.Helper()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	var ok, stopped int
	for range 4 {
		wg.Go(func() {
			for {
				resp, err := http.Get("http://" + r.addr + "/metrics")
				if err != nil {
					return // the server is gone
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				mu.Lock()
				switch {
				case resp.StatusCode == http.StatusOK:
					ok++
				case bytes.Contains(b, []byte("the object is no longer running")):
					stopped++
				default:
					bad = append(bad, fmt.Sprintf("%s: %s", resp.Status, b))
				}
				mu.Unlock()
			}
		})
	}
	time.Sleep(100 * time.Millisecond)
	r.stop(t)
	wg.Wait()
	t.Logf("scrapes during shutdown: %d complete, %d refused as stopped", ok, stopped)
	if len(bad) > 0 {
		t.Errorf("scrapes during shutdown: %q", bad)
	}
	if r.stdout.Len() != 0 {
		t.Errorf("bpfrun printed %q, want nothing", r.stdout.String())
	}
}

// checkReleased checks that no program or map of ids is left in the kernel
// once bpfrun has exited (the kernel frees them shortly after the close).
func checkReleased(t *testing.T, be string, ids []string) {
	t.Helper()
	var left []string
	for range 50 {
		left = left[:0]
		live := map[string]bool{}
		for _, kind := range []string{"prog", "map"} {
			out, err := exec.Command("bpftool", "-j", kind, "list").Output()
			if err != nil {
				t.Fatalf("bpftool %s list: %v", kind, err)
			}
			var objs []struct{ ID int }
			if err := json.Unmarshal(out, &objs); err != nil {
				t.Fatalf("bpftool %s list: %v", kind, err)
			}
			for _, o := range objs {
				live[fmt.Sprintf("%s_id %d", kind, o.ID)] = true
			}
		}
		for _, id := range ids {
			if live[id] {
				left = append(left, id)
			}
		}
		if len(left) == 0 {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Errorf("%s: left in the kernel after bpfrun exited: %v", be, left)
}

// prometheus is a running Prometheus server.
type prometheus struct {
	url    string
	jobs   int
	native bool
}

// startPrometheus runs a Prometheus server scraping every run each second
// (job = backend) with its storage in a temporary directory.
func startPrometheus(t *testing.T, bin string, runs map[string]*metricsRun, native bool) *prometheus {
	t.Helper()
	dir := t.TempDir()
	var cfg strings.Builder
	cfg.WriteString("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n")
	for be, r := range runs {
		fmt.Fprintf(&cfg, "  - job_name: %s\n    static_configs:\n      - targets: ['%s']\n", be, r.addr)
	}
	if err := os.WriteFile(filepath.Join(dir, "prometheus.yml"), []byte(cfg.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	addr := loopbackAddr(t)
	args := []string{
		"--config.file=" + filepath.Join(dir, "prometheus.yml"),
		"--storage.tsdb.path=" + filepath.Join(dir, "data"),
		"--web.listen-address=" + addr,
		"--log.level=warn",
	}
	if native {
		args = append(args, "--enable-feature=native-histograms")
	}
	logPath := filepath.Join(dir, "prometheus.log")
	log, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); log.Close(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("prometheus log:\n%s", b)
		}
	})
	return &prometheus{url: "http://" + addr, jobs: len(runs), native: native}
}

// get decodes the "data" of a Prometheus API answer.
func (p *prometheus) get(path string, query url.Values, data any) error {
	resp, err := http.Get(p.url + path + "?" + query.Encode())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var body struct {
		Status string          `json:"status"`
		Error  string          `json:"error"`
		Data   json.RawMessage `json:"data"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	if body.Status != "success" {
		return fmt.Errorf("%s: %s", path, body.Error)
	}
	return json.Unmarshal(body.Data, data)
}

// waitUp waits until every target is up.
func (p *prometheus) waitUp(t *testing.T) {
	t.Helper()
	var last string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		var data struct {
			ActiveTargets []struct {
				Health    string `json:"health"`
				LastError string `json:"lastError"`
			} `json:"activeTargets"`
		}
		if err := p.get("/api/v1/targets", nil, &data); err != nil {
			last = err.Error()
			continue
		}
		up := 0
		for _, tg := range data.ActiveTargets {
			if tg.Health == "up" {
				up++
			}
			last = tg.Health + " " + tg.LastError
		}
		if up == p.jobs {
			return
		}
	}
	t.Fatalf("prometheus targets not up: %s", last)
}

// sample is one series of an instant query's answer.
type sample struct {
	Metric    map[string]string `json:"metric"`
	Value     []any             `json:"value"`
	Histogram []json.RawMessage `json:"histogram"`
}

// query runs an instant query.
func (p *prometheus) query(t *testing.T, q string) []sample {
	t.Helper()
	var data struct {
		Result []sample `json:"result"`
	}
	if err := p.get("/api/v1/query", url.Values{"query": {q}}, &data); err != nil {
		t.Fatal(err)
	}
	return data.Result
}

// waitScrapedAfter waits until every target was scraped after when.
func (p *prometheus) waitScrapedAfter(t *testing.T, when time.Time) {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		n := 0
		for _, s := range p.query(t, "timestamp(bpftrace_getppid_total)") {
			ts, _ := strconv.ParseFloat(fmt.Sprint(s.Value[1]), 64)
			if ts > float64(when.UnixMilli())/1000 {
				n++
			}
		}
		if n == p.jobs {
			return
		}
	}
	t.Fatalf("prometheus at %s has not scraped every target since %v", p.url, when)
}

// series formats every bpftrace series of job, one per line, sorted: name,
// labels but job and instance, then the value, or for native histograms
// the count and each bucket.
func (p *prometheus) series(t *testing.T, job string) string {
	t.Helper()
	var lines []string
	for _, s := range p.query(t, fmt.Sprintf(`{__name__=~"bpftrace_.*",job=%q}`, job)) {
		name := s.Metric["__name__"]
		var labels []string
		for k, v := range s.Metric {
			if k != "__name__" && k != "job" && k != "instance" {
				labels = append(labels, fmt.Sprintf("%s=%q", k, v))
			}
		}
		slices.Sort(labels)
		if len(labels) > 0 {
			name += "{" + strings.Join(labels, ",") + "}"
		}
		if s.Histogram != nil {
			lines = append(lines, name+" "+nativeHistogram(t, s.Histogram[1]))
			continue
		}
		lines = append(lines, fmt.Sprintf("%s %v", name, s.Value[1]))
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n") + "\n"
}

// nativeHistogram formats a native histogram of the query API: its count,
// then each bucket as its interval and its count.
func nativeHistogram(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var h struct {
		Count   string  `json:"count"`
		Buckets [][]any `json:"buckets"` // boundary rule, lower, upper, count
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		t.Fatal(err)
	}
	out := "count=" + h.Count
	for _, b := range h.Buckets {
		// Rules: 0 (lo, hi], 1 [lo, hi), 2 (lo, hi), 3 [lo, hi].
		rule := int(b[0].(float64))
		open, end := "([(["[rule:rule+1], "]))]"[rule:rule+1]
		lo, _ := strconv.ParseFloat(b[1].(string), 64)
		hi, _ := strconv.ParseFloat(b[2].(string), 64)
		out += fmt.Sprintf(" %s%.6g,%.6g%s:%s", open, lo, hi, end, b[3])
	}
	return out
}
