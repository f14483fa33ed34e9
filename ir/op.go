package ir

// Type is the type of an SSA value. Integers are always 64 bits wide in
// registers; loads and stores say how many bytes they move.
type Type uint8

// Value types.
const (
	Void   Type = iota // no value: stores, calls whose result is unused
	I64                // a 64-bit integer
	Ptr                // a pointer (stack, map value, context, kernel or user memory)
	MapRef             // a reference to a map, only used as a helper argument
)

func (t Type) String() string {
	switch t {
	case Void:
		return "void"
	case I64:
		return "i64"
	case Ptr:
		return "ptr"
	case MapRef:
		return "map"
	}
	return "?"
}

// Op is what a value computes.
type Op uint8

// Operations. The comment of each shows its printed form.
const (
	OpInvalid Op = iota
	// OpConst is an integer constant: v = const 42 (Aux).
	OpConst
	// OpCtx is the program's context argument: v = ctx.
	OpCtx
	// OpMap is a map reference: v = map @name (Sym).
	OpMap
	// OpAlloca reserves Aux bytes of stack, 8-byte aligned: v = alloca 16.
	// Allocas live in the entry block.
	OpAlloca
	// OpLoad reads Size bytes at Args[0]+Aux, zero- or sign-extended:
	// v = load.u32 p, 8. A load with a Sym reads a field of a kernel
	// type from the context, which the loader moves for the running
	// kernel by rewriting the load's own offset (CO-RE; the verifier
	// wants a constant offset on the context): Aux is the offset in the
	// compiler's view of the type and Sym names the field in
	// Module.CoreFields, as for OpCoreOff:
	// v = load.u32 ctx, 8, core struct trace_event_raw_x 0:2.
	OpLoad
	// OpStore writes the low Size bytes of Args[1] at Args[0]+Aux:
	// store.u64 p, 0, v.
	OpStore
	// OpZero writes Size zero bytes at Args[0]+Aux: zero p, 0, 16.
	OpZero
	// OpCopy copies Size bytes from Args[1] to Args[0]+Aux: memcpy p, 0, q, 16.
	OpMemcpy
	// OpCall calls the BPF helper Sym with Args: v = call map_lookup_elem m, k.
	OpCall
	// OpPhi merges one argument per predecessor: v = phi v1, v2.
	OpPhi
	// OpCopy is the identity: v = copy x. Copy propagation removes it.
	OpCopy
	// OpCoreOff is the byte offset of a field of a kernel type, which the
	// loader rewrites for the running kernel (CO-RE):
	// v = coreoff 24, struct task_struct 0:12. Aux is the offset in the
	// compiler's view of the type; Sym names the field in
	// Module.CoreFields. Passes never fold it into a constant.
	OpCoreOff

	// Unary operations: v = neg x.
	OpNeg
	OpNot // bitwise complement
	// OpZext zero-extends the low Aux bits: v = zext x, 32.
	OpZext
	// OpSext sign-extends the low Aux bits: v = sext x, 8.
	OpSext

	// Binary operations: v = add x, y. They follow BPF's definitions:
	// udiv by zero gives 0, umod by zero gives x, and shift amounts are
	// taken modulo 64.
	OpAdd
	OpSub
	OpMul
	OpUDiv
	OpUMod
	OpAnd
	OpOr
	OpXor
	OpShl
	OpLShr
	OpAShr

	// Comparisons yield 0 or 1: v = ult x, y.
	OpEq
	OpNe
	OpULt
	OpULe
	OpUGt
	OpUGe
	OpSLt
	OpSLe
	OpSGt
	OpSGe

	// OpGlobal reads the 8-byte load-time constant Sym, a .rodata
	// variable the loader sets before loading (global.go):
	// v = global kaddr_vfs_read. Passes never fold it into a constant.
	OpGlobal

	opCount
)

var opNames = [...]string{
	OpInvalid: "invalid",
	OpConst:   "const",
	OpCtx:     "ctx",
	OpMap:     "map",
	OpAlloca:  "alloca",
	OpLoad:    "load",
	OpStore:   "store",
	OpZero:    "zero",
	OpMemcpy:  "memcpy",
	OpCall:    "call",
	OpPhi:     "phi",
	OpCopy:    "copy",
	OpCoreOff: "coreoff",
	OpNeg:     "neg",
	OpNot:     "not",
	OpZext:    "zext",
	OpSext:    "sext",
	OpAdd:     "add",
	OpSub:     "sub",
	OpMul:     "mul",
	OpUDiv:    "udiv",
	OpUMod:    "umod",
	OpAnd:     "and",
	OpOr:      "or",
	OpXor:     "xor",
	OpShl:     "shl",
	OpLShr:    "lshr",
	OpAShr:    "ashr",
	OpEq:      "eq",
	OpNe:      "ne",
	OpULt:     "ult",
	OpULe:     "ule",
	OpUGt:     "ugt",
	OpUGe:     "uge",
	OpSLt:     "slt",
	OpSLe:     "sle",
	OpSGt:     "sgt",
	OpSGe:     "sge",
	OpGlobal:  "global",
}

func (o Op) String() string {
	if int(o) < len(opNames) && opNames[o] != "" {
		return opNames[o]
	}
	return "op?"
}

// IsBinary reports whether o takes two integer operands.
func (o Op) IsBinary() bool { return o >= OpAdd && o <= OpSGe }

// IsCompare reports whether o is a comparison.
func (o Op) IsCompare() bool { return o >= OpEq && o <= OpSGe }

// IsCommutative reports whether swapping the operands of o keeps its value.
func (o Op) IsCommutative() bool {
	switch o {
	case OpAdd, OpMul, OpAnd, OpOr, OpXor, OpEq, OpNe:
		return true
	}
	return false
}

// HasSideEffects reports whether a value with op o must be kept even when
// its result is unused.
func (o Op) HasSideEffects() bool {
	switch o {
	case OpStore, OpZero, OpMemcpy, OpCall:
		return true
	}
	return false
}

// SwapCompare returns the comparison that gives the same result with the
// operands swapped (ult -> ugt).
func (o Op) SwapCompare() Op {
	switch o {
	case OpULt:
		return OpUGt
	case OpULe:
		return OpUGe
	case OpUGt:
		return OpULt
	case OpUGe:
		return OpULe
	case OpSLt:
		return OpSGt
	case OpSLe:
		return OpSGe
	case OpSGt:
		return OpSLt
	case OpSGe:
		return OpSLe
	}
	return o
}

// NegateCompare returns the comparison that is true exactly when o is false.
func (o Op) NegateCompare() Op {
	switch o {
	case OpEq:
		return OpNe
	case OpNe:
		return OpEq
	case OpULt:
		return OpUGe
	case OpULe:
		return OpUGt
	case OpUGt:
		return OpULe
	case OpUGe:
		return OpULt
	case OpSLt:
		return OpSGe
	case OpSLe:
		return OpSGt
	case OpSGt:
		return OpSLe
	case OpSGe:
		return OpSLt
	}
	return o
}

// Chunk returns the size of the next access when moving n bytes at the
// given offsets: the largest of 8, 4, 2 and 1 that fits in n and keeps every
// offset naturally aligned, as the verifier requires on the stack.
func Chunk(n int, offs ...int64) int {
	for sz := 8; sz > 1; sz /= 2 {
		if sz > n {
			continue
		}
		ok := true
		for _, o := range offs {
			ok = ok && o%int64(sz) == 0
		}
		if ok {
			return sz
		}
	}
	return 1
}
