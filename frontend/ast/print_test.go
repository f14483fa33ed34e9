package ast

import (
	"strings"
	"testing"

	"github.com/bpftc/bpftc/frontend/source"
)

func TestFprint(t *testing.T) {
	v := &Var{Name: "$i"}
	prog := &Program{
		Preamble: []PreambleItem{
			&Include{Path: "linux/sched.h", System: true},
			&Define{Name: "N", Value: "1"},
			&Directive{Text: "#ifndef X"},
			&CDecl{Kind: CEnum, Name: "e", Enumerators: []*CEnumerator{
				{Name: "A", Value: 3, Expr: "3", Resolved: true},
				{Name: "B", Value: 4, Resolved: true},
			}},
		},
		Probes: []*Probe{{
			Attach: []*AttachPoint{{Raw: "i:s:1", Provider: "interval", Target: "s", Freq: 1}},
			Pred:   &Predicate{X: &Builtin{Name: "pid"}},
			Body: &Block{Stmts: []Stmt{
				&Let{Var: v},
				&For{Var: v, Start: &Integer{Value: 0, Raw: "0"}, End: &Integer{Value: 16, Raw: "0x10"}, Body: &Block{Stmts: []Stmt{
					&Jump{Kind: Continue},
				}}},
				&AssignVar{Var: v, Op: OpShl, Value: &Offsetof{Type: &TypeName{Name: "struct x"}, Field: []string{"a", "b"}}},
				&ExprStmt{X: &Unary{Op: OpDec, X: &Map{Name: "@"}, Postfix: true}},
				&ExprStmt{X: &Cast{Type: &TypeName{Name: "int8", Ptr: 2}, X: &Sizeof{X: &String{Value: "a\n"}}}},
			}},
		}},
	}
	want := `program
  include <linux/sched.h>
  define N "1"
  directive "#ifndef X"
  enum e
    enumerator A = 3
    enumerator B = 4
  probe
    attach "i:s:1" provider="interval" target="s" freq=1
    predicate
      builtin pid
    block
      let
        var $i
      for
        var $i
        int 0
        int 16 raw=0x10
        block
          continue
      assign <<=
        var $i
        offsetof (struct x) a.b
      expr
        unop -- post
          map @
      expr
        cast (int8 **)
          sizeof
            string "a\n"
`
	var b strings.Builder
	if err := Fprint(&b, prog); err != nil {
		t.Fatal(err)
	}
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestInspect(t *testing.T) {
	x := &Binary{Base: BaseAt(source.Span{Start: 1, End: 5}), Op: OpAdd, X: &Integer{}, Y: &Call{Name: "f", Args: []Expr{&Var{}}}}
	var kinds []string
	Inspect(x, func(n Node) bool {
		switch n.(type) {
		case *Binary:
			kinds = append(kinds, "binary")
		case *Integer:
			kinds = append(kinds, "int")
		case *Call:
			kinds = append(kinds, "call")
			return false
		default:
			kinds = append(kinds, "other")
		}
		return true
	})
	if got := strings.Join(kinds, " "); got != "binary int call" {
		t.Errorf("visited %s", got)
	}
	if x.Span() != (source.Span{Start: 1, End: 5}) || x.Loc() != x.Span() {
		t.Errorf("spans %v %v", x.Span(), x.Loc())
	}
	if (&If{}).Else != nil || len(Children(&If{})) != 0 {
		t.Error("nil children visited")
	}
}
