package session

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLockedDown(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"[none] integrity confidentiality\n", false},
		{"none [integrity] confidentiality\n", false},
		{"none integrity [confidentiality]\n", true},
		{"", false},
	} {
		p := filepath.Join(dir, "lockdown")
		if err := os.WriteFile(p, []byte(tc.text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got := lockedDown(p); got != tc.want {
			t.Errorf("lockedDown(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	if lockedDown(filepath.Join(dir, "missing")) {
		t.Error("a missing lockdown file means locked down")
	}
}

// TestCheckPrivilegesLockdown refuses a run on a kernel locked down for
// confidentiality with bpftrace's text, printed alone, and status 1.
func TestCheckPrivilegesLockdown(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("needs root")
	}
	p := filepath.Join(t.TempDir(), "lockdown")
	if err := os.WriteFile(p, []byte("none integrity [confidentiality]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := lockdownPath
	lockdownPath = p
	defer func() { lockdownPath = old }()
	for _, name := range []string{"bpftrace", "bpfrun"} {
		var b strings.Builder
		status := Report(CheckPrivileges(name), &b)
		if status != 1 || b.String() != lockdownMessage {
			t.Errorf("%s: status %d, stderr:\n%s", name, status, b.String())
		}
	}
}
