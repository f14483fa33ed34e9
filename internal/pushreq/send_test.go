package pushreq

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSend runs a stand-in bpfrun found on PATH that prints the request
// and the object it got, and exits 3.
func TestSend(t *testing.T) {
	dir := t.TempDir()
	fake := "#!/bin/sh\nprintf '%s' \"$" + Env + "\"\nread -r obj\nprintf '%s' \"$obj\" >&2\nexit 3\n"
	if err := os.WriteFile(filepath.Join(dir, Helper), []byte(fake), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", dir)
	created := int64(1700000000)
	req := &Request{Ref: "localhost:5000/p/hello:v1", PlainHTTP: true, Title: "hello.o", Annotations: map[string]string{"k": "v"}, Created: &created}
	var stdout, stderr strings.Builder
	status, err := Send(req, []byte("OBJECT\n"), &stdout, &stderr)
	if err != nil || status != 3 {
		t.Fatalf("Send: status %d, %v", status, err)
	}
	var got Request
	if err := json.Unmarshal([]byte(stdout.String()), &got); err != nil {
		t.Fatalf("request %q: %v", stdout.String(), err)
	}
	if got.Ref != req.Ref || !got.PlainHTTP || got.Title != req.Title || got.Annotations["k"] != "v" || got.Created == nil || *got.Created != created {
		t.Errorf("request %+v, want %+v", got, req)
	}
	if stderr.String() != "OBJECT" {
		t.Errorf("object %q, want OBJECT", stderr.String())
	}

	t.Setenv("PATH", t.TempDir())
	if _, err := Send(req, nil, &stdout, &stderr); !errors.Is(err, ErrNoHelper) {
		t.Errorf("no bpfrun: %v, want ErrNoHelper", err)
	}
}

func TestReceive(t *testing.T) {
	os.Unsetenv(Env)
	if _, ok, _ := Receive(); ok {
		t.Fatalf("request without %s", Env)
	}
	t.Setenv(Env, `{"ref":"r:1","title":"x.o"}`)
	r, ok, err := Receive()
	if !ok || err != nil || r.Ref != "r:1" || r.Title != "x.o" {
		t.Fatalf("Receive: %+v %v %v", r, ok, err)
	}
	if _, set := os.LookupEnv(Env); set {
		t.Errorf("%s still set", Env)
	}
	t.Setenv(Env, `{`)
	if _, ok, err := Receive(); !ok || err == nil {
		t.Errorf("bad request: ok %v, err %v", ok, err)
	}
}
