// Package rawfile reads small files with plain system calls. An os.File
// registers with the runtime's poller, which a process sets up on its
// first open (epoll, eventfd) and which costs four more calls per regular
// file: noise for a server, a few percent of a whole "bpftc compile".
package rawfile
