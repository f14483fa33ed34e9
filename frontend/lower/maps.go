package lower

import (
	"github.com/bpftc/bpftc/frontend/sema"
	"github.com/bpftc/bpftc/ir"
	"github.com/bpftc/bpftc/loader/abi"
)

// MapKeysMax is the default capacity of a map (BPFTRACE_MAP_KEYS_MAX).
const MapKeysMax = 4096

// histBuckets is the number of hist() buckets in bpftrace 0.17: negative,
// zero, one, then powers of two up to [2G, 4G), where everything larger lands.
const histBuckets = 34

// Flags of bpf_map_update_elem.
const (
	updateAny     = 0
	updateNoExist = 1
)

// mapLayout is how a map is stored in the kernel.
type mapLayout struct {
	info      *sema.MapInfo
	sym       string
	kind      ir.MapKind
	keySize   int
	valueSize int
	array     bool // one-entry array with a u32 zero key
	buckets   int  // hist, lhist
}

// layoutMap chooses the kernel representation of a map: per-CPU maps for
// aggregations, a one-entry per-CPU array for a key-less count(), all
// buckets of a histogram in one value.
func layoutMap(mi *sema.MapInfo) *mapLayout {
	ml := &mapLayout{info: mi, sym: mi.Symbol(), keySize: mi.KeySize()}
	v := mi.Value
	ml.kind = ir.MapPerCPUHash
	switch v.Kind {
	case sema.KindCount, sema.KindSum:
		ml.valueSize = 8
		if len(mi.Keys) == 0 && v.Kind == sema.KindCount {
			ml.kind, ml.array, ml.keySize = ir.MapPerCPUArray, true, 4
		}
	case sema.KindMin, sema.KindMax, sema.KindAvg, sema.KindStats:
		ml.valueSize = 16
	case sema.KindHist:
		ml.buckets = histBuckets
		ml.valueSize = 8 * ml.buckets
		ml.keylessArray()
	case sema.KindLhist:
		ml.buckets = int((v.Max-v.Min)/v.Step) + 2
		ml.valueSize = 8 * ml.buckets
		ml.keylessArray()
	default:
		ml.kind = ir.MapHash
		ml.valueSize = v.StorageSize()
	}
	if ml.array {
		ml.keySize = 4
	} else if ml.keySize == 0 {
		ml.keySize = 8
	}
	return ml
}

// keylessArray puts a key-less histogram in a one-entry per-CPU array:
// no hash lookup and no miss path per event. The loader prints an all-zero
// array histogram as an empty map unless zero() made it so.
func (ml *mapLayout) keylessArray() {
	if len(ml.info.Keys) == 0 {
		ml.kind, ml.array = ir.MapPerCPUArray, true
	}
}

func (ml *mapLayout) ir() *ir.Map {
	max := MapKeysMax
	if ml.array {
		max = 1
	}
	return &ir.Map{Name: ml.sym, Kind: ml.kind, KeySize: ml.keySize, ValueSize: ml.valueSize, MaxEntries: max}
}

var aggKinds = map[sema.Kind]abi.Agg{
	sema.KindCount: abi.AggCount, sema.KindSum: abi.AggSum, sema.KindMin: abi.AggMin, sema.KindMax: abi.AggMax,
	sema.KindAvg: abi.AggAvg, sema.KindStats: abi.AggStats, sema.KindHist: abi.AggHist, sema.KindLhist: abi.AggLhist,
}

// abi describes the map for the loader.
func (ml *mapLayout) abi() abi.Map {
	mi := ml.info
	m := abi.Map{Name: mi.Name, Symbol: ml.sym, Agg: abi.AggNone, KeySize: ml.keySize, Array: ml.array}
	if a, ok := aggKinds[mi.Value.Kind]; ok {
		m.Agg = a
		m.PerCPU = true
		m.Value = abi.Type{Kind: abi.KindInt, Size: 8, Signed: mi.Value.Signed}
	} else {
		m.Value = mi.Value.ABI()
	}
	for i, off := range mi.KeyOffsets() {
		m.Key = append(m.Key, abi.Field{Offset: off, Type: mi.Keys[i].ABI()})
	}
	switch mi.Value.Kind {
	case sema.KindHist:
		m.Hist = &abi.Hist{Buckets: ml.buckets}
	case sema.KindLhist:
		m.Hist = &abi.Hist{Buckets: ml.buckets, Min: mi.Value.Min, Max: mi.Value.Max, Step: mi.Value.Step}
	}
	return m
}

// keyWriter writes one part of a key at dst+off.
type keyWriter func(dst *ir.Value, off int64)

// key builds a map key on the stack and returns its address.
func (l *lowerer) key(ml *mapLayout, parts []keyWriter) *ir.Value {
	b := l.b
	buf := b.alloca(ml.keySize)
	if len(parts) == 0 {
		b.store(buf, 0, ml.keySize, b.constant(0))
		return buf
	}
	for i, off := range ml.info.KeyOffsets() {
		parts[i](buf, int64(off))
	}
	return buf
}

// add adds delta to the integer at offset off of key's value, creating the
// entry when it is missing: the looked-up per-CPU value is updated in place,
// and the update helper runs only on a miss.
func (l *lowerer) add(ml *mapLayout, key *ir.Value, off int64, delta *ir.Value) {
	b := l.b
	p := b.call("map_lookup_elem", b.mapRef(ml.sym), key)
	b.ifElse(p, func() {
		old := b.load(p, off, 8, false)
		b.store(p, off, 8, b.binary(ir.OpAdd, old, delta))
	}, func() {
		if ml.array {
			return // arrays always have their entry
		}
		val := b.alloca(ml.valueSize)
		if ml.valueSize > 8 || off != 0 {
			b.zero(val, 0, ml.valueSize)
		}
		b.store(val, off, 8, delta)
		b.call("map_update_elem", b.mapRef(ml.sym), key, val, b.constant(updateAny))
	})
}

// update stores the value at val under key.
func (l *lowerer) update(ml *mapLayout, key, val *ir.Value) {
	b := l.b
	b.call("map_update_elem", b.mapRef(ml.sym), key, val, b.constant(updateAny))
}

// readInt returns the integer value under key, or 0 when it is missing.
func (l *lowerer) readInt(ml *mapLayout, key *ir.Value, signed bool) *ir.Value {
	b := l.b
	tmp := l.tmpVar()
	b.writeVar(tmp, b.constant(0))
	p := b.call("map_lookup_elem", b.mapRef(ml.sym), key)
	l.checkMiss(p)
	b.ifThen(p, func() {
		b.writeVar(tmp, b.load(p, 0, 8, signed))
	})
	return b.readVar(tmp)
}

// readInto copies the value under key to dst, or zeroes dst when missing.
func (l *lowerer) readInto(ml *mapLayout, key, dst *ir.Value, off int64, size int) {
	b := l.b
	p := b.call("map_lookup_elem", b.mapRef(ml.sym), key)
	l.checkMiss(p)
	b.ifElse(p, func() {
		b.memcpy(dst, off, p, size)
	}, func() {
		b.zero(dst, off, size)
	})
}

// histAdd adds one to bucket idx of key's histogram, creating a zeroed
// entry first when it is missing. idx comes from log2Bucket or
// linearBucket, which bound it by the last bucket on every path, as the
// verifier needs.
func (l *lowerer) histAdd(ml *mapLayout, key, idx *ir.Value) {
	b := l.b
	m := b.mapRef(ml.sym)
	p := b.call("map_lookup_elem", m, key)
	tmp := l.tmpVar()
	b.writeVar(tmp, p)
	b.ifThen(b.binaryConst(ir.OpEq, p, 0), func() {
		if ml.array {
			b.ret() // arrays always have their entry
			return
		}
		// A new entry starts from the zero map's value: a histogram can be
		// larger than the stack, and this costs no stores.
		zkey := b.alloca(4)
		b.store(zkey, 0, 4, b.constant(0))
		z := b.call("map_lookup_elem", b.mapRef(abi.ZeroMap), zkey)
		b.ifThen(b.binaryConst(ir.OpEq, z, 0), func() { b.ret() })
		b.call("map_update_elem", b.mapRef(ml.sym), key, z, b.constant(updateNoExist))
		q := b.call("map_lookup_elem", b.mapRef(ml.sym), key)
		b.ifThen(b.binaryConst(ir.OpEq, q, 0), func() { b.ret() })
		b.writeVar(tmp, q)
	})
	p = b.readVar(tmp)
	slot := b.value(ir.OpAdd, ir.Ptr, p, b.binaryConst(ir.OpShl, idx, 3))
	old := b.load(slot, 0, 8, false)
	b.store(slot, 0, 8, b.binaryConst(ir.OpAdd, old, 1))
}

// clamp returns min(x, hi) for an unsigned x.
func (l *lowerer) clamp(x *ir.Value, hi int64) *ir.Value {
	b := l.b
	tmp := l.tmpVar()
	b.writeVar(tmp, x)
	b.ifThen(b.binaryConst(ir.OpUGt, x, hi), func() { b.writeVar(tmp, b.constant(hi)) })
	return b.readVar(tmp)
}

// log2Bucket computes bpftrace 0.17's hist() bucket of a signed value:
// 0 for negatives, 1 for zero, 2 for one, k+2 for [2^k, 2^(k+1)), and 33 for
// everything from 2^31 up (0.17 only looked at 32 bits).
func (l *lowerer) log2Bucket(x *ir.Value) *ir.Value {
	b := l.b
	idx, n := l.tmpVar(), l.tmpVar()
	b.writeVar(idx, b.constant(0))
	b.ifThen(b.binaryConst(ir.OpSGe, x, 0), func() {
		b.writeVar(idx, b.constant(1))
		b.ifThen(b.binaryConst(ir.OpNe, x, 0), func() {
			b.writeVar(idx, b.constant(histBuckets-1))
			b.ifThen(b.binaryConst(ir.OpULt, x, 1<<32), func() {
				b.writeVar(idx, b.constant(2))
				b.writeVar(n, x)
				for _, sh := range []int64{16, 8, 4, 2, 1} {
					b.ifThen(b.binaryConst(ir.OpUGe, b.readVar(n), 1<<sh), func() {
						b.writeVar(n, b.binaryConst(ir.OpLShr, b.readVar(n), sh))
						b.writeVar(idx, b.binaryConst(ir.OpAdd, b.readVar(idx), sh))
					})
				}
			})
		})
	})
	return b.readVar(idx)
}

// linearBucket computes lhist()'s bucket: 0 below min, 1+(x-min)/step up
// to the overflow bucket buckets-1.
func (l *lowerer) linearBucket(x *ir.Value, min, step int64, buckets int) *ir.Value {
	b := l.b
	idx := l.tmpVar()
	b.writeVar(idx, b.constant(0))
	b.ifThen(b.binaryConst(ir.OpSGe, x, min), func() {
		i := b.binaryConst(ir.OpAdd, b.binaryConst(ir.OpUDiv, b.binaryConst(ir.OpSub, x, min), step), 1)
		b.writeVar(idx, l.clamp(i, int64(buckets-1)))
	})
	return b.readVar(idx)
}
