// Package srcmark writes a source line with "~" marks under a column
// range, the way bpftrace 0.17 points at the code a message is about. The
// compiler's diagnostics and the loader's verifier errors both use it.
package srcmark

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Writer is what [Line] writes to: a *bufio.Writer or *strings.Builder.
type Writer interface {
	io.StringWriter
	io.ByteWriter
}

// Line writes line, tabs expanded to four spaces, a newline, then a line
// with "~" under characters c1 up to c2 (exclusive, 1-based) and a newline.
// Columns count characters: continuation bytes of a UTF-8 sequence belong
// to the character before them, and a tab's mark is four wide.
func Line(w Writer, line string, c1, c2 int) {
	w.WriteString(strings.ReplaceAll(line, "\t", "    "))
	w.WriteByte('\n')
	x := 0
	for i := 0; i < len(line) && x < c2-1; i++ {
		c := line[i]
		if !utf8.RuneStart(c) {
			continue
		}
		mark := byte('~')
		if x < c1-1 {
			mark = ' '
		}
		n := 1
		if c == '\t' {
			n = 4
		}
		for ; n > 0; n-- {
			w.WriteByte(mark)
		}
		x++
	}
	w.WriteByte('\n')
}
