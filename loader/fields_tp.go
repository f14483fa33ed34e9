package loader

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// tpField is where a tracepoint format file puts a field.
type tpField struct {
	offset, size uint32
}

// readFormat reads the fields of the tracepoint "cat:event" from the
// first tracefs directory that has it, or returns nil.
func (c *fieldChecker) readFormat(event string) map[string]tpField {
	cat, ev, ok := strings.Cut(event, ":")
	if !ok {
		return nil
	}
	for _, dir := range c.host.TracefsDirs {
		b, err := os.ReadFile(filepath.Join(dir, "events", cat, ev, "format"))
		if err == nil {
			return parseFormatFields(string(b))
		}
	}
	return nil
}

// parseFormatFields reads the "field:TYPE NAME; offset:N; size:N;" lines
// of a format file.
func parseFormatFields(text string) map[string]tpField {
	fields := map[string]tpField{}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		decl, ok := strings.CutPrefix(line, "field:")
		if !ok {
			continue
		}
		var f tpField
		parts := strings.Split(decl, ";")
		for _, p := range parts[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(p), ":")
			n, err := strconv.ParseUint(v, 10, 32)
			if err != nil {
				continue
			}
			switch k {
			case "offset":
				f.offset = uint32(n)
			case "size":
				f.size = uint32(n)
			}
		}
		if name := declName(parts[0]); name != "" {
			fields[name] = f
		}
	}
	return fields
}

// declName is the name a C declaration declares: "char comm[16]" -> comm,
// "const char * filename" -> filename, "__data_loc char[] name" -> name.
func declName(decl string) string {
	decl = strings.TrimSpace(decl)
	if strings.HasSuffix(decl, "]") {
		if i := strings.LastIndexByte(decl, '['); i >= 0 {
			decl = strings.TrimSpace(decl[:i])
		}
	}
	return decl[strings.LastIndexAny(decl, " *")+1:]
}
