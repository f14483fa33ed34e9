package output

// Raw writes b as it is to the real stdout: the text of a BPF iterator,
// which bpftrace 0.17 copies there whatever the output format and file.
func (t *Text) Raw(b []byte) { t.stdout.Write(b) }

// Raw writes b as it is to the real stdout (see Text.Raw).
func (j *JSON) Raw(b []byte) { j.stdout.Write(b) }
