package loader

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"testing"

	"github.com/cilium/ebpf"
	"golang.org/x/sys/unix"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// TestRunLive reads a per-CPU count map while the probe runs, then checks
// that the Live stops with the run and that the run leaves no descriptor.
func TestRunLive(t *testing.T) {
	requireKernel(t)
	o := newTestObject()
	o.addMap(abi.Map{
		Name: "@", Symbol: "AT_", Agg: abi.AggCount, PerCPU: true, KeySize: 8, Key: keyedByInt,
		Value: abi.Type{Kind: abi.KindInt, Size: 8},
	}, ebpf.PerCPUHash, 8, 1024)
	o.program("tp", "tracepoint/syscalls/sys_enter_getppid", concat(countPid("AT_"), ret("out")), getppid)
	obj := o.open(t)

	const n = 500
	before := openFDs(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var buf bytes.Buffer
	var live *Live
	var count uint64
	var readErr, unknownErr error
	done := make(chan struct{})
	opts := &RunOptions{Output: output.NewText(&buf, &buf), Quiet: true}
	opts.Live = func(lv *Live) {
		live = lv
		go func() {
			defer close(done)
			defer cancel()
			for range n {
				unix.Getppid()
			}
			_, unknownErr = lv.ReadMap("@nope")
			entries, err := lv.ReadMap("@")
			if err != nil {
				readErr = err
				return
			}
			for _, e := range entries {
				if int(binary.NativeEndian.Uint64(e.Key)) != os.Getpid() {
					continue
				}
				for _, v := range e.Values {
					count += binary.NativeEndian.Uint64(v)
				}
			}
		}()
	}
	if err := obj.Run(ctx, opts); err != nil {
		t.Fatalf("Run: %v", err)
	}
	<-done
	if readErr != nil {
		t.Fatalf("ReadMap: %v", readErr)
	}
	if count != n {
		t.Errorf("live count %d, want %d", count, n)
	}
	if unknownErr == nil || unknownErr.Error() != "read map @nope: no such map" {
		t.Errorf("ReadMap(@nope): %v", unknownErr)
	}
	if _, err := live.ReadMap("@"); !errors.Is(err, ErrStopped) {
		t.Errorf("ReadMap after the run: %v, want ErrStopped", err)
	}
	if live.Meta() != obj.Meta() {
		t.Errorf("Meta is not the object's")
	}
	if after := openFDs(t); after != before {
		t.Errorf("%d file descriptors open before the run, %d after", before, after)
	}
}
