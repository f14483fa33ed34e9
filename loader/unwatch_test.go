package loader

import (
	"encoding/binary"
	"reflect"
	"testing"

	"github.com/bpftc/bpftc/loader/abi"
)

// fakeLink records its closing.
type fakeLink struct {
	name   string
	closed *[]string
}

func (f fakeLink) Close() error {
	*f.closed = append(*f.closed, f.name)
	return nil
}

// TestUnwatch checks which attachments an unwatch record detaches: those
// whose bpftrace 0.17 address matches, every non-address probe for 0.
func TestUnwatch(t *testing.T) {
	points := []abi.AttachPoint{
		{Provider: abi.ProviderWatchpoint, Address: 0x1000, Name: "w1"},
		{Provider: abi.ProviderWatchpoint, Address: 0x2000, Name: "w2"},
		{Provider: abi.ProviderUprobe, Target: "/bin/x", Address: 0x1000, Name: "u-addr"},
		{Provider: abi.ProviderUprobe, Target: "/bin/x", Func: "main", Address: 0x1000, Name: "u-func"},
		{Provider: abi.ProviderUsdt, Target: "/bin/x", Func: "p:n", Address: 0x2000, Name: "usdt"},
		{Provider: abi.ProviderTracepoint, Target: "sched:sched_switch", Name: "tp"},
	}
	for _, tc := range []struct {
		addr       uint64
		closed     []string
		leftClosed []string // what detach closes afterwards
	}{
		{0x1000, []string{"w1", "u-addr"}, []string{"w2", "u-func", "usdt", "tp"}},
		{0x2000, []string{"w2"}, []string{"w1", "u-addr", "u-func", "usdt", "tp"}},
		{0, []string{"u-func", "usdt", "tp"}, []string{"w1", "w2", "u-addr"}},
		{0x3000, nil, []string{"w1", "w2", "u-addr", "u-func", "usdt", "tp"}},
	} {
		var closed []string
		r := &runner{}
		for _, a := range points {
			r.links = append(r.links, withAddress(a, fakeLink{a.Name, &closed}))
		}
		rec := binary.NativeEndian.AppendUint64(nil, abi.ActionUnwatch)
		rec = binary.NativeEndian.AppendUint64(rec, tc.addr)
		if exit, err := r.dispatch(rec); exit || err != nil {
			t.Fatalf("dispatch: %v, %v", exit, err)
		}
		if !reflect.DeepEqual(closed, tc.closed) {
			t.Errorf("unwatch(%#x) closed %q, want %q", tc.addr, closed, tc.closed)
		}
		closed = nil
		r.detach()
		if !reflect.DeepEqual(closed, tc.leftClosed) {
			t.Errorf("after unwatch(%#x), detach closed %q, want %q", tc.addr, closed, tc.leftClosed)
		}
	}
	if _, err := (&runner{}).dispatch(binary.NativeEndian.AppendUint64(nil, abi.ActionUnwatch)); err == nil {
		t.Error("short unwatch record accepted")
	}
}
