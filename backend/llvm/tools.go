package llvm

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
)

// debianPackage provides opt and llc of the LLVM version whose IR we write.
const debianPackage = "llvm-14"

// build runs opt -O2 for the BPF target, then llc, and returns the object.
// opt runs first because some of LLVM's BPF IR passes (BPFAdjustOpt,
// BPFCheckAndAdjustIR, CO-RE lowering) run only in its pipeline.
func (b *Backend) build(ll []byte) ([]byte, error) {
	opt, err := findTool("opt", b.Opt)
	if err != nil {
		return nil, err
	}
	llc, err := findTool("llc", b.LLC)
	if err != nil {
		return nil, err
	}
	bc, err := runTool(opt, ll, "-O2", "-mtriple="+triple, "-")
	if err != nil {
		return nil, err
	}
	return runTool(llc, bc, "-march=bpf", "-mcpu=v2", "-filetype=obj", "-o", "-", "-")
}

// findTool returns the path given, or the tool found on PATH under its
// plain or versioned name.
func findTool(tool, path string) (string, error) {
	if path != "" {
		p, err := exec.LookPath(path)
		if err != nil {
			return "", fmt.Errorf("llvm backend: %s %s: %w", tool, path, err)
		}
		return p, nil
	}
	for _, n := range []string{tool, tool + "-14"} {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	return "", fmt.Errorf("llvm backend: %s not found on PATH (install the Debian package %s, or give its path with --%s)", tool, debianPackage, tool)
}

// runTool runs path with args, feeding it stdin, and returns its stdout.
// Its error names the tool and the first line it printed on stderr.
func runTool(path string, stdin []byte, args ...string) ([]byte, error) {
	cmd := exec.Command(path, args...)
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("llvm backend: %s: %s", path, msg)
	}
	return stdout.Bytes(), nil
}
