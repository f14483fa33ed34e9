package sema

// MapInfo is what the checker knows of one map: its key parts and value.
type MapInfo struct {
	Name  string  // "@", "@x"
	Keys  []*Type // nil for a scalar map
	Value *Type   // value type; an aggregation kind for count(), hist(), ...
	Index int     // position in Info.Maps (sorted by name)
}

// Symbol is the map's ELF symbol: "@x" -> "AT_x", "@" -> "AT_".
func (m *MapInfo) Symbol() string { return "AT_" + m.Name[1:] }

// KeySize is the size of the map's key parts laid end to end.
func (m *MapInfo) KeySize() int {
	n := 0
	for _, k := range m.Keys {
		n += k.StorageSize()
	}
	return n
}

// KeyOffsets returns where each key part starts.
func (m *MapInfo) KeyOffsets() []int {
	var offs []int
	n := 0
	for _, k := range m.Keys {
		offs = append(offs, n)
		n += k.StorageSize()
	}
	return offs
}
