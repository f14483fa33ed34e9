package main

import (
	"fmt"
	"io"
	"strings"
	"time"
)

// table is a Markdown table built row by row.
type table struct {
	head []string
	rows [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// write prints t as a Markdown table.
func (t *table) write(w io.Writer) {
	line := func(cells []string) {
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
	line(t.head)
	seps := make([]string, len(t.head))
	for i := range seps {
		seps[i] = "---"
	}
	line(seps)
	for _, r := range t.rows {
		line(r)
	}
	fmt.Fprintln(w)
}

// ms formats d in milliseconds with a precision that suits its size.
func ms(d time.Duration) string {
	f := float64(d) / float64(time.Millisecond)
	switch {
	case f >= 100:
		return fmt.Sprintf("%.0f ms", f)
	case f >= 10:
		return fmt.Sprintf("%.1f ms", f)
	default:
		return fmt.Sprintf("%.2f ms", f)
	}
}

// us formats d in microseconds.
func us(d time.Duration) string {
	return fmt.Sprintf("%.0f µs", float64(d)/float64(time.Microsecond))
}

// ratio formats a/b as "1.23×".
func ratio(a, b time.Duration) string {
	if b == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f×", float64(a)/float64(b))
}

// verdict is "met" or "not met".
func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "**not met**"
}
