package llvm

import "github.com/bpftc/bpftc/ir"

// translateCases build one small function each, together covering every
// op and block kind; testdata/<name>.ll holds the expected translation.
var translateCases = []struct {
	name  string
	build func(x *builder)
}{
	{"const_ret", func(x *builder) {
		x.ret(x.c(-7))
	}},
	{"ctx_load_u32", func(x *builder) {
		x.ret(x.load(ir.I64, x.ctx(), 8, 4, false))
	}},
	{"load_s16", func(x *builder) {
		x.ret(x.load(ir.I64, x.ctx(), 2, 2, true))
	}},
	{"load_u8", func(x *builder) {
		x.ret(x.load(ir.I64, x.ctx(), 0, 1, false))
	}},
	{"load_u64", func(x *builder) {
		x.ret(x.load(ir.I64, x.ctx(), 16, 8, false))
	}},
	{"load_ptr", func(x *builder) {
		p := x.load(ir.Ptr, x.ctx(), 0, 8, false)
		x.ret(x.load(ir.I64, p, 0, 8, false))
	}},
	{"alloca_store", func(x *builder) {
		a := x.alloca(16)
		x.store(a, 0, 8, x.c(1))
		x.store(a, 8, 4, x.call(ir.I64, "get_smp_processor_id"))
		x.ret(x.c(0))
	}},
	{"store_narrow_const", func(x *builder) {
		a := x.alloca(8)
		x.store(a, 0, 2, x.c(0x12345))
		x.store(a, 2, 1, x.c(255))
		x.ret(x.c(0))
	}},
	{"store_ptr", func(x *builder) {
		a := x.alloca(8)
		x.store(a, 0, 8, x.ctx())
		x.ret(x.c(0))
	}},
	{"zero", func(x *builder) {
		a := x.alloca(24)
		x.mem(ir.OpZero, 0, 24, a)
		x.mem(ir.OpZero, 4, 6, a)
		x.ret(x.c(0))
	}},
	{"memcpy", func(x *builder) {
		a := x.alloca(16)
		p := x.call(ir.Ptr, "map_lookup_elem", x.mp(), a)
		x.mem(ir.OpMemcpy, 8, 8, a, p)
		x.mem(ir.OpMemcpy, 0, 5, a, x.ctx())
		x.ret(x.c(0))
	}},
	{"call_helpers", func(x *builder) {
		k := x.alloca(8)
		m := x.mp()
		x.call(ir.I64, "map_update_elem", m, k, k, x.c(0))
		x.call(ir.Void, "map_delete_elem", m, k)
		x.ret(x.call(ir.I64, "ktime_get_ns"))
	}},
	{"copy", func(x *builder) {
		x.ret(x.val(ir.OpCopy, ir.I64, x.c(3)))
	}},
	{"unary", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		n := x.val(ir.OpNeg, ir.I64, a)
		x.ret(x.val(ir.OpNot, ir.I64, n))
	}},
	{"extend", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		z := x.ext(ir.OpZext, a, 32)
		s := x.ext(ir.OpSext, z, 8)
		w := x.ext(ir.OpZext, s, 64)
		x.ret(x.ext(ir.OpSext, w, 12))
	}},
	{"arith", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		b := x.call(ir.I64, "get_prandom_u32")
		v := x.val(ir.OpAdd, ir.I64, a, b)
		v = x.val(ir.OpSub, ir.I64, v, b)
		v = x.val(ir.OpMul, ir.I64, v, x.c(3))
		v = x.val(ir.OpAnd, ir.I64, v, b)
		v = x.val(ir.OpOr, ir.I64, v, x.c(16))
		x.ret(x.val(ir.OpXor, ir.I64, v, a))
	}},
	{"divide", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		b := x.call(ir.I64, "get_prandom_u32")
		q := x.val(ir.OpUDiv, ir.I64, a, b)
		r := x.val(ir.OpUMod, ir.I64, q, b)
		q2 := x.val(ir.OpUDiv, ir.I64, r, x.c(10))
		x.ret(x.val(ir.OpUMod, ir.I64, q2, x.c(7)))
	}},
	{"shifts", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		b := x.call(ir.I64, "get_prandom_u32")
		v := x.val(ir.OpShl, ir.I64, a, b)
		v = x.val(ir.OpLShr, ir.I64, v, x.c(3))
		v = x.val(ir.OpAShr, ir.I64, v, x.c(70))
		x.ret(x.val(ir.OpAShr, ir.I64, v, b))
	}},
	{"compare_values", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		b := x.call(ir.I64, "get_prandom_u32")
		u := x.val(ir.OpULt, ir.I64, a, b)
		s := x.val(ir.OpSGe, ir.I64, a, x.c(-1))
		x.ret(x.val(ir.OpAdd, ir.I64, u, s))
	}},
	{"compare_ptr", func(x *builder) {
		p := x.call(ir.Ptr, "map_lookup_elem", x.mp(), x.alloca(8))
		e := x.val(ir.OpEq, ir.I64, p, x.c(0))
		n := x.val(ir.OpNe, ir.I64, p, x.ctx())
		g := x.val(ir.OpUGt, ir.I64, p, x.c(5))
		v := x.val(ir.OpAdd, ir.I64, e, n)
		x.ret(x.val(ir.OpAdd, ir.I64, v, g))
	}},
	{"ptr_arith", func(x *builder) {
		c := x.ctx()
		i := x.call(ir.I64, "get_prandom_u32")
		p := x.val(ir.OpAdd, ir.Ptr, c, i)
		p = x.val(ir.OpSub, ir.Ptr, p, x.c(8))
		p = x.val(ir.OpSub, ir.Ptr, p, i)
		x.ret(x.load(ir.I64, p, 0, 8, false))
	}},
	{"branch_compare", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		c := x.val(ir.OpSLe, ir.I64, a, x.c(9))
		t := x.f.NewBlock()
		e := x.f.NewBlock()
		x.b.If(c, t, e)
		x.b = t
		x.ret(x.c(1))
		x.b = e
		x.ret(x.c(0))
	}},
	{"branch_ptr_phi", func(x *builder) {
		p := x.call(ir.Ptr, "map_lookup_elem", x.mp(), x.alloca(8))
		z := x.c(0)
		hit := x.f.NewBlock()
		join := x.f.NewBlock()
		x.b.If(p, hit, join)
		x.b = hit
		v := x.load(ir.I64, p, 8, 8, false)
		hit.Jump(join)
		x.b = join
		phi := join.InsertPhi(ir.I64)
		phi.AddArg(z)
		phi.AddArg(v)
		x.ret(phi)
	}},
	{"branch_i64_same_target", func(x *builder) {
		a := x.call(ir.I64, "ktime_get_ns")
		one := x.c(1)
		join := x.f.NewBlock()
		x.b.If(a, join, join)
		x.b = join
		phi := join.InsertPhi(ir.I64)
		phi.AddArg(one)
		phi.AddArg(a)
		x.ret(phi)
	}},
	{"loop_to_entry", func(x *builder) {
		e := x.b
		body := x.f.NewBlock()
		done := x.f.NewBlock()
		k := x.alloca(8)
		r := x.call(ir.I64, "get_prandom_u32")
		x.b.If(r, body, done)
		x.b = body
		x.store(k, 0, 8, r)
		body.Jump(e)
		x.b = done
		x.ret(r)
	}},
	{"loop_phi", func(x *builder) {
		e := x.b
		head := x.f.NewBlock()
		body := x.f.NewBlock()
		done := x.f.NewBlock()
		z := x.c(0)
		e.Jump(head)
		x.b = head
		i := head.InsertPhi(ir.I64)
		c := x.val(ir.OpULt, ir.I64, i, x.c(10))
		head.If(c, body, done)
		x.b = body
		n := x.val(ir.OpAdd, ir.I64, i, x.c(1))
		body.Jump(head)
		i.AddArg(z)
		i.AddArg(n)
		x.b = done
		x.ret(i)
	}},
	{"lifetime_sequential", func(x *builder) {
		m := x.mp()
		for i := 0; i < 3; i++ {
			k := x.alloca(8)
			x.store(k, 0, 8, x.c(int64(i)))
			x.call(ir.I64, "map_delete_elem", m, k)
		}
		x.ret(x.c(0))
	}},
	{"lifetime_branches", func(x *builder) {
		k := x.alloca(16)
		r := x.call(ir.I64, "get_prandom_u32")
		entry, a, b, join := x.b, x.f.NewBlock(), x.f.NewBlock(), x.f.NewBlock()
		entry.If(r, a, b)
		x.b = a
		x.mem(ir.OpZero, 0, 16, k)
		x.call(ir.I64, "map_delete_elem", x.mp(), k)
		a.Jump(join)
		x.b = b
		x.store(k, 0, 8, r)
		b.Jump(join)
		x.b = join
		x.ret(x.c(0))
	}},
	{"lifetime_loop", func(x *builder) {
		k := x.alloca(8)
		entry, head, body, done := x.b, x.f.NewBlock(), x.f.NewBlock(), x.f.NewBlock()
		z := x.c(0)
		entry.Jump(head)
		x.b = head
		i := head.InsertPhi(ir.I64)
		head.If(x.val(ir.OpULt, ir.I64, i, x.c(4)), body, done)
		x.b = body
		x.store(k, 0, 8, i)
		x.call(ir.I64, "map_delete_elem", x.mp(), k)
		n := x.val(ir.OpAdd, ir.I64, i, x.c(1))
		body.Jump(head)
		i.AddArg(z)
		i.AddArg(n)
		x.b = done
		x.ret(z)
	}},
	{"lifetime_escape", func(x *builder) {
		a, b := x.alloca(8), x.alloca(8)
		x.store(a, 0, 8, b)
		x.ret(x.c(0))
	}},
	{"bounds_map_value", func(x *builder) {
		k := x.alloca(8)
		x.store(k, 0, 8, x.c(0))
		p := x.call(ir.Ptr, "map_lookup_elem", x.mp(), k)
		entry, hit, miss := x.b, x.f.NewBlock(), x.f.NewBlock()
		entry.If(p, hit, miss)
		x.b = hit
		r := x.val(ir.OpUMod, ir.I64, x.call(ir.I64, "get_prandom_u32"), x.c(2))
		q := x.val(ir.OpAdd, ir.Ptr, p, x.val(ir.OpShl, ir.I64, r, x.c(3)))
		x.store(q, 0, 8, x.val(ir.OpAdd, ir.I64, x.load(ir.I64, q, 0, 8, false), x.c(1)))
		x.ret(x.c(0))
		x.b = miss
		x.ret(x.c(1))
	}},
}
