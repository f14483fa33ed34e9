// Package abi is the contract between the bpftc compiler and the bpfrun loader:
// section and symbol names, the metadata schema carried in every object, and
// the layout of the records programs send to user space.
//
// The compiler writes it, the loader reads it; nothing here knows how a script
// was parsed or how code was generated. See ../shared/docs/design.md.
package abi

import (
	"encoding/json"
	"fmt"
)

// SchemaVersion is the version of [Meta] this package reads and writes.
// Compatibility rule: a loader reads every object whose schema version equals
// its own; any change that an older loader would misread bumps the version.
const SchemaVersion = 1

// MetaSection is the ELF section that holds the JSON-encoded [Meta].
const MetaSection = ".bpftc.meta"

// EventsMap is the symbol of the BPF_MAP_TYPE_RINGBUF every asynchronous
// record goes through.
const EventsMap = "AT__events"

// ExitMap is the symbol of a one-entry BPF_MAP_TYPE_ARRAY (u32 key, u64 value)
// whose value a program sets to 1 when it calls exit(). The loader polls it, so
// an exit request is never lost even when the ring buffer is full.
const ExitMap = "AT__exit"

// ZeroMap is the symbol of a one-entry BPF_MAP_TYPE_ARRAY (u32 key) whose
// value stays all zeros: programs use it as the initial value of new
// histogram entries, which can be larger than the 512-byte stack.
const ZeroMap = "AT__zero"

// Action ids, the first u64 of every ring buffer record (bpftrace's numbering).
const (
	ActionPrintf      = 0     // ActionPrintf+i: printf number i of Meta.Printfs
	ActionPrintfLimit = 10000 // first id that is not a printf
	ActionExit        = 30000 // exit(): no payload
	ActionPrint       = 30001 // print(@map, top, div): PrintRecord
	ActionClear       = 30002 // clear(@map): MapRecord
	ActionZero        = 30003 // zero(@map): MapRecord
)

// Meta describes an object for the loader: what to attach, how to print.
// It is stored as JSON in [MetaSection].
type Meta struct {
	Schema     int       `json:"schema"`
	Compiler   string    `json:"compiler"`    // "bpftc 0.1.0"
	SourceHash string    `json:"source_hash"` // "sha256:<hex>" of the script text
	Arch       string    `json:"arch"`        // GOARCH-style: "amd64"
	ByteOrder  string    `json:"byte_order"`  // "little" or "big"
	Programs   []Program `json:"programs"`
	Maps       []Map     `json:"maps"`
	Printfs    []Printf  `json:"printfs,omitempty"`
}

// Program is one BPF program of the object: one probe block of the script.
type Program struct {
	Name    string        `json:"name"`    // ELF symbol of the program
	Section string        `json:"section"` // ELF section, libbpf spelling
	Attach  []AttachPoint `json:"attach"`  // every expanded attach point, in attach order
}

// Provider kinds of attach points.
const (
	ProviderBegin      = "BEGIN"
	ProviderEnd        = "END"
	ProviderTracepoint = "tracepoint"
	ProviderInterval   = "interval"
)

// AttachPoint is one place a program attaches to.
type AttachPoint struct {
	Provider string `json:"provider"` // one of the Provider* constants
	Target   string `json:"target,omitempty"`
	// Name is the full probe name bpftrace prints for it (the probe builtin),
	// e.g. "tracepoint:syscalls:sys_enter_openat" or "interval:s:1".
	Name string `json:"name"`
	// PeriodNS is the period of interval probes, in nanoseconds.
	PeriodNS uint64 `json:"period_ns,omitempty"`
}

// Kind names the kind of a value as the loader renders it.
type Kind string

// Value kinds.
const (
	KindInt    Kind = "int"    // Size 1, 2, 4 or 8 bytes, Signed says how to print
	KindString Kind = "string" // Size bytes, NUL-terminated unless full
	KindTuple  Kind = "tuple"  // Fields at their offsets
	KindNone   Kind = "none"   // no value (key of a scalar map)
)

// Type describes a value's layout in a key, a map value or a record.
type Type struct {
	Kind   Kind    `json:"kind"`
	Size   int     `json:"size"`
	Signed bool    `json:"signed,omitempty"`
	Fields []Field `json:"fields,omitempty"` // KindTuple
}

// Field is a typed value at an offset inside a larger buffer.
type Field struct {
	Offset int  `json:"offset"`
	Type   Type `json:"type"`
}

// Agg is how a map's values are made and read.
type Agg string

// Map value kinds. Value layouts are per CPU when Map.PerCPU is set; the
// loader reduces across CPUs.
const (
	// AggNone: a plain value of Map.Value's type, set by assignment.
	AggNone Agg = "none"
	// AggCount: u64, summed across CPUs, printed unsigned.
	AggCount Agg = "count"
	// AggSum: 64-bit, summed across CPUs, printed with Map.Value.Signed.
	AggSum Agg = "sum"
	// AggMin and AggMax: struct { s64 value; u64 set; }; the loader takes
	// the minimum (maximum) over CPUs whose set is non-zero.
	AggMin Agg = "min"
	AggMax Agg = "max"
	// AggAvg and AggStats: struct { s64 total; u64 count; }, summed across CPUs.
	AggAvg   Agg = "avg"
	AggStats Agg = "stats"
	// AggHist: u64 buckets[Map.Hist.Buckets], summed across CPUs. Bucket 0
	// counts negative values, 1 zero, 2 one, i>=3 [2^(i-2), 2^(i-1)).
	AggHist Agg = "hist"
	// AggLhist: u64 buckets[Map.Hist.Buckets] with Buckets = (Max-Min)/Step+2:
	// 0 underflow, i in 1..B [Min+(i-1)Step, Min+i*Step), B+1 overflow.
	AggLhist Agg = "lhist"
)

// Map is one bpftrace map (@name) of the script.
type Map struct {
	Name   string  `json:"name"`   // bpftrace name: "@", "@x"
	Symbol string  `json:"symbol"` // ELF symbol: "AT_", "AT_x"
	Agg    Agg     `json:"agg"`
	PerCPU bool    `json:"percpu,omitempty"`
	Key    []Field `json:"key,omitempty"` // key parts; none for a scalar map
	// KeySize is the size of the BPF key (a scalar map has an 8-byte zero key,
	// or a 4-byte zero index when Array is set).
	KeySize int   `json:"key_size"`
	Array   bool  `json:"array,omitempty"` // BPF array map: always has its one entry
	Value   Type  `json:"value"`           // value type (AggNone, AggSum signedness)
	Hist    *Hist `json:"hist,omitempty"`  // AggHist, AggLhist
}

// Hist gives the bucket layout of hist and lhist maps.
type Hist struct {
	Buckets int   `json:"buckets"`
	Min     int64 `json:"min,omitempty"`
	Max     int64 `json:"max,omitempty"`
	Step    int64 `json:"step,omitempty"`
}

// Printf is one printf call site: its format and the layout of its record
// (the u64 action id at offset 0, the arguments after it).
type Printf struct {
	Format string  `json:"format"`
	Args   []Field `json:"args,omitempty"`
}

// PrintRecord is the payload of an ActionPrint record, after the u64 id:
// struct { u32 map; u32 top; u32 div; } where map indexes Meta.Maps.
type PrintRecord struct {
	Map, Top, Div uint32
}

// MapRecord is the payload of ActionClear and ActionZero: struct { u32 map; }.
type MapRecord struct {
	Map uint32
}

// Marshal encodes m as written into [MetaSection].
func (m *Meta) Marshal() ([]byte, error) {
	return json.Marshal(m)
}

// Unmarshal decodes a [MetaSection] and checks its schema version.
func Unmarshal(b []byte) (*Meta, error) {
	var probe struct {
		Schema int `json:"schema"`
	}
	if err := json.Unmarshal(b, &probe); err != nil {
		return nil, fmt.Errorf("decode metadata: %w", err)
	}
	if probe.Schema != SchemaVersion {
		return nil, fmt.Errorf("metadata schema version %d, this loader reads version %d", probe.Schema, SchemaVersion)
	}
	var m Meta
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode metadata: %w", err)
	}
	return &m, nil
}
