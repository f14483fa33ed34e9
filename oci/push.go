package oci

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/opencontainers/image-spec/specs-go"
	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
	"oras.land/oras-go/v2/content"
	"oras.land/oras-go/v2/registry"
)

// Push uploads the object obj as a probe artifact tagged ref
// (REGISTRY/REPOSITORY:TAG) and returns the manifest's digest. The manifest
// has artifactType [ArtifactType], one layer of [ObjectMediaType] and the
// [Annotations] of the object's metadata.
func Push(ctx context.Context, ref string, obj []byte, opts *Options) (string, error) {
	r, err := ParseRef(ref)
	if err != nil {
		return "", fmt.Errorf("push: %w", err)
	}
	fail := func(err error) (string, error) { return "", fmt.Errorf("push %s: %w", r, err) }
	if r.Digest != "" || r.Tag == "" {
		return fail(fmt.Errorf("the reference must name a tag (REGISTRY/REPOSITORY:TAG) and no digest"))
	}
	if opts == nil {
		opts = &Options{}
	}
	if n := int64(len(obj)); n > opts.maxSize() {
		return fail(fmt.Errorf("object is %d bytes, over the %d-byte limit", n, opts.maxSize()))
	}
	meta, err := readMeta(bytes.NewReader(obj))
	if err != nil {
		return fail(err)
	}
	ann := Annotations(meta)
	for k, v := range opts.Annotations {
		if strings.HasPrefix(k, reservedPrefix) {
			return fail(fmt.Errorf("annotation %s: keys starting with %s are reserved", k, reservedPrefix))
		}
		ann[k] = v
	}
	if _, ok := ann[ocispec.AnnotationCreated]; !ok {
		created := opts.Created
		if created.IsZero() {
			created = time.Now()
		}
		ann[ocispec.AnnotationCreated] = created.UTC().Format(time.RFC3339)
	}
	repo, err := repository(r, opts)
	if err != nil {
		return fail(err)
	}
	desc, err := pushTo(ctx, repo, r.Tag, obj, ann, opts.Title)
	if err != nil {
		return fail(describe(err))
	}
	return desc.Digest.String(), nil
}

// pusher is where pushTo writes: a registry repository, or a store in tests.
type pusher interface {
	content.Pusher
	content.ReadOnlyStorage
	registry.ReferencePusher
}

// pushTo writes the object obj, the empty config and a manifest with the
// annotations ann to dst, tagging the manifest tag. Blobs dst already has
// are not sent again.
func pushTo(ctx context.Context, dst pusher, tag string, obj []byte, ann map[string]string, title string) (ocispec.Descriptor, error) {
	layer := content.NewDescriptorFromBytes(ObjectMediaType, obj)
	if title != "" {
		layer.Annotations = map[string]string{ocispec.AnnotationTitle: title}
	}
	config := ocispec.DescriptorEmptyJSON
	raw, err := json.Marshal(ocispec.Manifest{
		Versioned:    specs.Versioned{SchemaVersion: 2},
		MediaType:    ocispec.MediaTypeImageManifest,
		ArtifactType: ArtifactType,
		Config:       config,
		Layers:       []ocispec.Descriptor{layer},
		Annotations:  ann,
	})
	if err != nil {
		return ocispec.Descriptor{}, err
	}
	blobs := []struct {
		desc ocispec.Descriptor
		data []byte
	}{{config, config.Data}, {layer, obj}}
	for _, b := range blobs {
		ok, err := dst.Exists(ctx, b.desc)
		if err != nil {
			return ocispec.Descriptor{}, err
		}
		if !ok {
			if err := dst.Push(ctx, b.desc, bytes.NewReader(b.data)); err != nil {
				return ocispec.Descriptor{}, err
			}
		}
	}
	desc := content.NewDescriptorFromBytes(ocispec.MediaTypeImageManifest, raw)
	desc.ArtifactType = ArtifactType
	if err := dst.PushReference(ctx, desc, bytes.NewReader(raw), tag); err != nil {
		return ocispec.Descriptor{}, err
	}
	return desc, nil
}
