package loader

import (
	"errors"
	"fmt"
	"math"
)

// DefaultVerifierLogSize is bpftrace 0.17's verifier log buffer size in
// bytes, the default of BPFTRACE_LOG_SIZE.
const DefaultVerifierLogSize = 1000000

// SetVerifierLogSize sets the size in bytes of the verifier log that the
// error of a rejected program keeps (bpftrace's BPFTRACE_LOG_SIZE, ENV-07);
// 0 means DefaultVerifierLogSize. Programs load with a log buffer of that
// size to start with. A longer log keeps its last lines, as the kernel's
// log keeps its end when the buffer is too small, and VerifierError.CutAt
// says so: bpfrun -v then tells how to see it all.
func (o *Object) SetVerifierLogSize(n uint64) { o.logSize = n }

// verifierLogSize is the size SetVerifierLogSize set.
func (o *Object) verifierLogSize() uint64 {
	if o.logSize == 0 {
		return DefaultVerifierLogSize
	}
	return o.logSize
}

// logSizeStart is the first log buffer size programs load with; cilium
// raises it to at least 64 KiB and grows it to fit the whole log.
func (o *Object) logSizeStart() uint32 {
	return uint32(min(o.verifierLogSize(), math.MaxUint32>>2))
}

// cutLog drops the first lines of a rejected program's log until the rest
// and its line ends fit in the log size less the string's terminating
// NUL, and returns err.
func (o *Object) cutLog(err error) error {
	var ve *VerifierError
	if !errors.As(err, &ve) {
		return err
	}
	size := o.verifierLogSize()
	var n uint64 = 1 // the NUL
	i := len(ve.Log)
	for i > 0 && n+uint64(len(ve.Log[i-1]))+1 <= size {
		n += uint64(len(ve.Log[i-1])) + 1
		i--
	}
	if i > 0 {
		ve.Log = ve.Log[i:]
		ve.CutAt = size
	}
	return err
}

// cutNote is the last line of a cut log's diagnostic, in the words of
// bpftrace's message for a verifier log that overflows its buffer.
func cutNote(size uint64) string {
	return fmt.Sprintf("verification log buffer not big enough, its first lines are missing: try increasing the BPFTRACE_LOG_SIZE environment variable beyond the current value of %d bytes\n", size)
}
