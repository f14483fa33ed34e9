package output

import (
	"io"
	"sort"
	"strconv"

	"github.com/bpftc/bpftc/loader/abi"
)

// Entry is one map entry as read from the kernel: Key is the BPF key bytes,
// Values one value per CPU for per-CPU maps (abi.Map.PerCPU) or a single
// value otherwise. Integers are in the machine's byte order.
type Entry struct {
	Key    []byte
	Values [][]byte
}

// Output is where a run's text goes. [Text] and [JSON] implement it.
type Output interface {
	// AttachedProbes prints "Attaching N probes..." (the caller skips it
	// for -q). For n == 0 it prints bpftrace's "No probes to attach" to the
	// real stdout instead.
	AttachedProbes(n int)
	// Printf prints the text of one printf event (already formatted).
	Printf(text string)
	// Lost reports n lost events.
	Lost(n uint64)
	// Map prints one map now: print(@m, top, div) and exit printing.
	// top <= 0 prints every entry; div <= 0 divides by 1.
	Map(m *abi.Map, entries []Entry, top, div int) error
	// ExitSeparator writes the "\n\n" that bpftrace writes to the real
	// stdout at exit, even with -o and -f json (OUT-02, CLI-07).
	ExitSeparator()
	// SetResolver sets what turns probe ids, kernel addresses, uids and
	// timestamps into text; without one they print empty or as numbers.
	SetResolver(r *Resolver)
	// Value prints the value of one print(value) event, of type t.
	Value(t abi.Type, b []byte) error
	// Message prints the text of a time, cat, join or system event; kind is
	// the JSON type ("time", "cat", "join", "syscall"), and text output
	// appends a newline when nl is set.
	Message(kind, text string, nl bool)
}

// Text writes bpftrace's default text output. It is not safe for
// concurrent use.
type Text struct {
	out, stdout io.Writer
	buf         []byte
	res         *Resolver
}

// JSON writes bpftrace's -f json output: one object per line. It is not
// safe for concurrent use.
type JSON struct {
	out, stdout io.Writer
	buf         []byte
	res         *Resolver
}

var (
	_ Output = (*Text)(nil)
	_ Output = (*JSON)(nil)
)

// NewText returns text output to out (stdout or the -o file); stdout is the
// real standard output.
func NewText(out, stdout io.Writer) Output {
	return &Text{out: out, stdout: stdout}
}

// NewJSON returns -f json output to out; stdout is the real standard output.
func NewJSON(out, stdout io.Writer) Output {
	return &JSON{out: out, stdout: stdout}
}

// AttachedProbes implements Output.AttachedProbes.
func (t *Text) AttachedProbes(n int) {
	if n == 0 {
		io.WriteString(t.stdout, "No probes to attach\n")
		return
	}
	b := append(t.buf[:0], "Attaching "...)
	b = strconv.AppendInt(b, int64(n), 10)
	if n == 1 {
		b = append(b, " probe...\n"...)
	} else {
		b = append(b, " probes...\n"...)
	}
	t.flush(b)
}

// Printf implements Output.Printf.
func (t *Text) Printf(text string) {
	io.WriteString(t.out, text)
}

// Lost implements Output.Lost.
func (t *Text) Lost(n uint64) {
	b := append(t.buf[:0], "Lost "...)
	b = strconv.AppendUint(b, n, 10)
	t.flush(append(b, " events\n"...))
}

// Map implements Output.Map.
func (t *Text) Map(m *abi.Map, entries []Entry, top, div int) error {
	b, err := appendMap(t.buf[:0], t.res, m, entries, top, div, false)
	if err != nil {
		return err
	}
	return t.flush(b)
}

// ExitSeparator implements Output.ExitSeparator.
func (t *Text) ExitSeparator() {
	io.WriteString(t.stdout, "\n\n")
}

func (t *Text) flush(b []byte) error {
	t.buf = b[:0]
	_, err := t.out.Write(b)
	return err
}

// AttachedProbes implements Output.AttachedProbes.
func (j *JSON) AttachedProbes(n int) {
	if n == 0 {
		io.WriteString(j.stdout, "No probes to attach\n")
		return
	}
	b := append(j.buf[:0], `{"type": "attached_probes", "data": {"probes": `...)
	b = strconv.AppendInt(b, int64(n), 10)
	j.flush(append(b, "}}\n"...))
}

// Printf implements Output.Printf.
func (j *JSON) Printf(text string) {
	b := append(j.buf[:0], `{"type": "printf", "data": "`...)
	b = appendJSONString(b, text)
	j.flush(append(b, "\"}\n"...))
}

// Lost implements Output.Lost.
func (j *JSON) Lost(n uint64) {
	b := append(j.buf[:0], `{"type": "lost_events", "data": {"events": `...)
	b = strconv.AppendUint(b, n, 10)
	j.flush(append(b, "}}\n"...))
}

// Map implements Output.Map.
func (j *JSON) Map(m *abi.Map, entries []Entry, top, div int) error {
	b, err := appendMap(j.buf[:0], j.res, m, entries, top, div, true)
	if err != nil {
		return err
	}
	return j.flush(b)
}

// ExitSeparator implements Output.ExitSeparator.
func (j *JSON) ExitSeparator() {
	io.WriteString(j.stdout, "\n\n")
}

func (j *JSON) flush(b []byte) error {
	j.buf = b[:0]
	if len(b) == 0 {
		return nil
	}
	_, err := j.out.Write(b)
	return err
}

// PrintMaps prints all maps at exit in bpftrace's order (by name, in byte
// order) with top=0, div=0. entries is keyed by map name ("@x"); a map with
// no entries there is printed as empty (an array map as its zero entry).
func PrintMaps(o Output, maps []*abi.Map, entries map[string][]Entry) error {
	sorted := make([]*abi.Map, len(maps))
	copy(sorted, maps)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Name < sorted[j].Name })
	for _, m := range sorted {
		if err := o.Map(m, entries[m.Name], 0, 0); err != nil {
			return err
		}
	}
	return nil
}
