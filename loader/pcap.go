package loader

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"time"
)

// pcap file constants of the writer bpftrace 0.17 opens with libpcap's
// pcap_open_dead(DLT_RAW, 65535) and pcap_dump_open.
const (
	pcapMagic     = 0xa1b2c3d4 // microsecond timestamps, host byte order
	pcapSnapLen   = 65535
	pcapLinkRaw   = 101 // LINKTYPE_RAW: packets start at the IP header
	pcapHeaderLen = 24
	pcapRecordLen = 16
)

// pcapWriter writes a pcap file as libpcap's dumper does: the file header,
// then per packet a header (seconds, microseconds, captured and original
// length, both the packet's size) and the bytes.
type pcapWriter struct {
	f *os.File
	w *bufio.Writer
}

// createPcap creates (or truncates) path and writes the file header.
func createPcap(path string) (*pcapWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create pcap file: %w", err)
	}
	p := &pcapWriter{f: f, w: bufio.NewWriter(f)}
	var h [pcapHeaderLen]byte
	binary.NativeEndian.PutUint32(h[0:], pcapMagic)
	binary.NativeEndian.PutUint16(h[4:], 2) // version 2.4
	binary.NativeEndian.PutUint16(h[6:], 4)
	// thiszone and sigfigs stay 0.
	binary.NativeEndian.PutUint32(h[16:], pcapSnapLen)
	binary.NativeEndian.PutUint32(h[20:], pcapLinkRaw)
	p.w.Write(h[:])
	return p, nil
}

// write adds one packet taken at ns nanoseconds since the epoch.
func (p *pcapWriter) write(ns uint64, pkt []byte) error {
	sec, usec := pcapTime(ns)
	var h [pcapRecordLen]byte
	binary.NativeEndian.PutUint32(h[0:], uint32(sec))
	binary.NativeEndian.PutUint32(h[4:], uint32(usec))
	binary.NativeEndian.PutUint32(h[8:], uint32(len(pkt)))
	binary.NativeEndian.PutUint32(h[12:], uint32(len(pkt)))
	p.w.Write(h[:])
	_, err := p.w.Write(pkt)
	return err
}

// close flushes and closes the file.
func (p *pcapWriter) close() error {
	err := p.w.Flush()
	if cerr := p.f.Close(); err == nil {
		err = cerr
	}
	return err
}

// pcapTime splits a time in nanoseconds as bpftrace's PCAPwriter does:
// whole seconds, and the rest in whole microseconds.
func pcapTime(ns uint64) (sec, usec int64) {
	n := int64(ns)
	sec = n / 1e9
	return sec, (n - sec*1e9) / 1e3
}

// pcapNanos is the time of a packet taken at boot nanoseconds since boot,
// computed as bpftrace 0.17 does: in double precision, boot's seconds
// times 1e9 plus its nanoseconds and ns, truncated. boot is the zero time
// when the boot time is unknown (ns is then used as it is).
func pcapNanos(boot time.Time, ns uint64) uint64 {
	if boot.IsZero() {
		return ns
	}
	secs := float64(float64(boot.Unix()) * 1e9)
	rest := float64(uint64(boot.Nanosecond()) + ns)
	return uint64(secs + rest)
}
