package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/output"
	"github.com/bpftc/bpftc/loader/session"
	"github.com/bpftc/bpftc/loader/symtab"
)

// listFlag is bpftrace's -l, for "bpftc run".
var listFlag = &cli.BoolFlag{Name: "l", Usage: "list the probes that match the argument (default: all kernel probes), as bpftrace -l; with -v, tracepoint arguments"}

// kernelTypes and userTypes are the probe types a wildcard provider
// expands to when listing, as bpftrace 0.17's kernel_probe_list and
// userspace_probe_list give them (kfunc is left out: bpftrace finds it
// unavailable here), in the sorted order its matching returns them.
var (
	kernelTypes = []string{"hardware", "iter", "kprobe", "software", "tracepoint"}
	userTypes   = []string{"uprobe", "usdt"}
)

// listAction prints the probes the search argument matches, as bpftrace
// 0.17's -l does (CLI-11): each attach point of the search (comma
// separated) expanded against the system, its matches sorted.
func listAction(c *cli.Context, stdout, stderr io.Writer) error {
	search := "*:*"
	switch args := c.Args().Slice(); len(args) {
	case 0:
	case 1:
		if search = args[0]; search == "*" {
			search = "*:*"
		}
	default:
		return &session.StatusError{Status: session.ExitUsage, Msg: "USAGE: -l takes at most one search argument"}
	}
	l := &lister{verbose: c.Bool("v"), out: bufio.NewWriter(stdout), stderr: stderr, tracefs: listTracefs()}
	defer l.out.Flush()
	f := &source.File{Name: "stdin", Text: search}
	if bad := invalidCharacters(f); bad != nil {
		bad.Render(stderr, f)
		return &session.StatusError{Status: session.ExitUsage}
	}
	aps, diags := l.parse(search)
	if len(aps) == 0 && diags.Err() == nil {
		diags = append(diags, source.Diagnostic{Severity: source.Error, NoLoc: true, Msg: "No attach points for probe"})
	}
	if diags.Err() == nil {
		for _, ap := range aps {
			l.check(ap, &diags)
		}
	}
	if diags.Err() != nil {
		diags.Render(stderr, f)
		return &session.StatusError{Status: session.ExitUsage}
	}
	for _, ap := range aps {
		l.list(ap)
	}
	return nil
}

// invalidCharacters returns the lexer's "invalid character" errors in the
// search, which bpftrace 0.17 reports before anything else ("-l '\n'").
func invalidCharacters(f *source.File) source.List {
	_, diags := parser.Parse(f, &parser.Options{})
	var bad source.List
	for _, d := range diags {
		if strings.HasPrefix(d.Msg, "invalid character") {
			bad = append(bad, d)
		}
	}
	return bad
}

// lister prints probe lists.
type lister struct {
	verbose bool
	out     *bufio.Writer
	stderr  io.Writer
	tracefs string
	warned  map[string]bool
}

// listAP is one attach point of the search and where it is in the text.
type listAP struct {
	*ast.AttachPoint
	span source.Span
}

// parse splits the search into attach points, expanding a wildcard probe
// type into one attach point per matching type; those that do not parse
// for a type are dropped, as bpftrace drops them.
func (l *lister) parse(search string) ([]listAP, source.List) {
	var aps []listAP
	var diags source.List
	start := 0
	for _, raw := range splitOutsideQuotes(search, ',') {
		span := source.Span{Start: source.Pos(start), End: source.Pos(start + len(raw))}
		start += len(raw) + 1
		ap, err := parseListAP(raw)
		if err != nil {
			diags.Errorf(span, "%s", err.Error())
			continue
		}
		if ap.Provider == "" {
			continue
		}
		if !strings.Contains(ap.Provider, "*") {
			aps = append(aps, listAP{ap, span})
			continue
		}
		parts := strings.SplitN(raw, ":", 2)
		query, rest := "*", raw
		if len(parts) > 1 {
			query, rest = parts[0], parts[1]
		}
		types := kernelTypes
		if len(parts) > 1 && strings.Contains(strings.SplitN(rest, ":", 2)[0], "/") {
			types = userTypes
		}
		var matched []string
		for _, t := range types {
			if sema.WildcardMatch(query, t) {
				matched = append(matched, t)
			}
		}
		if len(matched) == 0 {
			diags.Errorf(span, "No probe type matched for %s", parts[0])
			continue
		}
		for _, t := range matched {
			ap, err := parseListAP(t + ":" + rest)
			if err != nil && len(matched) == 1 {
				diags.Errorf(span, "%s", err.Error())
			}
			if err == nil && ap.Provider != "" {
				aps = append(aps, listAP{ap, span})
			}
		}
	}
	return aps, diags
}

// parseListAP parses one attach point of a search. In listing mode
// bpftrace takes wildcards in iter probes, which scripts may not use.
func parseListAP(raw string) (*ast.AttachPoint, error) {
	ap, err := parser.ParseAttachPoint(raw, nil)
	if err != nil && ap.Provider == "iter" && len(ap.Parts) == 2 && strings.Contains(ap.Parts[1], "*") {
		return &ast.AttachPoint{Raw: raw, Parts: ap.Parts, Provider: "iter", Func: ap.Parts[1]}, nil
	}
	return ap, err
}

// check resolves the binaries of uprobes and usdt probes as bpftrace's
// semantic analysis does when listing, reporting the missing ones.
func (l *lister) check(ap listAP, diags *source.List) {
	switch ap.Provider {
	case "uprobe", "uretprobe", "usdt":
		target := ap.Target
		if ap.Provider != "usdt" && !strings.Contains(target, "*") && strings.HasPrefix(target, "lib") {
			if p, ok := symtab.Library(target[3:]); ok {
				target = p
			}
		}
		word := "uprobe"
		if ap.Provider == "usdt" {
			word = "usdt"
		}
		paths := sema.Binaries(target)
		switch {
		case len(paths) == 0:
			diags.Errorf(ap.span, "%s target file '%s' does not exist or is not executable", word, target)
		case !strings.Contains(target, "*"):
			ap.Target = paths[0]
		}
	case "kfunc", "kretfunc":
		diags.Errorf(ap.span, "kfunc/kretfunc not available for your kernel version.")
	}
}

// list prints the matches of one attach point.
func (l *lister) list(ap listAP) {
	name := ap.Provider
	if name == "BEGIN" || name == "END" {
		name = "special"
	}
	matches := l.matches(ap)
	if l.verbose && ap.Provider == "uprobe" {
		for _, m := range matches {
			l.noDWARF(m)
		}
	}
	for _, m := range matches {
		fmt.Fprintf(l.out, "%s:%s\n", name, m)
		if l.verbose && ap.Provider == "tracepoint" {
			for _, p := range l.tracepointParams(m) {
				fmt.Fprintf(l.out, "    %s\n", p)
			}
		}
	}
}

// matches lists what an attach point names, sorted (bpftrace's
// get_matches_for_ap).
func (l *lister) matches(ap listAP) []string {
	var pattern string
	var lines []string
	switch ap.Provider {
	case "kprobe", "kretprobe":
		pattern = ap.Func
		lines = l.kernelFunctions()
	case "iter":
		pattern = ap.Func
		lines = []string{"task", "task_file"}
	case "interval", "profile":
		return []string{""}
	case "usdt":
		ns := ap.Ns
		if ns == "" {
			ns = "*"
		}
		pattern = ap.Target + ":" + ns + ":" + ap.Func
		for _, p := range l.binaries(ap.Target) {
			probes, _ := symtab.USDTProbes(p)
			for _, u := range probes {
				lines = append(lines, p+":"+u.Provider+":"+u.Name)
			}
		}
	default:
		// Without a function (an address uprobe, software, hardware,
		// BEGIN...) bpftrace lists the target alone.
		if ap.Func == "" {
			return []string{ap.Target + ":"}
		}
		pattern = ap.Target + ":" + ap.Func
		switch ap.Provider {
		case "tracepoint":
			lines = l.readLines(l.tracefs + "/available_events")
		case "uprobe", "uretprobe":
			for _, p := range l.binaries(ap.Target) {
				f, err := symtab.Open(p)
				if err != nil {
					fmt.Fprintf(l.stderr, "WARNING: Could not list function symbols: %s\n", p)
					continue
				}
				for _, fn := range f.FuncNames() {
					lines = append(lines, p+":"+fn)
				}
			}
		}
	}
	seen := map[string]bool{}
	var out []string
	for _, s := range lines {
		if !seen[s] && sema.WildcardMatch(pattern, s) && !strings.Contains(s, ".part.") {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

// binaries is the file a target names, or the files its glob matches.
func (l *lister) binaries(target string) []string {
	if strings.Contains(target, "*") {
		return sema.Binaries(target)
	}
	return []string{target}
}

// kernelFunctions reads available_filter_functions, without the modules.
func (l *lister) kernelFunctions() []string {
	lines := l.readLines(l.tracefs + "/available_filter_functions")
	for i, s := range lines {
		if j := strings.IndexByte(s, ' '); j >= 0 {
			lines[i] = s[:j]
		}
	}
	return lines
}

// readLines reads a tracefs list, warning as bpftrace does when it cannot.
func (l *lister) readLines(path string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(l.stderr, "WARNING: Could not read symbols from %s: %s\n", path, errnoText(err))
		return nil
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// tracepointParams lists the fields of a tracepoint's format file after the
// common ones, as "type name" (bpftrace -lv).
func (l *lister) tracepointParams(tp string) []string {
	cat, ev, _ := strings.Cut(tp, ":")
	path := l.tracefs + "/events/" + cat + "/" + ev + "/format"
	b, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(l.stderr, "ERROR: tracepoint format file not found: %s\n", path)
		return nil
	}
	lines := strings.Split(string(b), "\n")
	i := 0
	for i < len(lines) && lines[i] != "" {
		i++
	}
	var params []string
	for _, line := range lines[i:] {
		if rest, ok := strings.CutPrefix(line, "\tfield:"); ok {
			if j := strings.IndexByte(rest, ';'); j >= 0 {
				params = append(params, rest[:j])
			}
		}
	}
	return params
}

// noDWARF warns, once per binary, that uprobe arguments cannot be listed:
// bpftc reads no DWARF.
func (l *lister) noDWARF(match string) {
	path, _, _ := strings.Cut(match, ":")
	if l.warned == nil {
		l.warned = map[string]bool{}
	}
	if !l.warned[path] {
		l.warned[path] = true
		l.out.Flush()
		fmt.Fprintf(l.stderr, "WARNING: No DWARF found for \"%s\", cannot show parameter info\n", path)
	}
}

// listTracefs is where bpftrace 0.17 reads tracefs: under debugfs when
// that path exists.
func listTracefs() string {
	if _, err := os.Stat("/sys/kernel/debug/tracing"); err == nil {
		return "/sys/kernel/debug/tracing"
	}
	return "/sys/kernel/tracing"
}

// errnoText is strerror(3) of the errno behind err.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return output.Strerror(int(errno))
	}
	return err.Error()
}

// splitOutsideQuotes splits s on sep outside double quotes.
func splitOutsideQuotes(s string, sep byte) []string {
	var parts []string
	start, quoted := 0, false
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case s[i] == sep && !quoted:
			parts = append(parts, s[start:i])
			start = i + 1
		}
	}
	return append(parts, s[start:])
}
