package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite FEATURES.md and the README section")

// TestGenerated fails when FEATURES.md or README.md's features section
// differ from what the tests and testdata/features say (-update rewrites
// them), or when a "// rows:" header, gotests.tsv or status.tsv names
// something that does not exist.
func TestGenerated(t *testing.T) {
	inv, err := load("../..")
	if err != nil {
		t.Fatal(err)
	}
	stale, err := generate("../..", inv, *update)
	if err != nil {
		t.Fatal(err)
	}
	if len(stale) > 0 && !*update {
		t.Errorf("%v out of date: run make features (go run ./internal/features -update)", stale)
	}
}

// TestRowsCurrent checks rows.tsv against the inventory when the shared
// docs are next to the checkout (they are not in CI).
func TestRowsCurrent(t *testing.T) {
	const doc = "../../../shared/docs/language.md"
	f, err := os.Open(doc)
	if err != nil {
		t.Skipf("no inventory: %v", err)
	}
	defer f.Close()
	want, err := parseInventory(f)
	if err != nil {
		t.Fatal(err)
	}
	g, err := os.Open("../../" + rowsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	got, err := readRows(g)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%s has %d rows, %s %d: run make features-rows", rowsFile, len(got), doc, len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s row %d is %+v, want %+v: run make features-rows", rowsFile, i, got[i], want[i])
		}
	}
}

// TestIn017 checks the "since" classification against the per-group
// counts of the inventory's section 0 (rows describing 0.17).
func TestIn017(t *testing.T) {
	want := map[string]int{"LEX": 19, "PRE": 8, "PRB": 21, "FLT": 3, "STM": 12, "EXP": 17, "VAR": 11, "TYP": 11,
		"BIV": 23, "FN": 34, "MAP": 12, "OUT": 18, "PF": 10, "CLI": 20, "ENV": 15, "ERR": 9, "RT": 7}
	f, err := os.Open("../../" + rowsFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := readRows(f)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, r := range rows {
		if r.in017() {
			got[r.group]++
		}
	}
	for g, n := range want {
		if got[g] != n {
			t.Errorf("group %s: %d rows in 0.17, want %d", g, got[g], n)
		}
	}
}

func TestParseInventory(t *testing.T) {
	const md = "# x\n## 0. Intro\n| LEX-99 | not a row | here | ≤0.17 | – |\n" +
		"## 1. Feature table\n### 1.1 Lexical (LEX)\n\n| ID | Feature | Semantics | Since | Needs |\n|---|---|---|---|---|\n" +
		"| LEX-01 | Shebang `#!` | a \\| b | ≤0.17 | – |\n| LEX-02 | Later | x | 0.21 | – |\n" +
		"### 1.12 Output behaviour (OUT) — text mode unless noted\n| OUT-01 | Startup | y | 0.9.2 | US |\n" +
		"## 2. Formats\n| OUT-02 | ignored | z | ≤0.17 | – |\n"
	rows, err := parseInventory(strings.NewReader(md))
	if err != nil {
		t.Fatal(err)
	}
	want := []row{
		{id: "LEX-01", group: "LEX", title: "Lexical", since: "≤0.17", name: "Shebang `#!`"},
		{id: "LEX-02", group: "LEX", title: "Lexical", since: "0.21", name: "Later"},
		{id: "OUT-01", group: "OUT", title: "Output behaviour", since: "0.9.2", name: "Startup"},
	}
	if len(rows) != len(want) {
		t.Fatalf("got %+v", rows)
	}
	for i := range want {
		if rows[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, rows[i], want[i])
		}
	}
	if rows[0].in017() != true || rows[1].in017() != false || rows[2].in017() != true {
		t.Errorf("in017 wrong for %+v", rows)
	}
	if _, err := parseInventory(strings.NewReader("## 1. T\n### 1.1 L (LEX)\n| PRE-01 | x | y | ≤0.17 | – |\n")); err == nil {
		t.Errorf("a row outside its group's table was accepted")
	}
}

// TestLoadErrors builds small repositories with one mistake each.
func TestLoadErrors(t *testing.T) {
	base := map[string]string{
		rowsFile:                       "A-01\tA\tAlpha\t≤0.17\tone\nA-02\tA\tAlpha\t0.21\ttwo\n",
		goTestsFile:                    "",
		statusFile:                     "A-02\tlater\t0.21 syntax\n",
		scriptsDir + "/s.bt":           "// rows: A-01\nBEGIN { exit(); }\n",
		"pkg/x_test.go":                "package x\n\nfunc TestThing(t *testing.T) {}\n",
		errorsDir + "/e.bt":            "BEGIN { x }\n",
		pendingDir + "/.keep":          "",
		"README.md":                    "x\n" + beginMarker + "\n" + endMarker + "\n",
		scriptsDir + "/../other/o.txt": "",
	}
	tests := []struct {
		name    string
		change  map[string]string
		wantErr string // "" = loads
	}{
		{"ok", nil, ""},
		{"go test ok", map[string]string{goTestsFile: "A-01\tpkg.TestThing/sub\n"}, ""},
		{"unknown row in a script", map[string]string{scriptsDir + "/t.bt": "// rows: A-01 Z-09\n"}, `unknown row "Z-09"`},
		{"script without rows", map[string]string{scriptsDir + "/t.bt": "BEGIN {}\n"}, "no \"// rows:\" header"},
		{"pending without rows", map[string]string{pendingDir + "/p.bt": "BEGIN {}\n"}, "no \"// rows:\" header"},
		{"missing go test", map[string]string{goTestsFile: "A-01\tpkg.TestOther\n"}, "no test function pkg.TestOther"},
		{"missing go package", map[string]string{goTestsFile: "A-01\tnope.TestThing\n"}, "no test function"},
		{"no test no status", map[string]string{statusFile: ""}, "A-02: neither a test nor a status"},
		{"test and open", map[string]string{statusFile: "A-02\tlater\tx\nA-01\topen\tissue 4\n"}, "A-01: shown by s but its status is open"},
		{"later on a 0.17 row", map[string]string{scriptsDir + "/s.bt": "// rows: A-02\n", statusFile: "A-01\tlater\tx\n"}, "A-01: status later, but the row describes 0.17"},
		{"unknown status", map[string]string{statusFile: "A-02\tmaybe\tx\n"}, `unknown status "maybe"`},
		{"no reason", map[string]string{statusFile: "A-02\tlater\t \n"}, "needs a reason"},
		{"partial untested", map[string]string{statusFile: "A-02\tpartial\tx\n"}, "A-02: partial, but no test"},
		{"pending needs partial", map[string]string{pendingDir + "/p.bt": "// rows: A-01\n"}, "A-01: shown by s, but testdata/scripts-pending/p.bt shows a known bug"},
		{"pending with partial", map[string]string{pendingDir + "/p.bt": "// rows: A-01\n", statusFile: "A-02\tlater\tx\nA-01\tpartial\tbug\n"}, ""},
		{"error case rows", map[string]string{errorsDir + "/e.bt": "BEGIN { x }\n// rows: A-02\n", statusFile: ""}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{}
			for k, v := range base {
				files[k] = v
			}
			for k, v := range tt.change {
				files[k] = v
			}
			for name, text := range files {
				p := filepath.Join(dir, name)
				os.MkdirAll(filepath.Dir(p), 0o755)
				if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			inv, err := load(dir)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				if _, err := generate(dir, inv, true); err != nil {
					t.Fatal(err)
				}
				if stale, err := generate(dir, inv, false); err != nil || len(stale) > 0 {
					t.Errorf("stale after writing: %v %v", stale, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("got error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestSplice(t *testing.T) {
	got, err := splice("a\n"+beginMarker+"\nold\n"+endMarker+"\nb\n", beginMarker+"\nnew\n"+endMarker)
	if err != nil || got != "a\n"+beginMarker+"\nnew\n"+endMarker+"\nb\n" {
		t.Errorf("got %q, %v", got, err)
	}
	if _, err := splice("no markers", "x"); err == nil {
		t.Errorf("missing markers accepted")
	}
}

func TestAnchor(t *testing.T) {
	if got := anchor("OUT", "Output behaviour"); got != "out--output-behaviour" {
		t.Errorf("got %q", got)
	}
}
