// Command testinputs writes the kernel facts the testdata scripts compile
// against, taken from this machine, so that tests can compile them anywhere:
// testdata/tracefs (the format files of the tracepoints they attach to) and
// testdata/btf/vmlinux.btf (the kernel types they use, trimmed). It then
// recompiles every script against the copies and requires objects identical
// to those compiled against the machine. "make testdata-inputs" runs it.
package main
