package compiler

import "os"

// kernelBTFPath is where the running kernel publishes its BTF.
const kernelBTFPath = "/sys/kernel/btf/vmlinux"

// predefinedMacros are the macros bpftrace 0.17 defines for every script,
// joined with more (those of included headers): BPFTRACE_HAVE_BTF is 1
// when kernel BTF is available, from --btf or the running kernel (PRE-05).
func predefinedMacros(opts *Options, more map[string]string) map[string]string {
	m := make(map[string]string, len(more)+1)
	if opts.BTFPath != "" {
		m["BPFTRACE_HAVE_BTF"] = "1"
	} else if _, err := os.Stat(kernelBTFPath); err == nil {
		m["BPFTRACE_HAVE_BTF"] = "1"
	}
	for k, v := range more {
		m[k] = v
	}
	return m
}
