package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// row is one feature of the language inventory (language.md section 1).
type row struct {
	id    string // "LEX-01"
	group string // "LEX"
	title string // the group's title: "Lexical"
	since string // the "Since" column: "≤0.17", "0.21", "HEAD (≥0.24)", "–"
	name  string // the feature column, markdown
}

// in017 reports whether the row describes bpftrace 0.17 behaviour rather
// than a later addition, from its "Since" column.
func (r row) in017() bool {
	s := r.since
	switch {
	case strings.HasPrefix(s, "≤"), strings.HasPrefix(s, "–"), s == "-":
		return true
	case strings.HasPrefix(s, "≥"), strings.HasPrefix(s, "HEAD"):
		return false
	}
	// "0.NN..." or "0.9.4": the minor version decides.
	v, ok := strings.CutPrefix(s, "0.")
	if !ok {
		return false
	}
	end := 0
	for end < len(v) && v[end] >= '0' && v[end] <= '9' {
		end++
	}
	minor, err := strconv.Atoi(v[:end])
	return err == nil && minor <= 17
}

// parseInventory reads the feature tables of language.md: the rows under
// "### 1.N Title (GRP)" headings of section 1.
func parseInventory(r io.Reader) ([]row, error) {
	var rows []row
	var group, title string
	inTable := false
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "## ") {
			inTable = strings.HasPrefix(line, "## 1.")
			continue
		}
		if !inTable {
			continue
		}
		if h, ok := strings.CutPrefix(line, "### "); ok {
			open, close := strings.LastIndexByte(h, '('), strings.LastIndexByte(h, ')')
			if open < 0 || close < open {
				return nil, fmt.Errorf("line %d: heading without a (GROUP): %s", n, line)
			}
			group = h[open+1 : close]
			title = strings.TrimSpace(h[:open])
			if i := strings.IndexByte(title, ' '); i > 0 && strings.HasPrefix(title, "1.") {
				title = title[i+1:]
			}
			continue
		}
		if !strings.HasPrefix(line, "| ") {
			continue
		}
		cells := splitCells(line)
		if len(cells) < 4 || !isRowID(cells[0]) {
			continue
		}
		if group == "" || !strings.HasPrefix(cells[0], group+"-") {
			return nil, fmt.Errorf("line %d: row %s outside its group's table (%s)", n, cells[0], group)
		}
		rows = append(rows, row{id: cells[0], group: group, title: title,
			since: cells[len(cells)-2], name: cells[1]})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("no feature rows found")
	}
	return rows, checkUnique(rows)
}

// splitCells splits a markdown table line on the "|" that are not
// escaped as "\|"; the cells are trimmed and "\|" becomes "|".
func splitCells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	line = strings.TrimSuffix(line, "|")
	var cells []string
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			b.WriteByte('|')
			i++
		case line[i] == '|':
			cells = append(cells, strings.TrimSpace(b.String()))
			b.Reset()
		default:
			b.WriteByte(line[i])
		}
	}
	return append(cells, strings.TrimSpace(b.String()))
}

// isRowID reports whether s looks like "LEX-01".
func isRowID(s string) bool {
	g, num, ok := strings.Cut(s, "-")
	if !ok || g == "" || num == "" {
		return false
	}
	for _, c := range g {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	for _, c := range num {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

func checkUnique(rows []row) error {
	seen := map[string]bool{}
	for _, r := range rows {
		if seen[r.id] {
			return fmt.Errorf("row %s appears twice", r.id)
		}
		seen[r.id] = true
	}
	return nil
}

// rowsTSVHeader starts rows.tsv.
const rowsTSVHeader = "# The rows of the bpftrace language inventory (section 1 of language.md, kept in the\n" +
	"# shared docs, not in this repository), written by \"make features-rows\"\n" +
	"# (go run ./internal/features -rows ../shared/docs/language.md). Do not edit.\n" +
	"# id\tgroup\tgroup title\tsince\tfeature\n"

// writeRows writes rows as rows.tsv.
func writeRows(w io.Writer, rows []row) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(rowsTSVHeader)
	for _, r := range rows {
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\n", r.id, r.group, r.title, r.since, r.name)
	}
	return bw.Flush()
}

// readRows reads rows.tsv.
func readRows(r io.Reader) ([]row, error) {
	var rows []row
	err := eachLine(r, func(n int, f []string) error {
		if len(f) != 5 || !isRowID(f[0]) {
			return fmt.Errorf("line %d: want id, group, group title, since, feature", n)
		}
		rows = append(rows, row{id: f[0], group: f[1], title: f[2], since: f[3], name: f[4]})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return rows, checkUnique(rows)
}

// eachLine calls fn with the tab-separated fields of every line of r that
// is neither empty nor a "#" comment.
func eachLine(r io.Reader, fn func(n int, fields []string) error) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(n, strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return sc.Err()
}
