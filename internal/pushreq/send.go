package pushreq

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
)

// Helper is the program that pushes for bpftc.
const Helper = "bpfrun"

// ErrNoHelper is returned by [Send] when bpfrun is neither next to the
// running executable nor on PATH.
var ErrNoHelper = errors.New("push: bpfrun, which pushes for bpftc, is neither next to bpftc nor on PATH")

// FindHelper returns the path of bpfrun: the one next to the running
// executable (the one built or installed with it), else the first on PATH.
func FindHelper() (string, error) {
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), Helper)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	if p, err := exec.LookPath(Helper); err == nil {
		return p, nil
	}
	return "", ErrNoHelper
}

// Send runs bpfrun on req with the object obj on its standard input and
// its output going to stdout and stderr, and returns its exit status. The
// error is only for a bpfrun that could not be found or started.
func Send(req *Request, obj []byte, stdout, stderr io.Writer) (int, error) {
	helper, err := FindHelper()
	if err != nil {
		return 0, err
	}
	b, err := json.Marshal(req)
	if err != nil {
		return 0, fmt.Errorf("push: %w", err)
	}
	cmd := exec.Command(helper)
	cmd.Env = append(os.Environ(), Env+"="+string(b))
	cmd.Stdin = bytes.NewReader(obj)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	err = cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode(), nil
	}
	return 0, fmt.Errorf("push: %s: %w", helper, err)
}
