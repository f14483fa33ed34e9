package session

import (
	"errors"
	"io"

	"github.com/bpftc/bpftc/loader"
)

// diagError is a failure printed as a whole diagnostic, not after
// "ERROR: ": a verifier rejection located in the script starts with the
// script's name and position, as the compiler's errors do.
type diagError struct {
	status int
	text   string // ends with a newline
}

func (e *diagError) Error() string { return e.text }

// asDiagnostic returns err as a diagError when it holds a verifier
// rejection.
func asDiagnostic(status int, err error) error {
	var ve *loader.VerifierError
	if !errors.As(err, &ve) {
		return nil
	}
	return &diagError{status: status, text: ve.Diagnostic()}
}

// reportDiagnostic prints a diagError and returns its status.
func reportDiagnostic(err error, stderr io.Writer) (int, bool) {
	var d *diagError
	if !errors.As(err, &d) {
		return 0, false
	}
	io.WriteString(stderr, d.text)
	return d.status, true
}

// FullVerifierLog makes a verifier rejection in err show the whole log
// when full is set (-v), and returns err.
func FullVerifierLog(err error, full bool) error {
	var ve *loader.VerifierError
	if full && errors.As(err, &ve) {
		ve.FullLog = true
	}
	return err
}
