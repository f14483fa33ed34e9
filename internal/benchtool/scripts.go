package main

import (
	"os"
	"path/filepath"
	"strings"
)

// script is one testdata script and the parameters it is compiled with.
type script struct {
	name   string
	path   string
	text   string
	params []string
	// attachPoints is the number of attach points of the compiled script,
	// known once measureAttach has compiled it.
	attachPoints int
}

// fakePID stands for the traced pid when a script is only compiled or
// attached, never run against a workload.
const fakePID = "4242"

// loadScript reads path; a "// params:" header line gives its positional
// parameters, PID standing for the traced pid.
func loadScript(path string) (*script, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	s := &script{
		name: strings.TrimSuffix(filepath.Base(path), ".bt"),
		path: path,
		text: string(b),
	}
	s.params = headerParams(s.text)
	return s, nil
}

// headerParams returns the parameters named by the first "// params:" line
// of text.
func headerParams(text string) []string {
	for line := range strings.Lines(text) {
		if v, ok := strings.CutPrefix(line, "// params:"); ok {
			return strings.Fields(strings.ReplaceAll(v, "PID", fakePID))
		}
	}
	return nil
}
