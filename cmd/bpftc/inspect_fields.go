package main

import (
	"fmt"
	"io"

	"github.com/bpftc/bpftc/loader/abi"
)

// printFields lists the kernel fields an object reads: where the compiler
// placed each, and whether the loader relocates it (CO-RE) or checks the
// assumption against the host before loading.
func printFields(w io.Writer, fields []abi.FieldRead) {
	if len(fields) == 0 {
		return
	}
	fmt.Fprintln(w, "\nkernel fields read:")
	rows := make([][2]string, len(fields))
	wide := [2]int{}
	for i, f := range fields {
		rows[i] = [2]string{f.Type, f.Field}
		if f.Source != abi.SourceBTF {
			rows[i] = [2]string{f.Source, "args->" + f.Field}
		}
		wide[0], wide[1] = max(wide[0], len(rows[i][0])), max(wide[1], len(rows[i][1]))
	}
	for i, f := range fields {
		how := "fixed, checked before loading"
		if f.CORE {
			how = "CO-RE, relocated when loading"
		}
		fmt.Fprintf(w, "  %-*s  %-*s  offset %5d size %4d  %s\n", wide[0], rows[i][0], wide[1], rows[i][1], f.Offset, f.Size, how)
	}
}
