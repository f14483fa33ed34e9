package loader

import (
	"testing"

	"github.com/cilium/ebpf/btf"

	"github.com/bpftc/bpftc/internal/kbtf"
	"github.com/bpftc/bpftc/loader/abi"
)

// rawtpHost has the probe functions of two raw tracepoints:
// __bpf_trace_sched_switch(void *__data, bool preempt, struct task_struct
// *prev, unsigned int prev_state), and, only as a typedef,
// btf_trace_sys_enter(void *, struct pt_regs *regs, long id).
func rawtpHost(t *testing.T) Host {
	t.Helper()
	void := &btf.Pointer{Target: &btf.Void{}}
	boolean := &btf.Int{Name: "_Bool", Size: 1, Encoding: btf.Bool}
	u32 := &btf.Int{Name: "unsigned int", Size: 4}
	long := &btf.Int{Name: "long int", Size: 8, Encoding: btf.Signed}
	task := &btf.Struct{Name: "task_struct", Size: 4, Members: []btf.Member{{Name: "pid", Type: u32}}}
	regs := &btf.Struct{Name: "pt_regs", Size: 8, Members: []btf.Member{{Name: "ax", Type: long}}}
	fn := &btf.Func{Name: "__bpf_trace_sched_switch", Type: &btf.FuncProto{Return: &btf.Void{}, Params: []btf.FuncParam{
		{Name: "__data", Type: void}, {Name: "preempt", Type: boolean},
		{Name: "prev", Type: &btf.Pointer{Target: task}}, {Name: "prev_state", Type: u32}}}}
	td := &btf.Typedef{Name: "btf_trace_sys_enter", Type: &btf.Pointer{Target: &btf.FuncProto{Return: &btf.Void{}, Params: []btf.FuncParam{
		{Type: void}, {Type: &btf.Pointer{Target: regs}}, {Type: long}}}}}
	b, err := btf.NewBuilder([]btf.Type{fn, td}, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := b.Marshal(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	types, err := kbtf.FromBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	return Host{BTF: func() (kbtf.Finder, error) { return types, nil }}
}

func TestCheckRawtpFields(t *testing.T) {
	host := rawtpHost(t)
	read := func(ev, field string, off, size uint32) abi.FieldRead {
		return abi.FieldRead{Source: abi.SourceRawTracepoint + ev, Field: field, Offset: off, Size: size}
	}
	for _, tc := range []struct {
		f    abi.FieldRead
		want string
	}{
		{read("sched_switch", "preempt", 0, 1), ""},
		{read("sched_switch", "prev", 8, 8), ""},
		{read("sched_switch", "prev_state", 16, 0), ""},
		{read("not_here", "x", 0, 8), ""}, // left for attaching to report
		{read("sys_enter", "regs", 0, 8), "rawtracepoint:sys_enter: this kernel's event has no argument regs (compiled against other kernel types)"},
		{read("sched_switch", "prev_state", 8, 4), "rawtracepoint:sched_switch: args->prev_state is argument 2 in this kernel, the object assumed 1 (compiled against other kernel types)"},
		{read("sched_switch", "prev_state", 16, 8), "rawtracepoint:sched_switch: args->prev_state is 4 bytes in this kernel, the object assumed 8 (compiled against other kernel types)"},
		{read("sched_switch", "next", 16, 8), "rawtracepoint:sched_switch: this kernel's event has no argument next (compiled against other kernel types)"},
	} {
		err := CheckFields([]abi.FieldRead{tc.f}, host)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.f, got, tc.want)
		}
	}
}
