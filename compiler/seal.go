package compiler

import (
	"bytes"
	"errors"
	"strings"

	"github.com/bpftc/bpftc/elfwriter"
	"github.com/bpftc/bpftc/loader/abi"
)

// checksumPlaceholder stands for meta.Checksum while the object is written:
// the sum covers every section but the metadata, so it can be computed
// from the written object and then put in the placeholder's place, which
// has its length.
var checksumPlaceholder = abi.ChecksumPrefix + strings.Repeat("0", 64)

// seal writes obj with meta as its metadata section, meta.Checksum set to
// the checksum of the other sections ([abi.Checksum]).
func seal(obj *elfwriter.Object, meta *abi.Meta) ([]byte, error) {
	meta.Checksum = checksumPlaceholder
	if err := setMeta(obj, meta); err != nil {
		return nil, err
	}
	b, err := elfwriter.Bytes(obj)
	if err != nil {
		return nil, err
	}
	sum, sec, err := checksum(b)
	if err != nil {
		return nil, err
	}
	// JSON escapes every quote inside a string, so the key and its value
	// occur once in the metadata, where the encoder wrote them.
	field := []byte(`"checksum":"` + checksumPlaceholder + `"`)
	i := -1
	if sec.off <= uint64(len(b)) && sec.size <= uint64(len(b))-sec.off {
		i = bytes.Index(b[sec.off:sec.off+sec.size], field)
	}
	if i < 0 {
		return nil, errors.New("write object: no checksum in the metadata")
	}
	copy(b[int(sec.off)+i+len(`"checksum":"`):], sum)
	meta.Checksum = sum
	return b, nil
}

// setMeta stores meta in obj's metadata section, adding the section if
// obj has none.
func setMeta(obj *elfwriter.Object, meta *abi.Meta) error {
	b, err := meta.Marshal()
	if err != nil {
		return err
	}
	for i := range obj.Extra {
		if obj.Extra[i].Name == abi.MetaSection {
			obj.Extra[i].Contents = b
			return nil
		}
	}
	obj.Extra = append(obj.Extra, elfwriter.Section{Name: abi.MetaSection, Contents: b})
	return nil
}
