package loader

import (
	"encoding/binary"
	"fmt"

	"github.com/bpftc/bpftc/loader/output"
)

// helperError prints the failed helper call of an abi.ActionHelperError
// record (bpftrace -k/-kk).
func (r *runner) helperError(rec []byte) error {
	if len(rec) < 24 {
		return fmt.Errorf("event: helper error record of %d bytes", len(rec))
	}
	id := binary.NativeEndian.Uint64(rec[8:])
	if id >= uint64(len(r.meta.HelperErrors)) {
		return fmt.Errorf("event: helper error id %d, the metadata has %d", id, len(r.meta.HelperErrors))
	}
	if _, text := r.out.(*output.Text); text && r.noWarnings {
		return nil // bpftrace --no-warnings: a text warning, not JSON output
	}
	output.HelperError(r.out, &r.meta.HelperErrors[id], int32(binary.NativeEndian.Uint64(rec[16:])))
	return nil
}
