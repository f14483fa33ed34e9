// wtarget_unwatch.c: the target of the unwatch test (e2e/unwatch_test.go),
// built with gcc -no-pie so that counter has a fixed address. It waits for
// a byte on stdin, writes counter twice, gives the tracer half a second
// to act on the unwatch() of the second write, writes it three more times
// and exits.
#include <unistd.h>

volatile long counter;

int main(void) {
	char c;
	if (read(0, &c, 1) != 1)
		return 1;
	for (int i = 0; i < 2; i++)
		counter += 1;
	usleep(500000);
	for (int i = 0; i < 3; i++)
		counter += 1;
	return 0;
}
