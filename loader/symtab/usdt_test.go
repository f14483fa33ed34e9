package symtab

import (
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseUSDTArgs(t *testing.T) {
	for _, tc := range []struct {
		spec string
		want []USDTArg
		err  bool
	}{
		{spec: "", want: nil},
		{spec: "-4@%edi", want: []USDTArg{{Size: 4, Signed: true, Kind: USDTReg, Reg: "di", Scale: 1}}},
		{spec: "8@%rax 1@%dl 2@%r9w", want: []USDTArg{
			{Size: 8, Kind: USDTReg, Reg: "ax", Scale: 1},
			{Size: 1, Kind: USDTReg, Reg: "dx", Scale: 1},
			{Size: 2, Kind: USDTReg, Reg: "r9", Scale: 1},
		}},
		{spec: "-4@$5 8@$-7 4@$0x10", want: []USDTArg{
			{Size: 4, Signed: true, Kind: USDTConst, Value: 5, Scale: 1},
			{Size: 8, Kind: USDTConst, Value: -7, Scale: 1},
			{Size: 4, Kind: USDTConst, Value: 16, Scale: 1},
		}},
		{spec: "8@-16(%rbp) -2@(%rsp) 4@8(%rax,%rdx,4) 4@(%rbx,%rcx)", want: []USDTArg{
			{Size: 8, Kind: USDTMem, Reg: "bp", Offset: -16, Scale: 1},
			{Size: 2, Signed: true, Kind: USDTMem, Reg: "sp", Scale: 1},
			{Size: 4, Kind: USDTMem, Reg: "ax", Offset: 8, Index: "dx", Scale: 4},
			{Size: 4, Kind: USDTMem, Reg: "bx", Index: "cx", Scale: 1},
		}},
		{spec: "%rsi", want: []USDTArg{{Size: 8, Kind: USDTReg, Reg: "si", Scale: 1}}},
		{spec: "3@%rax", err: true},
		{spec: "4@%foo", err: true},
		{spec: "8@counter(%rip)", err: true},
		{spec: "4@8(%rax,%rdx,3)", err: true},
		{spec: "x@%rax", err: true},
	} {
		got, err := ParseUSDTArgs(tc.spec)
		if (err != nil) != tc.err {
			t.Errorf("ParseUSDTArgs(%q): error %v, want error %t", tc.spec, err, tc.err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); !tc.err && diff != "" {
			t.Errorf("ParseUSDTArgs(%q) (-want +got):\n%s", tc.spec, diff)
		}
	}
}

// encodeNote encodes one ELF note as it appears in a section.
func encodeNote(owner string, typ uint32, desc []byte) []byte {
	bo := binary.LittleEndian
	name := append([]byte(owner), 0)
	var b []byte
	b = bo.AppendUint32(b, uint32(len(name)))
	b = bo.AppendUint32(b, uint32(len(desc)))
	b = bo.AppendUint32(b, typ)
	b = append(b, name...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	b = append(b, desc...)
	for len(b)%4 != 0 {
		b = append(b, 0)
	}
	return b
}

func TestNotes(t *testing.T) {
	bo := binary.LittleEndian
	var desc []byte
	for _, v := range []uint64{0x1134, 0x200a, 0x4048} {
		desc = bo.AppendUint64(desc, v)
	}
	desc = append(desc, "prov\x00name\x00-4@%edi 8@$3\x00"...)
	data := append(encodeNote("GNU", 1, []byte{1, 2, 3}), encodeNote(sdtNoteOwner, sdtNoteType, desc)...)
	var got []sdtDesc
	for len(data) > 0 {
		n, rest, err := nextNote(data, bo)
		if err != nil {
			t.Fatal(err)
		}
		data = rest
		if n.owner != sdtNoteOwner {
			continue
		}
		d, err := decodeSDT(n.desc, 8, bo)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, d)
	}
	want := []sdtDesc{{pc: 0x1134, base: 0x200a, sem: 0x4048, provider: "prov", name: "name", args: "-4@%edi 8@$3"}}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(sdtDesc{})); diff != "" {
		t.Errorf("notes (-want +got):\n%s", diff)
	}
	if _, _, err := nextNote([]byte{1, 2}, bo); err == nil {
		t.Errorf("a truncated note header decodes")
	}
	if _, err := decodeSDT(desc[:20], 8, bo); err == nil {
		t.Errorf("a truncated descriptor decodes")
	}
}

// TestUSDTProbes reads the notes of the e2e usdt target, built with gcc
// and <sys/sdt.h> when both are installed.
func TestUSDTProbes(t *testing.T) {
	gcc, err := exec.LookPath("gcc")
	if err == nil {
		_, err = os.Stat("/usr/include/x86_64-linux-gnu/sys/sdt.h")
	}
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("gcc and sys/sdt.h are needed: %v", err)
		}
		t.Skipf("gcc and sys/sdt.h are needed: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "target")
	if out, err := exec.Command(gcc, "-O0", "-o", bin, "../../testdata/usdt/target.c", "../../testdata/usdt/guarded.c").CombinedOutput(); err != nil {
		t.Fatalf("gcc: %v\n%s", err, out)
	}
	probes, err := USDTProbes(bin)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Open(bin)
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]USDTProbe{}
	for _, p := range probes {
		byName[p.Provider+":"+p.Name] = p
	}
	for name, locs := range map[string]int{"bpftc:loop": 1, "bpftc:twice": 2, "bpftc:never": 1, "other:loop": 1, "bpftc:guarded": 1} {
		p, ok := byName[name]
		if !ok || len(p.Locations) != locs {
			t.Errorf("%s: %d locations, want %d", name, len(p.Locations), locs)
			continue
		}
		for _, l := range p.Locations {
			if _, ok := f.FileOffset(l.PC); !ok {
				t.Errorf("%s: location 0x%x is in no segment", name, l.PC)
			}
			if _, err := ParseUSDTArgs(l.Args); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
	}
	if p := byName["bpftc:guarded"]; p.Semaphore == 0 {
		t.Errorf("bpftc:guarded has no semaphore")
	}
	if p := byName["bpftc:loop"]; p.Semaphore != 0 {
		t.Errorf("bpftc:loop has a semaphore")
	}
	if ps, err := USDTProbes("/proc/self/exe"); err != nil || len(ps) != 0 {
		t.Errorf("the test binary has probes %v (%v)", ps, err)
	}
}
