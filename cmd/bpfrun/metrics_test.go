package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMetricsFlag runs BEGIN { @x = 1; printf("hi\n"); exit(); } with
// --metrics: the run ends at exit() having printed nothing but, with
// --metrics-printf, its printf; a bad address fails before loading.
func TestMetricsFlag(t *testing.T) {
	dir := t.TempDir()
	obj := filepath.Join(dir, "hi.o")
	if err := os.WriteFile(obj, hiObject(t), 0o644); err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(dir, "o.txt")
	tests := []struct {
		name         string
		args         []string
		kernel       bool
		status       int
		stdout, file string
		stderr       string // prefix
	}{
		{name: "bad address", args: []string{"--metrics", "127.0.0.1:notaport"}, status: 255,
			stderr: "ERROR: metrics: listen tcp: "},
		{name: "bad format", args: []string{"--metrics", "127.0.0.1:0", "-f", "yaml"}, status: 1,
			stderr: "ERROR: Invalid output format \"yaml\""},
		{name: "silent", args: []string{"--metrics", "127.0.0.1:0"}, kernel: true},
		{name: "printf", args: []string{"--metrics", "127.0.0.1:0", "--metrics-printf"}, kernel: true, stdout: "hi\n"},
		{name: "printf json", args: []string{"--metrics", "127.0.0.1:0", "--metrics-printf", "-f", "json"}, kernel: true,
			stdout: `{"type": "printf", "data": "hi\n"}` + "\n"},
		{name: "printf file", args: []string{"--metrics", "127.0.0.1:0", "--metrics-printf", "-o", outFile}, kernel: true,
			file: "hi\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.kernel && os.Geteuid() != 0 {
				if os.Getenv("CI") == "true" {
					t.Fatal("kernel test cannot run in CI without root")
				}
				t.Skip("needs root to load BPF programs")
			}
			var stdout, stderr bytes.Buffer
			args := append(append([]string{"bpfrun"}, tc.args...), obj)
			status := run(args, &stdout, &stderr)
			if status != tc.status || !strings.HasPrefix(stderr.String(), tc.stderr) || tc.stderr == "" && stderr.Len() > 0 {
				t.Errorf("status %d, stderr %q; want %d, %q", status, stderr.String(), tc.status, tc.stderr)
			}
			if got := stdout.String(); got != tc.stdout {
				t.Errorf("stdout %q, want %q", got, tc.stdout)
			}
			if tc.file != "" {
				got, err := os.ReadFile(outFile)
				if err != nil || string(got) != tc.file {
					t.Errorf("-o file %q (%v), want %q", got, err, tc.file)
				}
			}
		})
	}
}
