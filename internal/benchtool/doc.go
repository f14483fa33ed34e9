// Command benchtool measures bpftc and bpfrun beside bpftrace 0.17 and
// prints the results as Markdown tables: compile time, instruction counts,
// per-event cost, time to attach and binary size. scripts/bench-compile.sh
// builds its inputs and runs it; see BENCHMARKS.md.
package main
