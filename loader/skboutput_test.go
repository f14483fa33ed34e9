package loader

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bpftc/bpftc/loader/abi"
)

// skbSample is a hand-made perf sample of skboutput() call site id: the
// 24-byte header, then pkt.
func skbSample(id, ns uint64, pkt []byte) []byte {
	b := binary.NativeEndian.AppendUint64(nil, abi.ActionSkbOutput)
	b = binary.NativeEndian.AppendUint64(b, id)
	b = binary.NativeEndian.AppendUint64(b, ns)
	return append(b, pkt...)
}

// TestSkbOutputPcap writes hand-made samples through the pcap writer and
// checks the file byte by byte against libpcap's format as bpftrace 0.17
// uses it: the DLT_RAW file header, then per packet seconds,
// microseconds, and the sample's size after the header twice, the offset
// skipping bytes without shortening the packet.
func TestSkbOutputPcap(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.pcap"), filepath.Join(dir, "b.pcap")
	meta := &abi.Meta{SkbOutputs: []abi.SkbOutput{{Path: a}, {Path: b, Offset: 2}, {Path: a}}}
	s := &skbOutput{sites: meta.SkbOutputs}
	// Boot at 1700000000.5 s: 2.25 s later is 1700000002.75 s.
	s.boot = time.Unix(1700000000, 500000000)
	for _, site := range meta.SkbOutputs {
		if len(s.all) > 0 && site.Path == a {
			s.files = append(s.files, s.all[0])
			continue
		}
		w, err := createPcap(site.Path)
		if err != nil {
			t.Fatal(err)
		}
		s.all = append(s.all, w)
		s.files = append(s.files, w)
	}
	pkt := []byte{0x45, 0, 0, 0x1c, 1, 2, 3, 4}
	for _, rec := range []struct {
		id, ns uint64
		pkt    []byte
	}{{0, 2250000000, pkt}, {1, 1000, pkt}, {2, 999, pkt[:3]}} {
		if err := s.packet(skbSample(rec.id, rec.ns, rec.pkt)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.packet(skbSample(3, 0, pkt)); err == nil {
		t.Error("call site 3 of 3 accepted")
	}
	if err := s.closeFiles(); err != nil {
		t.Fatal(err)
	}
	le := binary.NativeEndian
	header := func() []byte {
		h := le.AppendUint32(nil, 0xa1b2c3d4)
		h = le.AppendUint16(h, 2)
		h = le.AppendUint16(h, 4)
		h = le.AppendUint32(h, 0)      // thiszone
		h = le.AppendUint32(h, 0)      // sigfigs
		h = le.AppendUint32(h, 65535)  // snaplen
		return le.AppendUint32(h, 101) // LINKTYPE_RAW
	}
	record := func(sec, usec uint32, data []byte) []byte {
		r := le.AppendUint32(nil, sec)
		r = le.AppendUint32(r, usec)
		r = le.AppendUint32(r, uint32(len(data)))
		r = le.AppendUint32(r, uint32(len(data)))
		return append(r, data...)
	}
	wantA := append(header(), record(1700000002, 750000, pkt)...)
	// 999 ns after boot: the double sum rounds up to 1024 ns, as in bpftrace.
	wantA = append(wantA, record(1700000000, 500001, pkt[:3])...)
	wantB := append(header(), record(1700000000, 500001, []byte{0, 0x1c, 1, 2, 3, 4, 0, 0})...)
	for _, f := range []struct {
		path string
		want []byte
	}{{a, wantA}, {b, wantB}} {
		got, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, f.want) {
			t.Errorf("%s:\n got % x\nwant % x", filepath.Base(f.path), got, f.want)
		}
	}
}

// TestPcapNanos checks the double-precision sum bpftrace 0.17 computes,
// whose rounding (steps of 256 ns near 2^60) shows in the microseconds.
func TestPcapNanos(t *testing.T) {
	boot := time.Unix(1700000000, 123456789)
	for _, c := range []struct {
		ns   uint64
		want uint64
	}{
		{0, 1700000000123456768},
		{1000, 1700000000123457792},
		{876543211, 1700000001000000000},
	} {
		if got := pcapNanos(boot, c.ns); got != c.want {
			t.Errorf("pcapNanos(%d) = %d, want %d", c.ns, got, c.want)
		}
	}
	if got := pcapNanos(time.Time{}, 42); got != 42 {
		t.Errorf("without a boot time: %d, want 42", got)
	}
}
