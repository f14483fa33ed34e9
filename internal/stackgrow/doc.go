// Package stackgrow, imported for its side effect, grows the main
// goroutine's stack to 32 KiB once, early in start-up. A goroutine starts
// with 2 KiB and its stack is copied at every doubling; each copy walks
// all frames with cold unwind tables, and a compile's copies, deep in the
// parser or the encoder, cost bpftc a tenth of a millisecond or more.
// Grown while the stack is shallow, it is copied once, cheaply, and stays
// grown (stacks shrink only during garbage collection).
package stackgrow
