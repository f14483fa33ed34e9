// Package kinfo probes the running kernel for the BPF features that
// bpftrace 0.17's --info reports, line for line, so "bpftc run --info" and
// "bpfrun --info" tell whether a node can run bpftc objects. It loads tiny
// programs and creates tiny maps; it knows nothing of the compiler. Where a
// check asks the kernel differently from bpftrace 0.17, its comment says why.
package kinfo
