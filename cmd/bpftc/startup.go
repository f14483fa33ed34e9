package main

// A whole "bpftc compile" takes a few milliseconds, most of them start-up,
// so start-up is kept small: the stack is grown once (package stackgrow),
// "bpftc push" runs in bpfrun (package pushreq) so that neither oras-go nor
// net/http is linked, and the object's metadata is encoded without
// encoding/json's set-up (package fastjson).
import _ "github.com/bpftc/bpftc/internal/stackgrow"
