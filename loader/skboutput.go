package loader

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/perf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// skbPerCPUBuffer is the size of each CPU's perf buffer of abi.SkbEventsMap:
// bpftrace 0.17's default of 64 pages (BPFTRACE_PERF_RB_PAGES).
var skbPerCPUBuffer = 64 * os.Getpagesize()

// skbOutput writes the packets of skboutput() calls to their pcap files
// (FN-30), reading abi.SkbEventsMap in a goroutine of its own: the files
// do not mix with the printed output.
type skbOutput struct {
	sites []abi.SkbOutput
	files []*pcapWriter // by call site; sites with one path share one
	all   []*pcapWriter // each file once
	rd    *perf.Reader
	done  chan error
	boot  time.Time // wall-clock time of boot (bpftrace's boottime_)
}

// newSkbOutput creates the pcap files of the object's skboutput() calls,
// as bpftrace does before it loads anything, and starts reading packets.
// It returns nil when the object has none.
func newSkbOutput(meta *abi.Meta, maps map[string]*ebpf.Map) (*skbOutput, error) {
	if len(meta.SkbOutputs) == 0 {
		return nil, nil
	}
	m := maps[abi.SkbEventsMap]
	if m == nil {
		return nil, fmt.Errorf("object calls skboutput() but has no %s map", abi.SkbEventsMap)
	}
	s := &skbOutput{sites: meta.SkbOutputs, done: make(chan error, 1), boot: output.BootTime()}
	byPath := map[string]*pcapWriter{}
	for _, site := range meta.SkbOutputs {
		w := byPath[site.Path]
		if w == nil {
			var err error
			if w, err = createPcap(site.Path); err != nil {
				s.closeFiles()
				return nil, err
			}
			byPath[site.Path] = w
			s.all = append(s.all, w)
		}
		s.files = append(s.files, w)
	}
	rd, err := perf.NewReader(m, skbPerCPUBuffer)
	if err != nil {
		s.closeFiles()
		return nil, fmt.Errorf("read %s: %w", abi.SkbEventsMap, err)
	}
	s.rd = rd
	go func() { s.done <- s.read() }()
	return s, nil
}

// read writes packets until stop flushes the reader.
func (s *skbOutput) read() error {
	var rec perf.Record
	for {
		err := s.rd.ReadInto(&rec)
		if errors.Is(err, perf.ErrFlushed) || errors.Is(err, perf.ErrClosed) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", abi.SkbEventsMap, err)
		}
		if rec.LostSamples > 0 {
			continue
		}
		if err := s.packet(rec.RawSample); err != nil {
			return err
		}
	}
}

// packet writes one sample: after the header, the packet from the call
// site's offset on, as many bytes as the sample has after the header
// (which, as in bpftrace 0.17, counts the sample's padding and not the
// offset; bytes past the sample are written as zeros).
func (s *skbOutput) packet(sample []byte) error {
	if len(sample) < abi.SkbRecordSize {
		return fmt.Errorf("event: skboutput record of %d bytes", len(sample))
	}
	id := binary.NativeEndian.Uint64(sample[8:])
	if id >= uint64(len(s.sites)) {
		return fmt.Errorf("event: skboutput id %d, the metadata has %d", id, len(s.sites))
	}
	ns := binary.NativeEndian.Uint64(sample[16:])
	size := len(sample) - abi.SkbRecordSize
	start := int64(abi.SkbRecordSize) + s.sites[id].Offset
	pkt := make([]byte, size)
	for i := range pkt {
		if j := start + int64(i); j >= 0 && j < int64(len(sample)) {
			pkt[i] = sample[j]
		}
	}
	if err := s.files[id].write(pcapNanos(s.boot, ns), pkt); err != nil {
		return fmt.Errorf("write pcap file %s: %w", s.sites[id].Path, err)
	}
	return nil
}

// stop writes the packets still in the buffers, then closes the reader and
// the files. It is a no-op on nil and after the first call.
func (s *skbOutput) stop() error {
	if s == nil || s.rd == nil {
		return nil
	}
	if err := s.rd.Flush(); err != nil {
		s.rd.Close()
	}
	err := <-s.done
	s.rd.Close()
	s.rd = nil
	return errors.Join(err, s.closeFiles())
}

// closeFiles flushes and closes every pcap file.
func (s *skbOutput) closeFiles() error {
	var errs []error
	for _, w := range s.all {
		if err := w.close(); err != nil {
			errs = append(errs, err)
		}
	}
	s.all = nil
	return errors.Join(errs...)
}
