// wtarget.c: the target of the watchpoint test (e2e/tracing_test.go),
// built with gcc -no-pie so that counter has a fixed address. It waits for
// a byte on stdin, writes counter three times and exits.
#include <unistd.h>

volatile long counter;

int main(void) {
	char c;
	if (read(0, &c, 1) != 1)
		return 1;
	for (int i = 0; i < 3; i++)
		counter += 1;
	return 0;
}
