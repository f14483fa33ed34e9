package compiler

import (
	"fmt"
	"os"
)

// checkInputs reports a BTF file or tracefs directory given in opts that
// cannot be read: without the check their absence would surface as unknown
// types or tracepoints.
func checkInputs(opts *Options) error {
	if opts.BTFPath != "" {
		if _, err := os.Stat(opts.BTFPath); err != nil {
			return fmt.Errorf("kernel types: %w", err)
		}
	}
	if opts.TracefsDir != "" {
		if fi, err := os.Stat(opts.TracefsDir); err != nil {
			return fmt.Errorf("tracepoint formats: %w", err)
		} else if !fi.IsDir() {
			return fmt.Errorf("tracepoint formats: %s is not a directory", opts.TracefsDir)
		}
	}
	return nil
}
