package ir

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads a module in the text form Fprint writes (without positions),
// so that passes can be tested from text to text.
func Parse(text string) (*Module, error) {
	p := &irParser{m: &Module{}}
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(stripComment(lines[i]))
		switch {
		case line == "":
		case strings.HasPrefix(line, "map "):
			if err := p.mapLine(line); err != nil {
				return nil, fmt.Errorf("line %d: %v", i+1, err)
			}
		case strings.HasPrefix(line, "func "):
			j := i + 1
			for j < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[j]), "func ") {
				j++
			}
			f, err := p.function(lines[i:j], i+1)
			if err != nil {
				return nil, err
			}
			p.m.Funcs = append(p.m.Funcs, f)
			i = j - 1
		default:
			return nil, fmt.Errorf("line %d: unexpected %q", i+1, line)
		}
	}
	return p.m, nil
}

type irParser struct{ m *Module }

func stripComment(s string) string {
	if i := strings.Index(s, ";"); i >= 0 {
		return s[:i]
	}
	return s
}

// mapLine parses "map @name kind key N value N max N".
func (p *irParser) mapLine(line string) error {
	f := strings.Fields(line)
	if len(f) != 9 || !strings.HasPrefix(f[1], "@") {
		return fmt.Errorf("bad map line %q", line)
	}
	kind := MapKind(0)
	for k, n := range mapKindNames {
		if n == f[2] {
			kind = MapKind(k)
		}
	}
	if kind == 0 {
		return fmt.Errorf("unknown map kind %q", f[2])
	}
	var nums [3]int
	for i, idx := range []int{4, 6, 8} {
		n, err := strconv.Atoi(f[idx])
		if err != nil {
			return err
		}
		nums[i] = n
	}
	p.m.Maps = append(p.m.Maps, &Map{Name: f[1][1:], Kind: kind, KeySize: nums[0], ValueSize: nums[1], MaxEntries: nums[2]})
	return nil
}

// pendingValue is a parsed instruction whose operands are resolved once
// every value of the function is known.
type pendingValue struct {
	v    *Value
	args []string
	line int
}

func (p *irParser) function(lines []string, first int) (*Func, error) {
	head := strings.Fields(lines[0])
	if len(head) < 2 {
		return nil, fmt.Errorf("line %d: bad func line", first)
	}
	f := &Func{Name: head[1]}
	if q := strings.Index(lines[0], `"`); q >= 0 {
		if c, err := strconv.Unquote(strings.TrimSpace(strings.TrimSuffix(lines[0][q:], "(ctx:ptr)"))); err == nil {
			f.Comment = c
		}
	}
	blocks := map[int]*Block{}
	block := func(name string) (*Block, error) {
		id, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSuffix(name, ","), "b"))
		if err != nil || !strings.HasPrefix(name, "b") {
			return nil, fmt.Errorf("bad block name %q", name)
		}
		b := blocks[id]
		if b == nil {
			b = &Block{ID: id, Func: f}
			blocks[id] = b
			f.nextBID = max(f.nextBID, id+1)
		}
		return b, nil
	}
	values := map[string]*Value{}
	var pending []pendingValue
	type term struct {
		b    *Block
		f    []string
		line int
	}
	var terms []term
	var cur *Block
	for i, raw := range lines[1:] {
		ln := first + 1 + i
		line := strings.TrimSpace(stripComment(raw))
		if line == "" {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("line %d: %s", ln, fmt.Sprintf(format, args...))
		}
		if !strings.HasPrefix(raw, "\t") {
			// Block header "bN:" or "bN: <- bP bQ".
			name, preds, _ := strings.Cut(line, ":")
			b, err := block(name)
			if err != nil {
				return nil, bad("%v", err)
			}
			f.Blocks = append(f.Blocks, b)
			for _, pn := range strings.Fields(strings.TrimPrefix(strings.TrimSpace(preds), "<-")) {
				pb, err := block(pn)
				if err != nil {
					return nil, bad("%v", err)
				}
				b.Preds = append(b.Preds, pb)
			}
			cur = b
			continue
		}
		if cur == nil {
			return nil, bad("instruction outside a block")
		}
		fields := strings.Fields(strings.ReplaceAll(line, ",", " "))
		switch fields[0] {
		case "br", "jmp", "ret":
			terms = append(terms, term{cur, fields, ln})
			continue
		}
		v, args, err := parseValue(line)
		if err != nil {
			return nil, bad("%v", err)
		}
		if v.ID >= 0 {
			if _, dup := values[v.String()]; dup {
				return nil, bad("%s defined twice", v)
			}
			values[v.String()] = v
		}
		v.Block = cur
		cur.Values = append(cur.Values, v)
		f.nextID = max(f.nextID, v.ID+1)
		pending = append(pending, pendingValue{v, args, ln})
	}
	// Values without a printed name (stores, zero, memcpy) get fresh IDs.
	for _, pv := range pending {
		if pv.v.ID < 0 {
			pv.v.ID = f.nextID
			f.nextID++
		}
	}
	lookup := func(name string, ln int) (*Value, error) {
		v := values[name]
		if v == nil {
			return nil, fmt.Errorf("line %d: undefined value %s", ln, name)
		}
		return v, nil
	}
	for _, pv := range pending {
		for _, a := range pv.args {
			v, err := lookup(a, pv.line)
			if err != nil {
				return nil, err
			}
			pv.v.AddArg(v)
		}
	}
	for _, t := range terms {
		switch t.f[0] {
		case "jmp":
			s, err := block(t.f[1])
			if err != nil {
				return nil, err
			}
			t.b.Kind, t.b.Succs = BlockPlain, []*Block{s}
		case "br", "ret":
			c, err := lookup(t.f[1], t.line)
			if err != nil {
				return nil, err
			}
			t.b.SetControl(c)
			if t.f[0] == "ret" {
				t.b.Kind = BlockRet
				continue
			}
			if len(t.f) != 4 {
				return nil, fmt.Errorf("line %d: br needs a value and two blocks", t.line)
			}
			s1, err1 := block(t.f[2])
			s2, err2 := block(t.f[3])
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("line %d: bad branch targets", t.line)
			}
			t.b.Kind, t.b.Succs = BlockIf, []*Block{s1, s2}
		}
	}
	if len(f.Blocks) == 0 {
		return nil, fmt.Errorf("line %d: function %s has no blocks", first, f.Name)
	}
	return f, nil
}

var opsByName = func() map[string]Op {
	m := map[string]Op{}
	for o, n := range opNames {
		if n != "" {
			m[n] = Op(o)
		}
	}
	return m
}()

var typesByName = map[string]Type{"void": Void, "i64": I64, "ptr": Ptr, "map": MapRef}

// parseValue parses one instruction; the returned names are its value
// operands, in order.
func parseValue(line string) (*Value, []string, error) {
	v := &Value{Pos: -1, Type: Void, ID: -1}
	rest := line
	if lhs, rhs, ok := strings.Cut(line, " = "); ok {
		name, typ, ok := strings.Cut(lhs, ":")
		t, known := typesByName[typ]
		if !ok || !known || !strings.HasPrefix(name, "v") {
			return nil, nil, fmt.Errorf("bad definition %q", lhs)
		}
		id, err := strconv.Atoi(name[1:])
		if err != nil {
			return nil, nil, fmt.Errorf("bad value name %q", name)
		}
		v.ID, v.Type, rest = id, t, rhs
	}
	opText, operands, _ := strings.Cut(strings.TrimSpace(rest), " ")
	opName, suffix, hasSuffix := strings.Cut(opText, ".")
	op, ok := opsByName[opName]
	if !ok {
		return nil, nil, fmt.Errorf("unknown op %q", opName)
	}
	v.Op = op
	if hasSuffix {
		if len(suffix) < 2 || (suffix[0] != 'u' && suffix[0] != 's') {
			return nil, nil, fmt.Errorf("bad width %q", suffix)
		}
		bits, err := strconv.Atoi(suffix[1:])
		if err != nil {
			return nil, nil, fmt.Errorf("bad width %q", suffix)
		}
		v.Size, v.Sign = int32(bits/8), suffix[0] == 's'
	}
	var ops []string
	for _, o := range strings.Split(operands, ",") {
		if o = strings.TrimSpace(o); o != "" {
			ops = append(ops, o)
		}
	}
	num := func(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) }
	var args []string
	var err error
	switch v.Op {
	case OpConst, OpAlloca:
		if len(ops) != 1 {
			return nil, nil, fmt.Errorf("%s takes one number", opName)
		}
		v.Aux, err = num(ops[0])
	case OpCoreOff:
		if len(ops) != 2 {
			return nil, nil, fmt.Errorf("coreoff takes an offset and a field")
		}
		v.Aux, err = num(ops[0])
		v.Sym = ops[1]
	case OpGlobal:
		if len(ops) != 1 {
			return nil, nil, fmt.Errorf("global takes a variable name")
		}
		v.Sym = ops[0]
	case OpMap:
		if len(ops) != 1 || !strings.HasPrefix(ops[0], "@") {
			return nil, nil, fmt.Errorf("map takes @name")
		}
		v.Sym = ops[0][1:]
	case OpCall:
		if len(ops) < 1 {
			return nil, nil, fmt.Errorf("call needs a helper name")
		}
		v.Sym, args = ops[0], ops[1:]
	case OpLoad, OpStore:
		if len(ops) < 2 {
			return nil, nil, fmt.Errorf("%s needs a pointer and an offset", opName)
		}
		v.Aux, err = num(ops[1])
		if v.Op == OpLoad && len(ops) == 3 && strings.HasPrefix(ops[2], corePrefix) {
			v.Sym, ops = ops[2][len(corePrefix):], ops[:2]
		}
		args = append([]string{ops[0]}, ops[2:]...)
	case OpZero:
		if len(ops) != 3 {
			return nil, nil, fmt.Errorf("zero takes pointer, offset, size")
		}
		v.Aux, err = num(ops[1])
		if err == nil {
			var n int64
			n, err = num(ops[2])
			v.Size = int32(n)
		}
		args = ops[:1]
	case OpMemcpy:
		if len(ops) != 4 {
			return nil, nil, fmt.Errorf("memcpy takes dst, offset, src, size")
		}
		v.Aux, err = num(ops[1])
		if err == nil {
			var n int64
			n, err = num(ops[3])
			v.Size = int32(n)
		}
		args = []string{ops[0], ops[2]}
	case OpZext, OpSext:
		if len(ops) != 2 {
			return nil, nil, fmt.Errorf("%s takes a value and a width", opName)
		}
		v.Aux, err = num(ops[1])
		args = ops[:1]
	default:
		args = ops
	}
	if err != nil {
		return nil, nil, err
	}
	return v, args, nil
}
