package sema

import (
	"path/filepath"
	"sort"
	"strconv"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/symtab"
)

// USDTLocation is one location of a usdt probe: where it fires and how its
// arguments are read there.
type USDTLocation struct {
	Provider, Name string
	PC             uint64 // virtual address in Attach.Target
	Semaphore      uint64 // virtual address, 0 without a semaphore
	Args           []symtab.USDTArg
	// ArgsErr is set when the argument specification could not be
	// decoded; reading an argument reports it.
	ArgsErr error
}

// expandUsdt resolves usdt:BIN:[NS:]NAME (PRB-09) as bpftrace 0.17 does:
// the binary like a uprobe's, the probes from its SDT notes (or, with -p,
// from the notes of every file the process maps), and one attach point per
// location of every matching probe. A name without a namespace (or any name
// with -p) must match one probe unless it has a wildcard.
func (c *checker) expandUsdt(pi *ProbeInfo, ap *ast.AttachPoint) {
	if ap.Func == "" {
		c.errorf(ap, "usdt probe must have a target function or wildcard")
		return
	}
	pid := c.opts.PID
	target := ap.Target
	if target != "" && !(pid > 0 && hasWildcard(target)) {
		paths := c.binaries(target)
		switch {
		case len(paths) == 0:
			c.errorf(ap, "usdt target file '%s' does not exist or is not executable", target)
			return
		case len(paths) == 1:
			target = paths[0]
		case !hasWildcard(target):
			c.warnf(ap, "attaching to usdt target file '%s' but matched %d binaries", paths[0], len(paths))
			target = paths[0]
		}
	}
	var probes []symtab.USDTProbe
	switch {
	case pid > 0:
		probes = c.usdtOfProcess(pid)
	case target != "":
		for _, p := range c.binaries(target) {
			probes = append(probes, c.usdtOfFile(p)...)
		}
	default:
		c.errorf(ap, "usdt probe must specify at least path or pid to probe")
		return
	}
	// bpftrace matches "path:provider:name" lines; with -p the paths carry
	// a /proc/PID/root prefix, hence the leading wildcard.
	pattern := target
	if pid > 0 {
		pattern = "*"
		if target != "" {
			if abs, err := filepath.Abs(target); err == nil {
				pattern = "*" + abs
			}
		}
	}
	ns := ap.Ns
	if ns == "" {
		ns = "*"
	}
	pattern += ":" + ns + ":" + ap.Func
	byLine := map[string]*symtab.USDTProbe{}
	var lines []string
	for i := range probes {
		p := &probes[i]
		l := p.Path + ":" + p.Provider + ":" + p.Name
		if _, dup := byLine[l]; !dup {
			byLine[l] = p
			lines = append(lines, l)
		}
	}
	var matches []string
	if ap.NeedExpansion {
		matches = matchSymbols(pattern, lines)
		sort.Strings(matches)
	} else if _, ok := byLine[target+":"+ap.Ns+":"+ap.Func]; ok {
		matches = []string{target + ":" + ap.Ns + ":" + ap.Func}
	}
	underspecified := !hasWildcard(target) && !hasWildcard(ap.Ns) && !hasWildcard(ap.Func) && (ap.Ns == "" || pid > 0)
	if underspecified && len(matches) > 1 {
		name := "usdt:" + target + ":"
		if ap.Ns != "" {
			name += ap.Ns + ":"
		}
		c.diags = append(c.diags,
			source.Diagnostic{Severity: source.Error, NoLoc: true, Msg: "namespace for " + name + ap.Func + " not specified, matched " + strconv.Itoa(len(matches)) + " probes"},
			source.Diagnostic{Severity: source.Warning, Raw: true, Msg: "INFO: please specify a unique namespace or use '*' to attach to all matched probes"})
		return
	}
	for _, m := range matches {
		p := byLine[m]
		for _, loc := range p.Locations {
			l := &USDTLocation{Provider: p.Provider, Name: p.Name, PC: loc.PC, Semaphore: p.Semaphore}
			l.Args, l.ArgsErr = symtab.ParseUSDTArgs(loc.Args)
			pi.Attach = append(pi.Attach, Attach{
				Provider: ProviderUsdt,
				Target:   p.Path,
				Func:     p.Provider + ":" + p.Name,
				Address:  loc.PC,
				Name:     "usdt:" + m,
				USDT:     l,
			})
		}
	}
}

// usdtOfFile reads the SDT notes of an ELF file, once per check.
func (c *checker) usdtOfFile(path string) []symtab.USDTProbe {
	sc := c.sysCache()
	if sc.usdt == nil {
		sc.usdt = map[string][]symtab.USDTProbe{}
	}
	if ps, ok := sc.usdt[path]; ok {
		return ps
	}
	ps, err := symtab.USDTProbes(path)
	if err != nil && !c.quiet {
		c.diags = append(c.diags, source.Diagnostic{Severity: source.Error, NoLoc: true, Msg: "failed to initialize usdt context for path " + path})
	}
	sc.usdt[path] = ps
	return ps
}

// usdtOfProcess reads the SDT notes of the files process pid maps.
func (c *checker) usdtOfProcess(pid int) []symtab.USDTProbe {
	sc := c.sysCache()
	if sc.usdtPID != nil {
		return sc.usdtPID
	}
	ps, err := symtab.USDTProbesOfProcess(pid)
	if err != nil && !c.quiet {
		c.diags = append(c.diags, source.Diagnostic{Severity: source.Error, NoLoc: true, Msg: "failed to initialize usdt context for pid: " + strconv.Itoa(pid)})
	}
	sc.usdtPID = ps
	return ps
}

// usdtArg checks that argN can be read at every usdt location of the
// probe (bpftrace fails in code generation when it cannot).
func (c *checker) usdtArg(e *ast.Builtin, n int) {
	for _, a := range c.probe.Attach {
		if a.Provider != ProviderUsdt || a.USDT == nil || a.USDT.Provider == "" {
			continue
		}
		if a.USDT.ArgsErr != nil {
			c.errorf(e, "%s: %v", a.Name, a.USDT.ArgsErr)
			return
		}
		if n >= len(a.USDT.Args) {
			// bpftrace fails here in code generation, without a location.
			if !c.quiet {
				c.diags = append(c.diags, source.Diagnostic{Severity: source.Error, NoLoc: true,
					Msg: "couldn't get argument " + strconv.Itoa(n) + " for " + a.Name[len("usdt:"):]})
			}
			return
		}
	}
}
