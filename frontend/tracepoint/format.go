package tracepoint

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/bpftc/bpftc/internal/rawfile"
)

// Format is a parsed format file.
type Format struct {
	Name   string
	ID     int
	Fields []Field // event fields, common_* fields excluded
}

// Field is one field of a tracepoint record.
type Field struct {
	Name    string
	CType   string // C type as written, without the array suffix
	Offset  int
	Size    int
	Signed  bool
	Array   int  // element count for "char comm[16]", 0 otherwise
	Pointer bool // the C type is a pointer
	DataLoc bool // __data_loc: a u32 holding offset | length<<16
}

// Field returns the field called name, or nil.
func (f *Format) Field(name string) *Field {
	for i := range f.Fields {
		if f.Fields[i].Name == name {
			return &f.Fields[i]
		}
	}
	return nil
}

// DefaultDir is where tracefs is normally mounted.
const DefaultDir = "/sys/kernel/tracing"

// Load reads the format of category:event under the tracefs directory dir.
func Load(dir, category, event string) (*Format, error) {
	b, err := rawfile.ReadFile(filepath.Join(dir, "events", category, event, "format"))
	if err != nil {
		return nil, err
	}
	return Parse(string(b))
}

// Parse parses the text of a format file.
func Parse(text string) (*Format, error) {
	f := &Format{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "name:"):
			f.Name = strings.TrimSpace(line[len("name:"):])
		case strings.HasPrefix(line, "ID:"):
			f.ID, _ = strconv.Atoi(strings.TrimSpace(line[len("ID:"):]))
		case strings.HasPrefix(line, "field:"):
			fd, err := parseField(line)
			if err != nil {
				return nil, err
			}
			if !strings.HasPrefix(fd.Name, "common_") {
				f.Fields = append(f.Fields, fd)
			}
		}
	}
	if f.Name == "" {
		return nil, fmt.Errorf("format file has no name line")
	}
	return f, nil
}

// parseField parses "field:int dfd;	offset:16;	size:8;	signed:0;".
func parseField(line string) (Field, error) {
	var fd Field
	parts := strings.Split(line, ";")
	for _, p := range parts {
		p = strings.TrimSpace(p)
		k, v, ok := strings.Cut(p, ":")
		if !ok {
			continue
		}
		var err error
		switch k {
		case "field":
			err = fd.parseDecl(v)
		case "offset":
			fd.Offset, err = strconv.Atoi(v)
		case "size":
			fd.Size, err = strconv.Atoi(v)
		case "signed":
			fd.Signed = v == "1"
		}
		if err != nil {
			return fd, fmt.Errorf("format line %q: %v", line, err)
		}
	}
	if fd.Name == "" || fd.Size == 0 {
		return fd, fmt.Errorf("format line %q: missing name or size", line)
	}
	fd.fixSignedness()
	return fd, nil
}

// parseDecl splits a C declaration into type and name.
func (fd *Field) parseDecl(decl string) error {
	decl = strings.TrimSpace(decl)
	if strings.HasPrefix(decl, "__data_loc ") {
		fd.DataLoc = true
		decl = strings.TrimPrefix(decl, "__data_loc ")
	}
	if i := strings.IndexByte(decl, '['); i >= 0 && strings.HasSuffix(decl, "]") && !fd.DataLoc {
		n, err := strconv.Atoi(decl[i+1 : len(decl)-1])
		if err != nil {
			return fmt.Errorf("array size: %v", err)
		}
		fd.Array = n
		decl = strings.TrimSpace(decl[:i])
	}
	i := strings.LastIndexAny(decl, " *")
	if i < 0 {
		return fmt.Errorf("declaration %q has no type", decl)
	}
	fd.Name = decl[i+1:]
	fd.CType = strings.TrimSpace(decl[:i+1])
	if fd.DataLoc {
		// "__data_loc char[] filename": the type keeps its brackets.
		fd.CType = strings.TrimSuffix(fd.CType, "[]")
	}
	fd.Pointer = strings.HasSuffix(fd.CType, "*")
	return nil
}

// fixSignedness clears the sign of pointers and __data_loc words. Integers
// keep the format file's "signed:" flag, as bpftrace 0.17 reads it: syscall
// arguments declared "int" but stored in 8 bytes with signed:0 are unsigned.
func (fd *Field) fixSignedness() {
	if fd.Pointer || fd.DataLoc {
		fd.Signed = false
	}
}

// Match returns the category:event pairs under dir matching the category
// and event patterns, where '*' matches any run of characters. The result
// is sorted.
func Match(dir, catPattern, eventPattern string) ([]string, error) {
	cats, err := os.ReadDir(filepath.Join(dir, "events"))
	if err != nil {
		return nil, err
	}
	var out []string
	for _, c := range cats {
		if !c.IsDir() || !Glob(catPattern, c.Name()) {
			continue
		}
		evs, err := os.ReadDir(filepath.Join(dir, "events", c.Name()))
		if err != nil {
			continue
		}
		for _, e := range evs {
			if e.IsDir() && Glob(eventPattern, e.Name()) {
				out = append(out, c.Name()+":"+e.Name())
			}
		}
	}
	sort.Strings(out)
	return out, nil
}

// Glob matches s against a pattern where '*' stands for any run of
// characters.
func Glob(pattern, s string) bool {
	parts := strings.Split(pattern, "*")
	if len(parts) == 1 {
		return pattern == s
	}
	if !strings.HasPrefix(s, parts[0]) {
		return false
	}
	s = s[len(parts[0]):]
	last := parts[len(parts)-1]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(s, p)
		if i < 0 {
			return false
		}
		s = s[i+len(p):]
	}
	return strings.HasSuffix(s, last)
}
