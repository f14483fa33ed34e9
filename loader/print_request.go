package loader

// servePrintRequest prints every map when RunOptions.PrintMaps has asked
// for it since the last call (bpftrace's SIGUSR1, OUT-15): the same text as
// at exit, without the exit separator, between two events. A map that
// cannot be read ends the printing but not the run, as in bpftrace.
func (r *runner) servePrintRequest() {
	select {
	case <-r.printReq:
		r.printMaps()
	default:
	}
}
