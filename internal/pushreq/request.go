package pushreq

import (
	"encoding/json"
	"fmt"
	"os"
)

// Env is the environment variable that carries a [Request] to bpfrun; the
// object itself comes on bpfrun's standard input.
const Env = "BPFTC_PUSH_REQUEST"

// Request is one "bpftc push" whose command line bpftc has checked.
type Request struct {
	// Ref is REGISTRY/REPOSITORY:TAG.
	Ref string `json:"ref"`
	// PlainHTTP, Title and Annotations are oci.Options's.
	PlainHTTP   bool              `json:"plain_http,omitempty"`
	Title       string            `json:"title,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"`
	// Created is the manifest's creation time in seconds since the epoch
	// (SOURCE_DATE_EPOCH); nil means now.
	Created *int64 `json:"created,omitempty"`
}

// Receive returns the request bpftc passed in the environment, and false
// when there is none (bpfrun was started as itself). It clears [Env] so
// that no process bpfrun starts sees it.
func Receive() (*Request, bool, error) {
	v, ok := os.LookupEnv(Env)
	if !ok {
		return nil, false, nil
	}
	os.Unsetenv(Env)
	var r Request
	if err := json.Unmarshal([]byte(v), &r); err != nil {
		return nil, true, fmt.Errorf("push: request from bpftc: %w", err)
	}
	return &r, true, nil
}
