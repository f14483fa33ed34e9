package oci

import (
	"errors"
	"fmt"
	"net/url"
	"syscall"
	"testing"

	"oras.land/oras-go/v2/errdef"
	"oras.land/oras-go/v2/registry/remote/auth"
)

func TestDescribe(t *testing.T) {
	tests := []struct {
		in   error
		want string
	}{
		{fmt.Errorf("r/a:v1: %w", errdef.ErrNotFound), "not found"},
		{&url.Error{Op: "Get", URL: "http://127.0.0.1:1/v2/a/manifests/v1", Err: syscall.ECONNREFUSED}, "connection refused"},
		{fmt.Errorf("copy: %w", &url.Error{Op: "Get", URL: "https://x/v2/", Err: errors.New("http: server gave HTTP response to HTTPS client")}),
			"the registry speaks plain HTTP, not HTTPS (--plain-http allows it for loopback registries)"},
		{fmt.Errorf("HEAD %q: %w", "http://x/v2/", auth.ErrBasicCredentialNotFound),
			"the registry asks for a login, and the Docker config has no credentials for it (docker login, or $DOCKER_CONFIG)"},
		{errors.New("GET x: response status code 401: unauthorized:\n  authentication required"), "GET x: response status code 401: unauthorized: authentication required"},
	}
	for _, tt := range tests {
		if got := describe(tt.in).Error(); got != tt.want {
			t.Errorf("describe(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
