/*
 * Test program for the snapshot tests: puts known values into memory, starts a second thread and
 * waits until it blocks in read(2), then stops itself with SIGSTOP so that the test can seize it at
 * a known point.
 *
 *   global_counter  .data, changed at run time from 1 to 424242
 *   small_buf       64 KiB from malloc: lies in [heap]; word i holds 0x5a000000 | i
 *   big_buf         4 MiB from malloc: an anonymous mmap of its own; word i holds 0xc0de0000 ^ i
 *
 * An optional argument N adds N MiB of further touched heap (a separate mapping), for measuring
 * the writer on bigger processes.
 *
 * Functions are noinline and followed by a compiler barrier, so that -O2 keeps every frame the
 * tests look for (no inlining, no tail calls).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#define SMALL_WORDS (16 * 1024)
#define BIG_WORDS (1024 * 1024)

long global_counter = 1;
unsigned int *small_buf;
unsigned int *big_buf;
static int ready_pipe[2];
static int block_pipe[2];
static pid_t worker_tid;

__attribute__((noinline)) void worker_wait(void)
{
    char c;
    /* Nobody ever writes to block_pipe: the thread stays here. */
    while (read(block_pipe[0], &c, 1) != 0) {
    }
    __asm__ volatile("" ::: "memory");
}

__attribute__((noinline)) void *worker(void *arg)
{
    char c = 'r';
    (void) arg;
    worker_tid = gettid();
    if (write(ready_pipe[1], &c, 1) != 1) {
        abort();
    }
    worker_wait();
    __asm__ volatile("" ::: "memory");
    return NULL;
}

/* Waits until the thread sits in read(2) (syscall 0), so that its stack is the same in every run. */
static void wait_until_blocked(pid_t tid)
{
    char path[64];
    char line[64];
    snprintf(path, sizeof path, "/proc/self/task/%d/syscall", (int) tid);
    for (;;) {
        FILE *f = fopen(path, "r");
        int blocked = f != NULL && fgets(line, sizeof line, f) != NULL && strncmp(line, "0 ", 2) == 0;
        if (f != NULL) {
            fclose(f);
        }
        if (blocked) {
            return;
        }
        usleep(1000);
    }
}

__attribute__((noinline)) void stop_here(void)
{
    raise(SIGSTOP);
    __asm__ volatile("" ::: "memory");
}

int main(int argc, char **argv)
{
    pthread_t thread;
    char c;

    if (argc > 1) {
        size_t extra = (size_t) atol(argv[1]) << 20;
        char *more = malloc(extra);
        if (more == NULL) {
            return 1;
        }
        for (size_t i = 0; i < extra; i += 4096) {
            memset(more + i, (int) (i >> 12), 4096);
        }
    }

    small_buf = malloc(SMALL_WORDS * sizeof *small_buf);
    big_buf = malloc(BIG_WORDS * sizeof *big_buf);
    if (small_buf == NULL || big_buf == NULL || pipe(ready_pipe) != 0 || pipe(block_pipe) != 0) {
        return 1;
    }
    for (unsigned int i = 0; i < SMALL_WORDS; i++) {
        small_buf[i] = 0x5a000000u | i;
    }
    for (unsigned int i = 0; i < BIG_WORDS; i++) {
        big_buf[i] = 0xc0de0000u ^ i;
    }
    global_counter = 424242;
    if (pthread_create(&thread, NULL, worker, NULL) != 0 || read(ready_pipe[0], &c, 1) != 1) {
        return 1;
    }
    wait_until_blocked(worker_tid);
    stop_here();
    __asm__ volatile("" ::: "memory");
    return 0;
}
