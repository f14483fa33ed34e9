package parser

// keywords maps the identifiers flex matches before its {ident} rule to
// their token kinds (bpftrace 0.17 src/lexer.l): stack modes, builtins,
// functions, kstack/ustack (either), and the reserved words.
var keywords = map[string]kind{}

func init() {
	add := func(k kind, names ...string) {
		for _, n := range names {
			keywords[n] = k
		}
	}
	add(tStackMode, "bpftrace", "perf")
	add(tBuiltin, "args", "cgroup", "comm", "cpid", "numaid", "cpu", "ctx", "curtask",
		"elapsed", "func", "gid", "nsecs", "pid", "probe", "rand", "retval", "tid",
		"uid", "username")
	for d := '0'; d <= '9'; d++ {
		add(tBuiltin, "arg"+string(d), "sarg"+string(d))
	}
	add(tCall, "avg", "buf", "cat", "cgroupid", "clear", "count", "delete", "exit",
		"hist", "join", "kaddr", "kptr", "ksym", "lhist", "macaddr", "max", "min", "ntop",
		"override", "print", "printf", "cgroup_path", "reg", "signal", "sizeof", "stats",
		"str", "strerror", "strftime", "strncmp", "strcontains", "sum", "system", "time",
		"uaddr", "uptr", "usym", "zero", "path", "unwatch", "bswap", "skboutput", "pton",
		"debugf")
	add(tCallBuiltin, "kstack", "ustack")
	keywords["if"] = tIf
	keywords["else"] = tElse
	keywords["unroll"] = tUnroll
	keywords["while"] = tWhile
	keywords["for"] = tFor
	keywords["return"] = tReturn
	keywords["continue"] = tContinue
	keywords["break"] = tBreak
}
