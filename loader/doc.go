// Package loader runs a bpftc object: [Open] reads and checks it without
// touching the kernel, [Object.Run] loads it, runs BEGIN, attaches every probe,
// turns ring buffer records into output, then runs END and prints the maps.
// [OpenBytes] and [OpenFS] open objects embedded in Go programs, whose
// RunOptions.OnPrintf and OnExit take events and maps as Go values ([Row]).
// It never imports the compiler; see ../shared/docs/design.md ("Loader sequence").
package loader
