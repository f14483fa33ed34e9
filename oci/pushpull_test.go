package oci

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	ocispec "github.com/opencontainers/image-spec/specs-go/v1"
	"oras.land/oras-go/v2"
	"oras.land/oras-go/v2/content"
	"oras.land/oras-go/v2/content/memory"
)

// store is an in-memory registry repository.
type store struct{ *memory.Store }

func newStore() store { return store{memory.New()} }

// PushReference implements registry.ReferencePusher.
func (s store) PushReference(ctx context.Context, desc ocispec.Descriptor, r io.Reader, ref string) error {
	if err := s.Push(ctx, desc, r); err != nil {
		return err
	}
	return s.Tag(ctx, desc, ref)
}

// TestPushPull round-trips an object through an in-memory store, by tag
// and by digest, and checks the manifest Push writes.
func TestPushPull(t *testing.T) {
	ctx := context.Background()
	obj := testObject(t, &testMeta)
	store := newStore()
	ann := Annotations(&testMeta)
	desc, err := pushTo(ctx, store, "v1", obj, ann, "hello.o")
	if err != nil {
		t.Fatal(err)
	}
	_, raw, err := oras.FetchBytes(ctx, store, "v1", oras.DefaultFetchBytesOptions)
	if err != nil {
		t.Fatal(err)
	}
	var m ocispec.Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if m.ArtifactType != ArtifactType || len(m.Layers) != 1 || m.Layers[0].MediaType != ObjectMediaType ||
		m.Layers[0].Annotations[ocispec.AnnotationTitle] != "hello.o" || m.Annotations[AnnotationProbes] != ann[AnnotationProbes] {
		t.Errorf("manifest:\n%s", raw)
	}
	// A memory store resolves tags only: tag the manifest by its digest.
	if err := store.Tag(ctx, desc, desc.Digest.String()); err != nil {
		t.Fatal(err)
	}
	for _, r := range []Ref{{Tag: "v1"}, {Digest: desc.Digest.String()}, {Tag: "v1", Digest: desc.Digest.String()}} {
		got, err := pullFrom(ctx, store, r, DefaultMaxSize)
		if err != nil || !bytes.Equal(got, obj) {
			t.Errorf("pull %+v: %d bytes, %v", r, len(got), err)
		}
	}
}

// TestPullRefuses checks that Pull refuses what is not a probe it asked for.
func TestPullRefuses(t *testing.T) {
	ctx := context.Background()
	obj := testObject(t, &testMeta)
	store := newStore()
	good, err := pushTo(ctx, store, "good", obj, Annotations(&testMeta), "")
	if err != nil {
		t.Fatal(err)
	}
	other, err := pushTo(ctx, store, "other", append(obj, 0), nil, "")
	if err != nil {
		t.Fatal(err)
	}
	// The good digest names the other manifest: a lying registry.
	if err := store.Tag(ctx, other, good.Digest.String()); err != nil {
		t.Fatal(err)
	}
	pack := func(tag, artifactType string, layers ...ocispec.Descriptor) {
		t.Helper()
		for _, l := range layers {
			if err := store.Push(ctx, l, bytes.NewReader(obj)); err != nil && !strings.Contains(err.Error(), "already exists") {
				t.Fatal(err)
			}
		}
		d, err := oras.PackManifest(ctx, store, oras.PackManifestVersion1_1, artifactType, oras.PackManifestOptions{Layers: layers})
		if err != nil {
			t.Fatal(err)
		}
		if err := store.Tag(ctx, d, tag); err != nil {
			t.Fatal(err)
		}
	}
	layer := content.NewDescriptorFromBytes(ObjectMediaType, obj)
	pack("tar", ArtifactType, content.NewDescriptorFromBytes("application/vnd.oci.image.layer.v1.tar", obj))
	pack("type", "application/vnd.example.thing", layer)
	pack("two", ArtifactType, layer, layer)
	if _, err := oras.TagBytes(ctx, store, ocispec.MediaTypeImageIndex, []byte(`{"schemaVersion":2,"manifests":[]}`), "index"); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		ref Ref
		max int64
		err string
	}{
		{ref: Ref{Tag: "tar"}, err: `not a bpftc probe: layer media type "application/vnd.oci.image.layer.v1.tar", want "application/vnd.bpftc.object.v1+elf"`},
		{ref: Ref{Tag: "type"}, err: `not a bpftc probe: artifact type "application/vnd.example.thing"`},
		{ref: Ref{Tag: "two"}, err: "not a bpftc probe: 2 layers, want 1"},
		{ref: Ref{Tag: "index"}, err: `not a bpftc probe: manifest media type "application/vnd.oci.image.index.v1+json"`},
		{ref: Ref{Tag: "good"}, max: int64(len(obj) - 1), err: "-byte limit"},
		{ref: Ref{Digest: good.Digest.String()}, err: "manifest digest is " + other.Digest.String() + ", want " + good.Digest.String()},
		{ref: Ref{Tag: "missing"}, err: "not found"},
	}
	for _, tt := range tests {
		max := tt.max
		if max == 0 {
			max = DefaultMaxSize
		}
		_, err := pullFrom(ctx, store, tt.ref, max)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("pull %+v: err = %v, want %q", tt.ref, err, tt.err)
		}
	}
}

// TestPushRefuses checks the errors Push reports before it sends anything.
func TestPushRefuses(t *testing.T) {
	obj := testObject(t, &testMeta)
	tests := []struct {
		ref  string
		obj  []byte
		opts *Options
		err  string
	}{
		{ref: "r.example/a@" + testDigest, obj: obj, err: "must name a tag"},
		{ref: "r.example/a", obj: obj, err: "must name a tag"},
		{ref: "a:v1", obj: obj, err: "push: reference"},
		{ref: "r.example/a:v1", obj: []byte("not elf"), err: "push r.example/a:v1: read object:"},
		{ref: "r.example/a:v1", obj: obj, opts: &Options{MaxSize: 10}, err: "over the 10-byte limit"},
		{ref: "r.example/a:v1", obj: obj, opts: &Options{Annotations: map[string]string{"dev.bpftc.arch": "x"}}, err: "reserved"},
		{ref: "192.0.2.1:5000/a:v1", obj: obj, opts: &Options{PlainHTTP: true}, err: "push 192.0.2.1:5000/a:v1: plain HTTP is allowed only to a loopback registry, with --plain-http"},
	}
	for _, tt := range tests {
		_, err := Push(context.Background(), tt.ref, tt.obj, tt.opts)
		if err == nil || !strings.Contains(err.Error(), tt.err) {
			t.Errorf("Push(%q): err = %v, want %q", tt.ref, err, tt.err)
		}
	}
	if _, err := Pull(context.Background(), "http://192.0.2.1/a:v1", nil); !errors.Is(err, ErrPlainHTTP) {
		t.Errorf("Pull over plain HTTP: err = %v", err)
	}
	if _, err := Pull(context.Background(), "r.example/a", nil); err == nil || !strings.Contains(err.Error(), "names no tag") {
		t.Errorf("Pull without tag: err = %v", err)
	}
}
