package compiler

import (
	"bytes"
	"debug/elf"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
)

// TestSeal checks that a compiled object's metadata holds the checksum of
// its other sections, also when the script's own strings look like the
// placeholder the checksum replaces.
func TestSeal(t *testing.T) {
	trap := strings.ReplaceAll(`"checksum":"`+checksumPlaceholder+`"`, `"`, `\"`)
	for _, text := range []string{
		"BEGIN { @x = 1; exit(); }",
		`BEGIN { printf("` + trap + `\n"); exit(); }`,
	} {
		res, err := Compile(&source.File{Name: "x.bt", Text: text}, &Options{EmbedSource: true})
		if err != nil {
			t.Fatalf("%s: %v %v", text, err, res.Diags)
		}
		f, err := elf.NewFile(bytes.NewReader(res.Object))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := abi.Checksum(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := f.Section(abi.MetaSection).Data()
		if err != nil {
			t.Fatal(err)
		}
		meta, err := abi.Unmarshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if meta.Checksum != sum || res.Meta.Checksum != sum || sum == checksumPlaceholder {
			t.Errorf("%s: metadata checksum %s, result's %s, sections sum to %s", text, meta.Checksum, res.Meta.Checksum, sum)
		}
		if meta.Source != text {
			t.Errorf("embedded source %q, want %q", meta.Source, text)
		}
	}
}
