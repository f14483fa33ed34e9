package loader

import "unicode/utf8"

// A verifier rejection is shown like a compiler diagnostic: the source line
// with "~" under a column range (internal/srcmark). Line info gives only
// where a statement or expression starts, so exprEnd finds where it ends.

// exprEnd returns the column just after the statement or expression that
// starts at column col of line: up to a ";" or "," outside brackets and
// strings, a closing bracket it did not open, a "{", a comment or the end
// of the line, trailing blanks dropped. Columns count characters from 1.
func exprEnd(line string, col int) int {
	start := byteIndex(line, col)
	depth, end := 0, start
	i := start
scan:
	for i < len(line) {
		c := line[i]
		switch {
		case c == '"':
			for i++; i < len(line) && line[i] != '"'; i++ {
				if line[i] == '\\' {
					i++
				}
			}
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']' || c == '}':
			if depth == 0 {
				break scan
			}
			depth--
		case c == '{' || c == '/' && i+1 < len(line) && line[i+1] == '/':
			if depth == 0 {
				break scan
			}
		case (c == ';' || c == ',') && depth == 0:
			break scan
		}
		i = min(i+1, len(line))
		if c != ' ' && c != '\t' {
			end = i
		}
	}
	if end <= start {
		return col + 1
	}
	return col + utf8.RuneCountInString(line[start:end])
}

// byteIndex returns the byte offset of 1-based character column col.
func byteIndex(line string, col int) int {
	x := 1
	for i := 0; i < len(line); i++ {
		if !utf8.RuneStart(line[i]) {
			continue
		}
		if x == col {
			return i
		}
		x++
	}
	return len(line)
}
