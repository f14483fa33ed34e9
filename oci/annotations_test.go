package oci

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/loader/abi"
)

func TestAnnotations(t *testing.T) {
	want := map[string]string{
		"dev.bpftc.probes":      "BEGIN,tracepoint:syscalls:sys_enter_openat,interval:s:1",
		"dev.bpftc.providers":   "BEGIN,interval,tracepoint",
		"dev.bpftc.compiler":    "bpftc test",
		"dev.bpftc.source-hash": "sha256:0123",
		"dev.bpftc.arch":        "amd64",
		"dev.bpftc.byte-order":  "little",
		"dev.bpftc.schema":      "1",
	}
	if diff := cmp.Diff(want, Annotations(&testMeta)); diff != "" {
		t.Errorf("Annotations (-want +got):\n%s", diff)
	}
	empty := Annotations(&abi.Meta{Schema: 1})
	if empty[AnnotationProbes] != "" || empty[AnnotationProviders] != "" {
		t.Errorf("no programs: %v", empty)
	}
}

func TestReadMeta(t *testing.T) {
	m, err := readMeta(bytes.NewReader(testObject(t, &testMeta)))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(&testMeta, m); diff != "" {
		t.Errorf("readMeta (-want +got):\n%s", diff)
	}
	tests := []struct {
		name string
		obj  []byte
		err  string
	}{
		{"not ELF", []byte("hello"), "read object:"},
		{"no metadata", elfWith(".text", []byte{0}), "no .bpftc.meta section"},
		{"bad schema", elfWith(abi.MetaSection, []byte(`{"schema":99}`)), "schema 99"},
	}
	for _, tt := range tests {
		if _, err := readMeta(bytes.NewReader(tt.obj)); err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.err)
		}
	}
}
