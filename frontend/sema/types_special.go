package sema

import "github.com/bpftc/bpftc/loader/abi"

// Kinds of values that BPF code only carries and the loader turns into
// text when it prints them (TYP-04, TYP-09). They start at 64 so that the
// other kinds can grow without renumbering them.
const (
	KindBuffer    Kind = 64 + iota // buf(): u8 length, then Size-1 bytes
	KindInet                       // ntop(): s64 family, 16 address bytes
	KindKsym                       // ksym(): u64 kernel address
	KindUsername                   // username: u64 uid
	KindProbe                      // probe: u64 index into the probe names
	KindTimestamp                  // strftime(): u64 format id, u64 ns since boot
	KindStrerror                   // strerror(): u64 errno
	KindUsym                       // usym(), func in uprobes: u64 user address, u64 pid
)

// special describes one of the kinds above.
type special struct {
	name  string   // bpftrace's type name in messages
	abi   abi.Kind // how the loader renders it
	size  int      // fixed size, or 0 (buffers)
	align int
}

var specials = map[Kind]special{
	KindBuffer:    {"buffer", abi.KindBuffer, 0, 1},
	KindInet:      {"inet", abi.KindInet, 24, 8},
	KindKsym:      {"ksym", abi.KindKsym, 8, 8},
	KindUsername:  {"username", abi.KindUsername, 8, 8},
	KindProbe:     {"probe", abi.KindProbe, 8, 8},
	KindTimestamp: {"timestamp", abi.KindTimestamp, 16, 8},
	KindStrerror:  {"strerror", abi.KindStrerror, 8, 8},
	KindUsym:      {"usym", abi.KindUsym, 16, 8},
}

// SpecialType returns a value of one of the loader-resolved kinds; n is
// the size of a buffer (its length byte included) and ignored otherwise.
func SpecialType(k Kind, n int) *Type {
	sp := specials[k]
	if sp.size != 0 {
		n = sp.size
	}
	return &Type{Kind: k, Size: n}
}

// IsSpecial reports whether t is one of the loader-resolved kinds.
func (t *Type) IsSpecial() bool {
	_, ok := specials[t.Kind]
	return ok
}

// IsStringLike reports whether printf's %s takes t: strings and the kinds
// the loader prints as text (PF-02).
func (t *Type) IsStringLike() bool {
	return t.Kind == KindString || t.IsSpecial() && t.Kind != KindBuffer
}

// specialString spells a loader-resolved kind ("ksym", "buffer[9]").
func (t *Type) specialString() string {
	sp, ok := specials[t.Kind]
	if !ok {
		return "?"
	}
	if t.Kind == KindBuffer {
		return sp.name + "[" + itoa(t.Size) + "]"
	}
	return sp.name
}

func (t *Type) specialAlign() int {
	if sp, ok := specials[t.Kind]; ok {
		return sp.align
	}
	return 1
}

func (t *Type) specialABI() abi.Type {
	if sp, ok := specials[t.Kind]; ok {
		return abi.Type{Kind: sp.abi, Size: t.Size, Stack: t.stackABI()}
	}
	return abi.Type{Kind: abi.KindNone}
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
