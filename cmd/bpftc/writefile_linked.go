package main

import (
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"
)

// writeFileLinked writes data to path as writeFileAtomic does, through an
// unnamed file (O_TMPFILE) that is linked in at the end: two directory
// updates fewer than a named temporary file and a rename. It reports
// false when that does not work (a file system without O_TMPFILE, an
// error, a directory at path), at most having removed the old file at path
// as writeFileAtomic does anyway: writeFileAtomic then writes the usual
// way and reports any error as before.
func writeFileLinked(path string, data []byte) bool {
	fd, err := unix.Open(filepath.Dir(path), unix.O_WRONLY|unix.O_TMPFILE|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return false
	}
	defer unix.Close(fd)
	if writeAll(fd, data) != nil || unix.Fchmod(fd, 0o644) != nil {
		return false
	}
	unix.Unlink(path) // as writeFileAtomic does; a directory stays
	if unix.Linkat(fd, "", unix.AT_FDCWD, path, unix.AT_EMPTY_PATH) == nil {
		return true
	}
	// Before Linux 6.10, AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH.
	return unix.Linkat(unix.AT_FDCWD, "/proc/self/fd/"+strconv.Itoa(fd), unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW) == nil
}
