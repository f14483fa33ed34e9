package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// runOnce runs argv to completion and returns its wall-clock time, from
// just before the fork to just after the exit. The child's output goes to
// files, not pipes, so that no copying goroutine sits in the measurement.
func runOnce(argv []string) (time.Duration, error) {
	errf, err := os.CreateTemp("", "benchtool-stderr")
	if err != nil {
		return 0, err
	}
	defer os.Remove(errf.Name())
	defer errf.Close()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stderr = errf
	start := time.Now()
	err = cmd.Run()
	d := time.Since(start)
	if err != nil {
		msg, _ := os.ReadFile(errf.Name())
		return d, fmt.Errorf("%s: %w: %s", strings.Join(argv, " "), err, strings.TrimSpace(string(msg)))
	}
	return d, nil
}

// timeInterleaved runs each command of cmds once to warm the caches, then
// runs times, one of each in turn (the order rotating every round, so that
// a slow spell of the machine falls on all of them alike), and summarises
// each command's times.
func timeInterleaved(cmds [][]string, runs int) ([]summary, error) {
	for _, c := range cmds {
		if _, err := runOnce(c); err != nil {
			return nil, err
		}
	}
	times := make([][]time.Duration, len(cmds))
	for r := range runs {
		for k := range cmds {
			i := (k + r) % len(cmds)
			d, err := runOnce(cmds[i])
			if err != nil {
				return nil, err
			}
			times[i] = append(times[i], d)
		}
	}
	out := make([]summary, len(cmds))
	for i, ts := range times {
		out[i] = summarise(ts)
	}
	return out, nil
}
