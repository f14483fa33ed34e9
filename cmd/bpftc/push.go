package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/internal/pushreq"
	"github.com/bpftc/bpftc/internal/rawfile"
	"github.com/bpftc/bpftc/loader/session"
)

var pushCommand = &cli.Command{
	Name:      "push",
	Usage:     "upload an object to an OCI registry, for bpfrun oci://REF",
	UsageText: "bpftc push [--plain-http] [--annotation KEY=VALUE]... OBJ.o REGISTRY/REPOSITORY:TAG",
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "plain-http", Usage: "talk plain HTTP, not HTTPS (loopback registries only)"},
		&cli.StringSliceFlag{Name: "annotation", Aliases: []string{"a"}, Usage: "add the manifest annotation `KEY=VALUE`"},
	},
}

// pushAction pushes the object and prints REGISTRY/REPOSITORY@DIGEST, the
// reference that pins what was pushed. bpftc checks the command line and
// reads the object; bpfrun, which links the OCI client, pushes it
// (see package pushreq).
func pushAction(c *cli.Context, stdout, stderr io.Writer) error {
	if c.NArg() != 2 {
		return session.Fail(session.ExitUsage, fmt.Errorf("push takes an object file and a reference, got %d arguments", c.NArg()))
	}
	path, ref := c.Args().Get(0), c.Args().Get(1)
	req := &pushreq.Request{Ref: ref, PlainHTTP: c.Bool("plain-http"), Title: filepath.Base(path)}
	for _, a := range c.StringSlice("annotation") {
		k, v, ok := strings.Cut(a, "=")
		if !ok || k == "" {
			return session.Fail(session.ExitUsage, fmt.Errorf("push: annotation %q is not KEY=VALUE", a))
		}
		if req.Annotations == nil {
			req.Annotations = map[string]string{}
		}
		req.Annotations[k] = v
	}
	// SOURCE_DATE_EPOCH fixes the created time, so pushing the same object
	// twice gives the same manifest digest (reproducible-builds.org).
	if s, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return session.Fail(session.ExitUsage, fmt.Errorf("push: SOURCE_DATE_EPOCH %q is not a number of seconds", s))
		}
		req.Created = &sec
	}
	obj, err := rawfile.ReadFile(path)
	if err != nil {
		return session.Fail(session.ExitFailure, fmt.Errorf("push: %w", err))
	}
	status, err := pushreq.Send(req, obj, stdout, stderr)
	if err != nil {
		return session.Fail(session.ExitFailure, err)
	}
	if status != 0 {
		return &session.StatusError{Status: status} // bpfrun printed why
	}
	return nil
}
