package oci

import (
	"debug/elf"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/loader/abi"
)

// Manifest annotation keys of a probe, from the object's metadata ([abi.Meta]).
// List values are comma-separated. Push also sets the standard
// org.opencontainers.image.created on the manifest and
// org.opencontainers.image.title (the file name) on the layer.
const (
	// AnnotationProbes lists every attach point, in attach order, once each:
	// "BEGIN,tracepoint:syscalls:sys_enter_openat".
	AnnotationProbes = "dev.bpftc.probes"
	// AnnotationProviders lists the attach point providers, sorted:
	// "BEGIN,tracepoint". A fleet can admit probes by kind from it.
	AnnotationProviders = "dev.bpftc.providers"
	// AnnotationCompiler is the compiler that built the object: "bpftc 0.1.0".
	AnnotationCompiler = "dev.bpftc.compiler"
	// AnnotationSourceHash is the script's hash: "sha256:<hex>".
	AnnotationSourceHash = "dev.bpftc.source-hash"
	// AnnotationArch is the target architecture, GOARCH-style: "amd64".
	AnnotationArch = "dev.bpftc.arch"
	// AnnotationByteOrder is "little" or "big".
	AnnotationByteOrder = "dev.bpftc.byte-order"
	// AnnotationSchema is the object's metadata schema version: "1".
	AnnotationSchema = "dev.bpftc.schema"
)

// reservedPrefix starts the keys only [Annotations] sets.
const reservedPrefix = "dev.bpftc."

// Annotations returns the dev.bpftc.* manifest annotations describing m.
func Annotations(m *abi.Meta) map[string]string {
	var probes []string
	seen := map[string]bool{}
	provs := map[string]bool{}
	for _, p := range m.Programs {
		for _, a := range p.Attach {
			provs[a.Provider] = true
			if !seen[a.Name] {
				seen[a.Name] = true
				probes = append(probes, a.Name)
			}
		}
	}
	var providers []string
	for p := range provs {
		providers = append(providers, p)
	}
	sort.Strings(providers)
	return map[string]string{
		AnnotationProbes:     strings.Join(probes, ","),
		AnnotationProviders:  strings.Join(providers, ","),
		AnnotationCompiler:   m.Compiler,
		AnnotationSourceHash: m.SourceHash,
		AnnotationArch:       m.Arch,
		AnnotationByteOrder:  m.ByteOrder,
		AnnotationSchema:     strconv.Itoa(m.Schema),
	}
}

// readMeta decodes the metadata of the object in r without checking it
// against this machine: a build host may push objects for other targets.
func readMeta(r io.ReaderAt) (*abi.Meta, error) {
	f, err := elf.NewFile(r)
	if err != nil {
		return nil, fmt.Errorf("read object: %w", err)
	}
	sec := f.Section(abi.MetaSection)
	if sec == nil {
		return nil, errors.New("read object: no " + abi.MetaSection + " section (not built by bpftc)")
	}
	b, err := sec.Data()
	if err != nil {
		return nil, fmt.Errorf("read object: section %s: %w", abi.MetaSection, err)
	}
	return abi.Unmarshal(b)
}
