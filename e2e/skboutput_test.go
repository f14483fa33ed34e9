package e2e

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// skbGuestRun is the script the guest runs for TestKernelsSkboutput: per
// object, a dry run (the verifier's verdict), then a run around one run of
// skbwl, then the guest's clock and both pcap files in hex.
const skbGuestRun = `for o in "$@"; do
	rm -f skb.pcap udp.pcap
	./bpfrun --dry-run "$o" >/tmp/dry 2>&1
	echo "@@@ dry $o $?"
	cat /tmp/dry
	: >/tmp/err
	__BPFTRACE_NOTIFY_PROBES_ATTACHED=1 ./bpfrun "$o" >/tmp/out 2>/tmp/err &
	pid=$!
	n=0
	while ! grep -q __BPFTRACE_NOTIFY /tmp/err && kill -0 $pid 2>/dev/null && [ $n -lt 600 ]; do
		sleep 0.1
		n=$((n+1))
	done
	./skbwl
	sleep 0.3
	kill -INT $pid 2>/dev/null
	wait $pid
	echo "@@@ run $o $?"
	cat /tmp/out
	echo "@@@ stderr"
	grep -v __BPFTRACE_NOTIFY /tmp/err
	echo "@@@ date $(date +%s)"
	echo "@@@ skb.pcap"
	od -An -tx1 -v skb.pcap
	echo "@@@ udp.pcap"
	od -An -tx1 -v udp.pcap
done
echo "@@@ end"
`

// TestKernelsSkboutput runs testdata/skb/skboutput.bt (FN-30), compiled
// here with each backend, in Debian's 6.1 and 6.12 kernels (kfunc probes do
// not load on this one): the programs pass the verifier, the probe on
// ip_output sees the two UDP datagrams skbwl sends on the loopback
// interface, bpfrun prints the recorded output and writes both pcap files
// as bpftrace 0.17's libpcap writer does. bpftrace cannot run there (and
// this one has no libpcap), so the files are checked field by field.
func TestKernelsSkboutput(t *testing.T) {
	requireQemu(t)
	if testing.Short() {
		t.Skip("boots kernels under qemu")
	}
	script := "../testdata/skb/skboutput.bt"
	want, err := os.ReadFile(strings.TrimSuffix(script, ".bt") + ".out")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if out, err := exec.Command("gcc", "-static", "-O1", "-o", filepath.Join(dir, "skbwl"), "../testdata/skb/skbwl.c").CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(binDir, "bpfrun"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bpfrun"), b, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "run.sh"), []byte(skbGuestRun), 0o644); err != nil {
		t.Fatal(err)
	}
	var objs []string
	for _, be := range backends {
		o := "skboutput-" + be + ".o"
		compile(t, be, script, filepath.Join(dir, o), nil, nil)
		objs = append(objs, o)
	}
	outs := make([]string, len(guestKernels))
	errs := make([]error, len(guestKernels))
	var wg sync.WaitGroup
	for i, k := range guestKernels {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(runInKernel, k.name, dir, "sh ./run.sh "+strings.Join(objs, " "))
			cmd.Env = append(os.Environ(), "RIK_QUIET=1", "RIK_TIMEOUT=240")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				errs[i] = fmt.Errorf("%s: %v\n%s", k.name, err, stderr.String())
			}
			outs[i] = stdout.String()
		}()
	}
	wg.Wait()
	for i, k := range guestKernels {
		t.Run(k.name, func(t *testing.T) {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			sections, ended := splitSkbOutput(outs[i])
			if !ended {
				t.Fatalf("the guest did not finish:\n%s", outs[i])
			}
			for _, o := range objs {
				t.Run(strings.TrimSuffix(o, ".o"), func(t *testing.T) {
					parts, ok := sections[o]
					if !ok {
						t.Fatalf("no result in the guest's output:\n%s", outs[i])
					}
					checkSkbRun(t, parts, string(want))
				})
			}
		})
	}
}

// splitSkbOutput cuts the guest's output at skbGuestRun's markers, per
// object: "dry" and "run" (with "dry status", "run status"), "stderr",
// "date", "skb.pcap" and "udp.pcap". ended reports the final marker.
func splitSkbOutput(out string) (sections map[string]map[string]string, ended bool) {
	sections = map[string]map[string]string{}
	var cur map[string]string
	key := ""
	for _, line := range strings.SplitAfter(out, "\n") {
		line = strings.ReplaceAll(line, "\r", "")
		i := strings.Index(line, "@@@ ")
		if i < 0 {
			if cur != nil && key != "" {
				cur[key] += line
			}
			continue
		}
		f := strings.Fields(line[i+4:])
		key = ""
		switch {
		case len(f) == 3 && f[0] == "dry":
			cur = map[string]string{"dry status": f[2]}
			sections[f[1]] = cur
			key = "dry"
		case cur != nil && len(f) == 3 && f[0] == "run":
			cur["run status"] = f[2]
			key = "run"
		case cur != nil && len(f) == 2 && f[0] == "date":
			cur["date"] = f[1]
		case cur != nil && len(f) == 1 && (f[0] == "stderr" || strings.HasSuffix(f[0], ".pcap")):
			key = f[0]
		case len(f) == 1 && f[0] == "end":
			ended = true
		}
	}
	return sections, ended
}

// checkSkbRun checks one object's dry run, run and pcap files.
func checkSkbRun(t *testing.T, parts map[string]string, want string) {
	t.Helper()
	if parts["dry status"] != "0" || !strings.Contains(parts["dry"], "kfunc_ip_output (kfunc:vmlinux:ip_output): verified,") {
		t.Errorf("bpfrun --dry-run: exit %s:\n%s", parts["dry status"], parts["dry"])
	}
	if parts["run status"] != "0" || parts["stderr"] != "" {
		t.Errorf("bpfrun exit %s, stderr:\n%s", parts["run status"], parts["stderr"])
	}
	if parts["run"] != want {
		t.Errorf("output differs:\n--- want\n%s--- got\n%s", want, parts["run"])
	}
	date, err := strconv.ParseInt(parts["date"], 10, 64)
	if err != nil {
		t.Fatalf("guest date %q: %v", parts["date"], err)
	}
	for _, f := range []struct {
		name   string
		offset int
	}{{"skb.pcap", 0}, {"udp.pcap", 20}} {
		raw, err := hex.DecodeString(strings.Join(strings.Fields(parts[f.name]), ""))
		if err != nil {
			t.Fatalf("%s: %v", f.name, err)
		}
		checkSkbPcap(t, f.name, raw, f.offset, date)
	}
}

// skbDatagram is the IPv4 packet of skbwl's datagram n (1 or 2) without
// the fields the kernel picks (id, checksum): 20 bytes of IP header, 8 of
// UDP header, 13 of payload.
func skbDatagram(n int) []byte {
	p := []byte{0x45, 0, 0, 41, 0, 0, 0x40, 0, 64, 17, 0, 0, 127, 0, 0, 1, 127, 0, 0, 1}
	p = binary.BigEndian.AppendUint16(p, 4242)
	p = binary.BigEndian.AppendUint16(p, 4343)
	p = binary.BigEndian.AppendUint16(p, 21)
	p = append(p, 0, 0) // checksum
	return append(p, fmt.Sprintf("bpftc-skb-%d!\n", n)...)
}

// checkSkbPcap checks a pcap file bpfrun wrote for skboutput() with the
// given offset: libpcap's DLT_RAW header, then one record per datagram
// whose lengths are those of the perf sample after its 24-byte header
// (41 packet bytes and 3 of padding: 44), taken within the run.
func checkSkbPcap(t *testing.T, name string, raw []byte, offset int, date int64) {
	t.Helper()
	le := binary.LittleEndian
	hdr := le.AppendUint32(nil, 0xa1b2c3d4)
	hdr = le.AppendUint16(hdr, 2)
	hdr = le.AppendUint16(hdr, 4)
	hdr = append(hdr, make([]byte, 8)...)
	hdr = le.AppendUint32(hdr, 65535)
	hdr = le.AppendUint32(hdr, 101)
	if len(raw) < len(hdr) || !bytes.Equal(raw[:len(hdr)], hdr) {
		t.Fatalf("%s: file header % x, want % x", name, raw[:min(len(raw), len(hdr))], hdr)
	}
	rest := raw[len(hdr):]
	var prev uint64
	for n := 1; n <= 2; n++ {
		if len(rest) < 16+44 {
			t.Fatalf("%s: record %d: %d bytes left", name, n, len(rest))
		}
		sec, usec := le.Uint32(rest), le.Uint32(rest[4:])
		caplen, length := le.Uint32(rest[8:]), le.Uint32(rest[12:])
		if caplen != 44 || length != 44 {
			t.Errorf("%s: record %d: caplen %d, len %d, want 44 and 44", name, n, caplen, length)
		}
		if int64(sec) < date-60 || int64(sec) > date || usec >= 1e6 {
			t.Errorf("%s: record %d: time %d.%06d, the guest's clock said %d after the run", name, n, sec, usec, date)
		}
		if ts := uint64(sec)*1e6 + uint64(usec); ts < prev {
			t.Errorf("%s: record %d goes back in time", name, n)
		} else {
			prev = ts
		}
		pkt := rest[16 : 16+44]
		want := skbDatagram(n)[offset:]
		got := append([]byte(nil), pkt[:len(want)]...)
		if offset == 0 {
			// The kernel's choices: IP id and checksum, UDP checksum.
			copy(got[4:6], []byte{0, 0})
			copy(got[10:12], []byte{0, 0})
			copy(got[26:28], []byte{0, 0})
		} else {
			copy(got[6:8], []byte{0, 0})
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: record %d: packet % x, want % x", name, n, got, want)
		}
		// With an offset the record still counts the sample's size: the
		// bytes past the sample (bpftrace's are whatever its buffer holds
		// there) are zeros.
		if tail := pkt[44-offset:]; offset > 0 && !bytes.Equal(tail, make([]byte, offset)) {
			t.Errorf("%s: record %d: bytes past the sample % x", name, n, tail)
		}
		rest = rest[16+44:]
	}
	if len(rest) != 0 {
		t.Errorf("%s: %d bytes after the two records", name, len(rest))
	}
}
