package abi

// SourceRawTracepoint prefixes the FieldRead.Source of an argument a
// rawtracepoint probe reads from its context: "rawtracepoint:sched_switch".
// Field is the parameter's name in the kernel's __bpf_trace_EVENT
// prototype, Offset 8 times its position after the hidden first parameter
// (void *__data), Size its size in bytes (0: not checked).
const SourceRawTracepoint = "rawtracepoint:"
