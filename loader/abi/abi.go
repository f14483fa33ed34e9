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

	"github.com/bpftc/bpftc/internal/fastjson"
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
	ActionSystem      = 10000 // ActionSystem+i: system() number i of Meta.Systems
	ActionCat         = 20000 // ActionCat+i: cat() number i of Meta.Cats
	ActionExit        = 30000 // exit(): no payload
	ActionPrint       = 30001 // print(@map, top, div): PrintRecord
	ActionClear       = 30002 // clear(@map): MapRecord
	ActionZero        = 30003 // zero(@map): MapRecord
	ActionTime        = 30004 // time(fmt): TimeRecord
	ActionJoin        = 30005 // join(argv, sep): JoinRecord
	ActionPrintValue  = 30007 // print(value): PrintValueRecord
)

// ActionsPerKind is how many ids each of printf, system and cat reserves.
const ActionsPerKind = 10000

// ElapsedMap is the symbol of a one-entry BPF_MAP_TYPE_ARRAY (u32 key, u64
// value) into which the loader writes CLOCK_BOOTTIME in nanoseconds before
// BEGIN runs; the elapsed builtin subtracts it from the current time.
const ElapsedMap = "AT__elapsed"

// Join record geometry (bpftrace 0.17's join_argnum and join_argsize).
const (
	JoinArgs    = 16   // pointers read from the argument array
	JoinArgSize = 1024 // bytes of each string slot
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
	// Systems and Cats are the system() and cat() call sites, laid out
	// like printfs (ActionSystem+i, ActionCat+i).
	Systems []Printf `json:"systems,omitempty"`
	Cats    []Printf `json:"cats,omitempty"`
	// Values are the types of the print(value) call sites, by print id.
	Values []Type `json:"values,omitempty"`
	// Probes are the names the probe builtin's ids stand for.
	Probes []string `json:"probes,omitempty"`
	// Times are the formats of the time() call sites, by time id.
	Times []string `json:"times,omitempty"`
	// Strftimes are the formats of the strftime() call sites (KindTimestamp).
	Strftimes []string `json:"strftimes,omitempty"`
	// Joins are the separators of the join() call sites, by join id.
	Joins []string `json:"joins,omitempty"`
	// Params are the load-time parameters the programs read (params.go).
	Params []LoadParam `json:"params,omitempty"`
	// Fields are the kernel record fields the programs read at fixed
	// offsets (tracepoint formats, BTF types): see FieldRead.
	Fields []FieldRead `json:"fields,omitempty"`
	// HelperErrors are the helper calls checked under -k/-kk, by error id
	// (ActionHelperError records).
	HelperErrors []HelperError `json:"helper_errors,omitempty"`
	// CgroupPaths are the hierarchy filters of the cgroup_path() call sites
	// (KindCgroupPath values), by id.
	CgroupPaths []string `json:"cgroup_paths,omitempty"`
	// SkbOutputs are the skboutput() call sites, by id (watch_skb.go).
	SkbOutputs []SkbOutput `json:"skb_outputs,omitempty"`
	// KernelSymbols are the kernel symbols the programs read the address
	// of, resolved when the object loads (ksyms.go).
	KernelSymbols []KernelSymbol `json:"kernel_symbols,omitempty"`
	// Checksum covers every ELF section but this metadata (see [Checksum]);
	// the loader refuses an object whose sections no longer match it.
	Checksum string `json:"checksum,omitempty"`
	// Source is the script text, when compiled with --embed-source; its
	// SHA-256 is SourceHash.
	Source string `json:"source,omitempty"`
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
	// Perf events opened on every CPU: a CPU clock (profile) or the event
	// PerfType/PerfConfig names (software, hardware), sampled every Count
	// events (every PeriodNS or Freq times a second for profile).
	ProviderProfile  = "profile"
	ProviderSoftware = "software"
	ProviderHardware = "hardware"
	// Probes on user functions: Target is the binary or library, Func the
	// symbol (or empty with Address, a virtual address in the file), Offset
	// bytes into the function.
	ProviderUprobe    = "uprobe"
	ProviderUretprobe = "uretprobe"
	// Probes on kernel functions: Func is the function, Offset bytes into it.
	ProviderKprobe    = "kprobe"
	ProviderKretprobe = "kretprobe"
	// ProviderRawTracepoint attaches to the raw tracepoint named by Target.
	ProviderRawTracepoint = "rawtracepoint"
	// ProviderUsdt is one location of a USDT probe, attached as a uprobe:
	// Target is the binary, Func "provider:name", Address the location's
	// virtual address and Semaphore that of its is-enabled counter.
	ProviderUsdt = "usdt"
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
	// Freq is the sampling frequency in Hz of profile:hz and interval:hz
	// probes, which have no PeriodNS.
	Freq uint64 `json:"freq,omitempty"`
	// PerfType and PerfConfig are the perf_event_attr type and config of
	// software and hardware probes; Count is their sample period.
	PerfType   uint32 `json:"perf_type,omitempty"`
	PerfConfig uint64 `json:"perf_config,omitempty"`
	Count      uint64 `json:"count,omitempty"`
	// Func is the function of uprobes and kprobes.
	Func string `json:"func,omitempty"`
	// Offset is the byte offset into Func (func+off).
	Offset uint64 `json:"offset,omitempty"`
	// Address is the virtual address of an address uprobe (no Func).
	Address uint64 `json:"address,omitempty"`
	// Semaphore is the virtual address of a usdt probe's semaphore, 0 when
	// it has none.
	Semaphore uint64 `json:"semaphore,omitempty"`
	// Len and Mode are a watchpoint's length in bytes and access modes
	// (some of "rwx", sorted); Pin is where an iter probe's link is pinned
	// instead of read (providers_tracing.go).
	Len  uint64 `json:"len,omitempty"`
	Mode string `json:"mode,omitempty"`
	Pin  string `json:"pin,omitempty"`
}

// Kind names the kind of a value as the loader renders it.
type Kind string

// Value kinds.
const (
	KindInt    Kind = "int"    // Size 1, 2, 4 or 8 bytes, Signed says how to print
	KindString Kind = "string" // Size bytes, NUL-terminated unless full
	KindTuple  Kind = "tuple"  // Fields at their offsets
	KindNone   Kind = "none"   // no value (key of a scalar map)

	// Kinds the loader resolves when it prints them.
	KindBuffer    Kind = "buffer"    // buf(): u8 length, then Size-1 bytes
	KindInet      Kind = "inet"      // ntop(): s64 address family, then 16 address bytes (Size 24)
	KindKsym      Kind = "ksym"      // ksym(): u64 kernel address, printed as its symbol
	KindUsername  Kind = "username"  // username: u64 uid, printed as its /etc/passwd name
	KindProbe     Kind = "probe"     // probe: u64 index into Meta.Probes
	KindTimestamp Kind = "timestamp" // strftime(): u64 index into Meta.Strftimes, u64 ns since boot (Size 16)
	KindStrerror  Kind = "strerror"  // strerror(): u64 errno, printed as strerror(3) text
	KindUsym      Kind = "usym"      // usym(), func in uprobes: u64 user address, u64 pid (Size 16), printed as the symbol holding it in that process

	// C types.
	KindPointer Kind = "pointer" // u64 address: signed decimal as a value, 0x hex as a key
	KindRecord  Kind = "record"  // C struct or union: named Fields at their offsets
	KindArray   Kind = "array"   // Len elements of type Elem, laid end to end
)

// Type describes a value's layout in a key, a map value or a record.
type Type struct {
	Kind   Kind    `json:"kind"`
	Size   int     `json:"size"`
	Signed bool    `json:"signed,omitempty"`
	Fields []Field `json:"fields,omitempty"` // KindTuple, KindRecord
	Elem   *Type   `json:"elem,omitempty"`   // KindArray element type
	Len    int     `json:"len,omitempty"`    // KindArray element count
	Stack  *Stack  `json:"stack,omitempty"`  // KindKstack, KindUstack: where and how (stack.go)
}

// Field is a typed value at an offset inside a larger buffer.
type Field struct {
	Offset int    `json:"offset"`
	Type   Type   `json:"type"`
	Name   string `json:"name,omitempty"` // KindRecord field name
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

// TimeRecord is the payload of ActionTime: struct { u32 time; } where time
// indexes Meta.Times.
type TimeRecord struct {
	Time uint32
}

// JoinRecord is the payload of ActionJoin: struct { u64 join; char
// args[JoinArgs][JoinArgSize]; } where join indexes Meta.Joins; the strings
// end at the first empty one.
type JoinRecord struct {
	Join uint64
}

// PrintValueRecord is the payload of ActionPrintValue: struct { u64 print;
// u8 value[]; } where print indexes Meta.Values, which gives the value's type.
type PrintValueRecord struct {
	Print uint64
}

// Marshal encodes m as written into [MetaSection]: what json.Marshal
// writes, without its start-up cost (package fastjson).
func (m *Meta) Marshal() ([]byte, error) {
	return fastjson.Marshal(m)
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
		return nil, &SchemaError{Schema: probe.Schema}
	}
	var m Meta
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("decode metadata: %w", err)
	}
	return &m, nil
}
