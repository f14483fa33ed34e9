package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/bpftc/bpftc/internal/pushreq"
	"github.com/bpftc/bpftc/loader/session"
	"github.com/bpftc/bpftc/oci"
)

// servePush does the "bpftc push" that bpftc handed over (package pushreq)
// and exits; it returns at once when bpfrun was started as itself.
func servePush() {
	req, ok, err := pushreq.Receive()
	if !ok {
		return
	}
	if err == nil {
		err = push(req, os.Stdin, os.Stdout)
	}
	os.Exit(session.Report(err, os.Stderr))
}

// push uploads the object read from in as req says and prints
// REGISTRY/REPOSITORY@DIGEST, the reference that pins what was pushed.
func push(req *pushreq.Request, in io.Reader, stdout io.Writer) error {
	obj, err := io.ReadAll(in)
	if err != nil {
		return session.Fail(session.ExitFailure, fmt.Errorf("push: read object from bpftc: %w", err))
	}
	opts := &oci.Options{PlainHTTP: req.PlainHTTP, Title: req.Title, Annotations: req.Annotations}
	if req.Created != nil {
		opts.Created = time.Unix(*req.Created, 0)
	}
	dgst, err := oci.Push(context.Background(), req.Ref, obj, opts)
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	r, _ := oci.ParseRef(req.Ref) // Push parsed it already
	fmt.Fprintf(stdout, "%s/%s@%s\n", r.Registry, r.Repository, dgst)
	return nil
}
