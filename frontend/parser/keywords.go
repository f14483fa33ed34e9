package parser

// keyword returns the token kind of the identifiers flex matches before
// its {ident} rule (bpftrace 0.17 src/lexer.l): stack modes, builtins,
// functions, kstack/ustack (either), and the reserved words. A switch,
// not a map: a map would be built at every start of the process.
func keyword(name string) (kind, bool) {
	switch name {
	case "bpftrace", "perf":
		return tStackMode, true
	case "args", "cgroup", "comm", "cpid", "numaid", "cpu", "ctx", "curtask",
		"elapsed", "func", "gid", "nsecs", "pid", "probe", "rand", "retval", "tid",
		"uid", "username",
		"arg0", "arg1", "arg2", "arg3", "arg4", "arg5", "arg6", "arg7", "arg8", "arg9",
		"sarg0", "sarg1", "sarg2", "sarg3", "sarg4", "sarg5", "sarg6", "sarg7", "sarg8", "sarg9":
		return tBuiltin, true
	case "avg", "buf", "cat", "cgroupid", "clear", "count", "delete", "exit",
		"hist", "join", "kaddr", "kptr", "ksym", "lhist", "macaddr", "max", "min", "ntop",
		"override", "print", "printf", "cgroup_path", "reg", "signal", "sizeof", "stats",
		"str", "strerror", "strftime", "strncmp", "strcontains", "sum", "system", "time",
		"uaddr", "uptr", "usym", "zero", "path", "unwatch", "bswap", "skboutput", "pton",
		"debugf":
		return tCall, true
	case "kstack", "ustack":
		return tCallBuiltin, true
	case "if":
		return tIf, true
	case "else":
		return tElse, true
	case "unroll":
		return tUnroll, true
	case "while":
		return tWhile, true
	case "for":
		return tFor, true
	case "return":
		return tReturn, true
	case "continue":
		return tContinue, true
	case "break":
		return tBreak, true
	}
	return 0, false
}
