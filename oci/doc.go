// Package oci pushes bpftc objects to OCI registries as artifacts and pulls
// them back, verified, for bpfrun. It reads objects only through loader/abi
// and knows nothing of the compiler; see ../shared/docs/design.md.
package oci
