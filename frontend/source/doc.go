// Package source holds script text, byte-offset positions and spans, and the
// diagnostics reported against them, rendered in bpftrace 0.17's
// "FILE:LINE:COL-COL: ERROR: msg" shape. It knows nothing of the language;
// see ../../../shared/docs/design.md.
package source
