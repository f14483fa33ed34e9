package main

import "strings"

// runUsageText is "bpftc run"'s usage in bpftrace 0.17's layout (USAGE,
// OPTIONS, TROUBLESHOOTING OPTIONS, ENVIRONMENT, EXAMPLES), listing what
// bpftc run does: bpftrace's options it takes, then its own, and the
// environment variables it reads. {prog} stands for the command's name.
const runUsageText = `USAGE:
    {prog} [options] filename
    {prog} [options] - <stdin input>
    {prog} [options] -e 'program'

OPTIONS:
    -B MODE        output buffering mode ('line', 'full', 'none')
    -f FORMAT      output format ('text', 'json')
    -o file        redirect the program's output to file
    -e 'program'   execute this program
    -h, --help     show this help message
    -I DIR         add the directory to the include search path
    --include FILE add an #include file before preprocessing
    -l [search]    list probes
    -p PID         enable USDT probes on PID
    -c 'CMD'       run CMD and enable USDT probes on resulting process
    --usdt-file-activation
                   activate usdt semaphores based on file path
    --unsafe       allow unsafe builtin functions
    -q             keep messages quiet
    --info         Print information about kernel BPF support
    -k             emit a warning when a bpf helper returns an error (except read functions)
    -kk            check all bpf helper functions
    -V, --version  bpftrace version implemented, and bpftc's
    --no-warnings  disable all warning messages

BPFTC OPTIONS:
    --backend NAME code generator: 'native' (the default) or 'llvm'
    --btf FILE     read kernel types from FILE (default: /sys/kernel/btf/vmlinux)
    --tracefs DIR  read tracepoint formats under DIR (default: /sys/kernel/tracing)
    --opt PATH     llvm backend: LLVM 14's opt (default: opt or opt-14 on PATH)
    --llc PATH     llvm backend: LLVM 14's llc (default: llc or llc-14 on PATH)

TROUBLESHOOTING OPTIONS:
    -v                      verbose messages (the whole verifier log; with --info, why a check says no)
    bpftc compile --emit ir|asm|llvm
                            print the generated code instead of running it

ENVIRONMENT:
    BPFTRACE_STRLEN             [default: 64] bytes on BPF stack per str()
    BPFTRACE_NO_CPP_DEMANGLE    [default: 0] disable C++ symbol demangling
    BPFTRACE_MAP_KEYS_MAX       [default: 4096] max keys in a map
    BPFTRACE_CAT_BYTES_MAX      [default: 10k] maximum bytes read by cat builtin
    BPFTRACE_MAX_PROBES         [default: 512] max number of probes
    BPFTRACE_MAX_BPF_PROGS      [default: 512] max number of generated BPF programs
    BPFTRACE_LOG_SIZE           [default: 1000000] log size in bytes
    BPFTRACE_NO_USER_SYMBOLS    [default: 0] disable user symbol resolution
    BPFTRACE_CACHE_USER_SYMBOLS [default: auto] enable user symbol cache
    BPFTRACE_VMLINUX            [default: none] vmlinux path used for kernel symbol resolution
    BPFTRACE_KERNEL_SOURCE      [default: /lib/modules/$(uname -r)/source] kernel headers for #include
    BPFTRACE_KERNEL_BUILD       [default: /lib/modules/$(uname -r)/build] kernel build tree for #include

EXAMPLES:
{prog} -l '*sleep*'
    list probes containing "sleep"
{prog} -e 'kprobe:do_nanosleep { printf("PID %d sleeping...\n", pid); }'
    trace processes calling sleep
{prog} -e 'tracepoint:raw_syscalls:sys_enter { @[comm] = count(); }'
    count syscalls by process name
`

// runUsage is the usage text for the command named prog.
func runUsage(prog string) string {
	return strings.ReplaceAll(runUsageText, "{prog}", prog)
}
