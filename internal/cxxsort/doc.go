// Package cxxsort sorts exactly as libstdc++'s std::sort does, so that
// elements that compare equal end up where a C++ program (bpftrace, bcc)
// puts them.
package cxxsort
