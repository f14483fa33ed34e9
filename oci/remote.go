package oci

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"oras.land/oras-go/v2/errdef"
	"oras.land/oras-go/v2/registry/remote"
	"oras.land/oras-go/v2/registry/remote/auth"
	"oras.land/oras-go/v2/registry/remote/credentials"
	"oras.land/oras-go/v2/registry/remote/retry"
)

// Options are the optional settings of [Push] and [Pull]; nil means defaults.
type Options struct {
	// PlainHTTP talks plain HTTP instead of HTTPS. It is refused with
	// [ErrPlainHTTP] unless the registry is a loopback one ([Ref.Loopback]);
	// an http:// reference without it is refused too.
	PlainHTTP bool
	// MaxSize is the largest object in bytes; 0 means [DefaultMaxSize].
	MaxSize int64
	// Title is the layer's org.opencontainers.image.title (Push only),
	// usually the object's file name; "" sets none.
	Title string
	// Annotations are extra manifest annotations (Push only). Keys starting
	// with dev.bpftc. are reserved for [Annotations].
	Annotations map[string]string
	// Created is the org.opencontainers.image.created time (Push only);
	// zero means now. A fixed time makes the manifest digest reproducible.
	Created time.Time
}

// ErrPlainHTTP refuses plain HTTP to a registry that is not on this machine,
// or without [Options.PlainHTTP].
var ErrPlainHTTP = errors.New("plain HTTP is allowed only to a loopback registry, with --plain-http")

func (o *Options) maxSize() int64 {
	if o == nil || o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// repository returns the remote repository of r, refusing plain HTTP
// unless opts allows it and r is a loopback registry.
func repository(r Ref, opts *Options) (*remote.Repository, error) {
	allowed := opts != nil && opts.PlainHTTP
	if (allowed || r.PlainHTTP) && !(allowed && r.Loopback()) {
		return nil, ErrPlainHTTP
	}
	repo, err := remote.NewRepository(r.Registry + "/" + r.Repository)
	if err != nil {
		return nil, err
	}
	repo.PlainHTTP = allowed
	repo.Client = &auth.Client{
		Client:     retry.DefaultClient,
		Header:     http.Header{"User-Agent": {"bpftc"}},
		Cache:      auth.NewCache(),
		Credential: dockerCredential(),
	}
	return repo, nil
}

// dockerCredential looks credentials up in the Docker configuration
// (~/.docker/config.json or $DOCKER_CONFIG, and its credential helpers),
// reading it only when a registry asks for credentials.
func dockerCredential() auth.CredentialFunc {
	var (
		once  sync.Once
		store credentials.Store
		err   error
	)
	return func(ctx context.Context, hostport string) (auth.Credential, error) {
		once.Do(func() { store, err = credentials.NewStoreFromDocker(credentials.StoreOptions{}) })
		if err != nil {
			return auth.EmptyCredential, fmt.Errorf("docker credentials: %w", err)
		}
		return credentials.Credential(store)(ctx, hostport)
	}
}

// describe shortens the errors of registry requests to their cause, on one
// line: the request URL is in the caller's message already.
func describe(err error) error {
	if errors.Is(err, errdef.ErrNotFound) {
		return errors.New("not found")
	}
	if errors.Is(err, auth.ErrBasicCredentialNotFound) {
		return errors.New("the registry asks for a login, and the Docker config has no credentials for it (docker login, or $DOCKER_CONFIG)")
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
		if strings.Contains(err.Error(), "server gave HTTP response to HTTPS client") {
			return errors.New("the registry speaks plain HTTP, not HTTPS (--plain-http allows it for loopback registries)")
		}
	}
	if msg := err.Error(); strings.ContainsAny(msg, "\r\n") {
		return errors.New(strings.Join(strings.Fields(msg), " "))
	}
	return err
}
