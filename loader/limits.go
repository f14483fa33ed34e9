package loader

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// defaultMaxProbes is bpftrace 0.17's BPFTRACE_MAX_PROBES default.
const defaultMaxProbes = 512

// checkMaxProbes refuses to attach more probes than BPFTRACE_MAX_PROBES
// allows (ENV-03), in bpftrace's words.
func checkMaxProbes(n int) error {
	max := uint64(defaultMaxProbes)
	if v, ok := os.LookupEnv("BPFTRACE_MAX_PROBES"); ok {
		s := strings.TrimLeft(v, " \t\n\v\f\r")
		end := 0
		for end < len(s) && s[end] >= '0' && s[end] <= '9' {
			end++
		}
		m, err := strconv.ParseUint(s[:end], 10, 64)
		if err != nil {
			return &LimitError{Msg: "Env var 'BPFTRACE_MAX_PROBES' did not contain a valid uint64_t, or was zero-valued."}
		}
		max = m
	}
	if uint64(n) <= max {
		return nil
	}
	return &LimitError{Msg: fmt.Sprintf("Can't attach to %d probes because it exceeds the current limit of %d probes.\n"+
		"You can increase the limit through the BPFTRACE_MAX_PROBES environment variable, but BE CAREFUL since a high number of probes attached can cause your system to crash.", n, max)}
}

// LimitError is the error of the BPFTRACE_MAX_PROBES limit, which bpftrace
// 0.17 reports before loading anything, exiting with status 1.
type LimitError struct {
	Msg string
}

// Error returns the message bpftrace prints.
func (e *LimitError) Error() string { return e.Msg }
