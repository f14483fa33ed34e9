// Package fastjson encodes the plain structs of object metadata exactly as
// encoding/json does, without its per-type reflection set-up, which costs a
// short-lived process (bpftc compile) a fifth of a millisecond; other
// values go to encoding/json.
package fastjson
