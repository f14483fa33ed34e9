package main

import (
	"os"
	"path/filepath"
	"strings"
)

// writeTracefs replaces dir out with the format files of events (and
// nothing else: a wildcard matches the same events in the copy as in the
// machine's tracefs because every event it matched is copied).
func writeTracefs(in, out string, events []string) error {
	if err := os.RemoveAll(filepath.Join(out, "events")); err != nil {
		return err
	}
	for _, e := range events {
		cat, ev, _ := strings.Cut(e, ":")
		rel := filepath.Join("events", cat, ev, "format")
		b, err := os.ReadFile(filepath.Join(in, rel))
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(out, rel)), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(out, rel), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
