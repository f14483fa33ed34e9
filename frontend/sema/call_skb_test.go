package sema_test

import (
	"reflect"
	"testing"
)

// TestSkboutputChecks checks skboutput() (FN-30) and unwatch() (FN-33)
// calls as bpftrace 0.17's semantic analyser does (its kernel-feature
// check aside: bpftc compiles for any kernel).
func TestSkboutputChecks(t *testing.T) {
	path := tracingBTF(t)
	for _, tc := range []struct {
		prog string
		msgs []string
	}{
		{prog: `kfunc:vfs_write { $r = skboutput("a.pcap", args->file, args->count, 14); }`},
		{prog: `kfunc:vfs_write { $r = skboutput(str($1), args->file, 64, $2); }`},
		{prog: `kfunc:vfs_write { skboutput("a.pcap", args->file, 1, 0); }`,
			msgs: []string{"ERROR: skboutput() should be assigned to a variable"}},
		{prog: `kfunc:vfs_write { @r = skboutput("a.pcap", args->file, 1, 0); }`,
			msgs: []string{"ERROR: skboutput() should be assigned to a variable"}},
		{prog: `kfunc:vfs_write { $r = skboutput("a.pcap", args->file, 1); }`,
			msgs: []string{"ERROR: skboutput() requires 4 arguments (3 provided)"}},
		{prog: `kfunc:vfs_write { $r = skboutput(1, args->file, 1, 0); }`,
			msgs: []string{"ERROR: skboutput() expects a string literal (integer provided)"}},
		{prog: `kfunc:vfs_write { $r = skboutput("a.pcap", args->count, 1, 0); }`,
			msgs: []string{"ERROR: skboutput() only supports pointer arguments (integer provided)"}},
		{prog: `kfunc:vfs_write { $r = skboutput("a.pcap", args->file, "x", 0); }`,
			msgs: []string{"ERROR: skboutput() only supports integer arguments (string provided)"}},
		{prog: `kfunc:vfs_write { $r = skboutput("a.pcap", args->file, 1, args->count); }`,
			msgs: []string{"ERROR: skboutput() expects an integer literal as its offset"}},
		{prog: `kfunc:vfs_write { unwatch(args->count); unwatch(0x1000); }`},
		{prog: `kfunc:vfs_write { unwatch(); }`,
			msgs: []string{"ERROR: unwatch() requires one argument (0 provided)"}},
		{prog: `kfunc:vfs_write { unwatch("a"); }`,
			msgs: []string{"ERROR: unwatch() only supports integer arguments (string provided)"}},
	} {
		opts := tracingOpts(t, path, "")
		opts.Params = []string{"out.pcap", "14"}
		_, msgs := checkInfo(t, tc.prog, opts)
		if !reflect.DeepEqual(msgs, tc.msgs) {
			t.Errorf("%s:\n got %q\nwant %q", tc.prog, msgs, tc.msgs)
		}
	}
}
