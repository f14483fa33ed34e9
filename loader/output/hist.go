package output

import "strconv"

// Histogram rendering (OUT-08, language.md 2.1). bpftrace 0.17 does this
// arithmetic in C int (32 bits) and float; the casts below keep its results,
// including the JSON bounds of the [2G, 4G) bucket.

const barWidth = 52

// histRange returns the first and last buckets hist prints (-1, -1 when
// none) and the largest count, with counts read as C int like hist_prepare.
func histRange(vals []uint64) (lo, hi int, maxv int32) {
	lo, hi = -1, -1
	for i, u := range vals {
		v := int32(u)
		if v > 0 {
			if lo == -1 {
				lo = i
			}
			hi = i
		}
		maxv = max(maxv, v)
	}
	return lo, hi, maxv
}

// lhistRange is lhist_prepare: the buckets lhist prints (-1, -1 when none),
// the largest count and the number of in-range buckets.
func (p *printer) lhistRange(vals []uint64) (lo, hi int, maxv int32, buckets int32) {
	h := p.m.Hist
	mn, mx, step := int32(h.Min), int32(h.Max), int32(h.Step)
	buckets = (mx - mn) / step
	any := false
	for _, u := range vals {
		v := int32(u)
		any = any || v != 0
		maxv = max(maxv, v)
	}
	if !any {
		return -1, -1, maxv, buckets
	}
	lo, hi = -1, 0
	for i := 0; i <= int(buckets)+1 && i < len(vals); i++ {
		if vals[i] > 0 {
			if lo == -1 {
				lo = i
			}
			hi = i
		}
	}
	return max(lo, 0), hi, maxv, buckets
}

// appendBar writes one text bucket line:
// "%-16s%8d |%-52s|\n" with a bar of int(float(count)/float(max)*52) '@'.
func appendBar(dst []byte, label []byte, shown, count uint64, maxv int32) []byte {
	dst = append(dst, label...)
	dst = spaces(dst, 16-len(label))
	var num [20]byte
	n := strconv.AppendUint(num[:0], shown, 10)
	dst = spaces(dst, 8-len(n))
	dst = append(dst, n...)
	dst = append(dst, " |"...)
	w := 0
	if maxv > 0 {
		ratio := float32(count) / float32(maxv)
		f := ratio * float32(barWidth)
		if f > 0 {
			w = int(min(f, 1<<20))
		}
	}
	for i := 0; i < w; i++ {
		dst = append(dst, '@')
	}
	dst = spaces(dst, barWidth-w)
	return append(dst, "|\n"...)
}

// appendHist writes one hist value; its counts are divided by div, its bars
// are not (OUT-07).
func (p *printer) appendHist(dst []byte, vals []uint64) []byte {
	lo, hi, maxv := histRange(vals)
	if p.json {
		dst = append(dst, '[')
	}
	var label []byte
	for i := lo; lo >= 0 && i <= hi; i++ {
		if p.json {
			if i > lo {
				dst = append(dst, ", "...)
			}
			dst = appendHistBounds(dst, i)
			dst = strconv.AppendUint(dst, vals[i]/p.div, 10)
			dst = append(dst, '}')
			continue
		}
		label = appendHistLabel(label[:0], i)
		dst = appendBar(dst, label, vals[i]/p.div, vals[i], maxv)
	}
	if p.json {
		dst = append(dst, ']')
	}
	return dst
}

// appendHistLabel writes the text label of hist bucket i.
func appendHistLabel(dst []byte, i int) []byte {
	switch i {
	case 0:
		return append(dst, "(..., 0)"...)
	case 1:
		return append(dst, "[0]"...)
	case 2:
		return append(dst, "[1]"...)
	}
	dst = append(dst, '[')
	dst = appendPowerLabel(dst, i-2)
	dst = append(dst, ", "...)
	dst = appendPowerLabel(dst, i-1)
	return append(dst, ')')
}

// appendPowerLabel writes 2^power with a K, M, G or T suffix
// (hist_index_label).
func appendPowerLabel(dst []byte, power int) []byte {
	suffix := byte(0)
	switch {
	case power >= 40:
		suffix, power = 'T', power-40
	case power >= 30:
		suffix, power = 'G', power-30
	case power >= 20:
		suffix, power = 'M', power-20
	case power >= 10:
		suffix, power = 'K', power-10
	}
	dst = strconv.AppendInt(dst, int64(int32(1)<<(uint(power)&31)), 10)
	if suffix != 0 {
		dst = append(dst, suffix)
	}
	return dst
}

// appendHistBounds opens the JSON object of hist bucket i with its bounds,
// computed in 32-bit int with x86 shift semantics as bpftrace does.
func appendHistBounds(dst []byte, i int) []byte {
	switch i {
	case 0:
		return append(dst, `{"max": -1, "count": `...)
	case 1:
		return append(dst, `{"min": 0, "max": 0, "count": `...)
	case 2:
		return append(dst, `{"min": 1, "max": 1, "count": `...)
	}
	low := int32(1) << (uint(i-2) & 31)
	high := int32(1)<<(uint(i-1)&31) - 1
	dst = append(dst, `{"min": `...)
	dst = strconv.AppendInt(dst, int64(low), 10)
	dst = append(dst, `, "max": `...)
	dst = strconv.AppendInt(dst, int64(high), 10)
	return append(dst, `, "count": `...)
}

// appendLhist writes one lhist value; lhist ignores div (OUT-07).
func (p *printer) appendLhist(dst []byte, vals []uint64) []byte {
	lo, hi, maxv, buckets := p.lhistRange(vals)
	if p.json {
		dst = append(dst, '[')
	}
	var label []byte
	for i := lo; lo >= 0 && i <= hi; i++ {
		if p.json {
			if i > lo {
				dst = append(dst, ", "...)
			}
			dst = p.appendLhistBounds(dst, int32(i), buckets)
			dst = strconv.AppendUint(dst, vals[i], 10)
			dst = append(dst, '}')
			continue
		}
		label = p.appendLhistLabel(label[:0], int32(i), buckets)
		dst = appendBar(dst, label, vals[i], vals[i], maxv)
	}
	if p.json {
		dst = append(dst, ']')
	}
	return dst
}

// appendLhistLabel writes the text label of lhist bucket i:
// "(..., MIN)", "[a, b)" or "[MAX, ...)".
func (p *printer) appendLhistLabel(dst []byte, i, buckets int32) []byte {
	h := p.m.Hist
	mn, mx, step := int32(h.Min), int32(h.Max), int32(h.Step)
	switch {
	case i == 0:
		dst = append(dst, "(..., "...)
		dst = appendLinearLabel(dst, mn)
		return append(dst, ')')
	case i == buckets+1:
		dst = append(dst, '[')
		dst = appendLinearLabel(dst, mx)
		return append(dst, ", ...)"...)
	}
	dst = append(dst, '[')
	dst = appendLinearLabel(dst, (i-1)*step+mn)
	dst = append(dst, ", "...)
	dst = appendLinearLabel(dst, i*step+mn)
	return append(dst, ')')
}

// appendLhistBounds opens the JSON object of lhist bucket i with its bounds:
// only "max" for the underflow bucket, only "min" for the overflow one.
func (p *printer) appendLhistBounds(dst []byte, i, buckets int32) []byte {
	h := p.m.Hist
	mn, mx, step := int32(h.Min), int32(h.Max), int32(h.Step)
	switch {
	case i == 0:
		dst = append(dst, `{"max": `...)
		dst = strconv.AppendInt(dst, int64(mn-1), 10)
	case i == buckets+1:
		dst = append(dst, `{"min": `...)
		dst = strconv.AppendInt(dst, int64(mx), 10)
	default:
		dst = append(dst, `{"min": `...)
		dst = strconv.AppendInt(dst, int64((i-1)*step+mn), 10)
		dst = append(dst, `, "max": `...)
		dst = strconv.AppendInt(dst, int64(i*step+mn-1), 10)
	}
	return append(dst, `, "count": `...)
}

// appendLinearLabel writes an lhist bound: NM for multiples of 2^20, NK for
// multiples of 2^10 (lhist_index_label).
func appendLinearLabel(dst []byte, n int32) []byte {
	const kilo, mega = 1024, 1048576
	switch {
	case n == 0:
		return append(dst, '0')
	case n%mega == 0:
		dst = strconv.AppendInt(dst, int64(n/mega), 10)
		return append(dst, 'M')
	case n%kilo == 0:
		dst = strconv.AppendInt(dst, int64(n/kilo), 10)
		return append(dst, 'K')
	}
	return strconv.AppendInt(dst, int64(n), 10)
}
