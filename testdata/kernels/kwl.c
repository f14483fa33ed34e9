// kwl.c: the workload of the kernel tests (e2e/kernels_test.go), built
// statically with gcc and run inside the guest kernels. Its comm is "kwl";
// it writes kwl_counter three times (the watchpoint test), waits for a
// child that exits at once (sched_process_wait), then makes system calls
// with known arguments (it opens /dev/null and stats /tmp: the path()
// test).
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

volatile long kwl_counter;

int main(void) {
	static char buf[200];
	// The watchpoint's writes come first, before fork() copies the address
	// space: c_watchpoint missed them now and then when they came last.
	for (int i = 0; i < 3; i++)
		kwl_counter += 1;
	pid_t child = fork();
	if (child == 0)
		_exit(0);
	waitpid(child, 0, 0);
	int fd = open("/dev/null", O_WRONLY);
	for (int i = 0; i < 3; i++)
		write(fd, buf, 100);
	write(fd, buf, 200);
	for (int i = 0; i < 2; i++)
		getpgid(54321); // no such process: find_task_by_vpid returns NULL
	for (int i = 0; i < 4; i++)
		getppid();
	close(fd);
	struct stat st;
	stat("/tmp", &st);
	return 0;
}
