package output

import (
	"bufio"
	"encoding/binary"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/bpftc/bpftc/internal/cxxsort"
)

// cgroupCache remembers where a cgroup id was found in a hierarchy, as
// bpftrace's get_cgroup_path_in_hierarchy does.
type cgroupCache map[cgroupKey]string

type cgroupKey struct {
	id   uint64
	root string
}

// appendCgroupPath writes cgroup_path(id, filter) as bpftrace 0.17's
// resolve_cgroup_path does: "name:/path" for every mounted hierarchy whose
// name matches the filter and that holds a cgroup with inode number id,
// unified first, then by name, joined by ",".
func (r *Resolver) appendCgroupPath(dst, b []byte) []byte {
	if r == nil || len(b) < 16 {
		return dst
	}
	filterID := binary.NativeEndian.Uint64(b)
	id := binary.NativeEndian.Uint64(b[8:])
	filter := "*"
	if filterID < uint64(len(r.more.cgroupPaths)) {
		filter = r.more.cgroupPaths[filterID]
	}
	if r.more.cgroups == nil {
		r.more.cgroups = cgroupCache{}
	}
	type named struct{ name, path string }
	var found []named
	for _, root := range cgroupRoots() {
		if !wildcardMatch(filter, root.name) {
			continue
		}
		found = append(found, named{root.name, r.more.cgroups.find(id, root.dir)})
	}
	cxxsort.Sort(found, func(a, b *named) bool {
		if a.name == "unified" {
			return true
		}
		if b.name == "unified" {
			return false
		}
		return a.name < b.name
	})
	first := true
	for _, f := range found {
		if f.path == "" {
			continue
		}
		if !first {
			dst = append(dst, ',')
		}
		first = false
		dst = append(append(append(dst, f.name...), ':'), f.path...)
	}
	return dst
}

type cgroupRoot struct{ name, dir string }

// cgroupRoots lists the cgroup mounts of /proc/mounts: cgroup v1
// hierarchies named by their mount directory, cgroup2 as "unified".
func cgroupRoots() []cgroupRoot {
	f, err := os.Open("/proc/mounts")
	if err != nil {
		return nil
	}
	defer f.Close()
	var roots []cgroupRoot
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		switch fields[0] {
		case "cgroup":
			roots = append(roots, cgroupRoot{filepath.Base(fields[1]), fields[1]})
		case "cgroup2":
			roots = append(roots, cgroupRoot{"unified", fields[1]})
		}
	}
	return roots
}

// find returns the path below root of the directory whose inode number is
// id ("/" for root itself), or "".
func (c cgroupCache) find(id uint64, root string) string {
	key := cgroupKey{id, root}
	if p, ok := c[key]; ok && inode(root+p) == id {
		return p
	}
	if inode(root) == id {
		c[key] = "/"
		return "/"
	}
	found := ""
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || path == root {
			return nil
		}
		if d.Type()&fs.ModeSymlink == 0 && !d.IsDir() {
			return nil
		}
		if inode(path) == id {
			found = path[len(root):]
			return fs.SkipAll
		}
		return nil
	})
	if found != "" {
		c[key] = found
	}
	return found
}

// inode is the inode number of path (following symlinks), or 0.
func inode(path string) uint64 {
	var st syscall.Stat_t
	if syscall.Stat(path, &st) != nil {
		return 0
	}
	return st.Ino
}

// wildcardMatch matches s against a pattern whose only special character
// is '*' (any run of characters), as bpftrace's wildcard_match does.
func wildcardMatch(pattern, s string) bool {
	parts := strings.Split(pattern, "*")
	if len(parts) == 1 {
		return pattern == s
	}
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return strings.HasSuffix(s, parts[len(parts)-1])
}
