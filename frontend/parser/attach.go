package parser

import (
	"errors"
	"strings"

	"github.com/bpftc/bpftc/frontend/ast"
)

// providers maps provider names and their aliases to full names
// (bpftrace 0.17 PROBE_LIST, plus rawtracepoint from 0.18).
var providers = map[string]string{
	"kprobe": "kprobe", "k": "kprobe",
	"kretprobe": "kretprobe", "kr": "kretprobe",
	"uprobe": "uprobe", "u": "uprobe",
	"uretprobe": "uretprobe", "ur": "uretprobe",
	"usdt": "usdt", "U": "usdt",
	"BEGIN":      "BEGIN",
	"END":        "END",
	"tracepoint": "tracepoint", "t": "tracepoint",
	"profile": "profile", "p": "profile",
	"interval": "interval", "i": "interval",
	"software": "software", "s": "software",
	"hardware": "hardware", "h": "hardware",
	"watchpoint": "watchpoint", "w": "watchpoint",
	"asyncwatchpoint": "asyncwatchpoint", "aw": "asyncwatchpoint",
	"kfunc": "kfunc", "f": "kfunc",
	"kretfunc": "kretfunc", "fr": "kretfunc",
	"iter": "iter", "it": "iter",
	"rawtracepoint": "rawtracepoint", "rt": "rawtracepoint",
}

// ParseAttachPoint splits raw attach point text (as found in
// [ast.AttachPoint.Raw]) into its provider and parts the way bpftrace 0.17's
// AttachPointParser does, substituting positional parameters params ($1 is
// params[0]) and expanding provider aliases. The error text is bpftrace's
// message. An empty raw text (a trailing comma) gives an empty Provider.
// Things that need the system are left for later: wildcard matching
// (NeedExpansion), library name resolution (uprobe:libc:f keeps Target
// "libc"), kfunc modules and -p/-c targets.
func ParseAttachPoint(raw string, params []string) (*ast.AttachPoint, error) {
	ap := &ast.AttachPoint{Raw: raw}
	_, err := fillAttachPoint(ap, params, 0)
	return ap, err
}

// fillAttachPoint fills ap from its Raw text. It also returns the text that
// bpftrace 0.17 leaves in its error buffer without failing: a uprobe
// function that is not an address writes the conversion error there, and
// the next attach point error of the script is printed after it (quirk).
func fillAttachPoint(ap *ast.AttachPoint, params []string, pid int) (string, error) {
	a := apParser{ap: ap, pid: pid}
	err := a.fill(params)
	return a.leak, err
}

func (a *apParser) fill(params []string) error {
	ap := a.ap
	parts, err := splitAttachPoint(ap.Raw, params)
	if err != nil {
		return err
	}
	ap.Parts = parts
	if parts[0] == "" {
		return nil // empty attach point, e.g. after a trailing comma
	}
	if hasWildcard(parts[0]) {
		// The provider is matched against the system's probe types later.
		ap.Provider = parts[0]
		ap.NeedExpansion = true
		return nil
	}
	full, ok := providers[parts[0]]
	if !ok {
		// bpftrace 0.17 aborts here (FATAL: Invalid probe type made it to
		// attachpoint parser); report what it meant to say.
		ap.Provider = parts[0]
		return errors.New("Invalid probe type: " + parts[0])
	}
	ap.Provider = full
	a.parts = parts
	switch full {
	case "BEGIN", "END":
		return a.special()
	case "kprobe":
		return a.kprobe(true)
	case "kretprobe":
		return a.kprobe(false)
	case "uprobe":
		return a.uprobe(true)
	case "uretprobe":
		return a.uprobe(false)
	case "usdt":
		return a.usdt()
	case "tracepoint":
		return a.tracepoint()
	case "profile", "interval":
		return a.timer()
	case "software", "hardware":
		return a.event()
	case "watchpoint":
		return a.watchpoint(false)
	case "asyncwatchpoint":
		return a.watchpoint(true)
	case "kfunc", "kretfunc", "rawtracepoint":
		return a.kfunc()
	case "iter":
		return a.iter()
	}
	return nil
}

// splitAttachPoint splits raw on ':' outside double quotes, dropping the
// quotes, unescaping "\x" inside them and replacing $N outside them.
func splitAttachPoint(raw string, params []string) ([]string, error) {
	var parts []string
	var arg strings.Builder
	inQuotes := false
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		switch {
		case c == ':' && !inQuotes:
			parts = append(parts, arg.String())
			arg.Reset()
		case c == '"':
			inQuotes = !inQuotes
		case inQuotes && c == '\\' && i+1 < len(raw):
			arg.WriteByte(raw[i+1])
			i++
		case !inQuotes && c == '$':
			j := i + 1
			for j < len(raw) && raw[j] != '"' && raw[j] != ':' {
				j++
			}
			idx := raw[i+1 : j]
			n, used, _ := stoull(idx, 0)
			if used != len(idx) {
				return nil, errors.New("Found trailing text '" + idx[used:] +
					"' in positional parameter index. Try quoting the trailing text.")
			}
			if n >= 1 && n <= uint64(len(params)) {
				arg.WriteString(params[n-1])
			}
			i = j - 1
		default:
			arg.WriteByte(c)
		}
	}
	return append(parts, arg.String()), nil
}

func hasWildcard(s string) bool {
	return strings.Contains(s, "*") || (strings.Contains(s, "[") && strings.Contains(s, "]"))
}

// apParser fills one attach point from its parts; its methods mirror the
// per-provider parsers of bpftrace 0.17.
type apParser struct {
	ap    *ast.AttachPoint
	parts []string
	leak  string
	pid   int // -p: usdt:NAME has no binary
}

func (a *apParser) errorf(format string) error {
	return errors.New(strings.ReplaceAll(format, "%p", a.ap.Provider))
}

// number converts an attach point number like bpftrace's stoull helper.
func number(s string) (uint64, error) {
	v, err := parseUint(s)
	if err != "" {
		return 0, errors.New(err)
	}
	return v, nil
}

func (a *apParser) special() error {
	if len(a.parts) == 2 && a.parts[1] == "*" {
		a.parts = a.parts[:1]
	}
	if len(a.parts) != 1 {
		return a.errorf("%p probe type requires 0 arguments")
	}
	return nil
}

// offset splits "func+off" into the function and its offset.
func (a *apParser) offset(s string, allowed bool) (bool, error) {
	n := strings.Count(s, "+")
	if n == 0 {
		a.ap.Func = s
		return false, nil
	}
	if !allowed {
		return true, errors.New("Offset not allowed")
	}
	if n != 1 {
		return true, errors.New("Cannot take more than one offset")
	}
	f, off, _ := strings.Cut(s, "+")
	if f == "" || off == "" {
		return true, errors.New("Invalid offset")
	}
	a.ap.Func = f
	v, err := number(off)
	if err != nil {
		return true, err
	}
	a.ap.FuncOffset = int64(v)
	return true, nil
}

func (a *apParser) kprobe(allowOffset bool) error {
	if len(a.parts) != 2 {
		return a.errorf("%p probe type requires 1 argument")
	}
	if _, err := a.offset(a.parts[1], allowOffset); err != nil {
		return err
	}
	a.ap.NeedExpansion = strings.Contains(a.ap.Func, "*")
	return nil
}

func (a *apParser) uprobe(allowOffset bool) error {
	if len(a.parts) != 3 {
		return a.errorf("%p probe type requires 2 arguments")
	}
	a.ap.Target = a.parts[1]
	had, err := a.offset(a.parts[2], allowOffset)
	if err != nil {
		return err
	}
	if !had {
		// uprobe:bin:ADDR is an absolute address.
		if v, err := number(a.parts[2]); err != nil {
			a.leak += err.Error()
		} else {
			if strings.Contains(a.ap.Target, "*") {
				return errors.New("Cannot use wildcards with absolute address")
			}
			a.ap.Address = v
			a.ap.Func = ""
		}
	}
	a.ap.NeedExpansion = strings.Contains(a.ap.Target, "*") || strings.Contains(a.ap.Func, "*")
	return nil
}

func (a *apParser) usdt() error {
	if a.pid > 0 && len(a.parts) == 2 {
		a.parts = []string{a.parts[0], "", a.parts[1]}
	}
	switch len(a.parts) {
	case 3:
		a.ap.Target, a.ap.Func = a.parts[1], a.parts[2]
	case 4:
		a.ap.Target, a.ap.Ns, a.ap.Func = a.parts[1], a.parts[2], a.parts[3]
	default:
		return a.errorf("%p probe type requires 2 or 3 arguments")
	}
	a.ap.NeedExpansion = strings.Contains(a.ap.Target, "*") || strings.Contains(a.ap.Ns, "*") ||
		a.ap.Ns == "" || strings.Contains(a.ap.Func, "*") || a.pid > 0
	return nil
}

func (a *apParser) tracepoint() error {
	if len(a.parts) == 2 && hasWildcard(a.parts[1]) {
		a.parts = []string{a.parts[0], "*", a.parts[1]}
	}
	if len(a.parts) != 3 {
		return a.errorf("%p probe type requires 2 arguments")
	}
	a.ap.Target, a.ap.Func = a.parts[1], a.parts[2]
	a.ap.NeedExpansion = strings.Contains(a.ap.Target, "*") || strings.Contains(a.ap.Func, "*")
	return nil
}

// timer parses profile:UNIT:N and interval:UNIT:N.
func (a *apParser) timer() error {
	if len(a.parts) != 3 {
		return a.errorf("%p probe type requires 2 arguments")
	}
	a.ap.Target = a.parts[1]
	v, err := number(a.parts[2])
	a.ap.Freq = v
	return err
}

// event parses software:EVENT[:COUNT] and hardware:EVENT[:COUNT].
func (a *apParser) event() error {
	if len(a.parts) != 2 && len(a.parts) != 3 {
		return a.errorf("%p probe type requires 1 or 2 arguments")
	}
	a.ap.Target = a.parts[1]
	if len(a.parts) == 3 && a.parts[2] != "*" {
		v, err := number(a.parts[2])
		a.ap.Freq = v
		return err
	}
	return nil
}

func (a *apParser) watchpoint(async bool) error {
	if len(a.parts) != 4 {
		return a.errorf("%p probe type requires 3 arguments")
	}
	if !strings.Contains(a.parts[1], "+") {
		v, err := number(a.parts[1])
		if err != nil {
			return err
		}
		a.ap.Address = v
	} else {
		var fa []string
		for _, s := range strings.Split(a.parts[1], "+") {
			if s != "" {
				fa = append(fa, s)
			}
		}
		if len(fa) != 2 {
			return errors.New("Invalid function/address argument")
		}
		a.ap.Func = fa[0]
		a.ap.NeedExpansion = strings.Contains(a.ap.Func, "*")
		if len(fa[1]) <= 3 || !strings.HasPrefix(fa[1], "arg") {
			return errors.New("Invalid function argument")
		}
		v, err := number(fa[1][3:])
		if err != nil {
			return err
		}
		a.ap.Address = v
	}
	v, err := number(a.parts[2])
	if err != nil {
		return err
	}
	a.ap.Len = v
	a.ap.Mode = a.parts[3]
	a.ap.Async = async
	return nil
}

// kfunc parses kfunc[:module]:function (also kretfunc and rawtracepoint).
// Without a module, the module of a wildcard function is "*"; that of a
// plain function is looked up later.
func (a *apParser) kfunc() error {
	switch len(a.parts) {
	case 2:
		a.ap.Func = a.parts[1]
		if strings.Contains(a.ap.Func, "*") {
			a.ap.Target = "*"
		}
	case 3:
		a.ap.Target, a.ap.Func = a.parts[1], a.parts[2]
	default:
		return a.errorf("%p probe type requires 1 or 2 arguments")
	}
	a.ap.NeedExpansion = strings.Contains(a.ap.Func, "*") || strings.Contains(a.ap.Target, "*")
	return nil
}

func (a *apParser) iter() error {
	if len(a.parts) != 2 && len(a.parts) != 3 {
		return a.errorf("%p probe type takes 2 arguments (1 optional)")
	}
	if strings.Contains(a.parts[1], "*") {
		return a.errorf("%p probe type does not support wildcards")
	}
	a.ap.Func = a.parts[1]
	if len(a.parts) == 3 {
		a.ap.Pin = a.parts[2]
	}
	return nil
}
