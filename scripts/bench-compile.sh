#!/usr/bin/env bash
# bench-compile.sh: bpftc and bpfrun beside bpftrace 0.17, in one run. Prints
# Markdown tables (see BENCHMARKS.md) to stdout, progress to stderr:
#   - whole-process compile time: bpftc compile, bpftrace --emit-elf and an
#     empty Go program (the baseline), and bpftc's in-process time;
#   - instruction slots per representative testdata script (the ones
#     testdata/scripts/GOLDEN lists, but those bpftrace 0.17 cannot
#     compile, "// no-oracle:", or that need --unsafe), ours and bpftrace's;
#   - per-event cost of design.md's one-liners, bpfrun and bpftrace (root);
#   - bpfrun's time from start to probes attached and its RSS, for an
#     object with 10 probes, beside bpftrace (root);
#   - bpfrun's static binary size.
# Run from anywhere, after "make build". Knobs (environment):
#   BENCH_RUNS (20)   runs per command for times
#   BENCH_ROUNDS (5)  rounds per one-liner for per-event cost
#   BENCH_EVENTS (1000000) system calls per workload run
#   BENCH_SECTIONS (compile,events,attach,size)
set -euo pipefail

cd "$(dirname "$0")/.."
GO=${GO:-go}
export CGO_ENABLED=0

for b in bin/bpftc bin/bpfrun; do
	[ -x "$b" ] || { echo "bench-compile.sh: $b missing; run make build" >&2; exit 1; }
done
command -v bpftrace >/dev/null || { echo "bench-compile.sh: bpftrace not found" >&2; exit 1; }

sections=${BENCH_SECTIONS:-compile,events,attach,size}
if [ "$(id -u)" != 0 ]; then
	echo "bench-compile.sh: not root: skipping per-event cost and start-to-attached" >&2
	sections=compile,size
fi

tmp=$(mktemp -d /tmp/bpftc-bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# The baseline: an empty Go program built the way bin/bpftc is.
mkdir "$tmp/empty"
printf 'module empty\n\ngo 1.21\n' >"$tmp/empty/go.mod"
printf 'package main\n\nfunc main() {}\n' >"$tmp/empty/main.go"
(cd "$tmp/empty" && GOFLAGS= "$GO" build -trimpath -ldflags='-s -w' -o ../empty-go.linked .)

# Both timed binaries are copies, as an installed binary is: one fresh from
# the linker (written through mmap) sits in the page cache in small pages
# and starts 0.5-0.9 ms slower here (the empty program 0.1-0.2 ms).
cp "$tmp/empty-go.linked" "$tmp/empty-go"
cp bin/bpftc "$tmp/bpftc"

"$GO" build -o "$tmp/benchtool" ./internal/benchtool
gcc -O2 -o "$tmp/workload" scripts/bench-workload.c

# bpfrun as shipped: static, and static without symbols.
"$GO" build -trimpath -o "$tmp/bpfrun" ./cmd/bpfrun
"$GO" build -trimpath -ldflags='-s -w' -o "$tmp/bpfrun-stripped" ./cmd/bpfrun

"$tmp/benchtool" \
	-tmp "$tmp" \
	-bpftc "$tmp/bpftc" -bpfrun bin/bpfrun \
	-empty "$tmp/empty-go" -workload "$tmp/workload" \
	-runs "${BENCH_RUNS:-20}" -rounds "${BENCH_ROUNDS:-5}" -events "${BENCH_EVENTS:-1000000}" \
	-sections "$sections" \
	-attach-script testdata/bench/ten_probes.bt \
	-size "CGO_ENABLED=0 go build -trimpath=$tmp/bpfrun" \
	-size "CGO_ENABLED=0 go build -trimpath -ldflags='-s -w'=$tmp/bpfrun-stripped" \
	$(grep -v '^#' testdata/scripts/GOLDEN | sed 's|.*|testdata/scripts/&.bt|' | xargs grep -L -e '^// no-oracle:' -e '^// flags:.*--unsafe')
