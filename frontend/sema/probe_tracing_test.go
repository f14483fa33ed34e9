package sema_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
)

// tracingBTF writes a small kernel BTF: vfs_write and vfs_read (the same
// parameters), do_pp (a pointer to a pointer), other (other names), big (7
// parameters), and the records of the iterators.
func tracingBTF(t *testing.T) string {
	t.Helper()
	long := &btf.Int{Name: "long int", Size: 8, Encoding: btf.Signed}
	ulong := &btf.Int{Name: "long unsigned int", Size: 8}
	uint := &btf.Int{Name: "unsigned int", Size: 4}
	i32 := &btf.Int{Name: "int", Size: 4, Encoding: btf.Signed}
	char := &btf.Int{Name: "char", Size: 1, Encoding: btf.Signed}
	sizeT := &btf.Typedef{Name: "size_t", Type: ulong}
	file := &btf.Struct{Name: "file", Size: 8, Members: []btf.Member{{Name: "f_flags", Type: uint}}}
	task := &btf.Struct{Name: "task_struct", Size: 24, Members: []btf.Member{
		{Name: "pid", Type: i32}, {Name: "tgid", Type: i32, Offset: 32}, {Name: "comm", Type: &btf.Array{Index: uint, Type: char, Nelems: 16}, Offset: 64}}}
	meta := &btf.Struct{Name: "bpf_iter_meta", Size: 8, Members: []btf.Member{{Name: "seq_num", Type: ulong}}}
	wrap := func(name string, t btf.Type) btf.Type {
		return &btf.Union{Size: 8, Members: []btf.Member{{Name: name, Type: t}}}
	}
	iterTask := &btf.Struct{Name: "bpf_iter__task", Size: 16, Members: []btf.Member{
		{Type: wrap("meta", &btf.Pointer{Target: meta})}, {Type: wrap("task", &btf.Pointer{Target: task}), Offset: 64}}}
	param := func(name string, t btf.Type) btf.FuncParam { return btf.FuncParam{Name: name, Type: t} }
	rw := &btf.FuncProto{Return: long, Params: []btf.FuncParam{
		param("file", &btf.Pointer{Target: file}), param("buf", &btf.Pointer{Target: &btf.Const{Type: char}}),
		param("count", sizeT), param("pos", &btf.Pointer{Target: long})}}
	var seven []btf.FuncParam
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g"} {
		seven = append(seven, param(n, long))
	}
	fn := func(name string, p *btf.FuncProto) *btf.Func {
		return &btf.Func{Name: name, Type: p, Linkage: btf.GlobalFunc}
	}
	types := []btf.Type{
		fn("vfs_write", rw), fn("vfs_read", rw),
		fn("do_pp", &btf.FuncProto{Return: i32, Params: []btf.FuncParam{param("pp", &btf.Pointer{Target: &btf.Pointer{Target: char}})}}),
		fn("other", &btf.FuncProto{Return: i32, Params: []btf.FuncParam{param("x", long)}}),
		fn("big", &btf.FuncProto{Return: i32, Params: seven}),
		iterTask,
	}
	b, err := btf.NewBuilder(types, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "vmlinux.btf")
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// tracingOpts reads tracingBTF and a tracefs whose
// available_filter_functions holds funcs ("" for none).
func tracingOpts(t *testing.T, btfPath, funcs string) *sema.Options {
	dir := t.TempDir()
	if funcs != "" {
		if err := os.WriteFile(filepath.Join(dir, "available_filter_functions"), []byte(funcs), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return &sema.Options{BTFPath: btfPath, TracefsDir: dir}
}

func TestKfuncProbes(t *testing.T) {
	path := tracingBTF(t)
	for _, tc := range []struct {
		prog, funcs string
		want        []sema.Attach
		msgs        []string
	}{
		{prog: "kfunc:vfs_write { @[args->count, args->file, args->pos] = count(); }",
			want: []sema.Attach{{Provider: "kfunc", Target: "vmlinux", Func: "vfs_write", Name: "kfunc:vmlinux:vfs_write"}}},
		{prog: "f:mod:vfs_write { }",
			msgs: []string{"ERROR: kfunc:vfs_write: no BTF data for vfs_write"}},
		{prog: "kretfunc:vfs_write { @ = sum(retval); @c = sum(args->count); }",
			want: []sema.Attach{{Provider: "kretfunc", Target: "vmlinux", Func: "vfs_write", Name: "kretfunc:vmlinux:vfs_write"}}},
		{prog: "kfunc:vfs_* { @ = count(); }",
			want: []sema.Attach{
				{Provider: "kfunc", Target: "vmlinux", Func: "vfs_read", Name: "kfunc:vmlinux:vfs_read"},
				{Provider: "kfunc", Target: "vmlinux", Func: "vfs_write", Name: "kfunc:vmlinux:vfs_write"}}},
		// Wildcards keep the functions that can be traced.
		{prog: "kfunc:vfs_* { @ = count(); }", funcs: "vfs_write\nother\n",
			want: []sema.Attach{{Provider: "kfunc", Target: "vmlinux", Func: "vfs_write", Name: "kfunc:vmlinux:vfs_write"}}},
		{prog: "kfunc:vfs_read { @ = retval; }",
			msgs: []string{"ERROR: Can't find a field $retval"}},
		{prog: "kfunc:vfs_read { @ = args->nope; }",
			msgs: []string{"ERROR: Can't find function parameter nope"}},
		{prog: "kfunc:big { }",
			msgs: []string{"ERROR: kfunc:big: functions with more than 6 parameters are not supported."}},
		{prog: "kfunc:nosuch { }",
			msgs: []string{"ERROR: kfunc:nosuch: no BTF data for nosuch"}},
		{prog: "kfunc:vfs_read { }", funcs: "vfs_write\n",
			msgs: []string{`ERROR: kfunc:vfs_read: function not traceable (probably it is inlined or marked as "notrace")`}},
		{prog: "kfunc:vfs_read { }", funcs: "vfs_read [a]\nvfs_read [b]\n",
			msgs: []string{"ERROR: kfunc:vfs_read: ambiguous attach point, please specify module containing the function 'vfs_read'"}},
		{prog: "kfunc:vfs_read, kfunc:other { @ = args->x; }",
			msgs: []string{"ERROR: Probe has attach points with mixed arguments"}},
		{prog: "kfunc:vfs_read, kfunc:vfs_write { @ = args->count; }",
			want: []sema.Attach{
				{Provider: "kfunc", Target: "vmlinux", Func: "vfs_read", Name: "kfunc:vmlinux:vfs_read"},
				{Provider: "kfunc", Target: "vmlinux", Func: "vfs_write", Name: "kfunc:vmlinux:vfs_write"}}},
		{prog: "kfunc:vfs_read { @ = func; }",
			msgs: []string{"ERROR: The func builtin can not be used with 'kfunc' probes"}},
		{prog: "kfunc:vfs_read { @ = arg0; }",
			msgs: []string{"ERROR: The arg0 builtin can only be used with 'kprobes', 'uprobes' and 'usdt' probes"}},
		{prog: "kfunc:vfs_read { $a = args; }",
			msgs: []string{"ERROR: args cannot be assigned to a variable"}},
		{prog: "kfunc:vfs_read { @ = args.count; }",
			msgs: []string{"ERROR: Can not access field 'count' on type '(ctx) struct kfunc *'. Try dereferencing it first, or using '->'"}},
	} {
		aps, msgs := check(t, tc.prog, tracingOpts(t, path, tc.funcs))
		if tc.msgs != nil {
			aps = nil
		}
		if !reflect.DeepEqual(aps, tc.want) || !reflect.DeepEqual(msgs, tc.msgs) {
			t.Errorf("%s:\n got %+v %q\nwant %+v %q", tc.prog, aps, msgs, tc.want, tc.msgs)
		}
	}
}

// TestKfuncArgs checks how arguments are typed and read.
func TestKfuncArgs(t *testing.T) {
	path := tracingBTF(t)
	for _, tc := range []struct {
		prog string
		want []string // name type read
	}{
		{"kretfunc:vfs_write { }", []string{"file struct file * false", "buf int8 * false", "count unsigned int64 false", "pos int64 * false", "$retval int64 false"}},
		{"kfunc:do_pp { }", []string{"pp int8 * * true"}},
		{"iter:task { }", []string{"meta struct bpf_iter_meta * false", "task struct task_struct * false"}},
	} {
		info, msgs := checkInfo(t, tc.prog, tracingOpts(t, path, ""))
		if len(msgs) != 0 {
			t.Fatalf("%s: %v", tc.prog, msgs)
		}
		ctx := info.Probes[0].Ctx
		var got []string
		fields := ctx.Fields
		if ctx.Retval != nil {
			fields = append(fields, *ctx.Retval)
		}
		for _, f := range fields {
			got = append(got, f.Name+" "+f.Type.String()+" "+map[bool]string{true: "true", false: "false"}[f.Read])
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %q\nwant %q", tc.prog, got, tc.want)
		}
	}
}

func TestIterProbes(t *testing.T) {
	path := tracingBTF(t)
	for _, tc := range []struct {
		prog string
		want []sema.Attach
		msgs []string
	}{
		{prog: `iter:task /ctx->task->pid == 1/ { printf("%s\n", ctx->task->comm); }`,
			want: []sema.Attach{{Provider: "iter", Func: "task", Name: "iter:task"}}},
		{prog: "iter:task:mypin { }",
			want: []sema.Attach{{Provider: "iter", Func: "task", Pin: "mypin", Name: "iter:task"}}},
		{prog: "iter:task_vma { }",
			msgs: []string{"ERROR: iter task_vma not available for your kernel version."}},
		{prog: "iter:task_file { }", // not in tracingBTF
			msgs: []string{"ERROR: iter task_file not available for your kernel version."}},
		{prog: "iter:task, iter:task { }",
			msgs: []string{"ERROR: Only single iter attach point is allowed."}},
		{prog: "iter:task { @ = ctx->nope; }",
			msgs: []string{"ERROR: Struct/union of type 'struct bpf_iter__task' does not contain a field named 'nope'"}},
	} {
		aps, msgs := check(t, tc.prog, tracingOpts(t, path, ""))
		if tc.msgs != nil {
			aps = nil
		}
		if !reflect.DeepEqual(aps, tc.want) || !reflect.DeepEqual(msgs, tc.msgs) {
			t.Errorf("%s:\n got %+v %q\nwant %+v %q", tc.prog, aps, msgs, tc.want, tc.msgs)
		}
	}
}

func TestWatchpointProbes(t *testing.T) {
	for _, tc := range []struct {
		prog string
		want []sema.Attach
		msgs []string
	}{
		{prog: "watchpoint:0x1000:8:w { }",
			want: []sema.Attach{{Provider: "watchpoint", Address: 4096, Len: 8, Mode: "w", Name: "watchpoint:4096:8:w"}}},
		{prog: "w:4096:4:wr { }",
			want: []sema.Attach{{Provider: "watchpoint", Address: 4096, Len: 4, Mode: "rw", Name: "watchpoint:4096:4:rw"}}},
		{prog: "watchpoint:0:4:w { }", msgs: []string{"ERROR: watchpoint must be attached to a non-zero address"}},
		{prog: "watchpoint:1:3:w { }", msgs: []string{"ERROR: watchpoint length must be one of (1,2,4,8)"}},
		{prog: "watchpoint:1:4:q { }", msgs: []string{"ERROR: watchpoint mode must be combination of (r,w,x)"}},
		{prog: "watchpoint:1:4:ww { }", msgs: []string{"ERROR: watchpoint modes may not be duplicated"}},
		{prog: "watchpoint:1:4:r { }", msgs: []string{"ERROR: invalid watchpoint mode: r"}},
		{prog: "asyncwatchpoint:1:4:w { }", msgs: []string{"ERROR: asyncwatchpoint requires a function name"}},
		{prog: "watchpoint:f+arg1:4:w { }", msgs: []string{"ERROR: watchpoint probes on function arguments are not supported yet by bpftc"}},
	} {
		aps, msgs := check(t, tc.prog, nil)
		if tc.msgs != nil {
			aps = nil
		}
		if !reflect.DeepEqual(aps, tc.want) || !reflect.DeepEqual(msgs, tc.msgs) {
			t.Errorf("%s:\n got %+v %q\nwant %+v %q", tc.prog, aps, msgs, tc.want, tc.msgs)
		}
	}
}

// checkInfo parses and checks text and returns the checker's Info and the
// diagnostics' messages.
func checkInfo(t *testing.T, text string, opts *sema.Options) (*sema.Info, []string) {
	t.Helper()
	prog, diags := parser.Parse(&source.File{Name: "stdin", Text: text}, &parser.Options{})
	if diags.Err() != nil {
		t.Fatalf("parse %q: %v", text, diags)
	}
	info, diags := sema.Check(prog, opts)
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.Severity.String()+": "+d.Msg)
	}
	return info, msgs
}
