#!/usr/bin/env python3
"""bench-table.py: the in-process table of BENCHMARKS.md section 1 from the
output of `go test -run '^$' -bench . -benchmem ./compiler/` (stdin).
Compile and the stage columns are in microseconds; bold marks a compile
over the 0.5 ms target."""
import re
import sys

compile_, stages = {}, {}
for line in sys.stdin:
    m = re.match(r'BenchmarkCompile/(\S+?)-\d+\s+\d+\s+([\d.]+) ns/op\s+([\d.]+) insns.*?(\d+) allocs/op', line)
    if m:
        compile_[m[1]] = (float(m[2]) / 1000, int(float(m[3])), int(m[4]))
        continue
    m = re.match(r'BenchmarkStages/(\S+?)/(\w+)-\d+\s+\d+\s+([\d.]+) ns/op', line)
    if m:
        stages.setdefault(m[1], {})[m[2]] = float(m[3]) / 1000

cols = ['parse', 'check', 'lower', 'optimise', 'codegen', 'elf']
print('| script | Compile | allocs | ' + ' | '.join(cols) + ' | insns |')
print('|---' * (len(cols) + 4) + '|')
under = 0
for name in sorted(compile_):
    us, insns, allocs = compile_[name]
    under += us < 500
    c = f'{us:.0f}' if us < 500 else f'**{us:.0f}**'
    st = ' | '.join(f"{stages.get(name, {}).get(s, 0):.1f}" for s in cols)
    print(f'| {name} | {c} | {allocs} | {st} | {insns} |')
vals = sorted(v[0] for v in compile_.values())
print(f'\n{under} of {len(vals)} under 0.5 ms; median {vals[(len(vals) - 1) // 2]:.0f} µs.')
