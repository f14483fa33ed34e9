package sema

import "github.com/bpftc/bpftc/frontend/ast"

// Process holds the command-line settings that tie a run to one process:
// bpftrace's -p PID and -c CMD.
type Process struct {
	// PID is -p: usdt probes are looked up in the files the process maps,
	// and usdt:NAME needs no binary.
	PID int
	// Child says a -c command will run, so that cpid may be used; its pid
	// is a load-time parameter (abi.ParamCpid).
	Child bool
}

// cpid types the cpid builtin (BIV-14): the u32 pid of the -c command.
func (c *checker) cpid(e *ast.Builtin) *Type {
	if !c.opts.Child {
		c.errorf(e, "cpid cannot be used without child command")
	}
	return &Type{Kind: KindInt, Size: 4}
}
