package oci

// ArtifactType is the artifactType of a probe manifest.
const ArtifactType = "application/vnd.bpftc.probe.v1"

// ObjectMediaType is the media type of a probe manifest's one layer: the
// object file exactly as bpftc compile wrote it.
const ObjectMediaType = "application/vnd.bpftc.object.v1+elf"

// DefaultMaxSize is the largest object Push sends and Pull accepts when
// [Options.MaxSize] is 0. Objects are usually a few kilobytes.
const DefaultMaxSize = 64 << 20

// maxManifestSize bounds the manifest Pull reads before it looks inside.
const maxManifestSize = 4 << 20
