package symtab

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// USDTProbesOfProcess reads the SDT notes of every file process pid maps
// executable, in the order of /proc/PID/maps, as bcc does for bpftrace -p:
// each file is named through the process's root, "/proc/PID/root/usr/bin/x".
// Files that cannot be read are skipped.
func USDTProbesOfProcess(pid int) ([]USDTProbe, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/maps", pid))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	seen := map[string]bool{}
	var probes []USDTProbe
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		// start-end perms offset dev inode path
		fields := strings.Fields(sc.Text())
		if len(fields) < 6 || len(fields[1]) < 3 || fields[1][2] != 'x' || !strings.HasPrefix(fields[5], "/") {
			continue
		}
		path := fmt.Sprintf("/proc/%d/root%s", pid, strings.Join(fields[5:], " "))
		if seen[path] {
			continue
		}
		seen[path] = true
		ps, err := USDTProbes(path)
		if err != nil {
			continue
		}
		probes = append(probes, ps...)
	}
	return probes, sc.Err()
}
