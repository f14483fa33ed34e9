package parser

import (
	"testing"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestParseAttachPoint(t *testing.T) {
	params := []string{"500", "/bin/my sh"}
	tests := []struct {
		raw  string
		want ast.AttachPoint
		err  string
	}{
		{raw: "BEGIN", want: ast.AttachPoint{Provider: "BEGIN"}},
		{raw: "END:*", want: ast.AttachPoint{Provider: "END"}},
		{raw: "BEGIN:x", err: "BEGIN probe type requires 0 arguments"},
		{raw: "", want: ast.AttachPoint{}},
		{raw: "t:syscalls:sys_enter_read", want: ast.AttachPoint{Provider: "tracepoint", Target: "syscalls", Func: "sys_enter_read"}},
		{raw: "tracepoint:sys_enter_*", want: ast.AttachPoint{Provider: "tracepoint", Target: "*", Func: "sys_enter_*", NeedExpansion: true}},
		{raw: "tracepoint:a", err: "tracepoint probe type requires 2 arguments"},
		{raw: "k:vfs_read+0x10", want: ast.AttachPoint{Provider: "kprobe", Func: "vfs_read", FuncOffset: 16}},
		{raw: "kr:vfs_read+1", err: "Offset not allowed"},
		{raw: "k:f+1+2", err: "Cannot take more than one offset"},
		{raw: "k:f+", err: "Invalid offset"},
		{raw: "k:f+x", err: "stoull"},
		{raw: "k", err: "kprobe probe type requires 1 argument"},
		{raw: `u:"/a b/c":"f g"`, want: ast.AttachPoint{Provider: "uprobe", Target: "/a b/c", Func: "f g"}},
		{raw: `u:"/a\"b":f`, want: ast.AttachPoint{Provider: "uprobe", Target: `/a"b`, Func: "f"}},
		{raw: "u:/bin/sh:0x400", want: ast.AttachPoint{Provider: "uprobe", Target: "/bin/sh", Address: 1024}},
		{raw: "u:/bin/*:0x400", err: "Cannot use wildcards with absolute address"},
		{raw: "ur:$2:main", want: ast.AttachPoint{Provider: "uretprobe", Target: "/bin/my sh", Func: "main"}},
		{raw: "i:ms:$1", want: ast.AttachPoint{Provider: "interval", Target: "ms", Freq: 500}},
		{raw: "i:ms:$3", err: "stoull"},
		{raw: "i:ms:$1x", err: "Found trailing text 'x' in positional parameter index. Try quoting the trailing text."},
		{raw: `i:ms:"$1"`, err: "stoull"},
		{raw: "interval:1", err: "interval probe type requires 2 arguments"},
		{raw: "p:hz:99", want: ast.AttachPoint{Provider: "profile", Target: "hz", Freq: 99}},
		{raw: "p:hz:1e3", want: ast.AttachPoint{Provider: "profile", Target: "hz", Freq: 1000}},
		{raw: "s:faults", want: ast.AttachPoint{Provider: "software", Target: "faults"}},
		{raw: "h:cycles:1_000", want: ast.AttachPoint{Provider: "hardware", Target: "cycles", Freq: 1000}},
		{raw: "s:a:b:c", err: "software probe type requires 1 or 2 arguments"},
		{raw: "U:/bin/x:p", want: ast.AttachPoint{Provider: "usdt", Target: "/bin/x", Func: "p", NeedExpansion: true}},
		{raw: "usdt:/bin/x:n:p", want: ast.AttachPoint{Provider: "usdt", Target: "/bin/x", Ns: "n", Func: "p"}},
		{raw: "usdt:x", err: "usdt probe type requires 2 or 3 arguments"},
		{raw: "w:0x10:8:rw", want: ast.AttachPoint{Provider: "watchpoint", Address: 16, Len: 8, Mode: "rw"}},
		{raw: "aw:f+arg2:4:w", want: ast.AttachPoint{Provider: "asyncwatchpoint", Func: "f", Address: 2, Len: 4, Mode: "w", Async: true}},
		{raw: "w:f+x:4:w", err: "Invalid function argument"},
		{raw: "w:f+a+b:4:w", err: "Invalid function/address argument"},
		{raw: "w:1:2", err: "watchpoint probe type requires 3 arguments"},
		{raw: "f:vfs_read", want: ast.AttachPoint{Provider: "kfunc", Func: "vfs_read"}},
		{raw: "fr:mod:f*", want: ast.AttachPoint{Provider: "kretfunc", Target: "mod", Func: "f*", NeedExpansion: true}},
		{raw: "kfunc:f*", want: ast.AttachPoint{Provider: "kfunc", Target: "*", Func: "f*", NeedExpansion: true}},
		{raw: "rt:sched_switch", want: ast.AttachPoint{Provider: "rawtracepoint", Func: "sched_switch"}},
		{raw: "it:task:pin", want: ast.AttachPoint{Provider: "iter", Func: "task", Pin: "pin"}},
		{raw: "iter:t*", err: "iter probe type does not support wildcards"},
		{raw: "*:foo", want: ast.AttachPoint{Provider: "*", NeedExpansion: true}},
		{raw: "foo:bar", want: ast.AttachPoint{Provider: "foo"}, err: "Invalid probe type: foo"},
	}
	for _, tt := range tests {
		ap, err := ParseAttachPoint(tt.raw, params)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if gotErr != tt.err {
			t.Errorf("ParseAttachPoint(%q) error %q, want %q", tt.raw, gotErr, tt.err)
			continue
		}
		if tt.err != "" && tt.want.Provider == "" {
			continue
		}
		tt.want.Raw = tt.raw
		if d := cmp.Diff(&tt.want, ap, cmpopts.IgnoreFields(ast.AttachPoint{}, "Parts")); d != "" {
			t.Errorf("ParseAttachPoint(%q): %s", tt.raw, d)
		}
	}
}
