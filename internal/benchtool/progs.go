package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cilium/ebpf"
)

// progIDs returns the ids of the BPF programs that process pid holds open
// (a link's fd names its program too; each id comes once).
func progIDs(pid int) ([]ebpf.ProgramID, error) {
	dir := fmt.Sprintf("/proc/%d/fdinfo", pid)
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	seen := map[ebpf.ProgramID]bool{}
	var ids []ebpf.ProgramID
	for _, e := range ents {
		f, err := os.Open(filepath.Join(dir, e.Name()))
		if err != nil {
			continue // closed meanwhile
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			v, ok := strings.CutPrefix(sc.Text(), "prog_id:")
			if !ok {
				continue
			}
			n, err := strconv.ParseUint(strings.TrimSpace(v), 10, 32)
			if err == nil && !seen[ebpf.ProgramID(n)] {
				seen[ebpf.ProgramID(n)] = true
				ids = append(ids, ebpf.ProgramID(n))
			}
		}
		f.Close()
	}
	if len(ids) == 0 {
		return nil, fmt.Errorf("process %d holds no BPF program", pid)
	}
	return ids, nil
}

// runStats is the run time and run count summed over programs: the
// run_time_ns and run_cnt that "bpftool prog show" prints.
type runStats struct {
	runtime time.Duration
	count   uint64
}

// readStats sums the statistics of the programs ids.
func readStats(ids []ebpf.ProgramID) (runStats, error) {
	var s runStats
	for _, id := range ids {
		p, err := ebpf.NewProgramFromID(id)
		if err != nil {
			return s, fmt.Errorf("program %d: %w", id, err)
		}
		st, err := p.Stats()
		p.Close()
		if err != nil {
			return s, fmt.Errorf("program %d: %w", id, err)
		}
		s.runtime += st.Runtime
		s.count += st.RunCount
	}
	return s, nil
}

// loadedSize is the size of programs as the kernel holds them: translated
// instructions (after the verifier's rewrites) and instructions the
// verifier processed, summed over ids; -1 where the kernel does not say.
func loadedSize(ids []ebpf.ProgramID) (xlated, verified int, err error) {
	for _, id := range ids {
		p, err := ebpf.NewProgramFromID(id)
		if err != nil {
			return 0, 0, fmt.Errorf("program %d: %w", id, err)
		}
		info, err := p.Info()
		p.Close()
		if err != nil {
			return 0, 0, fmt.Errorf("program %d: %w", id, err)
		}
		if n, err := info.TranslatedSize(); err == nil && xlated >= 0 {
			xlated += n / 8
		} else {
			xlated = -1
		}
		if n, ok := info.VerifiedInstructions(); ok && verified >= 0 {
			verified += int(n)
		} else {
			verified = -1
		}
	}
	return xlated, verified, nil
}
