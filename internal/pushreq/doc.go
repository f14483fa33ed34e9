// Package pushreq hands "bpftc push" to bpfrun, which links the OCI client
// anyway: bpftc itself links neither oras-go nor net/http, whose package
// initialisation would cost every bpftc command about a millisecond.
package pushreq
