package stackgrow

import "testing"

// TestGrow checks that grow runs; its effect (one stack copy at start-up)
// shows only in bpftc's start-up time.
func TestGrow(t *testing.T) {
	grow()
	if sink != 1 {
		t.Errorf("sink = %d, want 1", sink)
	}
}
