package sema

// The builtins whose values the loader resolves, and elapsed (BIV-05,
// BIV-07, BIV-19).
func init() {
	builtinTypes["elapsed"] = Uint64
	builtinTypes["username"] = SpecialType(KindUsername, 0)
	builtinTypes["probe"] = SpecialType(KindProbe, 0)
	// comm is read onto the BPF stack.
	builtinTypes["comm"] = &Type{Kind: KindString, Size: 16, AS: ASKernel}
}
