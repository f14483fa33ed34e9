package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Where the evidence lives, relative to the repository root.
const (
	rowsFile    = "testdata/features/rows.tsv"
	goTestsFile = "testdata/features/gotests.tsv"
	statusFile  = "testdata/features/status.tsv"
	scriptsDir  = "testdata/scripts"
	errorsDir   = "testdata/errors"
	pendingDir  = "testdata/scripts-pending"
)

// Test kinds.
const (
	kindScript = "script" // testdata/scripts/NAME.bt, e2e.TestScripts
	kindError  = "error"  // testdata/errors/NAME.bt, e2e.TestErrors
	kindGo     = "go"     // a Go test function, "pkg/dir.TestName"
)

// test is one test that shows a row.
type test struct{ kind, name string }

// Status kinds of status.tsv.
const (
	statusOpen    = "open"    // not done yet (no test may show the row)
	statusLater   = "later"   // not in bpftrace 0.17
	statusNA      = "n/a"     // does not apply to a compiler and a loader
	statusDiffers = "differs" // deliberately different from 0.17
	statusPartial = "partial" // tested, but parts are missing
)

// status is a status.tsv line.
type status struct{ kind, reason string }

// inventory is every row with its tests, pending scripts and status.
type inventory struct {
	rows    []row
	tests   map[string][]test   // by row id
	pending map[string][]string // row id -> scripts of testdata/scripts-pending
	status  map[string]status
	// programs counts the scripts run by both tools and the error cases.
	scripts, errorCases int
}

// load reads the inventory of the repository at root and checks it; the
// error lists every problem found.
func load(root string) (*inventory, error) {
	inv := &inventory{tests: map[string][]test{}, pending: map[string][]string{}, status: map[string]status{}}
	f, err := os.Open(filepath.Join(root, rowsFile))
	if err != nil {
		return nil, err
	}
	inv.rows, err = readRows(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", rowsFile, err)
	}
	known := map[string]row{}
	for _, r := range inv.rows {
		known[r.id] = r
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	// The "// rows:" headers of the scripts.
	for _, d := range []struct {
		dir, kind string
		required  bool
	}{{scriptsDir, kindScript, true}, {errorsDir, kindError, false}, {pendingDir, "", true}} {
		paths, _ := filepath.Glob(filepath.Join(root, d.dir, "*.bt"))
		for _, p := range paths {
			name := strings.TrimSuffix(filepath.Base(p), ".bt")
			rel := d.dir + "/" + name + ".bt"
			ids, found, err := rowsHeader(p)
			if err != nil {
				bad("%s: %v", rel, err)
				continue
			}
			switch d.kind {
			case kindScript:
				inv.scripts++
			case kindError:
				inv.errorCases++
			}
			if !found && d.required {
				bad("%s: no \"// rows:\" header", rel)
			}
			for _, id := range ids {
				if _, ok := known[id]; !ok {
					bad("%s: unknown row %q", rel, id)
					continue
				}
				if d.kind == "" {
					inv.pending[id] = append(inv.pending[id], name)
				} else {
					inv.tests[id] = append(inv.tests[id], test{d.kind, name})
				}
			}
		}
	}

	// Go tests.
	found := map[string]bool{}
	err = readTSV(root, goTestsFile, 2, func(n int, f []string) {
		id, name := f[0], f[1]
		if _, ok := known[id]; !ok {
			bad("%s:%d: unknown row %q", goTestsFile, n, id)
			return
		}
		ok, seen := found[name]
		if !seen {
			ok = goTestExists(root, name)
			found[name] = ok
		}
		if !ok {
			bad("%s:%d: no test function %s", goTestsFile, n, name)
			return
		}
		inv.tests[id] = append(inv.tests[id], test{kindGo, name})
	})
	if err != nil {
		errs = append(errs, err)
	}

	// Statuses.
	err = readTSV(root, statusFile, 3, func(n int, f []string) {
		id, kind, reason := f[0], f[1], strings.TrimSpace(f[2])
		if _, ok := known[id]; !ok {
			bad("%s:%d: unknown row %q", statusFile, n, id)
			return
		}
		switch kind {
		case statusOpen, statusLater, statusNA, statusDiffers, statusPartial:
		default:
			bad("%s:%d: %s: unknown status %q (open, later, n/a, differs, partial)", statusFile, n, id, kind)
			return
		}
		if reason == "" {
			bad("%s:%d: %s: a status needs a reason", statusFile, n, id)
		}
		if _, dup := inv.status[id]; dup {
			bad("%s:%d: %s has a second status", statusFile, n, id)
		}
		inv.status[id] = status{kind, reason}
	})
	if err != nil {
		errs = append(errs, err)
	}

	for _, r := range inv.rows {
		sortTests(inv.tests[r.id])
		tested := len(inv.tests[r.id]) > 0
		st, hasStatus := inv.status[r.id]
		switch {
		case !tested && !hasStatus:
			bad("%s: neither a test nor a status line in %s", r.id, statusFile)
		case tested && st.kind == statusOpen:
			bad("%s: shown by %s but its status is open", r.id, inv.tests[r.id][0].name)
		case tested && st.kind == statusLater:
			bad("%s: shown by %s: drop its \"later\" status", r.id, inv.tests[r.id][0].name)
		case !tested && st.kind == statusPartial:
			bad("%s: partial, but no test shows it", r.id)
		case st.kind == statusLater && r.in017():
			bad("%s: status later, but the row describes 0.17 (since %s)", r.id, r.since)
		case tested && len(inv.pending[r.id]) > 0 && st.kind != statusPartial:
			bad("%s: shown by %s, but %s/%s.bt shows a known bug: give the row a partial status", r.id, inv.tests[r.id][0].name, pendingDir, inv.pending[r.id][0])
		}
	}
	return inv, errors.Join(errs...)
}

// rowsHeader returns the row ids of the "// rows:" lines of a script.
func rowsHeader(path string) (ids []string, found bool, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, false, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "// rows:"); ok {
			found = true
			ids = append(ids, strings.Fields(v)...)
		}
	}
	return ids, found, nil
}

// readTSV calls fn for every line of the file with at least want fields
// (fields beyond want are joined back into the last one).
func readTSV(root, name string, want int, fn func(n int, f []string)) error {
	f, err := os.Open(filepath.Join(root, name))
	if err != nil {
		return err
	}
	defer f.Close()
	return eachLine(f, func(n int, fields []string) error {
		if len(fields) < want {
			return fmt.Errorf("%s:%d: want %d tab-separated fields", name, n, want)
		}
		if len(fields) > want {
			fields = append(fields[:want-1], strings.Join(fields[want-1:], "\t"))
		}
		fn(n, fields)
		return nil
	})
}

// goTestExists reports whether "pkg/dir.TestName[/subtest]" names a test
// function declared in a _test.go file of root/pkg/dir.
func goTestExists(root, name string) bool {
	i := strings.Index(name, ".Test")
	if i <= 0 {
		return false
	}
	dir := name[:i]
	fn, _, _ := strings.Cut(name[i+1:], "/")
	paths, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(dir), "*_test.go"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil && strings.Contains(string(b), "\nfunc "+fn+"(") {
			return true
		}
	}
	return false
}

// sortTests orders a row's tests: scripts, error cases, Go tests, each by name.
func sortTests(ts []test) {
	rank := map[string]int{kindScript: 0, kindError: 1, kindGo: 2}
	sort.Slice(ts, func(i, j int) bool {
		if ts[i].kind != ts[j].kind {
			return rank[ts[i].kind] < rank[ts[j].kind]
		}
		return ts[i].name < ts[j].name
	})
}
