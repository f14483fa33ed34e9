package sema_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/cilium/ebpf/btf"
	"github.com/google/go-cmp/cmp"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/loader/abi"
)

const testFormat = `name: %s
ID: 1
format:
	field:unsigned short common_type;	offset:0;	size:2;	signed:0;

	field:int x;	offset:16;	size:8;	signed:0;
	field:const char * s;	offset:24;	size:8;	signed:0;

print fmt: "x"
`

// testInputs writes a tracefs with t:ev1 and t:ev2 and a raw BTF file with
// struct task { int pid; struct inner in; } (struct inner { long q; }) and
// enum e { E_SEVEN = 7 }, and returns them as options.
func testInputs(t *testing.T) (*sema.Options, []byte) {
	dir := t.TempDir()
	for _, ev := range []string{"ev1", "ev2"} {
		d := filepath.Join(dir, "tracefs", "events", "t", ev)
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "format"), []byte(testFormat), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	i64 := &btf.Int{Name: "long", Size: 8, Encoding: btf.Signed}
	inner := &btf.Struct{Name: "inner", Size: 8, Members: []btf.Member{{Name: "q", Type: i64}}}
	task := &btf.Struct{Name: "task", Size: 16, Members: []btf.Member{{Name: "pid", Type: i32}, {Name: "in", Type: inner, Offset: 64}}}
	enum := &btf.Enum{Name: "e", Size: 4, Values: []btf.EnumValue{{Name: "E_SEVEN", Value: 7}}}
	b, err := btf.NewBuilder([]btf.Type{task, enum}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "vmlinux.btf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return &sema.Options{TracefsDir: filepath.Join(dir, "tracefs"), BTFPath: path}, raw
}

// wrapELF returns a minimal little-endian ELF64 object holding raw as its
// .BTF section (and the empty symbol table cilium requires).
func wrapELF(raw []byte) []byte {
	le := binary.LittleEndian
	names := "\x00.BTF\x00.symtab\x00.shstrtab\x00"
	symtab := make([]byte, 24)
	var b []byte
	b = append(b, 0x7f, 'E', 'L', 'F', 2, 1, 1)
	b = append(b, make([]byte, 9)...)
	b = le.AppendUint16(b, 1)   // ET_REL
	b = le.AppendUint16(b, 247) // EM_BPF
	b = le.AppendUint32(b, 1)
	b = le.AppendUint64(b, 0)
	b = le.AppendUint64(b, 0)
	shoff := 64 + len(raw) + len(symtab) + len(names)
	b = le.AppendUint64(b, uint64(shoff))
	b = le.AppendUint32(b, 0)
	b = le.AppendUint16(b, 64)
	b = le.AppendUint16(b, 0)
	b = le.AppendUint16(b, 0)
	b = le.AppendUint16(b, 64)
	b = le.AppendUint16(b, 4) // sections
	b = le.AppendUint16(b, 3) // .shstrtab
	b = append(append(append(b, raw...), symtab...), names...)
	sh := func(name, typ uint32, off, size int, link uint32, entsize uint64) {
		b = le.AppendUint32(b, name)
		b = le.AppendUint32(b, typ)
		b = le.AppendUint64(b, 0)
		b = le.AppendUint64(b, 0)
		b = le.AppendUint64(b, uint64(off))
		b = le.AppendUint64(b, uint64(size))
		b = le.AppendUint32(b, link)
		b = le.AppendUint32(b, 1)
		b = le.AppendUint64(b, 1)
		b = le.AppendUint64(b, entsize)
	}
	sh(0, 0, 0, 0, 0, 0)
	sh(1, 1, 64, len(raw), 0, 0)                         // .BTF, PROGBITS
	sh(6, 2, 64+len(raw), len(symtab), 3, 24)            // .symtab
	sh(14, 3, 64+len(raw)+len(symtab), len(names), 0, 0) // .shstrtab
	return b
}

const fieldsScript = `struct mine { int a; }
tracepoint:t:ev* {
	@x = args->x;
	@s = str(args->s);
	@x = args->x;
	$t = (struct task *)0;
	@p = $t->pid + $t->in.q + ((struct mine *)0)->a;
	@o = offsetof(struct task, in);
	@e = E_SEVEN;
}`

// TestFieldReads: Info.Fields lists every tracepoint and kernel record
// field read, once, from the inputs Options name (raw BTF or an ELF).
func TestFieldReads(t *testing.T) {
	opts, raw := testInputs(t)
	elfPath := filepath.Join(t.TempDir(), "vmlinux")
	if err := os.WriteFile(elfPath, wrapELF(raw), 0o644); err != nil {
		t.Fatal(err)
	}
	want := []abi.FieldRead{
		{Source: "tracepoint:t:ev1", Field: "x", Offset: 16, Size: 8},
		{Source: "tracepoint:t:ev2", Field: "x", Offset: 16, Size: 8},
		{Source: "tracepoint:t:ev1", Field: "s", Offset: 24, Size: 8},
		{Source: "tracepoint:t:ev2", Field: "s", Offset: 24, Size: 8},
		{Source: "btf", Type: "struct task", Field: "pid", Offset: 0, Size: 4},
		{Source: "btf", Type: "struct task", Field: "in", Offset: 8, Size: 8},
		{Source: "btf", Type: "struct inner", Field: "q", Offset: 0, Size: 8},
	}
	for _, btfPath := range []string{opts.BTFPath, elfPath} {
		o := *opts
		o.BTFPath = btfPath
		f := &source.File{Name: "stdin", Text: fieldsScript}
		prog, diags := parser.Parse(f, &parser.Options{})
		if diags.Err() != nil {
			t.Fatal(diags)
		}
		info, diags := sema.Check(prog, &o)
		if diags.Err() != nil {
			t.Fatalf("%s: %v", btfPath, diags)
		}
		if d := cmp.Diff(want, info.Fields); d != "" {
			t.Errorf("%s: fields (-want +got):\n%s", btfPath, d)
		}
		if v := info.Consts[findIdent(prog, "E_SEVEN")]; v != 7 {
			t.Errorf("%s: E_SEVEN = %d, want 7", btfPath, v)
		}
	}
}

// findIdent returns the identifier called name in prog.
func findIdent(prog *ast.Program, name string) ast.Expr {
	var found ast.Expr
	ast.Inspect(prog, func(n ast.Node) bool {
		if id, ok := n.(*ast.Identifier); ok && id.Name == name {
			found = id
		}
		return found == nil
	})
	return found
}
