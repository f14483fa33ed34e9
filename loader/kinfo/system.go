package kinfo

import (
	"golang.org/x/sys/unix"
)

// System returns bpftrace's "System" section: the kernel's name, release
// and version string ("OS") and the machine ("Arch"), from uname(2).
func System() Section {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return Section{Title: "System", Lines: []Line{
			{Name: "OS", Value: "unknown", Err: err},
			{Name: "Arch", Value: "unknown", Err: err},
		}}
	}
	return Section{Title: "System", Lines: []Line{
		{Name: "OS", Value: cstr(u.Sysname[:]) + " " + cstr(u.Release[:]) + " " + cstr(u.Version[:])},
		{Name: "Arch", Value: cstr(u.Machine[:])},
	}}
}

// cstr is the text of a NUL-terminated utsname field.
func cstr(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}
