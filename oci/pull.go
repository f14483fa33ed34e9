package oci

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/opencontainers/go-digest"
	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
	"oras.land/oras-go/v2/content"
	"oras.land/oras-go/v2/registry"
)

// Pull downloads the object of the probe artifact ref names by tag or by
// digest ([ParseRef] syntax) and returns its bytes, ready for loader.Open.
//
// Before it returns, Pull checks that the manifest is a probe's (an image
// manifest whose artifactType is [ArtifactType] and whose one layer is
// [ObjectMediaType]), that its digest is the one ref asked for, that the
// object is no larger than [Options.MaxSize] and that its bytes match the
// layer's digest.
func Pull(ctx context.Context, ref string, opts *Options) ([]byte, error) {
	r, err := ParseRef(ref)
	if err != nil {
		return nil, fmt.Errorf("pull: %w", err)
	}
	if r.reference() == "" {
		return nil, fmt.Errorf("pull %s: the reference names no tag (:TAG) or digest (@sha256:...)", r)
	}
	repo, err := repository(r, opts)
	if err != nil {
		return nil, fmt.Errorf("pull %s: %w", r, err)
	}
	obj, err := pullFrom(ctx, repo, r, opts.maxSize())
	if err != nil {
		return nil, fmt.Errorf("pull %s: %w", r, err)
	}
	return obj, nil
}

// pullFrom fetches and checks the manifest r names in src, then the object
// it holds.
func pullFrom(ctx context.Context, src puller, r Ref, maxSize int64) ([]byte, error) {
	desc, raw, err := fetchManifest(ctx, src, r.reference())
	if err != nil {
		return nil, fmt.Errorf("manifest: %w", describe(err))
	}
	if r.Digest != "" {
		// oras checked the bytes against desc.Digest; make sure that is the
		// digest asked for, whatever the registry answered.
		want := digest.Digest(r.Digest)
		if got := want.Algorithm().FromBytes(raw); desc.Digest != want || got != want {
			return nil, fmt.Errorf("manifest digest is %s, want %s", got, want)
		}
	}
	if desc.MediaType != ocispec.MediaTypeImageManifest {
		return nil, fmt.Errorf("not a bpftc probe: manifest media type %q, want %q", desc.MediaType, ocispec.MediaTypeImageManifest)
	}
	var m ocispec.Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	layer, err := objectLayer(&m)
	if err != nil {
		return nil, err
	}
	if layer.Size < 0 || layer.Size > maxSize {
		return nil, fmt.Errorf("object is %d bytes, over the %d-byte limit", layer.Size, maxSize)
	}
	// FetchAll reads exactly layer.Size bytes and checks their digest.
	obj, err := content.FetchAll(ctx, src, layer)
	if err != nil {
		return nil, fmt.Errorf("object %s: %w", layer.Digest, describe(err))
	}
	return obj, nil
}

// puller is what pullFrom reads: a registry repository, or a store in tests.
type puller interface {
	content.Fetcher
	content.Resolver
}

// fetchManifest fetches the manifest reference (a tag or a digest) names
// and checks it against the descriptor the registry gave for it.
func fetchManifest(ctx context.Context, src puller, reference string) (ocispec.Descriptor, []byte, error) {
	var desc ocispec.Descriptor
	var rc io.ReadCloser
	var err error
	if rf, ok := src.(registry.ReferenceFetcher); ok {
		desc, rc, err = rf.FetchReference(ctx, reference) // one request
	} else if desc, err = src.Resolve(ctx, reference); err == nil {
		rc, err = src.Fetch(ctx, desc)
	}
	if err != nil {
		return ocispec.Descriptor{}, nil, err
	}
	defer rc.Close()
	if desc.Size < 0 || desc.Size > maxManifestSize {
		return ocispec.Descriptor{}, nil, fmt.Errorf("%d bytes, over the %d-byte limit", desc.Size, maxManifestSize)
	}
	raw, err := content.ReadAll(rc, desc) // checks size and digest
	if err != nil {
		return ocispec.Descriptor{}, nil, err
	}
	return desc, raw, nil
}

// objectLayer returns the one layer of a probe manifest.
func objectLayer(m *ocispec.Manifest) (ocispec.Descriptor, error) {
	at := m.ArtifactType
	if at == "" {
		at = m.Config.MediaType // OCI 1.0 artifacts carry the type here
	}
	if at != ArtifactType {
		return ocispec.Descriptor{}, fmt.Errorf("not a bpftc probe: artifact type %q, want %q", at, ArtifactType)
	}
	if len(m.Layers) != 1 {
		return ocispec.Descriptor{}, fmt.Errorf("not a bpftc probe: %d layers, want 1", len(m.Layers))
	}
	l := m.Layers[0]
	if l.MediaType != ObjectMediaType {
		return ocispec.Descriptor{}, fmt.Errorf("not a bpftc probe: layer media type %q, want %q", l.MediaType, ObjectMediaType)
	}
	if err := l.Digest.Validate(); err != nil {
		return ocispec.Descriptor{}, errors.New("manifest: layer digest: " + err.Error())
	}
	return l, nil
}
