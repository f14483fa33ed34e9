// guarded.c: a usdt probe behind a semaphore (see target.c). The probe only
// fires while a tracer has it enabled, and reports the semaphore's count.
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

unsigned short bpftc_guarded_semaphore __attribute__((section(".probes")));

__attribute__((noinline)) void guarded(int i, long v) {
	if (bpftc_guarded_semaphore)
		STAP_PROBE3(bpftc, guarded, i, v, bpftc_guarded_semaphore);
}
