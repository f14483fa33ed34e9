package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "features: %v\n", err)
		os.Exit(1)
	}
}

// Generated files, relative to the repository root.
const (
	featuresFile = "FEATURES.md"
	readmeFile   = "README.md"
)

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("features", flag.ContinueOnError)
	root := fs.String("root", ".", "the repository's root `DIR`")
	rows := fs.String("rows", "", "write "+rowsFile+" from the inventory `FILE` (language.md)")
	update := fs.Bool("update", false, "rewrite "+featuresFile+" and the features section of "+readmeFile)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *rows != "" {
		n, err := writeRowsFrom(*root, *rows)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "%s: %d rows from %s\n", rowsFile, n, *rows)
		return nil
	}
	inv, err := load(*root)
	if err != nil {
		return err
	}
	stale, err := generate(*root, inv, *update)
	if err != nil {
		return err
	}
	if len(stale) > 0 && !*update {
		return fmt.Errorf("%v out of date: run make features", stale)
	}
	var c counts
	for _, r := range inv.rows {
		inv.classify(r, &c)
	}
	fmt.Fprintf(stdout, "%d rows: %s; %d scripts, %d error cases\n", c.rows, c.summary(), inv.scripts, inv.errorCases)
	return nil
}

// writeRowsFrom writes rows.tsv from language.md.
func writeRowsFrom(root, inventoryPath string) (int, error) {
	f, err := os.Open(inventoryPath)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	rows, err := parseInventory(f)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", inventoryPath, err)
	}
	var b bytes.Buffer
	if err := writeRows(&b, rows); err != nil {
		return 0, err
	}
	return len(rows), os.WriteFile(filepath.Join(root, rowsFile), b.Bytes(), 0o644)
}

// generate renders FEATURES.md and the README section and returns the
// files that differ from them; with write it rewrites those.
func generate(root string, inv *inventory, write bool) (stale []string, err error) {
	readme, err := os.ReadFile(filepath.Join(root, readmeFile))
	if err != nil {
		return nil, err
	}
	newReadme, err := splice(string(readme), inv.readme())
	if err != nil {
		return nil, err
	}
	for _, f := range []struct{ name, text string }{{featuresFile, inv.features()}, {readmeFile, newReadme}} {
		path := filepath.Join(root, f.name)
		old, err := os.ReadFile(path)
		if err == nil && string(old) == f.text {
			continue
		}
		stale = append(stale, f.name)
		if write {
			if err := os.WriteFile(path, []byte(f.text), 0o644); err != nil {
				return nil, err
			}
		}
	}
	return stale, nil
}
