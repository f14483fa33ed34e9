package examples

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/bpftc/bpftc/compiler"
	"github.com/bpftc/bpftc/frontend/source"
)

// TestEveryYAMLParses requires every YAML file under examples to parse, so
// a broken one cannot hide from the checks below.
func TestEveryYAMLParses(t *testing.T) {
	var n int
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || (filepath.Ext(path) != ".yml" && filepath.Ext(path) != ".yaml") {
			return err
		}
		n++
		var doc any
		if err := yaml.Unmarshal(readFile(t, path), &doc); err != nil || doc == nil {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
	if err != nil || n < 2 {
		t.Fatalf("%d YAML files: %v", n, err)
	}
}

// workflow is the part of a GitHub Actions workflow the test reads.
type workflow struct {
	Name string         `yaml:"name"`
	On   map[string]any `yaml:"on"`
	Env  map[string]string
	Jobs map[string]struct {
		Needs  any    `yaml:"needs"`
		RunsOn string `yaml:"runs-on"`
		Steps  []step `yaml:"steps"`
	} `yaml:"jobs"`
}

type step struct {
	ID   string            `yaml:"id"`
	Name string            `yaml:"name"`
	Uses string            `yaml:"uses"`
	Run  string            `yaml:"run"`
	If   string            `yaml:"if"`
	With map[string]string `yaml:"with"`
}

// TestWorkflow checks examples/ci/probes.yml: the build job compiles with
// the BTF and tracefs inputs of testdata and without sudo, inspects and
// pushes the object; the compile command it runs really compiles here.
func TestWorkflow(t *testing.T) {
	var wf workflow
	if err := yaml.Unmarshal(readFile(t, "ci/probes.yml"), &wf); err != nil {
		t.Fatal(err)
	}
	if wf.Name == "" || wf.On["push"] == nil {
		t.Errorf("workflow name %q, triggers %v", wf.Name, wf.On)
	}
	build, ok := wf.Jobs["build"]
	if !ok || build.RunsOn == "" {
		t.Fatalf("no build job with runs-on: %+v", wf.Jobs)
	}
	var compiles, inspects, pushes int
	checkedOut := false
	for _, s := range build.Steps {
		checkedOut = checkedOut || strings.HasPrefix(s.Uses, "actions/checkout@")
		for _, line := range commands(s.Run) {
			if strings.Contains(line, "sudo") {
				t.Errorf("build job step %q uses sudo: %s", s.Name, line)
			}
			args := strings.Fields(line)
			switch {
			case len(args) > 2 && isBpftc(args[0]) && args[1] == "compile":
				compiles++
				checkCompile(t, args[2:])
			case len(args) > 2 && isBpftc(args[0]) && args[1] == "inspect":
				inspects++
				if !slices.Contains(args, "--json") {
					t.Errorf("inspect without --json: %s", line)
				}
			case strings.Contains(line, "bpftc push "):
				pushes++
				if s.ID == "" || !strings.Contains(s.Run, "$GITHUB_OUTPUT") {
					t.Errorf("the push step must publish the pinned reference as an output: %+v", s)
				}
			}
		}
	}
	if !checkedOut || compiles == 0 || inspects == 0 || pushes == 0 {
		t.Errorf("build job: checkout %t, %d compile, %d inspect, %d push steps", checkedOut, compiles, inspects, pushes)
	}
}

// commands splits a run block into its command lines, joining lines
// continued with a backslash.
func commands(run string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(run, "\\\n", " "), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// isBpftc reports whether a command word runs bpftc (bin/bpftc, bpftc...),
// possibly inside $(...).
func isBpftc(word string) bool {
	return filepath.Base(strings.TrimPrefix(word, "$(")) == "bpftc"
}

// checkCompile checks the arguments of a bpftc compile command of the
// workflow and compiles its script as it would, from the repository root.
func checkCompile(t *testing.T, args []string) {
	t.Helper()
	flags := map[string]string{}
	var src string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--embed-source" || a == "--unsafe":
			flags[a] = "true"
		case strings.HasPrefix(a, "-") && i+1 < len(args):
			flags[a] = args[i+1]
			i++
		default:
			src = a
		}
	}
	if flags["--btf"] != "testdata/btf/vmlinux.btf" || flags["--tracefs"] != "testdata/tracefs" || flags["-o"] == "" || src == "" {
		t.Fatalf("compile %v: want --btf testdata/btf/vmlinux.btf --tracefs testdata/tracefs -o OBJ SCRIPT", args)
	}
	root := ".."
	text := readFile(t, filepath.Join(root, src))
	res, err := compiler.Compile(&source.File{Name: src, Text: string(text)}, &compiler.Options{
		TracefsDir:  filepath.Join(root, flags["--tracefs"]),
		BTFPath:     filepath.Join(root, flags["--btf"]),
		EmbedSource: flags["--embed-source"] != "",
	})
	if err != nil {
		t.Fatalf("compile %s: %v %v", src, err, res.Diags)
	}
	if res.Meta.Source != string(text) && flags["--embed-source"] != "" {
		t.Errorf("compile %s: source not embedded", src)
	}
}

// daemonSet is the part of a DaemonSet the test reads.
type daemonSet struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		Selector struct {
			MatchLabels map[string]string `yaml:"matchLabels"`
		} `yaml:"selector"`
		Template struct {
			Metadata struct {
				Labels      map[string]string `yaml:"labels"`
				Annotations map[string]string `yaml:"annotations"`
			} `yaml:"metadata"`
			Spec struct {
				HostPID     bool `yaml:"hostPID"`
				HostNetwork bool `yaml:"hostNetwork"`
				Tolerations []struct {
					Operator string `yaml:"operator"`
				} `yaml:"tolerations"`
				Containers []container `yaml:"containers"`
				Volumes    []struct {
					Name     string `yaml:"name"`
					HostPath *struct {
						Path string `yaml:"path"`
					} `yaml:"hostPath"`
				} `yaml:"volumes"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

type container struct {
	Name    string   `yaml:"name"`
	Image   string   `yaml:"image"`
	Command []string `yaml:"command"`
	Args    []string `yaml:"args"`
	Ports   []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	SecurityContext struct {
		RunAsUser                *int  `yaml:"runAsUser"`
		Privileged               *bool `yaml:"privileged"`
		AllowPrivilegeEscalation *bool `yaml:"allowPrivilegeEscalation"`
		ReadOnlyRootFilesystem   bool  `yaml:"readOnlyRootFilesystem"`
		Capabilities             struct {
			Add  []string `yaml:"add"`
			Drop []string `yaml:"drop"`
		} `yaml:"capabilities"`
	} `yaml:"securityContext"`
	VolumeMounts []struct {
		Name      string `yaml:"name"`
		MountPath string `yaml:"mountPath"`
		ReadOnly  bool   `yaml:"readOnly"`
	} `yaml:"volumeMounts"`
	Resources struct {
		Limits map[string]string `yaml:"limits"`
	} `yaml:"resources"`
}

// pinnedRef is an oci:// reference pinned by digest.
var pinnedRef = regexp.MustCompile(`^oci://[a-z0-9.:-]+/[a-z0-9._/-]+@sha256:[0-9a-f]{64}$`)

// TestDaemonSet checks examples/kubernetes/daemonset.yaml: bpfrun with
// --metrics on a digest-pinned oci:// object, scraped by Prometheus, with
// exactly the capabilities it needs and tracefs mounted.
func TestDaemonSet(t *testing.T) {
	var ds daemonSet
	if err := yaml.Unmarshal(readFile(t, "kubernetes/daemonset.yaml"), &ds); err != nil {
		t.Fatal(err)
	}
	if ds.APIVersion != "apps/v1" || ds.Kind != "DaemonSet" || ds.Metadata.Name == "" {
		t.Fatalf("%s %s %q, want apps/v1 DaemonSet", ds.APIVersion, ds.Kind, ds.Metadata.Name)
	}
	tmpl := ds.Spec.Template
	if len(ds.Spec.Selector.MatchLabels) == 0 {
		t.Error("no selector")
	}
	for k, v := range ds.Spec.Selector.MatchLabels {
		if tmpl.Metadata.Labels[k] != v {
			t.Errorf("selector %s=%s does not match the pod labels %v", k, v, tmpl.Metadata.Labels)
		}
	}
	if len(tmpl.Spec.Containers) != 1 {
		t.Fatalf("%d containers, want 1", len(tmpl.Spec.Containers))
	}
	c := tmpl.Spec.Containers[0]
	argv := append(slices.Clone(c.Command), c.Args...)
	if len(argv) == 0 || filepath.Base(argv[0]) != "bpfrun" || c.Image == "" {
		t.Fatalf("container runs %v from %q, want bpfrun", argv, c.Image)
	}
	i := slices.Index(argv, "--metrics")
	if i < 0 || i+1 >= len(argv) || !strings.HasPrefix(argv[i+1], ":") {
		t.Fatalf("bpfrun %v: want --metrics :PORT", argv[1:])
	}
	port := strings.TrimPrefix(argv[i+1], ":")
	if ref := argv[len(argv)-1]; !pinnedRef.MatchString(ref) {
		t.Errorf("object %q is not an oci:// reference pinned by digest", ref)
	}
	ann := tmpl.Metadata.Annotations
	if ann["prometheus.io/scrape"] != "true" || ann["prometheus.io/port"] != port || ann["prometheus.io/path"] != "/metrics" {
		t.Errorf("scrape annotations %v, want scrape on port %s /metrics", ann, port)
	}
	if len(c.Ports) != 1 || strconv.Itoa(c.Ports[0].ContainerPort) != port {
		t.Errorf("ports %+v, want containerPort %s", c.Ports, port)
	}

	sc := c.SecurityContext
	add := slices.Sorted(slices.Values(sc.Capabilities.Add))
	if !slices.Equal(add, []string{"BPF", "PERFMON"}) || !slices.Equal(sc.Capabilities.Drop, []string{"ALL"}) {
		t.Errorf("capabilities add %v drop %v, want add [BPF PERFMON] drop [ALL]", add, sc.Capabilities.Drop)
	}
	if sc.Privileged == nil || *sc.Privileged || sc.AllowPrivilegeEscalation == nil || *sc.AllowPrivilegeEscalation {
		t.Error("the container must say privileged: false and allowPrivilegeEscalation: false")
	}
	if sc.RunAsUser == nil || *sc.RunAsUser != 0 || !sc.ReadOnlyRootFilesystem {
		t.Error("the container must run as uid 0 (tracefs is root's) on a read-only root file system")
	}
	if tmpl.Spec.HostPID || tmpl.Spec.HostNetwork {
		t.Error("tracepoint probes need neither hostPID nor hostNetwork")
	}
	if c.Resources.Limits["memory"] == "" {
		t.Error("no memory limit")
	}
	if !slices.ContainsFunc(tmpl.Spec.Tolerations, func(tl struct {
		Operator string `yaml:"operator"`
	}) bool {
		return tl.Operator == "Exists"
	}) {
		t.Error("no toleration lets the probe run on every node")
	}

	hostPaths := map[string]string{}
	for _, v := range tmpl.Spec.Volumes {
		if v.HostPath != nil {
			hostPaths[v.Name] = v.HostPath.Path
		}
	}
	mounts := map[string]bool{}
	for _, m := range c.VolumeMounts {
		if p, ok := hostPaths[m.Name]; ok {
			mounts[p] = true
			if p != m.MountPath || !m.ReadOnly {
				t.Errorf("host path %s mounted at %s (read-only %t), want the same path read-only", p, m.MountPath, m.ReadOnly)
			}
		}
	}
	if !mounts["/sys/kernel/tracing"] || len(mounts) != 1 {
		t.Errorf("host paths %v, want only /sys/kernel/tracing", hostPaths)
	}
}

// TestREADMEs requires a README.md in every example directory.
func TestREADMEs(t *testing.T) {
	for _, dir := range []string{"ci", "kubernetes"} {
		if b := readFile(t, filepath.Join(dir, "README.md")); len(b) < 200 {
			t.Errorf("%s/README.md is %d bytes", dir, len(b))
		}
	}
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
