package sema

import (
	"encoding/binary"
	"errors"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
	"golang.org/x/sys/unix"
)

// cgroupidCall checks cgroupid("path") (FN-15): like bpftrace 0.17 the id
// is resolved while compiling, from the file handle of the cgroup
// directory, and recorded as a constant of the call.
func (c *checker) cgroupidCall(e *ast.Call) *Type {
	if !c.nargs(e, 1) || !c.literalArg(e, 0, KindString) {
		return Uint64
	}
	path, _ := c.stringLiteral(e.Args[0])
	id, err := CgroupID(path)
	if err != nil {
		c.finalErrorf(e, "Failed to get `cgroupid` for path: \"%s\": %s", path, errText(err))
		return Uint64
	}
	c.setConst(e, int64(id))
	return Uint64
}

// CgroupID returns the id of the cgroup at path: the 8-byte handle that
// name_to_handle_at gives for a cgroup v2 directory.
func CgroupID(path string) (uint64, error) {
	h, _, err := unix.NameToHandleAt(unix.AT_FDCWD, path, 0)
	if err != nil {
		return 0, err
	}
	b := h.Bytes()
	if len(b) < 8 {
		return 0, errors.New("cgroupid: short file handle")
	}
	return binary.NativeEndian.Uint64(b[:8]), nil
}

// errText is err's text with a capital first letter, like strerror.
func errText(err error) string {
	s := err.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
