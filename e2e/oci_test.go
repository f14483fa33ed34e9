package e2e

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
	"oras.land/oras-go/v2"
	"oras.land/oras-go/v2/content"
	"oras.land/oras-go/v2/registry/remote"
)

// TestOCI pushes objects to a real registry (Debian's docker-registry, the
// CNCF distribution server) with bpftc push and runs them with bpfrun
// oci://, by tag and by digest, then checks the manifest through the
// registry's HTTP API and the errors of bad references and registries.
func TestOCI(t *testing.T) {
	requireKernel(t)
	addr := startRegistry(t)
	src := "../testdata/scripts/hello.bt"
	text, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../testdata/scripts/hello.out")
	if err != nil {
		t.Fatal(err)
	}
	var obj string
	for _, be := range backends {
		obj = filepath.Join(t.TempDir(), "hello.o")
		compile(t, be, src, obj, nil, nil)
		repo := "probes/hello-" + be
		pinned := ociRun(t, 0, "bpftc", "push", "--plain-http", "--annotation", "org.opencontainers.image.source=https://example.com/probes", obj, addr+"/"+repo+":v1")
		pinned = strings.TrimSpace(pinned)
		dgst, ok := strings.CutPrefix(pinned, addr+"/"+repo+"@")
		if !ok || !strings.HasPrefix(dgst, "sha256:") || len(dgst) != 71 {
			t.Fatalf("%s: bpftc push printed %q, want %s/%s@sha256:...", be, pinned, addr, repo)
		}
		file := ociRun(t, 0, "bpfrun", obj)
		if file != string(want) {
			t.Fatalf("%s: bpfrun %s printed %q, want %q", be, obj, file, want)
		}
		for _, ref := range []string{addr + "/" + repo + ":v1", pinned, addr + "/" + repo + ":v1@" + dgst} {
			if got := ociRun(t, 0, "bpfrun", "--plain-http", "oci://"+ref); got != file {
				t.Errorf("%s: bpfrun oci://%s printed %q, want %q", be, ref, got, file)
			}
		}
		m := getManifest(t, addr, repo, "v1", dgst)
		checkAnnotations(t, be, m, text)
	}

	// With SOURCE_DATE_EPOCH, pushing the same object twice gives one digest.
	reproducible := func(tag string) string {
		cmd := exec.Command(filepath.Join(binDir, "bpftc"), "push", "--plain-http", obj, addr+"/probes/repro:"+tag)
		cmd.Env = append(os.Environ(), "SOURCE_DATE_EPOCH=1700000000")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("bpftc push: %v\n%s", err, out)
		}
		return string(out)
	}
	if a, b := reproducible("a"), reproducible("b"); a != b {
		t.Errorf("SOURCE_DATE_EPOCH pushes differ: %q, %q", a, b)
	}

	// A manifest whose layer is not a bpftc object is refused.
	pushForeign(t, addr, "probes/foreign", "v1", obj)

	down := freeAddr(t)
	zero := "sha256:" + strings.Repeat("0", 64)
	loopbackOnly := ": plain HTTP is allowed only to a loopback registry, with --plain-http\n"
	errs := []struct {
		name string
		args []string
		want string // the exact stderr, or with a "~" prefix a substring of its one line
	}{
		{"wrong digest", []string{"bpfrun", "--plain-http", "oci://" + addr + "/probes/hello-native@" + zero},
			"ERROR: pull " + addr + "/probes/hello-native@" + zero + ": manifest: not found\n"},
		{"unknown tag", []string{"bpfrun", "--plain-http", "oci://" + addr + "/probes/hello-native:nope"},
			"ERROR: pull " + addr + "/probes/hello-native:nope: manifest: not found\n"},
		{"malformed digest", []string{"bpfrun", "--plain-http", "oci://" + addr + "/probes/hello-native@sha256:1234"},
			"~ERROR: pull: reference \"oci://" + addr + "/probes/hello-native@sha256:1234\": invalid digest \"sha256:1234\""},
		{"registry down", []string{"bpfrun", "--plain-http", "oci://" + down + "/probes/hello:v1"},
			"ERROR: pull " + down + "/probes/hello:v1: manifest: dial tcp " + down + ": connect: connection refused\n"},
		{"push to registry down", []string{"bpftc", "push", "--plain-http", obj, down + "/probes/hello:v1"},
			"~ERROR: push " + down + "/probes/hello:v1: dial tcp " + down + ": connect: connection refused"},
		{"foreign layer", []string{"bpfrun", "--plain-http", "oci://" + addr + "/probes/foreign:v1"},
			"ERROR: pull " + addr + "/probes/foreign:v1: not a bpftc probe: layer media type \"application/vnd.oci.image.layer.v1.tar\", want \"application/vnd.bpftc.object.v1+elf\"\n"},
		{"plain HTTP, not loopback, no flag", []string{"bpfrun", "oci://http://192.0.2.1:5000/probes/hello:v1"},
			"ERROR: pull 192.0.2.1:5000/probes/hello:v1" + loopbackOnly},
		{"plain HTTP, not loopback, flag", []string{"bpfrun", "--plain-http", "oci://192.0.2.1:5000/probes/hello:v1"},
			"ERROR: pull 192.0.2.1:5000/probes/hello:v1" + loopbackOnly},
		{"push plain HTTP, not loopback", []string{"bpftc", "push", "--plain-http", obj, "192.0.2.1:5000/probes/hello:v1"},
			"ERROR: push 192.0.2.1:5000/probes/hello:v1" + loopbackOnly},
		{"plain HTTP registry, no flag", []string{"bpfrun", "oci://" + addr + "/probes/hello-native:v1"},
			"ERROR: pull " + addr + "/probes/hello-native:v1: manifest: the registry speaks plain HTTP, not HTTPS (--plain-http allows it for loopback registries)\n"},
	}
	for _, e := range errs {
		got := ociRun(t, 255, e.args...)
		if sub, ok := strings.CutPrefix(e.want, "~"); ok {
			if !strings.HasPrefix(got, sub) || strings.Count(got, "\n") != 1 {
				t.Errorf("%s: stderr %q, want one line starting %q", e.name, got, sub)
			}
		} else if got != e.want {
			t.Errorf("%s: stderr\n%q, want\n%q", e.name, got, e.want)
		}
	}
}

// ociRun runs a built command and returns its stdout, or its stderr when
// it is expected to fail with status.
func ociRun(t *testing.T, status int, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(binDir, args[0]), args[1:]...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	got := 0
	if ee, ok := err.(*exec.ExitError); ok {
		got = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s: %v", strings.Join(args, " "), err)
	}
	if got != status {
		t.Fatalf("%s: exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), got, status, &stdout, &stderr)
	}
	if status != 0 {
		return stderr.String()
	}
	return stdout.String()
}

// startRegistry runs docker-registry on a free loopback port with its
// storage in a temporary directory until the test ends, and returns its
// host:port. Under CI=true a missing docker-registry fails the test.
func startRegistry(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("docker-registry")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("docker-registry is not installed (apt-get install docker-registry)")
		}
		t.Skip("docker-registry not installed")
	}
	dir := t.TempDir()
	addr := freeAddr(t)
	config := fmt.Sprintf("version: 0.1\nlog:\n  level: warn\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: %s\n",
		filepath.Join(dir, "storage"), addr)
	if err := os.WriteFile(filepath.Join(dir, "config.yml"), []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	logPath := filepath.Join(dir, "registry.log")
	log, err := os.Create(logPath)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", filepath.Join(dir, "config.yml"))
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); log.Close(); close(exited) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-exited
		if t.Failed() {
			b, _ := os.ReadFile(logPath)
			t.Logf("docker-registry log:\n%s", b)
		}
	})
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get("http://" + addr + "/v2/")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return addr
			}
		}
		select {
		case <-exited:
			b, _ := os.ReadFile(logPath)
			t.Fatalf("docker-registry exited:\n%s", b)
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("docker-registry did not answer on %s: %v", addr, err)
		}
	}
}

// freeAddr returns a loopback host:port nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// getManifest fetches a manifest through the registry's HTTP API and checks
// that the registry names it by digest.
func getManifest(t *testing.T, addr, repo, tag, digest string) *ocispec.Manifest {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, "http://"+addr+"/v2/"+repo+"/manifests/"+tag, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", ocispec.MediaTypeImageManifest)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m ocispec.Manifest
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("GET manifest: %s: %v", resp.Status, err)
	}
	if got := resp.Header.Get("Docker-Content-Digest"); got != digest {
		t.Errorf("registry digest %s, bpftc push printed %s", got, digest)
	}
	if ct := resp.Header.Get("Content-Type"); ct != ocispec.MediaTypeImageManifest {
		t.Errorf("Content-Type %q", ct)
	}
	return &m
}

// checkAnnotations checks the manifest bpftc push wrote for hello.bt.
func checkAnnotations(t *testing.T, be string, m *ocispec.Manifest, script []byte) {
	t.Helper()
	if m.ArtifactType != "application/vnd.bpftc.probe.v1" {
		t.Errorf("%s: artifactType %q", be, m.ArtifactType)
	}
	if m.Config.MediaType != ocispec.MediaTypeEmptyJSON {
		t.Errorf("%s: config media type %q", be, m.Config.MediaType)
	}
	if len(m.Layers) != 1 || m.Layers[0].MediaType != "application/vnd.bpftc.object.v1+elf" ||
		m.Layers[0].Annotations[ocispec.AnnotationTitle] != "hello.o" {
		t.Errorf("%s: layers %+v", be, m.Layers)
	}
	a := m.Annotations
	wantExact := map[string]string{
		"dev.bpftc.probes":                "BEGIN",
		"dev.bpftc.providers":             "BEGIN",
		"dev.bpftc.arch":                  runtime.GOARCH,
		"dev.bpftc.byte-order":            "little",
		"dev.bpftc.schema":                "1",
		"dev.bpftc.source-hash":           fmt.Sprintf("sha256:%x", sha256.Sum256(script)),
		"org.opencontainers.image.source": "https://example.com/probes",
	}
	for k, v := range wantExact {
		if a[k] != v {
			t.Errorf("%s: annotation %s = %q, want %q", be, k, a[k], v)
		}
	}
	if !strings.HasPrefix(a["dev.bpftc.compiler"], "bpftc ") {
		t.Errorf("%s: annotation dev.bpftc.compiler = %q", be, a["dev.bpftc.compiler"])
	}
	created, err := time.Parse(time.RFC3339, a[ocispec.AnnotationCreated])
	if err != nil || time.Since(created) > time.Hour || time.Until(created) > time.Minute {
		t.Errorf("%s: annotation %s = %q", be, ocispec.AnnotationCreated, a[ocispec.AnnotationCreated])
	}
}

// pushForeign pushes the object as an ordinary OCI image layer, which
// bpfrun must refuse to run.
func pushForeign(t *testing.T, addr, repoName, tag, obj string) {
	t.Helper()
	ctx := context.Background()
	data, err := os.ReadFile(obj)
	if err != nil {
		t.Fatal(err)
	}
	repo, err := remote.NewRepository(addr + "/" + repoName)
	if err != nil {
		t.Fatal(err)
	}
	repo.PlainHTTP = true
	layer := content.NewDescriptorFromBytes(ocispec.MediaTypeImageLayer, data)
	if err := repo.Push(ctx, layer, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	desc, err := oras.PackManifest(ctx, repo, oras.PackManifestVersion1_1, "application/vnd.bpftc.probe.v1",
		oras.PackManifestOptions{Layers: []ocispec.Descriptor{layer}})
	if err != nil {
		t.Fatal(err)
	}
	if err := repo.Tag(ctx, desc, tag); err != nil {
		t.Fatal(err)
	}
}
