package ir

// Module is a compiled script: its maps and one function per probe.
type Module struct {
	Maps  []*Map
	Funcs []*Func
	// CoreFields describes the kernel fields of the OpCoreOff values and
	// relocated loads, by their Sym.
	CoreFields map[string]CoreField
}

// CoreField is a field of a kernel type whose offset the loader relocates:
// the access Access (libbpf's "0:12:1": element 0 of Type, its member 12,
// that member's member 1) from the struct or union Type.
type CoreField struct {
	// Type describes the root type for the object writer (the frontend
	// gives a *btf.Struct or *btf.Union); the IR does not look into it.
	Type   any
	Access string
}

// MapKind is the BPF map type of a map.
type MapKind uint8

// Map kinds.
const (
	MapHash MapKind = iota + 1
	MapArray
	MapPerCPUHash
	MapPerCPUArray
	MapRingBuf
	MapStackTrace
	MapPerfEventArray
)

var mapKindNames = [...]string{"?", "hash", "array", "percpu_hash", "percpu_array", "ringbuf", "stack_trace", "perf_event_array"}

func (k MapKind) String() string {
	if int(k) < len(mapKindNames) {
		return mapKindNames[k]
	}
	return "?"
}

// Map is a BPF map the module's functions refer to by name.
type Map struct {
	Name       string // symbol, e.g. "AT_x"
	Kind       MapKind
	KeySize    int
	ValueSize  int
	MaxEntries int
}

// Map returns the module's map called name, or nil.
func (m *Module) Map(name string) *Map {
	for _, mp := range m.Maps {
		if mp.Name == name {
			return mp
		}
	}
	return nil
}

// Func is one BPF program: a control-flow graph of blocks whose first block
// is the entry.
type Func struct {
	Name    string // program symbol
	Comment string // what it came from, e.g. the probe
	// Entries, when set, make the function a static subprogram (in .text)
	// that each of these entry programs calls with its context and returns
	// the result of.
	Entries []string
	Blocks  []*Block
	nextID  int
	nextBID int
	slab    valueSlab
}

// NewFunc returns a function with an empty entry block.
func NewFunc(name string) *Func {
	f := &Func{Name: name}
	f.NewBlock()
	return f
}

// Entry returns the entry block.
func (f *Func) Entry() *Block { return f.Blocks[0] }

// NewBlock appends a new empty block.
func (f *Func) NewBlock() *Block {
	b := &Block{ID: f.nextBID, Func: f}
	f.nextBID++
	f.Blocks = append(f.Blocks, b)
	return b
}

// NumValues returns one more than the largest value ID in f.
func (f *Func) NumValues() int { return f.nextID }

// NumBlocks returns one more than the largest block ID in f.
func (f *Func) NumBlocks() int { return f.nextBID }

// BlockKind says how a block ends.
type BlockKind uint8

// Block kinds.
const (
	BlockPlain BlockKind = iota // jump to Succs[0]
	BlockIf                     // Control != 0 ? Succs[0] : Succs[1]
	BlockRet                    // return Control from the program
)

// Block is a basic block.
type Block struct {
	ID      int
	Func    *Func
	Kind    BlockKind
	Values  []*Value // phis first
	Control *Value
	Succs   []*Block
	Preds   []*Block
}

// Value is an SSA value, the single result of one operation.
type Value struct {
	ID    int
	Op    Op
	Type  Type
	Args  []*Value
	Aux   int64  // constant, offset, alloca size, extension width
	Size  int32  // bytes moved by loads, stores, zero and memcpy
	Sign  bool   // loads: sign-extend
	Sym   string // map name (OpMap), helper name (OpCall), CO-RE field (OpCoreOff, OpLoad)
	Block *Block
	Pos   int32 // source byte offset, -1 when unknown
	Uses  int32 // number of uses as an argument or control value
}

// newValue makes a value that is not yet placed in a block.
func (f *Func) newValue(op Op, t Type, args ...*Value) *Value {
	v := f.slab.value()
	*v = Value{ID: f.nextID, Op: op, Type: t, Args: f.slab.args(args), Pos: -1}
	f.nextID++
	for _, a := range args {
		a.Uses++
	}
	return v
}

// NewValue appends a new value to b.
func (b *Block) NewValue(op Op, t Type, args ...*Value) *Value {
	v := b.Func.newValue(op, t, args...)
	v.Block = b
	b.Values = append(b.Values, v)
	return v
}

// InsertPhi adds a phi with no arguments at the start of b.
func (b *Block) InsertPhi(t Type) *Value {
	v := b.Func.newValue(OpPhi, t)
	v.Block = b
	b.Values = append([]*Value{v}, b.Values...)
	return v
}

// AddArg appends an argument to v.
func (v *Value) AddArg(a *Value) {
	v.Args = append(v.Args, a)
	a.Uses++
}

// SetArg replaces argument i of v.
func (v *Value) SetArg(i int, a *Value) {
	v.Args[i].Uses--
	v.Args[i] = a
	a.Uses++
}

// ResetArgs drops all of v's arguments.
func (v *Value) ResetArgs() {
	for _, a := range v.Args {
		a.Uses--
	}
	v.Args = nil
}

// SetControl sets b's control value.
func (b *Block) SetControl(v *Value) {
	if b.Control != nil {
		b.Control.Uses--
	}
	b.Control = v
	if v != nil {
		v.Uses++
	}
}

// AddEdge adds an edge from b to c.
func (b *Block) AddEdge(c *Block) {
	b.Succs = append(b.Succs, c)
	c.Preds = append(c.Preds, b)
}

// Jump ends b with a jump to c.
func (b *Block) Jump(c *Block) {
	b.Kind = BlockPlain
	b.AddEdge(c)
}

// If ends b with a branch on cond.
func (b *Block) If(cond *Value, then, els *Block) {
	b.Kind = BlockIf
	b.SetControl(cond)
	b.AddEdge(then)
	b.AddEdge(els)
}

// Ret ends b by returning v from the program.
func (b *Block) Ret(v *Value) {
	b.Kind = BlockRet
	b.SetControl(v)
}

// predIndex returns the index of p in b.Preds.
func (b *Block) predIndex(p *Block) int {
	for i, q := range b.Preds {
		if q == p {
			return i
		}
	}
	return -1
}

// removePred removes the edge p->b, dropping the matching phi arguments.
func (b *Block) removePred(p *Block) {
	i := b.predIndex(p)
	if i < 0 {
		return
	}
	b.Preds = append(b.Preds[:i:i], b.Preds[i+1:]...)
	for _, v := range b.Values {
		if v.Op != OpPhi || i >= len(v.Args) {
			continue // not a phi, or one of a dead block already cleared
		}
		v.Args[i].Uses--
		v.Args = append(v.Args[:i:i], v.Args[i+1:]...)
	}
}
