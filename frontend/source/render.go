package source

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/internal/srcmark"
)

// MaxRendered is the number of diagnostics [List.Render] prints at most.
const MaxRendered = 10

// Render writes at most [MaxRendered] diagnostics of l to w in bpftrace
// 0.17's shape (language.md ERR-01, ERR-02):
//
//	FILE:LINE:COL-COL: ERROR: msg
//	<source line, tabs expanded to 4 spaces>
//	<spaces, then ~ under the range>
//	HINT: hint
//
// A range over several lines prints only "FILE:L1-L2: ERROR: msg" (and the
// hint). When the source line is empty only the first line is printed.
func (l List) Render(w io.Writer, f *File) error {
	bw := bufio.NewWriter(w)
	for i, d := range l {
		if i == MaxRendered {
			break
		}
		renderOne(bw, f, d)
	}
	return bw.Flush()
}

func renderOne(w *bufio.Writer, f *File, d Diagnostic) {
	if d.Raw {
		w.WriteString(strings.TrimSuffix(d.Msg, "\n") + "\n")
		return
	}
	if d.NoLoc {
		writeMsg(w, d)
		writeHint(w, d)
		return
	}
	if f.Name != "" {
		w.WriteString(f.Name)
		w.WriteByte(':')
	}
	l1, c1 := f.Position(d.Start)
	l2, c2 := f.endPosition(d.Span)
	if l1 < l2 {
		w.WriteString(strconv.Itoa(l1) + "-" + strconv.Itoa(l2) + ": ")
		writeMsg(w, d)
		writeHint(w, d)
		return
	}
	w.WriteString(strconv.Itoa(l1) + ":" + strconv.Itoa(c1) + "-" + strconv.Itoa(c2) + ": ")
	writeMsg(w, d)
	line := f.Line(l1)
	if line == "" {
		writeHint(w, d)
		return
	}
	srcmark.Line(w, line, c1, c2)
	writeHint(w, d)
}

func writeMsg(w *bufio.Writer, d Diagnostic) {
	w.WriteString(d.Severity.String())
	w.WriteString(": ")
	w.WriteString(strings.TrimSuffix(d.Msg, "\n"))
	w.WriteByte('\n')
}

func writeHint(w *bufio.Writer, d Diagnostic) {
	if d.Hint != "" {
		w.WriteString("HINT: " + d.Hint + "\n")
	}
}
