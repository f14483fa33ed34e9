package sema

import (
	"debug/elf"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/loader/symtab"
)

// expandUprobe resolves uprobe:BIN:FUNC[+OFF], uprobe:BIN:ADDR and
// uretprobe:BIN:FUNC (PRB-07, PRB-08): the binary as bpftrace 0.17 finds
// it (library short names through the ld.so cache, then PATH), and the
// function matched against the binary's function symbols, so that a
// function the binary lacks attaches nothing, as in bpftrace.
func (c *checker) expandUprobe(pi *ProbeInfo, ap *ast.AttachPoint) {
	target := ap.Target
	if !hasWildcard(target) && strings.HasPrefix(target, "lib") {
		if p, ok := symtab.Library(target[3:]); ok {
			target = p
		}
	}
	if target == "" {
		c.errorf(ap, "%s should have a target", ap.Provider)
		return
	}
	if ap.Func == "" && ap.Address == 0 {
		c.errorf(ap, "%s should be attached to a function and/or address", ap.Provider)
		return
	}
	if ap.Provider == ProviderUretprobe && ap.FuncOffset != 0 {
		c.errorf(ap, "uretprobes can not be attached to a function offset")
		return
	}
	paths := c.binaries(target)
	switch {
	case len(paths) == 0:
		c.errorf(ap, "uprobe target file '%s' does not exist or is not executable", target)
		return
	case len(paths) == 1:
		target = paths[0]
	case !hasWildcard(target):
		c.warnf(ap, "attaching to uprobe target file '%s' but matched %d binaries", paths[0], len(paths))
		target, paths = paths[0], paths[:1]
	}
	if ap.Func == "" {
		pi.Attach = append(pi.Attach, Attach{
			Provider: ap.Provider,
			Target:   target,
			Address:  ap.Address,
			Name:     fmt.Sprintf("%s:%s:%d", ap.Provider, target, ap.Address),
		})
		return
	}
	if len(paths) == 1 && !hasWildcard(ap.Func) {
		// One function of one file: look it up instead of listing every
		// symbol (libc has thousands), with the same answer.
		if ok, err := symtab.HasFunc(target, ap.Func); err == nil {
			if ok && !strings.Contains(ap.Func, ".part.") {
				c.addUprobe(pi, ap, target, ap.Func)
			}
			return
		}
	}
	var lines []string
	for _, p := range paths {
		for _, fn := range c.funcSymbols(ap, p) {
			lines = append(lines, p+":"+fn)
		}
	}
	for _, m := range matchSymbols(target+":"+ap.Func, lines) {
		path, fn := splitColon(m)
		c.addUprobe(pi, ap, path, fn)
	}
}

// addUprobe adds the attachment of ap to function fn of the file at path.
func (c *checker) addUprobe(pi *ProbeInfo, ap *ast.AttachPoint, path, fn string) {
	name := ap.Provider + ":" + path + ":" + fn
	if ap.FuncOffset != 0 {
		name += fmt.Sprintf("+%d", ap.FuncOffset)
	}
	pi.Attach = append(pi.Attach, Attach{
		Provider: ap.Provider,
		Target:   path,
		Func:     fn,
		Offset:   uint64(ap.FuncOffset),
		Name:     name,
	})
}

// funcSymbols lists the function symbols of an ELF file, cached per check.
func (c *checker) funcSymbols(ap *ast.AttachPoint, path string) []string {
	sc := c.sysCache()
	if names, ok := sc.symbols[path]; ok {
		return names
	}
	var names []string
	if f, err := symtab.Open(path); err == nil {
		names = f.FuncNames()
	} else {
		c.warnf(ap, "Could not list function symbols: %s", path)
	}
	sc.symbols[path] = names
	return names
}

// binaries finds the ELF executables and shared objects target names, as
// bpftrace 0.17's resolve_binary_path does: target itself, then (without
// a '/') target in every PATH directory, each expanded as a glob when
// target has a '*'.
func (c *checker) binaries(target string) []string {
	cands := []string{target}
	if !strings.Contains(target, "/") {
		for _, dir := range strings.Split(os.Getenv("PATH"), ":") {
			cands = append(cands, dir+"/"+target)
		}
	}
	if hasWildcard(target) {
		var expanded []string
		for _, p := range cands {
			m, _ := filepath.Glob(p)
			expanded = append(expanded, m...)
		}
		cands = expanded
	}
	var out []string
	for _, p := range cands {
		if isBinary(p) {
			out = append(out, p)
		}
	}
	return out
}

// isBinary reports whether path is an ELF file that is executable or a
// shared object (bcc_elf_is_exe || bcc_elf_is_shared_obj).
func isBinary(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	ef, err := elf.NewFile(f)
	if err != nil {
		return false
	}
	return ef.Type == elf.ET_DYN || unix.Access(path, unix.X_OK) == nil
}
