// Package e2e holds the end-to-end tests: every script in testdata/scripts
// is compiled by bpftc, loaded and run by bpfrun on the real kernel against
// a workload the test starts itself, and its output compared with
// bpftrace 0.17's for the same script and workload.
package e2e
