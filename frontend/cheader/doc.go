// Package cheader reads the C headers a script includes (#include lines,
// bpftrace's --include and -I) without clang: the object-like #define
// macros of every header, followed through nested includes, and the text
// of local ("quoted") headers, whose struct, union and enum definitions
// the parser reads as part of the preamble.
package cheader
