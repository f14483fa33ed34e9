package source

import "unicode/utf8"

// File is one script: its name as printed in diagnostics ("stdin" for -e
// programs) and its full text.
type File struct {
	Name string
	Text string
}

// Pos is a byte offset into a [File]'s text.
type Pos int32

// Span is the half-open byte range [Start, End) of a file.
type Span struct {
	Start, End Pos
}

// Len returns the number of bytes in s.
func (s Span) Len() int { return int(s.End - s.Start) }

// Empty reports whether s covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Join returns the smallest span covering s and t.
func (s Span) Join(t Span) Span {
	if t.Start < s.Start {
		s.Start = t.Start
	}
	if t.End > s.End {
		s.End = t.End
	}
	return s
}

// Position returns the 1-based line and column of byte offset p. Columns
// count characters (a tab is one column). An offset past the end of the text
// is placed after the last character.
func (f *File) Position(p Pos) (line, col int) {
	line, col = 1, 1
	n := int(p)
	if n > len(f.Text) {
		n = len(f.Text)
	}
	for i := 0; i < n; i++ {
		c := f.Text[i]
		switch {
		case c == '\n':
			line++
			col = 1
		case utf8.RuneStart(c):
			col++
		}
	}
	if extra := int(p) - len(f.Text); extra > 0 {
		col += extra
	}
	return line, col
}

// endPosition returns the line and exclusive end column of s as bpftrace
// prints it: the column after the span's last byte, on that byte's line (a
// span whose last byte is a newline ends on the newline's line).
func (f *File) endPosition(s Span) (line, col int) {
	if s.End <= s.Start {
		return f.Position(s.End)
	}
	line, col = f.Position(s.End - 1)
	return line, col + 1
}

// Line returns the text of the 1-based line n without its newline, or ""
// when the file has no such line.
func (f *File) Line(n int) string {
	text := f.Text
	for i := 1; i < n; i++ {
		j := indexByte(text, '\n')
		if j < 0 {
			return ""
		}
		text = text[j+1:]
	}
	if j := indexByte(text, '\n'); j >= 0 {
		return text[:j]
	}
	return text
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
