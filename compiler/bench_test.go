package compiler

import (
	"bytes"
	"sort"
	"testing"

	"github.com/bpftc/bpftc/backend"
	"github.com/bpftc/bpftc/backend/native"
	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/frontend/lower"
	"github.com/bpftc/bpftc/frontend/parser"
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/frontend/source"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// sortedScripts returns the names of the representative testdata scripts
// (those testdata/scripts/GOLDEN lists) in order, so benchmark output is
// stable from run to run.
func sortedScripts(tb testing.TB) ([]string, map[string]*testScript) {
	all := scripts(tb)
	keep := goldenSet(tb)
	names := make([]string, 0, len(keep))
	for n := range all {
		if keep[n] {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names, all
}

// slots is the number of 8-byte instruction slots over all programs (a
// 64-bit immediate load takes two).
func slots(progs []backend.Program) float64 {
	n := 0
	for _, p := range progs {
		n += int(p.Insns.Size()) / 8
	}
	return float64(n)
}

// compileOK compiles s once and fails the benchmark unless it gives a
// non-empty object.
func compileOK(b *testing.B, s *testScript) *Result {
	b.Helper()
	res, err := Compile(s.file, &Options{Params: s.params, Unsafe: s.unsafe})
	if err != nil {
		b.Fatalf("compile: %v", err)
	}
	if len(res.Object) == 0 || len(res.Programs) == 0 {
		b.Fatalf("compile: empty object")
	}
	return res
}

// BenchmarkCompile compiles every testdata script in-process, source to
// ELF bytes, and reports the instruction slots the script compiles to.
func BenchmarkCompile(b *testing.B) {
	names, all := sortedScripts(b)
	for _, name := range names {
		s := all[name]
		b.Run(name, func(b *testing.B) {
			want := compileOK(b, s)
			opts := &Options{Params: s.params, Unsafe: s.unsafe}
			b.ReportAllocs()
			var res *Result
			for b.Loop() {
				var err error
				res, err = Compile(s.file, opts)
				if err != nil {
					b.Fatal(err)
				}
			}
			if !bytes.Equal(res.Object, want.Object) {
				b.Fatal("compile: object differs from the first compilation")
			}
			b.ReportMetric(slots(res.Programs), "insns")
		})
	}
}

// BenchmarkStages times each stage of Compile on its own: parse, check,
// lower, optimise, codegen (native backend) and elf (object assembly and
// ELF encoding). Optimise and codegen modify their input, so fresh inputs
// are built outside the timer, a batch at a time.
func BenchmarkStages(b *testing.B) {
	names, all := sortedScripts(b)
	for _, name := range names {
		s := all[name]
		b.Run(name, func(b *testing.B) {
			want := compileOK(b, s)
			insns := slots(want.Programs)
			popts := &parser.Options{Params: s.params}
			sopts := &sema.Options{Params: s.params, Unsafe: s.unsafe}
			prog, diags := parser.Parse(s.file, popts)
			if diags.Err() != nil {
				b.Fatal(diags.Err())
			}
			info, diags := sema.Check(prog, sopts)
			if diags.Err() != nil {
				b.Fatal(diags.Err())
			}
			lowered := func(b *testing.B) *ir.Module {
				m, _, err := lower.Module(prog, info)
				if err != nil {
					b.Fatal(err)
				}
				return m
			}
			optimised := func(b *testing.B) *ir.Module {
				m := lowered(b)
				if err := ir.Optimize(m, nil); err != nil {
					b.Fatal(err)
				}
				return m
			}
			stages := []struct {
				name string
				run  func(b *testing.B)
			}{
				{"parse", func(b *testing.B) {
					var p *ast.Program
					var d source.List
					for b.Loop() {
						p, d = parser.Parse(s.file, popts)
					}
					if p == nil || d.Err() != nil || len(p.Probes) != len(prog.Probes) {
						b.Fatalf("parse: %v", d.Err())
					}
				}},
				{"check", func(b *testing.B) {
					var in *sema.Info
					var d source.List
					for b.Loop() {
						in, d = sema.Check(prog, sopts)
					}
					if d.Err() != nil || len(in.Probes) != len(info.Probes) {
						b.Fatalf("check: %v", d.Err())
					}
				}},
				{"lower", func(b *testing.B) {
					var m *ir.Module
					for b.Loop() {
						m = lowered(b)
					}
					// A shared body is a .text program and one entry program per
					// attach point kind (Entries).
					progs := 0
					for _, f := range m.Funcs {
						progs += 1 + len(f.Entries)
					}
					if progs != len(want.Programs) {
						b.Fatalf("lower: %d programs, want %d", progs, len(want.Programs))
					}
				}},
				{"optimise", func(b *testing.B) {
					var pool []*ir.Module
					for b.Loop() {
						if len(pool) == 0 {
							pool = fresh(b, pool, lowered)
						}
						m := pool[len(pool)-1]
						pool = pool[:len(pool)-1]
						if err := ir.Optimize(m, nil); err != nil {
							b.Fatal(err)
						}
					}
				}},
				{"codegen", func(b *testing.B) {
					be := &native.Backend{}
					var progs []backend.Program
					var pool []*ir.Module
					for b.Loop() {
						if len(pool) == 0 {
							pool = fresh(b, pool, optimised)
						}
						m := pool[len(pool)-1]
						pool = pool[:len(pool)-1]
						var err error
						if progs, err = be.Compile(m); err != nil {
							b.Fatal(err)
						}
					}
					if got := slots(progs); got != insns {
						b.Fatalf("codegen: %v instruction slots, want %v", got, insns)
					}
				}},
				{"elf", func(b *testing.B) {
					var out []byte
					for b.Loop() {
						out = elfBytes(b, s.file, want.Module, want.Programs, want.Meta)
					}
					if !bytes.Equal(out, want.Object) {
						b.Fatal("elf: object differs from Compile's")
					}
				}},
			}
			for _, st := range stages {
				b.Run(st.name, func(b *testing.B) {
					b.ReportAllocs()
					st.run(b)
					b.ReportMetric(insns, "insns")
				})
			}
		})
	}
}

// elfBytes is the last stage of Compile: the neutral object, then its ELF
// encoding with the metadata and its checksum.
func elfBytes(b *testing.B, f *source.File, m *ir.Module, progs []backend.Program, meta *abi.Meta) []byte {
	obj, err := object(m, progs, meta)
	if err == nil {
		err = annotate(obj, f, m)
	}
	if err != nil {
		b.Fatal(err)
	}
	out, err := seal(obj, meta)
	if err != nil {
		b.Fatal(err)
	}
	return out
}

// batch is how many fresh modules a stage that consumes its input gets per
// stop of the timer; stopping it costs far more than a stage.
const batch = 64

// fresh refills pool with batch modules from mk, outside the timer.
func fresh(b *testing.B, pool []*ir.Module, mk func(*testing.B) *ir.Module) []*ir.Module {
	b.StopTimer()
	for range batch {
		pool = append(pool, mk(b))
	}
	b.StartTimer()
	return pool
}
