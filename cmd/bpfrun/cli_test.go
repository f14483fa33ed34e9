package main

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/loader/abi"
)

// TestUsage checks the command line errors that need no kernel.
func TestUsage(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.o")
	tests := []struct {
		name   string
		args   []string
		status int
		stderr string // prefix
	}{
		{"no object", nil, 1, "NAME:"},
		{"two objects", []string{"a.o", "b.o"}, 1, "ERROR: expected one object file, got 2 arguments\n"},
		{"bad format", []string{"-f", "yaml", "a.o"}, 1, "ERROR: Invalid output format \"yaml\"\nValid formats: 'text', 'json'\n"},
		{"unknown flag", []string{"-x", "a.o"}, 1, "ERROR: flag provided but not defined: -x\n"},
		{"missing object", []string{missing}, 255, "ERROR: open " + missing + ": no such file or directory\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			status := run(append([]string{"bpfrun"}, tc.args...), &stdout, &stderr)
			if status != tc.status || !strings.HasPrefix(stderr.String(), tc.stderr) {
				t.Errorf("status %d, stderr %q; want %d, %q", status, stderr.String(), tc.status, tc.stderr)
			}
			if stdout.Len() != 0 {
				t.Errorf("stdout %q, want nothing", stdout.String())
			}
		})
	}
}

// TestRunObject runs BEGIN { @x = 1; printf("hi\n"); exit(); } with the
// options of transcripts T21 (-q) and T22 (-o FILE).
func TestRunObject(t *testing.T) {
	if os.Geteuid() != 0 {
		if os.Getenv("CI") == "true" {
			t.Fatal("kernel test cannot run in CI without root")
		}
		t.Skip("needs root to load BPF programs")
	}
	dir := t.TempDir()
	obj := filepath.Join(dir, "hi.o")
	if err := os.WriteFile(obj, hiObject(t), 0o644); err != nil {
		t.Fatal(err)
	}
	outFile := filepath.Join(dir, "o.txt")
	tests := []struct {
		name         string
		args         []string
		stdout, file string
	}{
		{"text", nil, "Attaching 1 probe...\nhi\n\n\n@x: 1\n", ""},
		{"quiet", []string{"-q"}, "hi\n\n\n@x: 1\n", ""},
		{"file", []string{"-o", outFile}, "\n\n", "Attaching 1 probe...\nhi\n@x: 1\n"},
		{"json", []string{"-f", "json"}, `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
			`{"type": "printf", "data": "hi\n"}` + "\n\n\n" +
			`{"type": "map", "data": {"@x": 1}}` + "\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append(append([]string{"bpfrun"}, tc.args...), obj)
			if status := run(args, &stdout, &stderr); status != 0 {
				t.Fatalf("status %d, stderr %q", status, stderr.String())
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

// hiObject builds BEGIN { @x = 1; printf("hi\n"); exit(); } as bpftc would.
func hiObject(t *testing.T) []byte {
	t.Helper()
	x := abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}
	meta := abi.Meta{
		Schema: abi.SchemaVersion, Compiler: "bpfrun test", Arch: runtime.GOARCH, ByteOrder: "little",
		Programs: []abi.Program{{Name: "BEGIN", Section: "raw_tp", Attach: []abi.AttachPoint{{Provider: abi.ProviderBegin, Name: "BEGIN"}}}},
		Maps:     []abi.Map{{Name: "@x", Symbol: "AT_x", Agg: abi.AggNone, KeySize: 8, Value: x}},
		Printfs:  []abi.Printf{{Format: "hi\n"}},
	}
	if binary.NativeEndian.Uint16([]byte{0, 1}) == 1 {
		meta.ByteOrder = "big"
	}
	m, err := meta.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	insns := asm.Instructions{
		// @x = 1: key 0 at fp-8, value 1 at fp-16.
		asm.StoreImm(asm.R10, -8, 0, asm.Word),
		asm.StoreImm(asm.R10, -4, 0, asm.Word),
		asm.Mov.Imm(asm.R1, 1),
		asm.StoreMem(asm.R10, -16, asm.R1, asm.DWord),
		asm.LoadMapPtr(asm.R1, 0).WithReference("AT_x"),
		asm.Mov.Reg(asm.R2, asm.R10),
		asm.Add.Imm(asm.R2, -8),
		asm.Mov.Reg(asm.R3, asm.R10),
		asm.Add.Imm(asm.R3, -16),
		asm.Mov.Imm(asm.R4, 0),
		asm.FnMapUpdateElem.Call(),
	}
	for _, id := range []int32{abi.ActionPrintf, abi.ActionExit} {
		// A record is the u64 action id alone.
		insns = append(insns,
			asm.Mov.Imm(asm.R1, id),
			asm.StoreMem(asm.R10, -24, asm.R1, asm.DWord),
			asm.LoadMapPtr(asm.R1, 0).WithReference(abi.EventsMap),
			asm.Mov.Reg(asm.R2, asm.R10),
			asm.Add.Imm(asm.R2, -24),
			asm.Mov.Imm(asm.R3, 8),
			asm.Mov.Imm(asm.R4, 0),
			asm.FnRingbufOutput.Call(),
		)
	}
	insns = append(insns, asm.Mov.Imm(asm.R0, 0), asm.Return())
	b, err := elfwriter.Bytes(&elfwriter.Object{
		License:  "GPL",
		Programs: []elfwriter.Program{{Name: "BEGIN", Section: "raw_tp", Insns: insns}},
		Maps: []elfwriter.Map{
			{Name: abi.EventsMap, Type: ebpf.RingBuf, MaxEntries: 4096},
			{Name: "AT_x", Type: ebpf.Hash, KeySize: 8, ValueSize: 8, MaxEntries: 1},
		},
		Extra: []elfwriter.Section{{Name: abi.MetaSection, Contents: m}},
	})
	if err != nil {
		t.Fatal(err)
	}
	return b
}
