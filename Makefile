# bpftc: ahead-of-time compiler for bpftrace scripts, and bpfrun, its loader.
GO      ?= go
BIN     := bin
export CGO_ENABLED := 0
# urfave/cli's man-page and markdown generators cost 0.7 ms at start-up.
TAGS    := -tags urfave_cli_no_docs

.PHONY: build test test-short bench demo update fuzz check setup clean testdata-inputs features features-rows

build:
	$(GO) build $(TAGS) -trimpath -ldflags="-s -w" -o $(BIN)/bpftc ./cmd/bpftc
	$(GO) build $(TAGS) -trimpath -ldflags="-s -w" -o $(BIN)/bpfrun ./cmd/bpfrun

# Everything, including the kernel and differential tests (run as root;
# under CI=true a kernel test that cannot run fails instead of skipping).
test: build
	$(GO) vet ./...
	$(GO) test -count=1 -timeout 30m ./...
	# The compile benchmarks once each, so that make bench keeps working.
	$(GO) test -run '^$$' -bench . -benchtime 1x ./compiler/ >$(BIN)/bench-smoke.log || { cat $(BIN)/bench-smoke.log; exit 1; }

# Only the tests that need no kernel.
test-short:
	$(GO) test -short ./...

# Benchmarks: in-process compile time per script and instructions, and the
# whole-process comparison with bpftrace --emit-elf, bpfrun's start-up, RSS,
# size and scrape latency (see BENCHMARKS.md).
bench: build
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 200ms ./compiler/ >$(BIN)/bench-compiler.txt || { cat $(BIN)/bench-compiler.txt; exit 1; }
	python3 scripts/bench-table.py <$(BIN)/bench-compiler.txt
	$(GO) test -run '^$$' -bench Scrape10k -benchtime 20x ./loader/metrics/
	./scripts/bench-compile.sh

# A real demo on this machine: count getppid calls by command for 3 seconds.
demo: build setup
	./$(BIN)/bpftc compile -e 'tracepoint:syscalls:sys_enter_getppid { @[comm] = count(); @n = hist(args->__syscall_nr); }' -o /tmp/bpftc-demo.o
	( for i in $$(seq 1 200); do sh -c 'echo $$PPID' >/dev/null; done ) & \
	timeout -s INT 3 ./$(BIN)/bpfrun /tmp/bpftc-demo.o; wait

# The kernel facts the testdata scripts compile against, from this machine
# (root, tracefs, BTF): testdata/tracefs and testdata/btf/vmlinux.btf, which
# let tests compile the scripts anywhere (see their NOTE.md).
testdata-inputs:
	$(GO) run ./internal/testinputs

# Rewrite golden files (review every diff).
update: features
	$(GO) test ./... -update

# FEATURES.md and the README's features section, from the tests' "// rows:"
# headers and testdata/features (go test ./internal/features checks them).
features:
	$(GO) run ./internal/features -update

# testdata/features/rows.tsv from the language inventory in the shared docs.
features-rows:
	$(GO) run ./internal/features -rows ../shared/docs/language.md

FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz FuzzParse -fuzztime $(FUZZTIME) ./frontend/parser/
	$(GO) test -run '^$$' -fuzz FuzzCompile -fuzztime $(FUZZTIME) ./compiler/
	$(GO) test -run '^$$' -fuzz FuzzOpen -fuzztime $(FUZZTIME) ./loader/

check:
	test -z "$$(gofmt -l .)"
	$(GO) vet ./...

# Kernel interfaces the tests and the demo need.
setup:
	mount | grep -q ' /sys/kernel/tracing ' || mount -t tracefs tracefs /sys/kernel/tracing || true

clean:
	rm -rf $(BIN)
