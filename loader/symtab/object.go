package symtab

import (
	"debug/elf"
	"errors"
)

// ObjectSymbol returns the first data symbol (STT_OBJECT) called name of
// the ELF file at path, in .symtab then .dynsym, as bcc's
// bcc_elf_foreach_sym finds it for bpftrace's uaddr().
func ObjectSymbol(path, name string) (Symbol, error) {
	ef, err := elf.Open(path)
	if err != nil {
		return Symbol{}, err
	}
	defer ef.Close()
	for _, read := range []func() ([]elf.Symbol, error){ef.Symbols, ef.DynamicSymbols} {
		syms, err := read()
		if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
			return Symbol{}, err
		}
		for _, s := range syms {
			if s.Name == name && elf.ST_TYPE(s.Info) == elf.STT_OBJECT {
				return Symbol{Name: s.Name, Value: s.Value, Size: s.Size}, nil
			}
		}
	}
	return Symbol{}, errors.New("no such symbol")
}
