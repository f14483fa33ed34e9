// Package parser turns bpftrace 0.17 script text into an [ast.Program],
// reproducing bpftrace's lexer, grammar, error messages and source
// locations (language.md LEX, PRE, PRB, STM, EXP, ERR-03, ERR-05). It does
// no type checking; see ../../../shared/docs/design.md.
package parser
