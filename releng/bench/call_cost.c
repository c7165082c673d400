/*
 * Table 1 of the paper: the cost of a call of a watched function and of an unwatched system
 * call. Waits for a line on stdin (so a checkpointer can attach first), then times N calls of
 * watched() and N getppid() system calls and prints nanoseconds per call for each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
#include <sys/syscall.h>

volatile int sink;

__attribute__((noinline)) int watched(int i)
{
    sink += i;
    return i;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 2000;
    printf("ready\n");
    fflush(stdout);
    char line[16];
    if (!fgets(line, sizeof line, stdin))
        return 1;
    /* One call first: a checkpointer with --min-interval writes its one snapshot here, outside the timing. */
    watched(-1);
    usleep(500000);
    double t0 = now_ns();
    for (int i = 0; i < n; i++)
        watched(i);
    double t1 = now_ns();
    for (int i = 0; i < n; i++)
        syscall(SYS_getppid);
    double t2 = now_ns();
    printf("call_ns %.1f syscall_ns %.1f\n", (t1 - t0) / n, (t2 - t1) / n);
    fflush(stdout);
    return 0;
}
