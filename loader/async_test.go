package loader

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// TestRunAsync runs BEGIN programs that send the records of print(value),
// time(), cat() and system(), in text and JSON.
func TestRunAsync(t *testing.T) {
	requireKernel(t)
	file := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(file, []byte("content\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	i64 := abi.Type{Kind: abi.KindInt, Size: 8, Signed: true}
	tuple := abi.Type{Kind: abi.KindTuple, Size: 16, Fields: []abi.Field{
		{Offset: 0, Type: i64},
		{Offset: 8, Type: abi.Type{Kind: abi.KindString, Size: 8}},
	}}
	build := func(o *testObject) {
		o.meta.Values = []abi.Type{tuple}
		o.meta.Times = []string{"tick %%\n"}
		o.meta.Cats = []abi.Printf{{Format: file}}
		o.meta.Systems = []abi.Printf{{Format: "echo hi %d", Args: []abi.Field{{Offset: 8, Type: i64}}}}
		o.meta.Probes = []string{"BEGIN"}
		o.program("BEGIN", "raw_tp", concat(
			record(abi.ActionPrintValue, 0, -3, 0x6f7774), // (-3, "two")
			record(abi.ActionTime, 0),
			record(abi.ActionCat),
			record(abi.ActionSystem, 5),
			exitInsns("out"), ret("out")), beginPoint)
	}
	for _, tc := range []struct {
		json bool
		want string
	}{
		{false, "Attaching 1 probe...\n(-3, two)\ntick %\ncontent\nhi 5\n\n\n"},
		{true, `{"type": "attached_probes", "data": {"probes": 1}}` + "\n" +
			`{"type": "value", "data": [-3,"two"]}` + "\n" +
			`{"type": "time", "data": "tick %\n"}` + "\n" +
			`{"type": "cat", "data": "content\n"}` + "\n" +
			`{"type": "syscall", "data": "hi 5\n"}` + "\n\n\n"},
	} {
		o := newTestObject()
		build(o)
		obj := o.open(t)
		var buf bytes.Buffer
		out := output.NewText(&buf, &buf)
		if tc.json {
			out = output.NewJSON(&buf, &buf)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		err := obj.Run(ctx, &RunOptions{Output: out})
		cancel()
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		if got := buf.String(); got != tc.want {
			t.Errorf("json %v:\n%q\nwant\n%q", tc.json, got, tc.want)
		}
	}
}
