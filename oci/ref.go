package oci

import (
	"fmt"
	"net"
	"strings"

	"github.com/opencontainers/go-digest"
	"oras.land/oras-go/v2/registry"
)

// Scheme is the prefix that marks a bpfrun argument as a registry reference.
const Scheme = "oci://"

// Ref is a parsed artifact reference, [oci://][http://]REGISTRY/REPOSITORY
// with a :TAG, an @DIGEST or both (the digest wins when both are given).
type Ref struct {
	Registry   string // host[:port]
	Repository string // path inside the registry, e.g. "probes/hello"
	Tag        string // "" when absent
	Digest     string // "sha256:<hex>", or "" when absent
	// PlainHTTP is set when the reference starts with http://, asking for
	// plain HTTP; see [Options.PlainHTTP].
	PlainHTTP bool
}

// ParseRef parses s, which may start with [Scheme], then http:// or https://.
func ParseRef(s string) (Ref, error) {
	var r Ref
	rest := strings.TrimPrefix(s, Scheme)
	if v, ok := strings.CutPrefix(rest, "http://"); ok {
		r.PlainHTTP, rest = true, v
	} else {
		rest = strings.TrimPrefix(rest, "https://")
	}
	host, path, ok := strings.Cut(rest, "/")
	if !ok || host == "" || path == "" {
		return Ref{}, fmt.Errorf("reference %q: want REGISTRY/REPOSITORY:TAG or REGISTRY/REPOSITORY@DIGEST", s)
	}
	r.Registry = host
	if i := strings.LastIndexByte(path, '@'); i >= 0 {
		r.Digest, path = path[i+1:], path[:i]
		if _, err := digest.Parse(r.Digest); err != nil {
			return Ref{}, fmt.Errorf("reference %q: invalid digest %q: %v", s, r.Digest, err)
		}
	}
	// A colon in the path can only start the tag: repositories have none.
	i := strings.LastIndexByte(path, ':')
	if i >= 0 {
		r.Tag, path = path[i+1:], path[:i]
	}
	r.Repository = path
	or := registry.Reference{Registry: r.Registry, Repository: r.Repository, Reference: r.Tag}
	if err := or.ValidateRegistry(); err != nil {
		return Ref{}, fmt.Errorf("reference %q: invalid registry %q", s, r.Registry)
	}
	if err := or.ValidateRepository(); err != nil {
		return Ref{}, fmt.Errorf("reference %q: invalid repository %q (lower case letters, digits, separators)", s, r.Repository)
	}
	if i >= 0 {
		if err := or.ValidateReferenceAsTag(); err != nil {
			return Ref{}, fmt.Errorf("reference %q: invalid tag %q", s, r.Tag)
		}
	}
	return r, nil
}

// String returns the reference without scheme: REGISTRY/REPOSITORY[:TAG][@DIGEST].
func (r Ref) String() string {
	s := r.Registry + "/" + r.Repository
	if r.Tag != "" {
		s += ":" + r.Tag
	}
	if r.Digest != "" {
		s += "@" + r.Digest
	}
	return s
}

// reference is the tag or digest to resolve, the digest when both are set.
func (r Ref) reference() string {
	if r.Digest != "" {
		return r.Digest
	}
	return r.Tag
}

// Loopback reports whether the registry is on this machine: localhost or a
// loopback address (127.0.0.0/8, ::1), with or without a port.
func (r Ref) Loopback() bool {
	host := r.Registry
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
