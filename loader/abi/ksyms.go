package abi

// KernelSymbol is a kernel symbol whose address the programs read
// (kaddr("name"), FN-10). The object has an 8-byte variable Var in its
// .rodata section; the loader looks the symbol up on the host it runs on
// and sets the variable before it loads the programs, so an object stays
// right on another kernel and after a reboot (KASLR).
type KernelSymbol struct {
	Name string `json:"name"` // the symbol: "vfs_read"
	Var  string `json:"var"`  // the .rodata variable: "kaddr_vfs_read"
	// Start and End are the byte offsets in the script of the first
	// kaddr() call that names the symbol.
	Start int `json:"start"`
	End   int `json:"end"`
}
