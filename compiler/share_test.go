package compiler

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/ir"
)

// captureBackend keeps the module it is given and stops the compilation.
type captureBackend struct{ m *ir.Module }

var errCaptured = errors.New("captured")

func (*captureBackend) Name() string { return "capture" }

func (c *captureBackend) Compile(m *ir.Module) ([]backend.Program, error) {
	c.m = m
	return nil, errCaptured
}

// TestSharedBodies checks which probe blocks share code: BEGIN and END
// one program, attach points of different program types one body in
// .text (ir.Func.Entries), unless the code depends on the attach point.
func TestSharedBodies(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		// funcs lists each function as NAME or NAME>ENTRY,ENTRY.
		funcs    []string
		printfs  int
		programs []string // metadata: NAME:ATTACH,ATTACH
	}{
		{"begin end", `BEGIN,END { @x++; }`, []string{"BEGIN"}, 0, []string{"BEGIN:BEGIN,END"}},
		{"begin end probe", `BEGIN,END { printf("%s\n", probe); }`, []string{"BEGIN", "END"}, 2, []string{"BEGIN:BEGIN", "END:END"}},
		{"interval tracepoint", `interval:s:1,tracepoint:syscalls:sys_enter_getppid { @x++; printf("%d\n", pid); }`,
			[]string{"sub_interval>interval,tp_sys_enter_getppid"}, 1,
			[]string{"interval:interval:s:1", "tp_sys_enter_getppid:tracepoint:syscalls:sys_enter_getppid"}},
		{"begin interval end", `BEGIN,interval:s:1,END { @x++; }`, []string{"sub_BEGIN>BEGIN,interval"}, 0,
			[]string{"BEGIN:BEGIN,END", "interval:interval:s:1"}},
		{"ctx kstack", `profile:hz:99,tracepoint:syscalls:sys_enter_getppid { @[kstack] = count(); }`,
			[]string{"profile", "tp_sys_enter_getppid"}, 0, []string{"profile:profile:hz:99", "tp_sys_enter_getppid:tracepoint:syscalls:sys_enter_getppid"}},
		{"probe builtin", `interval:s:1,tracepoint:syscalls:sys_enter_getppid { printf("%s\n", probe); }`,
			[]string{"interval", "tp_sys_enter_getppid"}, 2, []string{"interval:interval:s:1", "tp_sys_enter_getppid:tracepoint:syscalls:sys_enter_getppid"}},
		{"two blocks", `interval:s:1,profile:hz:9,tracepoint:syscalls:sys_enter_getppid { @x++; } interval:s:2,tracepoint:syscalls:sys_enter_getpid { @y++; }`,
			[]string{"sub_interval>interval,tp_sys_enter_getppid", "sub_interval_2>interval_2,tp_sys_enter_getpid"}, 0,
			[]string{"interval:interval:s:1,profile:hz:9", "tp_sys_enter_getppid:tracepoint:syscalls:sys_enter_getppid", "interval_2:interval:s:2", "tp_sys_enter_getpid:tracepoint:syscalls:sys_enter_getpid"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			be := &captureBackend{}
			res, err := Compile(&source.File{Name: "x.bt", Text: tc.src}, &Options{Backend: be, VerifyIR: true})
			if !errors.Is(err, errCaptured) {
				var b strings.Builder
				res.Diags.Render(&b, &source.File{Name: "x.bt", Text: tc.src})
				t.Fatalf("Compile: %v\n%s", err, b.String())
			}
			var funcs []string
			for _, f := range be.m.Funcs {
				s := f.Name
				if len(f.Entries) > 0 {
					s += ">" + strings.Join(f.Entries, ",")
				}
				funcs = append(funcs, s)
			}
			if !slices.Equal(funcs, tc.funcs) {
				t.Errorf("functions %q, want %q", funcs, tc.funcs)
			}
			var progs []string
			for _, p := range res.Meta.Programs {
				var names []string
				for _, a := range p.Attach {
					names = append(names, a.Name)
				}
				progs = append(progs, p.Name+":"+strings.Join(names, ","))
			}
			if !slices.Equal(progs, tc.programs) {
				t.Errorf("programs %q, want %q", progs, tc.programs)
			}
			if len(res.Meta.Printfs) != tc.printfs {
				t.Errorf("%d printfs, want %d", len(res.Meta.Printfs), tc.printfs)
			}
		})
	}
}
