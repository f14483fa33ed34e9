package ir

// valueSlab allocates a function's values and their argument lists in
// chunks, not one by one: lowering makes hundreds of each.
type valueSlab struct {
	values []Value
	argv   []*Value
	n      int // values handed out so far, which sizes the next chunk
}

// value returns a zeroed value.
func (s *valueSlab) value() *Value {
	if len(s.values) == 0 {
		s.values = make([]Value, min(max(s.n, 16), 256))
	}
	v := &s.values[0]
	s.values = s.values[1:]
	s.n++
	return v
}

// args returns a copy of args whose capacity is its length, so that
// appending to it reallocates instead of running into its neighbour.
func (s *valueSlab) args(args []*Value) []*Value {
	if len(args) == 0 {
		return nil
	}
	if len(s.argv) < len(args) {
		s.argv = make([]*Value, max(2*min(max(s.n, 16), 256), len(args)))
	}
	a := s.argv[:len(args):len(args)]
	s.argv = s.argv[len(args):]
	copy(a, args)
	return a
}
