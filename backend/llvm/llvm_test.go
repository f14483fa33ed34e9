package llvm

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/bpftc/bpftc/ir"
	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
)

// requireTools skips tb unless opt and llc are installed; under CI=true it
// fails instead.
func requireTools(tb testing.TB) {
	tb.Helper()
	for _, tool := range []string{"opt", "llc"} {
		if _, err := findTool(tool, ""); err != nil {
			if os.Getenv("CI") == "true" {
				tb.Fatal(err)
			}
			tb.Skip(err)
		}
	}
}

// TestCompileCases runs every translation case through opt and llc: each
// golden .ll is valid LLVM 14 IR, and the object reads back.
func TestCompileCases(t *testing.T) {
	requireTools(t)
	for _, tc := range translateCases {
		t.Run(tc.name, func(t *testing.T) {
			x := newBuilder()
			tc.build(x)
			progs, err := (&Backend{}).Compile(x.m)
			if err != nil {
				t.Fatal(err)
			}
			if len(progs) != 1 || progs[0].Name != "f" || len(progs[0].Insns) == 0 {
				t.Fatalf("got %+v", progs)
			}
			if sym := progs[0].Insns[0].Symbol(); sym != "f" {
				t.Errorf("first instruction has symbol %q, want f", sym)
			}
		})
	}
}

// countByPid builds: key = pid; v = lookup; if v { *v += 1 } else { update(key, 1) }.
func countByPid() *ir.Module {
	x := newBuilder()
	x.m.Maps[0].ValueSize = 8
	key, val := x.alloca(8), x.alloca(8)
	pid := x.val(ir.OpLShr, ir.I64, x.call(ir.I64, "get_current_pid_tgid"), x.c(32))
	x.store(key, 0, 8, pid)
	m := x.mp()
	p := x.call(ir.Ptr, "map_lookup_elem", m, key)
	entry := x.b
	hit, miss, done := x.f.NewBlock(), x.f.NewBlock(), x.f.NewBlock()
	entry.If(p, hit, miss)
	x.b = hit
	x.store(p, 0, 8, x.val(ir.OpAdd, ir.I64, x.load(ir.I64, p, 0, 8, false), x.c(1)))
	hit.Jump(done)
	x.b = miss
	x.store(val, 0, 8, x.c(1))
	x.call(ir.I64, "map_update_elem", m, key, val, x.c(0))
	miss.Jump(done)
	x.b = done
	x.ret(x.c(0))
	return x.m
}

// TestCompileLoads compiles modules that exercise what the verifier is
// strict about and loads them into the kernel (as root).
func TestCompileLoads(t *testing.T) {
	requireTools(t)
	mods := map[string]*ir.Module{"count_by_pid": countByPid()}
	for _, tc := range translateCases {
		switch tc.name {
		case "bounds_map_value", "lifetime_sequential", "lifetime_branches", "lifetime_loop", "branch_ptr_phi":
			x := newBuilder()
			tc.build(x)
			mods[tc.name] = x.m
		}
	}
	for name, m := range mods {
		t.Run(name, func(t *testing.T) {
			if err := ir.Verify(m); err != nil {
				t.Fatal(err)
			}
			var ll strings.Builder
			progs, err := (&Backend{LL: &ll}).Compile(m)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(ll.String(), "define i64 @f(") {
				t.Errorf("LL did not receive the module:\n%s", ll.String())
			}
			insns := progs[0].Insns
			for _, ins := range insns {
				if ins.IsLoadFromMap() && ins.Reference() != "AT_m" {
					t.Errorf("map load without the map's symbol: %v", ins)
				}
			}
			if os.Getuid() != 0 {
				t.Skip("loading needs root")
			}
			load(t, m.Maps[0], insns)
		})
	}
}

// load loads insns as a tracepoint program with mp created for it.
func load(t *testing.T, mp *ir.Map, insns asm.Instructions) {
	t.Helper()
	em, err := ebpf.NewMap(&ebpf.MapSpec{Type: ebpf.Hash, KeySize: uint32(mp.KeySize), ValueSize: uint32(mp.ValueSize), MaxEntries: uint32(mp.MaxEntries)})
	if err != nil {
		t.Fatal(err)
	}
	defer em.Close()
	insns = append(asm.Instructions(nil), insns...)
	if err := insns.AssociateMap(mp.Name, em); err != nil && !strings.Contains(err.Error(), "unknown reference") {
		t.Fatal(err)
	}
	prog, err := ebpf.NewProgram(&ebpf.ProgramSpec{Type: ebpf.TracePoint, Instructions: insns, License: "GPL"})
	if err != nil {
		var ve *ebpf.VerifierError
		if errors.As(err, &ve) {
			t.Fatalf("%+v", ve)
		}
		t.Fatal(err)
	}
	prog.Close()
}

// TestStackSharing compiles three 256-byte buffers used one after another:
// more than the 512-byte stack unless LLVM overlaps them, which it does
// only between lifetime markers.
func TestStackSharing(t *testing.T) {
	requireTools(t)
	x := newBuilder()
	for i := 0; i < 3; i++ {
		b := x.alloca(256)
		x.mem(ir.OpZero, 0, 256, b)
		x.call(ir.I64, "map_delete_elem", x.mp(), b)
	}
	x.ret(x.c(0))
	progs, err := (&Backend{}).Compile(x.m)
	if err != nil {
		t.Fatal(err)
	}
	if os.Getuid() == 0 {
		load(t, x.m.Maps[0], progs[0].Insns)
	}
}

func TestMissingTool(t *testing.T) {
	_, err := (&Backend{Opt: "/nonexistent/opt"}).Compile(countByPid())
	if err == nil || !strings.Contains(err.Error(), "/nonexistent/opt") {
		t.Errorf("err = %v, want one naming the path", err)
	}
	t.Setenv("PATH", t.TempDir())
	_, err = (&Backend{}).Compile(countByPid())
	if err == nil || !strings.Contains(err.Error(), "llvm-14") || strings.Contains(err.Error(), "\n") {
		t.Errorf("err = %v, want one line naming the Debian package", err)
	}
}
