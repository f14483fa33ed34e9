package main

// positional drops the first "--" from the words after the program: as
// getopt does for bpftrace, it ends the options wherever it appears
// ("bpftrace file.bt 1 -- -5" has the parameters 1 and -5), while the
// command-line parser keeps a "--" that follows an argument.
func positional(args []string) []string {
	for i, a := range args {
		if a == "--" {
			return append(append([]string(nil), args[:i]...), args[i+1:]...)
		}
	}
	return args
}
