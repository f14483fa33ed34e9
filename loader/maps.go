package loader

import (
	"errors"
	"fmt"

	"github.com/cilium/ebpf"

	"github.com/bpftc/bpftc/loader/abi"
	"github.com/bpftc/bpftc/loader/output"
)

// mapKeys returns every key of m. Keys are collected first and deduplicated:
// when a program deletes a key during the walk, NextKey starts over.
func mapKeys(m *ebpf.Map) ([][]byte, error) {
	var keys [][]byte
	seen := make(map[string]bool)
	var cur []byte
	limit := 2*int(m.MaxEntries()) + 1
	for range limit {
		next := make([]byte, m.KeySize())
		var err error
		if cur == nil {
			err = m.NextKey(nil, next)
		} else {
			err = m.NextKey(cur, next)
		}
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			return keys, nil
		}
		if err != nil {
			return nil, fmt.Errorf("next key: %w", err)
		}
		cur = next
		if !seen[string(next)] {
			seen[string(next)] = true
			keys = append(keys, next)
		}
	}
	return keys, nil
}

// readEntries returns every entry of m, per-CPU values as one []byte per
// possible CPU. Keys deleted while reading are skipped.
func readEntries(m *ebpf.Map) ([]output.Entry, error) {
	keys, err := mapKeys(m)
	if err != nil {
		return nil, err
	}
	entries := make([]output.Entry, 0, len(keys))
	pc := perCPU(m.Type())
	for _, k := range keys {
		var vals [][]byte
		if pc {
			err = m.Lookup(k, &vals)
		} else {
			var v []byte
			err = m.Lookup(k, &v)
			vals = [][]byte{v}
		}
		if errors.Is(err, ebpf.ErrKeyNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("lookup: %w", err)
		}
		entries = append(entries, output.Entry{Key: k, Values: vals})
	}
	return entries, nil
}

// clearMap deletes every key of m; array maps, whose keys cannot be
// deleted, have their values zeroed instead.
func clearMap(m *ebpf.Map) error {
	if isArray(m.Type()) {
		return zeroMap(m)
	}
	keys, err := mapKeys(m)
	if err != nil {
		return err
	}
	for _, k := range keys {
		if err := m.Delete(k); err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("delete: %w", err)
		}
	}
	return nil
}

// zeroMap sets every value of m to zero, on every CPU.
func zeroMap(m *ebpf.Map) error {
	keys, err := mapKeys(m)
	if err != nil {
		return err
	}
	zero, err := zeroValue(m)
	if err != nil {
		return err
	}
	flags := ebpf.UpdateExist
	if isArray(m.Type()) {
		flags = ebpf.UpdateAny
	}
	for _, k := range keys {
		err := m.Update(k, zero, flags)
		if err != nil && !errors.Is(err, ebpf.ErrKeyNotExist) {
			return fmt.Errorf("update: %w", err)
		}
	}
	return nil
}

// zeroValue is an all-zero value of m in the form Map.Update takes.
func zeroValue(m *ebpf.Map) (any, error) {
	if !perCPU(m.Type()) {
		return make([]byte, m.ValueSize()), nil
	}
	n, err := ebpf.PossibleCPU()
	if err != nil {
		return nil, err
	}
	vals := make([][]byte, n)
	for i := range vals {
		vals[i] = make([]byte, m.ValueSize())
	}
	return vals, nil
}

// mapOp names a map operation's error after the bpftrace map.
func mapOp(op string, m *abi.Map, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s %s: %w", op, m.Name, err)
}
