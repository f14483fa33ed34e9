package main

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/session"
)

// writeFileAtomic writes through a temporary file and a rename, so an
// error never leaves a partial object behind. An existing file is
// unlinked just before the rename: renaming over it would make ext4 write
// the new file's blocks out at once (auto_da_alloc), which costs more than
// compiling a small script. A reader may find no file for that instant.
// The file is written with plain system calls: an os.File would set up
// the runtime's poller, a dozen calls for nothing on a regular file.
// Where it can, writeFileLinked does the same with an unnamed file.
func writeFileAtomic(path string, data []byte) error {
	if writeFileLinked(path, data) {
		return nil
	}
	fail := func(op, name string, err error) error {
		return session.Fail(session.ExitFailure, &os.PathError{Op: op, Path: name, Err: err})
	}
	fd, tmp, err := createTemp(filepath.Dir(path))
	if err != nil {
		return fail("createtemp", filepath.Join(filepath.Dir(path), ".bpftc-*"), err)
	}
	op := "write"
	err = writeAll(fd, data)
	if err == nil {
		op, err = "chmod", unix.Fchmod(fd, 0o644)
	}
	if cerr := unix.Close(fd); err == nil && cerr != nil {
		op, err = "close", cerr
	}
	if err != nil {
		unix.Unlink(tmp)
		return fail(op, tmp, err)
	}
	unix.Unlink(path) // a directory stays, and the rename reports it
	if err := os.Rename(tmp, path); err != nil {
		unix.Unlink(tmp)
		return session.Fail(session.ExitFailure, err)
	}
	return nil
}

// createTemp creates a new file named dir/.bpftc-NUMBER, readable and
// writable by its owner only, as os.CreateTemp does.
func createTemp(dir string) (int, string, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, ".bpftc-"+strconv.FormatUint(uint64(rand.Uint32()), 10))
		fd, err := unix.Open(name, unix.O_RDWR|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC, 0o600)
		switch {
		case err == nil:
			return fd, name, nil
		case (err == unix.EEXIST && try < 10000) || err == unix.EINTR:
			continue
		}
		return -1, "", err
	}
}

// writeAll writes all of data to fd.
func writeAll(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		data = data[n:]
	}
	return nil
}
