package ir

// constfold evaluates operations on constants, simplifies identities and
// turns branches on constants into jumps.
func constfold(f *Func) {
	for _, b := range f.Blocks {
		for _, v := range b.Values {
			foldValue(v)
		}
	}
	for _, b := range f.Blocks {
		if b.Kind == BlockIf && b.Control.Op == OpConst {
			taken, dropped := b.Succs[0], b.Succs[1]
			if b.Control.Aux == 0 {
				taken, dropped = dropped, taken
			}
			if taken == dropped {
				// Both edges go to the same block: keep one.
				b.Succs = []*Block{taken}
				taken.removePred(b)
			} else {
				dropped.removePred(b)
				b.Succs = []*Block{taken}
			}
			b.Kind = BlockPlain
			b.SetControl(nil)
		}
	}
}

// foldValue rewrites v in place into a constant or a copy when it can.
func foldValue(v *Value) {
	switch {
	case v.Op.IsBinary() && v.Type == I64:
		x, y := v.Args[0], v.Args[1]
		if x.Op == OpConst && y.Op == OpConst {
			if r, ok := evalBinary(v.Op, uint64(x.Aux), uint64(y.Aux)); ok {
				toConst(v, int64(r))
			}
			return
		}
		if y.Op == OpConst && x.Op.IsCompare() && x.Uses == 1 && x.Block == v.Block {
			// A test of a comparison's 0/1 result is that comparison,
			// or its negation.
			switch {
			case v.Op == OpNe && y.Aux == 0, v.Op == OpEq && y.Aux == 1:
				toCopy(v, x)
				return
			case v.Op == OpEq && y.Aux == 0, v.Op == OpXor && y.Aux == 1:
				v.Op = x.Op.NegateCompare()
				a, b := x.Args[0], x.Args[1]
				v.ResetArgs()
				v.AddArg(a)
				v.AddArg(b)
				return
			}
		}
		if y.Op == OpConst {
			switch {
			case y.Aux == 0 && (v.Op == OpAdd || v.Op == OpSub || v.Op == OpOr || v.Op == OpXor || v.Op == OpShl || v.Op == OpLShr || v.Op == OpAShr):
				toCopy(v, x)
			case y.Aux == 1 && (v.Op == OpMul || v.Op == OpUDiv):
				toCopy(v, x)
			case y.Aux == 0 && (v.Op == OpMul || v.Op == OpAnd):
				toConst(v, 0)
			}
		}
	case v.Op == OpNeg && v.Args[0].Op == OpConst:
		toConst(v, -v.Args[0].Aux)
	case v.Op == OpNot && v.Args[0].Op == OpConst:
		toConst(v, ^v.Args[0].Aux)
	case v.Op == OpZext && v.Args[0].Op == OpConst:
		toConst(v, int64(zext(uint64(v.Args[0].Aux), v.Aux)))
	case v.Op == OpSext && v.Args[0].Op == OpConst:
		toConst(v, sext(uint64(v.Args[0].Aux), v.Aux))
	case (v.Op == OpZext || v.Op == OpSext) && alreadyExtended(v.Args[0], v.Op, v.Aux):
		toCopy(v, v.Args[0])
	}
}

// alreadyExtended reports whether x is already the op (zext or sext)
// extension of its low bits bits: an extension of at most that width of
// the same kind, or a load of at most that many bits extended the same
// way.
func alreadyExtended(x *Value, op Op, bits int64) bool {
	switch {
	case x.Op == op:
		return x.Aux <= bits
	case x.Op == OpLoad:
		return int64(8*x.Size) <= bits && x.Sign == (op == OpSext) && (x.Size < 8 || op == OpZext)
	}
	return false
}

func toConst(v *Value, c int64) {
	v.ResetArgs()
	v.Op = OpConst
	v.Aux = c
}

func toCopy(v *Value, x *Value) {
	v.ResetArgs()
	v.Op = OpCopy
	v.AddArg(x)
}

func zext(x uint64, bits int64) uint64 {
	if bits >= 64 {
		return x
	}
	return x & (1<<uint(bits) - 1)
}

func sext(x uint64, bits int64) int64 {
	if bits >= 64 {
		return int64(x)
	}
	s := uint(64 - bits)
	return int64(x<<s) >> s
}

// evalBinary computes a binary op on 64-bit values as BPF does. Division by
// zero is left to run time (BPF defines it as 0), so it is not folded.
func evalBinary(op Op, x, y uint64) (uint64, bool) {
	b := func(c bool) uint64 {
		if c {
			return 1
		}
		return 0
	}
	switch op {
	case OpAdd:
		return x + y, true
	case OpSub:
		return x - y, true
	case OpMul:
		return x * y, true
	case OpUDiv:
		if y == 0 {
			return 0, false
		}
		return x / y, true
	case OpUMod:
		if y == 0 {
			return 0, false
		}
		return x % y, true
	case OpAnd:
		return x & y, true
	case OpOr:
		return x | y, true
	case OpXor:
		return x ^ y, true
	case OpShl:
		return x << (y & 63), true
	case OpLShr:
		return x >> (y & 63), true
	case OpAShr:
		return uint64(int64(x) >> (y & 63)), true
	case OpEq:
		return b(x == y), true
	case OpNe:
		return b(x != y), true
	case OpULt:
		return b(x < y), true
	case OpULe:
		return b(x <= y), true
	case OpUGt:
		return b(x > y), true
	case OpUGe:
		return b(x >= y), true
	case OpSLt:
		return b(int64(x) < int64(y)), true
	case OpSLe:
		return b(int64(x) <= int64(y)), true
	case OpSGt:
		return b(int64(x) > int64(y)), true
	case OpSGe:
		return b(int64(x) >= int64(y)), true
	}
	return 0, false
}
