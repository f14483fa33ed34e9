// target.c: the program the usdt tests trace, built by e2e/usdt_test.go with
// gcc -O0 (so the probes' arguments are mostly stack memory operands such as
// -4@-20(%rbp)) and linked with guarded.c (built with -O2: register operands,
// and a semaphore). Each probe fires a known number of times with known
// arguments. With an argument "wait", it first waits for a line on stdin, so
// that a tracer can attach to it with -p.
#include <stdio.h>
#include <string.h>
#include <sys/sdt.h>
#include <unistd.h>

void guarded(int i, long v);

static const char *names[] = {"alpha", "beta", "gamma"};

struct point {
	int x;
	long y;
};

static void hello(const char *s, int n) {
	DTRACE_PROBE2(bpftc, hello, s, n);
}

int main(int argc, char **argv) {
	char line[16];
	if (argc > 1 && strcmp(argv[1], "wait") == 0 && fgets(line, sizeof line, stdin) == NULL)
		return 1;
	struct point p = {3, -7};
	long total = 0;
	for (int i = 0; i < 3; i++) {
		// Fault the string in: probe_read cannot page it in later.
		volatile size_t len = strlen(names[i]);
		STAP_PROBE4(bpftc, loop, i, (long)i * -10, (short)-i, (unsigned char)(250 + i));
		hello(names[i], (int)len);
		guarded(i, total);
		total += i;
	}
	STAP_PROBE1(bpftc, konst, 5);
	STAP_PROBE2(bpftc, konst2, -1, 0x7fffffffffffffffL);
	STAP_PROBE2(other, loop, p.x, p.y);
	// One probe at two places, with different arguments.
	STAP_PROBE1(bpftc, twice, 1);
	STAP_PROBE1(bpftc, twice, argc + 1);
	// A location that never fires.
	if (argc > 5)
		STAP_PROBE(bpftc, never);
	return total == 42;
}
