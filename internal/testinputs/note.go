package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// writeNotes writes NOTE.md beside each output: where it came from.
func writeNotes(c config, cmd string, events, btfSize int) error {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return err
	}
	release := unix.ByteSliceToString(u.Release[:])
	date := time.Now().UTC().Format("2006-01-02")
	common := fmt.Sprintf("Written on %s by `make testdata-inputs` (`%s`) on a machine running kernel %s (`uname -r`),\n"+
		"for the scripts in %s. Regenerate the same way (as root, with tracefs mounted and /sys/kernel/btf/vmlinux present)\n"+
		"after adding a script that needs other tracepoints or kernel types: the command checks that every script compiles\n"+
		"to the same object against these files as against the machine, and fails otherwise.\n\n"+
		"kernel: %s\n",
		date, cmd, release, c.scripts, release)
	tracefs := "# Tracepoint formats for tests\n\n" +
		fmt.Sprintf("The `format` files of the %d tracepoints the testdata scripts attach to, copied from %s/events\n", events, c.tracefsIn) +
		"(wildcards in the scripts match every event they matched there, since all of those are copied).\n" +
		"`bpftc compile --tracefs " + c.tracefsOut + "` reads them instead of the machine's tracefs.\n\n" + common
	btfNote := "# Kernel types for tests\n\n" +
		fmt.Sprintf("`vmlinux.btf` (%d bytes) is raw BTF trimmed from %s: the records, typedefs and enums the testdata\n", btfSize, c.btfIn) +
		"scripts and their tracepoint formats name or read, with everything they hold by value; a pointer to any other\n" +
		"named record points to a forward declaration (the compiler only names such records).\n" +
		"`bpftc compile --btf " + c.btfOut + "` reads it instead of /sys/kernel/btf/vmlinux.\n\n" + common
	if err := os.WriteFile(filepath.Join(c.tracefsOut, "NOTE.md"), []byte(tracefs), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(filepath.Dir(c.btfOut), "NOTE.md"), []byte(strings.TrimSpace(btfNote)+"\n"), 0o644)
}
