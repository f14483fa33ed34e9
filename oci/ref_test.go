package oci

import (
	"errors"
	"strings"
	"testing"
)

const testDigest = "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"

func TestParseRef(t *testing.T) {
	tests := []struct {
		in   string
		want Ref
		err  string // substring of the error, "" for none
	}{
		{in: "127.0.0.1:5000/probes/hello:v1", want: Ref{Registry: "127.0.0.1:5000", Repository: "probes/hello", Tag: "v1"}},
		{in: "oci://ghcr.io/acme/probes/opensnoop:1.2.3", want: Ref{Registry: "ghcr.io", Repository: "acme/probes/opensnoop", Tag: "1.2.3"}},
		{in: "oci://localhost:5000/hello@" + testDigest, want: Ref{Registry: "localhost:5000", Repository: "hello", Digest: testDigest}},
		{in: "r.example/hello:v1@" + testDigest, want: Ref{Registry: "r.example", Repository: "hello", Tag: "v1", Digest: testDigest}},
		{in: "oci://http://127.0.0.1:5000/hello:v1", want: Ref{Registry: "127.0.0.1:5000", Repository: "hello", Tag: "v1", PlainHTTP: true}},
		{in: "https://r.example/hello:v1", want: Ref{Registry: "r.example", Repository: "hello", Tag: "v1"}},
		{in: "[::1]:5000/hello:v1", want: Ref{Registry: "[::1]:5000", Repository: "hello", Tag: "v1"}},
		{in: "r.example/hello", want: Ref{Registry: "r.example", Repository: "hello"}},
		{in: "hello:v1", err: "want REGISTRY/REPOSITORY:TAG"},
		{in: "oci://", err: "want REGISTRY/REPOSITORY:TAG"},
		{in: "r.example/", err: "want REGISTRY/REPOSITORY:TAG"},
		{in: "r.example/Hello:v1", err: `invalid repository "Hello"`},
		{in: "r.example/hello:", err: `invalid tag ""`},
		{in: "r.example/hello:-v1", err: `invalid tag "-v1"`},
		{in: "r.example/hello@sha256:abc", err: `invalid digest "sha256:abc"`},
		{in: "r.example/hello@md5:" + strings.Repeat("0", 32), err: "invalid digest"},
		{in: "bad host/hello:v1", err: `invalid registry "bad host"`},
	}
	for _, tt := range tests {
		got, err := ParseRef(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseRef(%q) = %+v, %v; want error containing %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseRef(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

func TestRefString(t *testing.T) {
	for _, s := range []string{"r.example/a/b:v1", "r.example/a@" + testDigest, "r.example/a:v1@" + testDigest} {
		r, err := ParseRef("oci://http://" + s)
		if err != nil {
			t.Fatal(err)
		}
		if r.String() != s {
			t.Errorf("String() = %q, want %q", r.String(), s)
		}
	}
}

func TestLoopback(t *testing.T) {
	tests := []struct {
		registry string
		want     bool
	}{
		{"127.0.0.1:5000", true},
		{"127.1.2.3", true},
		{"localhost", true},
		{"LOCALHOST:5000", true},
		{"[::1]:5000", true},
		{"[::1]", true},
		{"10.0.0.1:5000", false},
		{"192.0.2.1", false},
		{"localhost.example.com", false},
		{"ghcr.io", false},
		{"[::2]:5000", false},
	}
	for _, tt := range tests {
		if got := (Ref{Registry: tt.registry}).Loopback(); got != tt.want {
			t.Errorf("Loopback(%q) = %v, want %v", tt.registry, got, tt.want)
		}
	}
}

// TestPlainHTTP checks who may talk plain HTTP, before any request is made.
func TestPlainHTTP(t *testing.T) {
	tests := []struct {
		ref   string
		flag  bool
		plain bool // repository speaks plain HTTP
		err   bool // refused with ErrPlainHTTP
	}{
		{ref: "127.0.0.1:5000/a:v1", flag: true, plain: true},
		{ref: "localhost:5000/a:v1", flag: true, plain: true},
		{ref: "http://[::1]:5000/a:v1", flag: true, plain: true},
		{ref: "127.0.0.1:5000/a:v1"},
		{ref: "ghcr.io/a:v1"},
		{ref: "192.0.2.1:5000/a:v1", flag: true, err: true},
		{ref: "http://192.0.2.1:5000/a:v1", err: true},
		{ref: "http://192.0.2.1:5000/a:v1", flag: true, err: true},
		{ref: "http://127.0.0.1:5000/a:v1", err: true},
	}
	for _, tt := range tests {
		r, err := ParseRef(tt.ref)
		if err != nil {
			t.Fatal(err)
		}
		repo, err := repository(r, &Options{PlainHTTP: tt.flag})
		if tt.err {
			if !errors.Is(err, ErrPlainHTTP) {
				t.Errorf("%s (flag %v): err = %v, want ErrPlainHTTP", tt.ref, tt.flag, err)
			}
			continue
		}
		if err != nil || repo.PlainHTTP != tt.plain {
			t.Errorf("%s (flag %v): plain %v, err %v; want plain %v", tt.ref, tt.flag, repo != nil && repo.PlainHTTP, err, tt.plain)
		}
	}
}
