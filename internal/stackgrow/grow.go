package stackgrow

// frame is a little under 32 KiB: a frame that large makes the runtime
// allocate a 32 KiB stack in one step.
const frame = 28 << 10

// idx and sink keep the compiler from dropping the frame's array.
var (
	idx  int
	sink byte
)

func init() { grow() }

//go:noinline
func grow() {
	var buf [frame]byte
	buf[idx] = 1
	sink = buf[idx]
}
