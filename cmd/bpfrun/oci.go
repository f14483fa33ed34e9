package main

import (
	"bytes"
	"context"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/loader"
	"github.com/bpftc/bpftc/oci"
)

// plainHTTPFlag lets oci:// references reach a loopback registry over
// plain HTTP.
var plainHTTPFlag = &cli.BoolFlag{Name: "plain-http", Usage: "pull oci:// references over plain HTTP (loopback registries only)"}

// openObject opens the object the argument names: a file, or with an
// oci:// prefix an artifact pulled by tag or digest into memory.
func openObject(c *cli.Context, arg string) (*loader.Object, error) {
	if !strings.HasPrefix(arg, oci.Scheme) {
		return loader.OpenFile(arg)
	}
	obj, err := oci.Pull(context.Background(), arg, &oci.Options{PlainHTTP: c.Bool(plainHTTPFlag.Name)})
	if err != nil {
		return nil, err
	}
	return loader.Open(bytes.NewReader(obj))
}
