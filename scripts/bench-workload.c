/*
 * bench-workload: a tight loop of one system call, the workload of the
 * per-event cost measurement in scripts/bench-compile.sh.
 *
 *   bench-workload getppid N   N getppid calls
 *   bench-workload write N     N writes to /dev/null of 1 B, 2 B, ... 64 KiB, in turn
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[1 << 16];

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: bench-workload getppid|write N\n");
		return 2;
	}
	long n = atol(argv[2]);
	if (strcmp(argv[1], "getppid") == 0) {
		for (long i = 0; i < n; i++)
			syscall(SYS_getppid);
		return 0;
	}
	if (strcmp(argv[1], "write") == 0) {
		int fd = open("/dev/null", O_WRONLY);
		if (fd < 0) {
			perror("bench-workload: open /dev/null");
			return 1;
		}
		for (long i = 0; i < n; i++)
			if (write(fd, buf, (size_t)1 << (i % 17)) < 0) {
				perror("bench-workload: write");
				return 1;
			}
		return 0;
	}
	fprintf(stderr, "bench-workload: unknown workload %s\n", argv[1]);
	return 2;
}
