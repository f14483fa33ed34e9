package sema

// resizeTuple handles a tuple assigned to a map that holds tuples of the
// same shape with other string sizes: bpftrace 0.17 grows the map's
// strings to the largest seen but copies each value in its own layout,
// so later elements of a smaller tuple can land in the wrong place (TYP-05);
// lowering does the same. ok is false when the shapes differ.
func (c *checker) resizeTuple(have, val *Type) (*Type, bool) {
	merged := mergeTuple(have, val)
	return merged, merged != nil
}

// mergeTuple returns the tuple type that a and b both fit: the same
// elements, strings as large as the larger of the two; nil when they differ
// otherwise.
func mergeTuple(a, b *Type) *Type {
	if a.Kind != KindTuple || b.Kind != KindTuple || len(a.Elems) != len(b.Elems) {
		return nil
	}
	t := &Type{Kind: KindTuple}
	for i, x := range a.Elems {
		y := b.Elems[i]
		switch {
		case x.Kind == KindString && y.Kind == KindString:
			t.Elems = append(t.Elems, StringType(max(x.Size, y.Size)))
		case x.Kind == KindTuple:
			m := mergeTuple(x, y)
			if m == nil {
				return nil
			}
			t.Elems = append(t.Elems, m)
		case x.Equal(y):
			t.Elems = append(t.Elems, x)
		default:
			return nil
		}
	}
	t.Size = t.StorageSize()
	return t
}
