package sema

import (
	"strconv"

	"github.com/bpftc/bpftc/frontend/ast"
	"github.com/bpftc/bpftc/loader/abi"
)

// Kinds the loader resolves, added after those of types_special.go: stacks
// (FN-32, BIV-22), MAC addresses (FN-27) and cgroup paths (FN-28).
const (
	KindKstack     Kind = 96 + iota // kstack: s64 stack id
	KindUstack                      // ustack: u32 stack id | tid << 32
	KindMacaddr                     // macaddr(): 6 bytes
	KindCgroupPath                  // cgroup_path(): u64 filter id, u64 cgroup id
)

// StackSpec is the mode and frame limit of a kstack or ustack value.
type StackSpec struct {
	Mode  string // abi.StackModeBpftrace or abi.StackModePerf
	Limit int
}

// Stack limits (bpftrace 0.17's DEFAULT_STACK_SIZE and MAX_STACK_SIZE).
const (
	DefaultStackLimit = 127
	MaxStackLimit     = 1024
)

func init() {
	specials[KindKstack] = special{"kstack", abi.KindKstack, 8, 8}
	specials[KindUstack] = special{"ustack", abi.KindUstack, 8, 8}
	specials[KindMacaddr] = special{"mac_address", abi.KindMacaddr, 6, 1}
	specials[KindCgroupPath] = special{"cgroup_path", abi.KindCgroupPath, 16, 8}
	builtinTypes["kstack"] = StackType(true, StackSpec{})
	builtinTypes["ustack"] = StackType(false, StackSpec{})
}

// StackType returns the type of a kernel or user stack; a zero spec means
// the defaults (bpftrace mode, 127 frames).
func StackType(kernel bool, s StackSpec) *Type {
	if s.Mode == "" {
		s.Mode = abi.StackModeBpftrace
	}
	if s.Limit == 0 {
		s.Limit = DefaultStackLimit
	}
	k := KindUstack
	if kernel {
		k = KindKstack
	}
	return &Type{Kind: k, Size: 8, Stack: s}
}

// IsStack reports whether t is a kstack or ustack value.
func (t *Type) IsStack() bool { return t.Kind == KindKstack || t.Kind == KindUstack }

// StackMapName is the ELF symbol of the BPF_MAP_TYPE_STACK_TRACE map that
// keeps stacks of limit frames; stacks of every mode and both address
// spaces with that limit share it.
func StackMapName(limit int) string { return "AT__stack_" + strconv.Itoa(limit) }

// stackABI describes a stack value's map and format for the loader.
func (t *Type) stackABI() *abi.Stack {
	if !t.IsStack() {
		return nil
	}
	return &abi.Stack{Map: StackMapName(t.Stack.Limit), Mode: t.Stack.Mode, Limit: t.Stack.Limit}
}

// stackCall checks kstack([mode,] [limit]) and ustack(...) as bpftrace
// 0.17's check_stack_call does.
func (c *checker) stackCall(e *ast.Call) *Type {
	kernel := e.Name == "kstack"
	spec := StackSpec{}
	if !c.varargs(e, 0, 2) {
		return StackType(kernel, spec)
	}
	limitArg := func(a ast.Expr) {
		if c.stackLiteral(e, a, KindInt) {
			v, _ := c.constInt(a)
			if uint64(v) > MaxStackLimit {
				c.errorf(e, "%s([int limit]): limit shouldn't exceed %d, %d given", e.Name, MaxStackLimit, uint64(v))
				return
			}
			if v == 0 {
				c.errorf(e, "%s([int limit]): limit must be at least 1", e.Name)
				return
			}
			spec.Limit = int(v)
		}
	}
	switch len(e.Args) {
	case 1:
		if m, ok := e.Args[0].(*ast.StackMode); ok {
			spec.Mode = m.Mode
		} else {
			limitArg(e.Args[0])
		}
	case 2:
		if m, ok := e.Args[0].(*ast.StackMode); ok {
			spec.Mode = m.Mode
		} else {
			c.stackLiteral(e, e.Args[0], KindNone)
		}
		limitArg(e.Args[1])
	}
	return StackType(kernel, spec)
}

// stackLiteral checks that a is a literal of kind k (KindNone: a stack
// mode), with bpftrace's check_arg words ("expects a integer literal").
func (c *checker) stackLiteral(e *ast.Call, a ast.Expr, k Kind) bool {
	want := "stack mode"
	if k == KindInt {
		want = "integer"
	}
	got := "stack mode"
	lit := false
	if _, isMode := a.(*ast.StackMode); !isMode {
		t := c.expr(a)
		got = typeWord(t)
		if t != nil && t.Kind == KindInt {
			switch a.(type) {
			case *ast.Integer, *ast.Positional, *ast.PositionalCount:
				lit = k == KindInt
			}
		}
	} else {
		lit = k == KindNone
	}
	if !lit {
		c.errorf(e, "%s() expects a %s literal (%s provided)", e.Name, want, got)
	}
	return lit
}
