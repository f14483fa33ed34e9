package symtab

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// mapping is one file-backed line of /proc/PID/maps.
type mapping struct {
	start, end, off uint64
	path            string
}

// readMaps reads the file-backed mappings of process pid.
func readMaps(pid uint64) ([]mapping, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ms []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || !strings.HasPrefix(fields[5], "/") {
			continue
		}
		lo, hi, _ := strings.Cut(fields[0], "-")
		start, err1 := strconv.ParseUint(lo, 16, 64)
		end, err2 := strconv.ParseUint(hi, 16, 64)
		off, err3 := strconv.ParseUint(fields[2], 16, 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		path := strings.Join(fields[5:], " ")
		ms = append(ms, mapping{start, end, off, path})
	}
	return ms, sc.Err()
}

// Resolver resolves user addresses of live processes to symbols, caching
// the symbol tables of the files it reads.
type Resolver struct {
	mu    sync.Mutex
	files map[string]*File // nil entry: the file has no readable symbols
	opts  UserOptions      // SetOptions (usym_options.go)
	// layouts are the mappings CacheByExe keeps, by executable.
	layouts map[string]cachedLayout
}

// NewResolver returns an empty Resolver.
func NewResolver() *Resolver { return &Resolver{files: map[string]*File{}} }

// file returns the symbol table of path as process pid sees it.
func (r *Resolver) file(pid uint64, path string) *File {
	if f, ok := r.files[path]; ok {
		return f
	}
	f, err := Open(path)
	if err != nil {
		// The process may live in another mount namespace.
		f, err = Open(fmt.Sprintf("/proc/%d/root%s", pid, path))
	}
	if err != nil {
		f = nil
	}
	r.files[path] = f
	return f
}

// User returns the symbol that holds addr in process pid, as bcc's
// symbol cache finds it from /proc/PID/maps and the mapped file's symbols.
// It fails when the process is gone or no symbol covers addr.
func (r *Resolver) User(pid, addr uint64) (Symbol, bool) {
	f, ok := r.UserFrame(pid, addr)
	return f.Symbol, ok
}
