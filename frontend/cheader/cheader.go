package cheader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// SystemDirs are searched for <...> headers after the -I directories, as
// bpftrace 0.17's clang searches them on Debian-like systems.
var SystemDirs = []string{
	"/usr/local/include",
	"/usr/include/x86_64-linux-gnu",
	"/usr/include",
}

// Header is one header to read: Name as written between the quotes or the
// angle brackets (System).
type Header struct {
	Name   string
	System bool
}

// Local is the text of a local header that was read.
type Local struct {
	Path, Text string
}

// Loader reads headers and collects what they define.
type Loader struct {
	// Kernel are a kernel tree's include directories, searched before
	// Dirs; like the system directories, their headers give only macros.
	Kernel []string
	// Dirs are the -I directories, searched first.
	Dirs []string
	// After are searched after the system directories (clang's
	// C_INCLUDE_PATH).
	After []string
	// Macros are the object-like macros defined, name -> replacement.
	Macros map[string]string
	// Locals are the local headers read, in include order.
	Locals []Local
	seen   map[string]bool
}

// NotFoundError is a header that no directory holds.
type NotFoundError struct{ Name string }

func (e *NotFoundError) Error() string { return fmt.Sprintf("'%s' file not found", e.Name) }

// Include reads header h, included from a file in directory from ("" for
// the script), and the headers it includes.
func (ld *Loader) Include(h Header, from string) error {
	path, local, ok := ld.resolve(h, from)
	if !ok {
		return &NotFoundError{h.Name}
	}
	return ld.read(path, local)
}

// resolve finds h: for a quoted header, first in the including file's
// directory (the current directory for the script), then in the -I
// directories, then in the system ones. A header found outside the system
// directories is local: its definitions are read too.
func (ld *Loader) resolve(h Header, from string) (path string, local, ok bool) {
	if filepath.IsAbs(h.Name) {
		return h.Name, ld.local(h.Name), isFile(h.Name)
	}
	var dirs []string
	if !h.System {
		if from == "" {
			from = "."
		}
		dirs = append(dirs, from)
	}
	dirs = append(append(append(append(dirs, ld.Kernel...), ld.Dirs...), SystemDirs...), ld.After...)
	for _, d := range dirs {
		p := filepath.Join(d, h.Name)
		if isFile(p) {
			return p, ld.local(p), true
		}
	}
	return "", false, false
}

// local reports whether the definitions of the header at path are read:
// those of the system directories and of a kernel tree are not.
func (ld *Loader) local(path string) bool {
	for _, d := range ld.Kernel {
		if strings.HasPrefix(path, filepath.Clean(d)+"/") {
			return false
		}
	}
	return !inSystemDir(path)
}

// inSystemDir reports whether path is under one of SystemDirs.
func inSystemDir(path string) bool {
	for _, d := range SystemDirs {
		if strings.HasPrefix(path, d+"/") {
			return true
		}
	}
	return false
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// read scans one header; local headers keep their text.
func (ld *Loader) read(path string, local bool) error {
	if ld.seen == nil {
		ld.seen = map[string]bool{}
	}
	if ld.Macros == nil {
		ld.Macros = map[string]string{}
	}
	if ld.seen[path] {
		return nil
	}
	ld.seen[path] = true
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text := string(b)
	for _, line := range Lines(text) {
		name, rest, ok := Directive(line)
		if !ok {
			continue
		}
		switch name {
		case "include":
			if h, ok := ParseInclude(rest); ok {
				// A header that includes a missing one (a compiler
				// header such as <stddef.h>) still gives its macros.
				ld.Include(h, filepath.Dir(path))
			}
		case "define":
			if n, v, ok := ObjectMacro(rest); ok {
				ld.Macros[n] = v
			}
		case "undef":
			delete(ld.Macros, strings.TrimSpace(rest))
		}
	}
	if local {
		ld.Locals = append(ld.Locals, Local{Path: path, Text: text})
	}
	return nil
}

// Lines splits C text into logical lines: backslash-newlines joined,
// comments replaced by a space.
func Lines(text string) []string {
	var out []string
	var cur strings.Builder
	inComment := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case inComment:
			if c == '*' && i+1 < len(text) && text[i+1] == '/' {
				inComment = false
				cur.WriteByte(' ')
				i++
			} else if c == '\n' {
				out = append(out, cur.String())
				cur.Reset()
			}
		case c == '/' && i+1 < len(text) && text[i+1] == '*':
			inComment = true
			i++
		case c == '/' && i+1 < len(text) && text[i+1] == '/':
			for i < len(text) && text[i] != '\n' {
				i++
			}
			i--
		case c == '\\' && i+1 < len(text) && text[i+1] == '\n':
			i++
		case c == '\n':
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// Directive splits a preprocessor line into its name and the rest.
func Directive(line string) (name, rest string, ok bool) {
	s := strings.TrimLeft(line, " \t")
	if !strings.HasPrefix(s, "#") {
		return "", "", false
	}
	s = strings.TrimLeft(s[1:], " \t")
	i := 0
	for i < len(s) && (s[i] == '_' || s[i] >= 'a' && s[i] <= 'z') {
		i++
	}
	return s[:i], s[i:], true
}

// ParseInclude reads the operand of an #include: "name" or <name>.
func ParseInclude(rest string) (Header, bool) {
	s := strings.TrimSpace(rest)
	if len(s) < 2 {
		return Header{}, false
	}
	end := byte('"')
	if s[0] == '<' {
		end = '>'
	} else if s[0] != '"' {
		return Header{}, false
	}
	j := strings.IndexByte(s[1:], end)
	if j < 0 {
		return Header{}, false
	}
	return Header{Name: s[1 : j+1], System: end == '>'}, true
}

// ObjectMacro reads the operand of a #define of an object-like macro: its
// name and replacement (function-like macros are skipped).
func ObjectMacro(rest string) (name, value string, ok bool) {
	s := strings.TrimLeft(rest, " \t")
	i := 0
	for i < len(s) && (s[i] == '_' || s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z' || i > 0 && s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 0 || i < len(s) && s[i] == '(' {
		return "", "", false
	}
	return s[:i], strings.TrimSpace(s[i:]), true
}
