package ast

// Op is a unary, binary or assignment operator.
type Op uint8

// Operators, printed as their source text.
const (
	OpInvalid Op = iota
	OpAssign     // =
	OpAdd        // +
	OpSub        // -
	OpMul        // *
	OpDiv        // /
	OpMod        // %
	OpShl        // <<
	OpShr        // >>
	OpLt         // <
	OpLe         // <=
	OpGt         // >
	OpGe         // >=
	OpEq         // ==
	OpNe         // !=
	OpAnd        // &
	OpOr         // |
	OpXor        // ^
	OpLAnd       // &&
	OpLOr        // ||
	OpNeg        // - (unary)
	OpLNot       // !
	OpBNot       // ~
	OpDeref      // * (unary)
	OpInc        // ++
	OpDec        // --
)

var opText = [...]string{
	OpInvalid: "?",
	OpAssign:  "=",
	OpAdd:     "+",
	OpSub:     "-",
	OpMul:     "*",
	OpDiv:     "/",
	OpMod:     "%",
	OpShl:     "<<",
	OpShr:     ">>",
	OpLt:      "<",
	OpLe:      "<=",
	OpGt:      ">",
	OpGe:      ">=",
	OpEq:      "==",
	OpNe:      "!=",
	OpAnd:     "&",
	OpOr:      "|",
	OpXor:     "^",
	OpLAnd:    "&&",
	OpLOr:     "||",
	OpNeg:     "-",
	OpLNot:    "!",
	OpBNot:    "~",
	OpDeref:   "*",
	OpInc:     "++",
	OpDec:     "--",
}

// String returns the operator's source text.
func (o Op) String() string {
	if int(o) < len(opText) {
		return opText[o]
	}
	return "?"
}

// AssignText returns the assignment operator text for o: "=" for OpAssign,
// "+=" for OpAdd and so on.
func (o Op) AssignText() string {
	if o == OpAssign {
		return "="
	}
	return o.String() + "="
}
