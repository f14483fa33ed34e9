package session

import (
	"bytes"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// Capabilities a run needs (linux/capability.h).
const (
	capSysAdmin = 21
	capPerfmon  = 38
	capBPF      = 39
)

// lockdownPath is where the kernel says its lockdown mode.
var lockdownPath = "/sys/kernel/security/lockdown"

// CheckPrivileges refuses a run that cannot load and attach probes, before
// anything touches the kernel (RT-05). Acting as bpftrace (name
// "bpftrace"), it refuses a non-root user with bpftrace 0.17's message;
// otherwise it asks for capabilities, not uid 0: CAP_BPF and CAP_PERFMON,
// or CAP_SYS_ADMIN, in the effective set, as in a container that grants
// just those two. Either way a kernel locked down for confidentiality is
// refused with bpftrace's words. Refusals exit with status 1.
func CheckPrivileges(name string) error {
	if name == "bpftrace" {
		if os.Geteuid() != 0 {
			return &StatusError{ExitUsage, "bpftrace currently only supports running as the root user."}
		}
	} else if !hasCapabilities() {
		return &StatusError{ExitUsage, name + " needs the CAP_BPF and CAP_PERFMON capabilities (or CAP_SYS_ADMIN) to load and attach BPF programs: run it as root or grant them"}
	}
	if lockedDown(lockdownPath) {
		return &diagError{status: ExitUsage, text: lockdownMessage}
	}
	return nil
}

// lockdownMessage is bpftrace's, printed alone, without "ERROR: ".
const lockdownMessage = "Kernel lockdown is enabled and set to 'confidentiality'. Lockdown mode blocks\n" +
	"parts of BPF which makes it impossible for bpftrace to function. Please see \n" +
	"https://github.com/iovisor/bpftrace/blob/master/INSTALL.md#disable-lockdown\n" +
	"for more details on lockdown and how to disable it.\n"

// hasCapabilities reports whether the process may load and attach tracing
// programs.
func hasCapabilities() bool {
	hdr := unix.CapUserHeader{Version: unix.LINUX_CAPABILITY_VERSION_3}
	var data [2]unix.CapUserData
	if err := unix.Capget(&hdr, &data[0]); err != nil {
		return true // let the kernel decide
	}
	has := func(c uint) bool { return data[c/32].Effective&(1<<(c%32)) != 0 }
	return has(capSysAdmin) || has(capBPF) && has(capPerfmon)
}

// lockedDown reports whether the lockdown file at path selects
// "[confidentiality]" (its format: "none [integrity] confidentiality").
func lockedDown(path string) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	for _, f := range strings.Fields(string(bytes.TrimSpace(b))) {
		if strings.HasPrefix(f, "[") {
			return f == "[confidentiality]"
		}
	}
	return false
}
