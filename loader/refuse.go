package loader

import (
	"crypto/sha256"
	"debug/elf"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"github.com/bpftc/bpftc/loader/abi"
)

// Refusals of objects this loader must not run, each worded as one line
// for someone who copied an object to the wrong host or got a damaged one.
var (
	errTruncated = errors.New("object is truncated or not an ELF file")
	errChecksum  = errors.New("object is corrupt: checksum mismatch (sections changed after compilation)")
	errSource    = errors.New("object is corrupt: embedded source does not match its hash")
)

// readObject parses the ELF in r and returns its metadata, refusing a file
// that is not a whole BPF object built by bpftc for this host: not ELF or
// cut short, for another machine, of another metadata schema, or whose
// sections differ from those the compiler summed.
func readObject(r io.ReaderAt) (*abi.Meta, error) {
	f, err := elf.NewFile(r)
	if err != nil {
		return nil, errTruncated
	}
	if f.Machine != elf.EM_BPF {
		return nil, fmt.Errorf("not a BPF object: its ELF machine is %s, not EM_BPF", f.Machine)
	}
	if f.Class != elf.ELFCLASS64 {
		return nil, fmt.Errorf("not a BPF object: its ELF class is %s, not ELFCLASS64", f.Class)
	}
	sec := f.Section(abi.MetaSection)
	if sec == nil {
		return nil, errors.New("read object: no " + abi.MetaSection + " section (not built by bpftc)")
	}
	b, err := sec.Data()
	if err != nil {
		return nil, errTruncated
	}
	meta, err := abi.Unmarshal(b)
	if err != nil {
		return nil, err
	}
	if err := checkTarget(meta, elfByteOrder(f)); err != nil {
		return nil, err
	}
	if err := checkIntegrity(f, meta); err != nil {
		return nil, err
	}
	return meta, nil
}

// elfByteOrder is the byte order of f's header, in the metadata's spelling.
func elfByteOrder(f *elf.File) string {
	if f.Data == elf.ELFDATA2MSB {
		return "big"
	}
	return "little"
}

// checkIntegrity reads every section, refusing a truncated file, and
// compares them with the metadata's checksum and the embedded source with
// its hash. Objects without a checksum (built before it existed, or by
// hand) are only checked for truncation.
func checkIntegrity(f *elf.File, m *abi.Meta) error {
	sum, err := abi.Checksum(f)
	if err != nil {
		return errTruncated
	}
	if m.Checksum != "" && m.Checksum != sum {
		if len(m.Checksum) < len(abi.ChecksumPrefix) || m.Checksum[:len(abi.ChecksumPrefix)] != abi.ChecksumPrefix {
			return fmt.Errorf("object is corrupt: checksum %q is not %s", m.Checksum, abi.ChecksumPrefix+"<hex>")
		}
		return errChecksum
	}
	if m.Source != "" {
		h := sha256.Sum256([]byte(m.Source))
		if m.SourceHash != "sha256:"+hex.EncodeToString(h[:]) {
			return errSource
		}
	}
	return nil
}
