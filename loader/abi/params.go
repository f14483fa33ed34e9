package abi

// ParamsMap is the symbol of a one-entry BPF_MAP_TYPE_ARRAY (u32 key) that
// holds the load-time parameters: values known only when the object runs,
// such as the pid of the -c child. The loader writes every parameter of
// Meta.Params at its offset in the value before BEGIN runs; programs read
// them from there.
const ParamsMap = "AT__params"

// LoadParam is one load-time parameter an object reads: an unsigned integer
// at Offset in the ParamsMap value.
type LoadParam struct {
	Name   string `json:"name"` // one of the Param* names
	Offset int    `json:"offset"`
	Size   int    `json:"size"` // bytes: 4 or 8
}

// Load-time parameter names.
const (
	// ParamCpid is the pid of the command that -c runs (the cpid builtin);
	// an object that reads it runs only with -c.
	ParamCpid = "cpid"
)

// Param returns the parameter called name of m, if the object reads it.
func (m *Meta) Param(name string) (LoadParam, bool) {
	for _, p := range m.Params {
		if p.Name == name {
			return p, true
		}
	}
	return LoadParam{}, false
}
