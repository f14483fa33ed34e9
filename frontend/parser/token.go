package parser

import "github.com/bpftc/bpftc/frontend/source"

// kind is a token kind. The order is Bison's symbol order in bpftrace 0.17's
// grammar, which is the order in which "expecting A or B" lists name tokens.
type kind uint8

const (
	tEOF kind = iota
	tColon
	tSemi
	tLBrace
	tRBrace
	tLBracket
	tRBracket
	tLParen
	tRParen
	tQues
	tEndPred
	tComma
	tParamCount
	tAssign
	tEq
	tNe
	tLe
	tGe
	tShl
	tShr
	tLt
	tGt
	tLAnd
	tLOr
	tPlus
	tInc
	tShlAssign
	tShrAssign
	tPlusAssign
	tMinusAssign
	tMulAssign
	tDivAssign
	tModAssign
	tAndAssign
	tOrAssign
	tXorAssign
	tMinus
	tDec
	tMul
	tDiv
	tMod
	tAnd
	tOr
	tXor
	tLNot
	tBNot
	tDot
	tPtr
	tIf
	tElse
	tUnroll
	tStruct
	tUnion
	tWhile
	tFor
	tReturn
	tContinue
	tBreak
	tBuiltin
	tCall
	tCallBuiltin
	tIdent
	tPath
	tCPreproc
	tStructDefn
	tEnum
	tString
	tMap
	tVar
	tParam
	tInt
	tStackMode
	numKinds
)

// kindName holds Bison's names for the tokens, as printed in syntax errors.
// Quotes are dropped except for ",", whose name contains a comma.
var kindName = [numKinds]string{
	tEOF:         "end of file",
	tColon:       ":",
	tSemi:        ";",
	tLBrace:      "{",
	tRBrace:      "}",
	tLBracket:    "[",
	tRBracket:    "]",
	tLParen:      "(",
	tRParen:      ")",
	tQues:        "?",
	tEndPred:     "end predicate",
	tComma:       `","`,
	tParamCount:  "$#",
	tAssign:      "=",
	tEq:          "==",
	tNe:          "!=",
	tLe:          "<=",
	tGe:          ">=",
	tShl:         "<<",
	tShr:         ">>",
	tLt:          "<",
	tGt:          ">",
	tLAnd:        "&&",
	tLOr:         "||",
	tPlus:        "+",
	tInc:         "++",
	tShlAssign:   "<<=",
	tShrAssign:   ">>=",
	tPlusAssign:  "+=",
	tMinusAssign: "-=",
	tMulAssign:   "*=",
	tDivAssign:   "/=",
	tModAssign:   "%=",
	tAndAssign:   "&=",
	tOrAssign:    "|=",
	tXorAssign:   "^=",
	tMinus:       "-",
	tDec:         "--",
	tMul:         "*",
	tDiv:         "/",
	tMod:         "%",
	tAnd:         "&",
	tOr:          "|",
	tXor:         "^",
	tLNot:        "!",
	tBNot:        "~",
	tDot:         ".",
	tPtr:         "->",
	tIf:          "if",
	tElse:        "else",
	tUnroll:      "unroll",
	tStruct:      "struct",
	tUnion:       "union",
	tWhile:       "while",
	tFor:         "for",
	tReturn:      "return",
	tContinue:    "continue",
	tBreak:       "break",
	tBuiltin:     "builtin",
	tCall:        "call",
	tCallBuiltin: "call_builtin",
	tIdent:       "identifier",
	tPath:        "path",
	tCPreproc:    "preprocessor directive",
	tStructDefn:  "struct definition",
	tEnum:        "enum",
	tString:      "string",
	tMap:         "map",
	tVar:         "variable",
	tParam:       "positional parameter",
	tInt:         "integer",
	tStackMode:   "stack_mode",
}

func (k kind) String() string {
	if k < numKinds {
		return kindName[k]
	}
	return "?"
}

// token is one lexical token. Its span is bpftrace's location: it starts
// right after the preceding whitespace (language.md ERR-03).
type token struct {
	kind kind
	span source.Span
	text string // identifier, map, variable, path, directive or definition text; decoded string; literal text
	val  uint64 // integer value
}
