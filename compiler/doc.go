// Package compiler runs bpftc's pipeline: parse, check, lower to IR,
// optimise, generate code with a backend, and write the object.
package compiler
