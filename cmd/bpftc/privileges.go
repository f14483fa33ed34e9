package main

import (
	"os"
	"path/filepath"

	"github.com/bpftc/bpftc/loader/session"
)

// runPrivileges refuses "bpftc run" without the privileges to trace, once
// the script is read and before it is compiled, where bpftrace checks
// (RT-05): invoked as "bpftrace", with bpftrace's refusal of a non-root
// user; as bpftc, with bpfrun's capability check.
func runPrivileges() error {
	if len(os.Args) > 0 && filepath.Base(os.Args[0]) == "bpftrace" {
		return session.CheckPrivileges("bpftrace")
	}
	return session.CheckPrivileges("bpftc run")
}
