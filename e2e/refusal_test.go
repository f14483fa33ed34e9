package e2e

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// refusalScript is what the damaged objects are compiled from: one
// tracepoint, so the object has a program section, relocations and maps.
const refusalScript = "tracepoint:syscalls:sys_enter_getppid { @[comm] = count(); printf(\"%d\\n\", pid); }\n"

// TestRefusals runs bpfrun on objects damaged the ways a copy to a fleet
// goes wrong and requires, for each, exit status 255, nothing on stdout and
// exactly one line on stderr: bpfrun refuses before touching the kernel,
// so these need neither root nor tracefs.
func TestRefusals(t *testing.T) {
	if runtime.GOARCH != "amd64" {
		t.Skip("the damaged objects are patched for little-endian amd64")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "count.bt")
	if err := os.WriteFile(src, []byte(refusalScript), 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "good.o")
	compile(t, "native", src, good, nil, []string{"--tracefs", "../testdata/tracefs"})
	orig, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, b []byte) []byte
		want   string // after "ERROR: PATH: "
	}{
		{
			name: "program byte flipped",
			damage: func(t *testing.T, b []byte) []byte {
				s := section(t, b, "tracepoint/syscalls/sys_enter_getppid")
				b[s.Offset+9] ^= 0x01
				return b
			},
			want: "object is corrupt: checksum mismatch (sections changed after compilation)",
		},
		{
			name: "map definition changed",
			damage: func(t *testing.T, b []byte) []byte {
				s := section(t, b, ".BTF")
				b[s.Offset+s.Size-2] ^= 0x20
				return b
			},
			want: "object is corrupt: checksum mismatch (sections changed after compilation)",
		},
		{"truncated", func(t *testing.T, b []byte) []byte { return b[:len(b)*2/3] }, "object is truncated or not an ELF file"},
		{"empty", func(t *testing.T, b []byte) []byte { return nil }, "object is truncated or not an ELF file"},
		{"a script", func(t *testing.T, b []byte) []byte { return []byte(refusalScript) }, "object is truncated or not an ELF file"},
		{
			name: "x86 ELF",
			damage: func(t *testing.T, b []byte) []byte {
				binary.LittleEndian.PutUint16(b[18:], uint16(elf.EM_X86_64))
				return b
			},
			want: "not a BPF object: its ELF machine is EM_X86_64, not EM_BPF",
		},
		{
			name: "newer schema",
			damage: func(t *testing.T, b []byte) []byte {
				return patch(t, b, `"schema":1,`, `"schema":2,`)
			},
			want: "metadata schema 2 is newer than this loader understands (1)",
		},
		{
			name: "other architecture",
			damage: func(t *testing.T, b []byte) []byte {
				b = patch(t, b, `"arch":"amd64"`, `"arch":"arm64"`)
				return patch(t, b, `"byte_order":"little"`, `"byte_order":"big"   `)
			},
			want: "object is for arm64 (big-endian), this host is amd64 (little-endian)",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := filepath.Join(t.TempDir(), "x.o")
			if err := os.WriteFile(obj, tc.damage(t, bytes.Clone(orig)), 0o644); err != nil {
				t.Fatal(err)
			}
			expectRefusal(t, obj, "ERROR: "+obj+": "+tc.want+"\n")
		})
	}
}

// TestRefuseUnattachable runs objects whose probes this host cannot attach:
// a tracepoint the kernel does not have (compiled against a tracefs that
// has it) and a uprobe whose binary was removed. bpfrun names the probe
// and the reason before it loads anything or runs BEGIN.
func TestRefuseUnattachable(t *testing.T) {
	requireKernel(t)
	dir := t.TempDir()
	fake := filepath.Join(dir, "tracefs", "events", "bpftc_test", "nope")
	if err := os.MkdirAll(fake, 0o755); err != nil {
		t.Fatal(err)
	}
	format, err := os.ReadFile("../testdata/tracefs/events/syscalls/sys_enter_getppid/format")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(fake, "format"), format, 0o644); err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(dir, "libcopy.so")
	libc, err := os.ReadFile("/lib/x86_64-linux-gnu/libc.so.6")
	if err != nil {
		t.Skipf("no libc to copy: %v", err)
	}
	if err := os.WriteFile(lib, libc, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, prog, want string
		remove           string // deleted after compiling, before bpfrun
	}{
		{
			name: "tracepoint",
			prog: "BEGIN { printf(\"begin ran\\n\"); } tracepoint:bpftc_test:nope { @ = count(); }",
			want: "ERROR: attach tracepoint:bpftc_test:nope: tracepoint bpftc_test:nope not found\n",
		},
		{
			name:   "uprobe binary",
			prog:   "BEGIN { printf(\"begin ran\\n\"); } uprobe:" + lib + ":getpid { @ = count(); }",
			want:   "ERROR: attach uprobe:" + lib + ":getpid: binary " + lib + " does not exist on this host\n",
			remove: lib,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			src := filepath.Join(t.TempDir(), "p.bt")
			if err := os.WriteFile(src, []byte(tc.prog+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			obj := filepath.Join(t.TempDir(), "p.o")
			compile(t, "native", src, obj, nil, []string{"--tracefs", filepath.Join(dir, "tracefs")})
			if tc.remove != "" {
				if err := os.Remove(tc.remove); err != nil {
					t.Fatal(err)
				}
			}
			expectRefusal(t, obj, tc.want)
		})
	}
}

// expectRefusal runs bpfrun on obj and requires status 255, no output and
// exactly want on stderr.
func expectRefusal(t *testing.T, obj, want string) {
	t.Helper()
	cmd := exec.Command(filepath.Join(binDir, "bpfrun"), obj)
	var stdout, stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 255 {
		t.Errorf("want exit status 255, got %v", err)
	}
	if stdout.Len() != 0 {
		t.Errorf("stdout: %q, want nothing", stdout.String())
	}
	if stderr.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr.String(), want)
	}
}

// section finds section name of the ELF object b.
func section(t *testing.T, b []byte, name string) *elf.Section {
	t.Helper()
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	s := f.Section(name)
	if s == nil {
		t.Fatalf("no section %s", name)
	}
	return s
}

// patch replaces the one occurrence of old in b by new, of the same length:
// the metadata is JSON, so a value can be rewritten in place.
func patch(t *testing.T, b []byte, old, new string) []byte {
	t.Helper()
	if len(old) != len(new) || bytes.Count(b, []byte(old)) != 1 {
		t.Fatalf("cannot patch %q to %q", old, new)
	}
	copy(b[bytes.Index(b, []byte(old)):], new)
	return b
}
