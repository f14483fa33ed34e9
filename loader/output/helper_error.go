package output

import (
	"strconv"

	"github.com/bpftc/bpftc/loader/abi"
)

// HelperError prints a failed helper call that -k/-kk checks (OUT-14) where
// bpftrace 0.17 does, through o's output stream: in text, a warning at the
// call site with the source excerpt; in JSON, a helper_error object.
func HelperError(o Output, he *abi.HelperError, retcode int32) {
	switch o := o.(type) {
	case *Text:
		b := append(o.buf[:0], he.Prefix...)
		b = append(b, ": WARNING: Failed to "...)
		b = append(b, he.Helper...)
		b = append(b, ": "...)
		if retcode < 0 {
			b = append(b, Strerror(int(-retcode))...)
			b = append(b, " ("...)
			b = strconv.AppendInt(b, int64(retcode), 10)
			b = append(b, ')')
		} else {
			b = strconv.AppendInt(b, int64(retcode), 10)
		}
		b = append(b, '\n')
		b = append(b, he.Context...)
		o.buf = b
		o.out.Write(b)
	case *JSON:
		b := append(o.buf[:0], `{"type": "helper_error", "helper": "`...)
		b = append(b, he.Helper...)
		b = append(b, `", "retcode": `...)
		b = strconv.AppendInt(b, int64(retcode), 10)
		b = append(b, `, "line": `...)
		b = strconv.AppendInt(b, int64(he.Line), 10)
		b = append(b, `, "col": `...)
		b = strconv.AppendInt(b, int64(he.Col), 10)
		b = append(b, "}\n"...)
		o.buf = b
		o.out.Write(b)
	}
}
