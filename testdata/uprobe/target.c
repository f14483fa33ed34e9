// target.c: the program the uprobe tests trace (built by e2e/uprobe_test.go
// with gcc -O0 -fcf-protection=none, so every function starts with
// "push %rbp; mov %rsp,%rbp" and offsets 1 and 4 are instruction boundaries).
// Each function is called a known number of times with known arguments.
#include <stdlib.h>
#include <unistd.h>

long add3(long a, long b, long c) { return a + 2 * b + 3 * c; }

int sum6(int a, int b, int c, int d, int e, int f) { return a + b + c + d + e + f; }

long sum8(long a, long b, long c, long d, long e, long f, long g, long h) {
	return a + b + c + d + e + f + g + h;
}

long negate(long x) { return -x; }

int fn_one(int x) { return x + 1; }
int fn_two(int x) { return x + 2; }
int fn_three(int x) { return x + 3; }

int main(int argc, char **argv) {
	long s = 0;
	int rounds = argc > 1 ? atoi(argv[1]) : 5;
	for (int i = 0; i < rounds; i++)
		s += add3(i, i + 1, i + 2);
	for (int i = 0; i < 3; i++)
		s += sum6(i, 10, 20, 30, 40, 50);
	s += sum8(1, 2, 3, 4, 5, 6, 7, 8);
	s += sum8(10, 20, 30, 40, 50, 60, 70, 80);
	for (int i = 1; i <= 4; i++)
		s += negate(i * 100);
	s += fn_one(1) + fn_two(2) + fn_three(3) + fn_two(20);
	for (int i = 0; i < 3; i++)
		s += getpid() & 1;
	// Stay alive while the tracer resolves user symbols (func, usym).
	usleep(400 * 1000);
	return s == 42;
}
