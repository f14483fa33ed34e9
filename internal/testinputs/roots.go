package main

import (
	"os"
	"path/filepath"
	"strings"
)

// rootSet names the kernel types a trimmed BTF keeps whole: records by
// "struct foo"/"union foo", and bare identifiers that may name a typedef or
// an enumerator.
type rootSet struct {
	records map[string]bool
	idents  map[string]bool
}

// roots collects the names the scripts and the tracepoint formats use,
// the records whose fields the scripts read, struct task_struct (the type
// of curtask), and what the compiler looks a tracepoint's record type up
// by: the btf_trace_EVENT typedef and the class's __bpf_trace_CLASS.
func roots(scripts []*scriptFile, tracefs string, events, types []string) rootSet {
	r := rootSet{records: map[string]bool{"struct task_struct": true}, idents: map[string]bool{}}
	for _, t := range types {
		r.records[t] = true
		// The compiler finds a tracepoint's record type through the
		// class's probe function (sema/probe_tp_core.go).
		if class, ok := strings.CutPrefix(t, "struct trace_event_raw_"); ok {
			r.idents["__bpf_trace_"+class] = true
		}
	}
	for _, s := range scripts {
		r.addText(s.text)
	}
	for _, e := range events {
		cat, ev, _ := strings.Cut(e, ":")
		r.idents["btf_trace_"+ev] = true // the event's probe prototype
		b, err := os.ReadFile(filepath.Join(tracefs, "events", cat, ev, "format"))
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(b), "\n") {
			if decl, ok := strings.CutPrefix(strings.TrimSpace(line), "field:"); ok {
				decl, _, _ = strings.Cut(decl, ";")
				r.addText(decl)
			}
		}
	}
	return r
}

// addText adds the identifiers of C-like text: "struct foo" and "union
// foo" as records, every other identifier as itself.
func (r rootSet) addText(text string) {
	prev := ""
	for _, w := range identifiers(text) {
		switch {
		case prev == "struct" || prev == "union":
			r.records[prev+" "+w] = true
		case w != "struct" && w != "union":
			r.idents[w] = true
		}
		prev = w
	}
}

// identifiers splits text into its C identifiers.
func identifiers(text string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(text); i++ {
		ident := i < len(text) && (text[i] == '_' || text[i] >= 'a' && text[i] <= 'z' ||
			text[i] >= 'A' && text[i] <= 'Z' || start >= 0 && text[i] >= '0' && text[i] <= '9')
		switch {
		case ident && start < 0:
			start = i
		case !ident && start >= 0:
			out = append(out, text[start:i])
			start = -1
		}
	}
	return out
}
