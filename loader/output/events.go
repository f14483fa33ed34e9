package output

import (
	"fmt"
	"io"

	"github.com/bpftc/bpftc/loader/abi"
)

// SetResolver implements Output.SetResolver.
func (t *Text) SetResolver(r *Resolver) { t.res = r }

// Value implements Output.Value: the value and a newline.
func (t *Text) Value(ty abi.Type, b []byte) error {
	if err := checkValue(ty, b); err != nil {
		return err
	}
	out := t.res.appendValue(t.buf[:0], ty, b, false, 1)
	return t.flush(append(out, '\n'))
}

// Message implements Output.Message.
func (t *Text) Message(kind, text string, nl bool) {
	io.WriteString(t.out, text)
	if nl {
		io.WriteString(t.out, "\n")
	}
}

// SetResolver implements Output.SetResolver.
func (j *JSON) SetResolver(r *Resolver) { j.res = r }

// Value implements Output.Value: {"type": "value", "data": ...}.
func (j *JSON) Value(ty abi.Type, b []byte) error {
	if err := checkValue(ty, b); err != nil {
		return err
	}
	out := append(j.buf[:0], `{"type": "value", "data": `...)
	out = j.res.appendValue(out, ty, b, true, 1)
	return j.flush(append(out, "}\n"...))
}

// Message implements Output.Message: {"type": kind, "data": "text"}.
func (j *JSON) Message(kind, text string, nl bool) {
	b := append(j.buf[:0], `{"type": "`...)
	b = append(b, kind...)
	b = append(b, `", "data": "`...)
	b = appendJSONString(b, text)
	j.flush(append(b, "\"}\n"...))
}

// checkValue rejects a value that its type does not describe.
func checkValue(t abi.Type, b []byte) error {
	if err := checkType(t); err != nil {
		return fmt.Errorf("print value: %w", err)
	}
	if len(b) < t.Size {
		return fmt.Errorf("print value: %d bytes for a %s of %d", len(b), t.Kind, t.Size)
	}
	return nil
}
