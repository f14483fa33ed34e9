package ir

import "testing"

// TestGlobal parses, verifies, prints and optimises a load-time constant:
// CSE merges two reads of the same variable, nothing folds it.
func TestGlobal(t *testing.T) {
	const text = `
func f "" (ctx:ptr)
b0:
	v1:i64 = global kaddr_vfs_read
	v2:i64 = global kaddr_vfs_read
	v3:i64 = global kaddr_vfs_write
	v4:i64 = add v1, v2
	v5:i64 = add v4, v3
	ret v5
`
	m, err := Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m); err != nil {
		t.Fatal(err)
	}
	if got, want := m.Globals(), []string{"kaddr_vfs_read", "kaddr_vfs_write"}; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Globals() = %v, want %v", got, want)
	}
	if err := Optimize(m, &OptimizeOptions{Verify: true}); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, b := range m.Funcs[0].Blocks {
		for _, v := range b.Values {
			if v.Op == OpGlobal {
				n++
			}
		}
	}
	if n != 2 {
		t.Errorf("after Optimize: %d global reads, want 2:\n%s", n, m)
	}
	bad, err := Parse("func f \"\" (ctx:ptr)\nb0:\n\tv1:i64 = global kaddr.x\n\tret v1\n")
	if err != nil {
		t.Fatal(err)
	}
	if Verify(bad) == nil {
		t.Errorf("Verify accepts a global that is not an identifier")
	}
}
