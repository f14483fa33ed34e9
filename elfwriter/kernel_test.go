package elfwriter_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/cilium/ebpf"
	"github.com/cilium/ebpf/asm"
	"github.com/cilium/ebpf/link"
	"github.com/cilium/ebpf/ringbuf"
	"golang.org/x/sys/unix"
)

var (
	probeOnce sync.Once
	probeErr  error
)

// requireKernel skips tb unless this process can load BPF programs. Under
// CI=true it fails instead.
func requireKernel(tb testing.TB) {
	tb.Helper()
	probeOnce.Do(func() {
		if os.Geteuid() != 0 {
			probeErr = errors.New("not root")
			return
		}
		p, err := ebpf.NewProgram(&ebpf.ProgramSpec{
			Type:         ebpf.SocketFilter,
			License:      "GPL",
			Instructions: asm.Instructions{asm.Mov.Imm(asm.R0, 0), asm.Return()},
		})
		if err != nil {
			probeErr = err
			return
		}
		p.Close()
	})
	if probeErr != nil {
		skipOrFail(tb, "needs BPF privileges (go test -exec sudo)", probeErr)
	}
}

// skipOrFail skips tb, or fails it under CI=true where every test must run.
func skipOrFail(tb testing.TB, why string, err error) {
	tb.Helper()
	if os.Getenv("CI") == "true" {
		tb.Fatalf("kernel test cannot run in CI: %s: %v", why, err)
	}
	tb.Skipf("%s: %v", why, err)
}

// loadFull loads fullObject with cilium/ebpf, cfg_x set to cfg.
func loadFull(t *testing.T, cfg uint64) *ebpf.Collection {
	t.Helper()
	spec := readSpec(t, mustBytes(t, fullObject()))
	if err := spec.Variables["cfg_x"].Set(cfg); err != nil {
		t.Fatalf("set cfg_x: %v", err)
	}
	coll, err := ebpf.NewCollection(spec)
	if err != nil {
		var verr *ebpf.VerifierError
		if errors.As(err, &verr) {
			t.Fatalf("NewCollection: %+v", verr)
		}
		t.Fatalf("NewCollection: %v", err)
	}
	t.Cleanup(func() { coll.Close() })
	if len(coll.Programs) != len(spec.Programs) {
		t.Fatalf("loaded %d programs of %d", len(coll.Programs), len(spec.Programs))
	}
	return coll
}

func TestKernelBeginRingbuf(t *testing.T) {
	requireKernel(t)
	coll := loadFull(t, 0)

	rd, err := ringbuf.NewReader(coll.Maps["AT__events"])
	if err != nil {
		t.Fatalf("ringbuf reader: %v", err)
	}
	defer rd.Close()

	ret, err := coll.Programs["BEGIN"].Run(&ebpf.RunOptions{})
	if err != nil || ret != 0 {
		t.Fatalf("run BEGIN: %d, %v", ret, err)
	}
	rd.SetDeadline(time.Now().Add(5 * time.Second))
	rec, err := rd.Read()
	if err != nil {
		t.Fatalf("read ring buffer: %v", err)
	}
	if len(rec.RawSample) != 16 {
		t.Fatalf("record of %d bytes, want 16", len(rec.RawSample))
	}
	id := binary.NativeEndian.Uint64(rec.RawSample)
	v := binary.NativeEndian.Uint64(rec.RawSample[8:])
	if id != beginAction || v != beginValue {
		t.Errorf("record {%d, %d}, want {%d, %d}", id, v, beginAction, beginValue)
	}
}

func TestKernelGlobalData(t *testing.T) {
	requireKernel(t)
	const cfg = 0x1_0000_0007
	coll := loadFull(t, cfg)

	if ret, err := coll.Programs["rd"].Run(&ebpf.RunOptions{}); err != nil || ret != 0 {
		t.Fatalf("run rd: %d, %v", ret, err)
	}
	var outA, outB, cnt uint64
	var pair [2]uint32
	for name, p := range map[string]any{"out_a": &outA, "out_b": &outB, "cnt": &cnt, "pair": &pair} {
		v := coll.Variables[name]
		if v == nil {
			t.Fatalf("variable %s missing", name)
		}
		if err := v.Get(p); err != nil {
			t.Fatalf("get %s: %v", name, err)
		}
	}
	want := [2]uint32{0, uint32(cfg & 0xffffffff)}
	if outA != 0 || outB != cfg || cnt != cfg || pair != want {
		t.Errorf("out_a %#x out_b %#x cnt %#x pair %#x, want 0 %#x %#x %#x", outA, outB, cnt, pair, uint64(cfg), uint64(cfg), want)
	}
	if !coll.Variables["cfg_x"].ReadOnly() {
		t.Error("cfg_x is writable after load")
	}
}

func TestKernelTracepoint(t *testing.T) {
	requireKernel(t)
	coll := loadFull(t, 0)

	l, err := link.Tracepoint("syscalls", "sys_enter_getppid", coll.Programs["tp_getppid"], nil)
	if err != nil {
		skipOrFail(t, "attach tracepoint", err)
	}
	defer l.Close()
	for range 3 {
		unix.Getppid()
	}
	var perCPU []uint64
	if err := coll.Maps["AT_counts"].Lookup(uint32(os.Getpid()), &perCPU); err != nil {
		t.Fatalf("lookup own tgid: %v", err)
	}
	var sum uint64
	for _, n := range perCPU {
		sum += n
	}
	if sum < 3 {
		t.Errorf("count %d, want at least 3", sum)
	}
}

// TestKernelBpftool loads the object with libbpf through bpftool, which
// pins every program.
func TestKernelBpftool(t *testing.T) {
	requireKernel(t)
	bpftool, err := exec.LookPath("bpftool")
	if err != nil {
		skipOrFail(t, "bpftool not installed", err)
	}
	for _, tc := range []struct {
		name string
		b    []byte
		n    int
	}{
		{"full", mustBytes(t, fullObject()), len(fullObject().Programs)},
		{"minimal", mustBytes(t, minimalObject()), 1},
		{"sub", mustBytes(t, subObject()), len(subObject().Programs) - 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), tc.name+".o")
			writeFile(t, obj, tc.b)
			pins := filepath.Join(bpffsDir(t), fmt.Sprintf("elfwriter-test-%d-%s", os.Getpid(), tc.name))
			defer os.RemoveAll(pins)
			out, err := exec.Command(bpftool, "prog", "loadall", obj, pins).CombinedOutput()
			if err != nil {
				t.Fatalf("bpftool prog loadall: %v\n%s", err, out)
			}
			entries, err := os.ReadDir(pins)
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if len(names) != tc.n {
				t.Errorf("pinned %v, want %d programs", names, tc.n)
			}
			if tc.name == "full" && !slices.Contains(names, "BEGIN") {
				t.Errorf("pinned %v, want BEGIN among them", names)
			}
		})
	}
}

// bpffsDir returns /sys/fs/bpf when a BPF file system is mounted there;
// otherwise it mounts a private one for the test, so that the test leaves
// no mount behind (bpftool would mount one on /sys/fs/bpf).
func bpffsDir(t *testing.T) string {
	t.Helper()
	var st unix.Statfs_t
	if err := unix.Statfs("/sys/fs/bpf", &st); err == nil && st.Type == unix.BPF_FS_MAGIC {
		return "/sys/fs/bpf"
	}
	dir := t.TempDir()
	if err := unix.Mount("bpf", dir, "bpf", 0, ""); err != nil {
		skipOrFail(t, "mount bpffs", err)
	}
	t.Cleanup(func() {
		if err := unix.Unmount(dir, unix.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}
