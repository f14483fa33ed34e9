#!/usr/bin/env bash
# Prints, per testdata script, the instruction slots of the native and llvm
# backends' objects, bpftrace 0.17's (--emit-elf) and the whole-process
# compile time of each, and the instructions the kernel verifier processed
# for ours (bpfrun --dry-run), as a Markdown table. Run after `make build`, as root
# (bpftrace needs it). Parameters named "PID" in a script header get 4242.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
slots() { # sum of executable section sizes / 8 (ours) or of s_* sections (bpftrace)
	python3 - "$1" "$2" <<'PY'
import sys, subprocess
path, kind = sys.argv[1], sys.argv[2]
out = subprocess.run(["llvm-readelf", "-S", "-W", path], capture_output=True, text=True).stdout
total = 0
for line in out.splitlines():
    f = line.replace("[ ", "[").split()
    if len(f) < 8 or not f[0].startswith("["):
        continue
    try:
        name, size, flags = f[1], int(f[5], 16), f[7]
    except ValueError:
        continue
    if (kind == "ours" and "X" in flags and f[2] == "PROGBITS") or (kind == "bpftrace" and name.startswith("s_")):
        total += size
print(total // 8)
PY
}
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
processed() { # verifier-processed instructions over all programs (bpfrun --dry-run)
	./bin/bpfrun --dry-run "$1" 2>/dev/null | awk '{n += $(NF-4)} END {print n+0}'
}
echo "| script | native insns | llvm insns | bpftrace insns | native verifier-processed | llvm verifier-processed | native compile ms | llvm compile ms | bpftrace --emit-elf ms |"
echo "|---|---|---|---|---|---|---|---|---|"
for bt in testdata/scripts/*.bt; do
	name=$(basename "$bt" .bt)
	params=$(sed -n 's|^// params:||p' "$bt" | sed 's/PID/4242/g')
	flags=$(sed -n 's|^// flags:||p' "$bt" | grep -o -- '--unsafe' || true)
	row="| $name"
	for be in native llvm; do
		if ./bin/bpftc compile $flags --backend "$be" -o "$tmp/$name.$be.o" "$bt" $params 2>/dev/null; then
			row="$row | $(slots "$tmp/$name.$be.o" ours)"
		else
			row="$row | —"
		fi
	done
	if bpftrace $flags --emit-elf "$tmp/$name.bt.o" "$bt" $params >/dev/null 2>&1 && [ -s "$tmp/$name.bt.o" ]; then
		row="$row | $(slots "$tmp/$name.bt.o" bpftrace)"
	else
		row="$row | —"
	fi
	for be in native llvm; do
		if [ -s "$tmp/$name.$be.o" ]; then row="$row | $(processed "$tmp/$name.$be.o")"; else row="$row | —"; fi
	done
	row="$row | $(ms ./bin/bpftc compile $flags --backend native -o "$tmp/x.o" "$bt" $params)"
	row="$row | $(ms ./bin/bpftc compile $flags --backend llvm -o "$tmp/x.o" "$bt" $params)"
	row="$row | $(ms bpftrace $flags --emit-elf "$tmp/y.o" "$bt" $params) |"
	echo "$row"
done
