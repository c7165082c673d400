/*
 * Test target for checkpointing: a process with known state that calls the functions the tests
 * watch. It prints one line per event so tests can follow it, and keeps running until its
 * command pipe (stdin) says "quit".
 *
 *   handle_request(n)  called by the main loop once per line read from stdin ("req N")
 *   fact(n)            recursive, called by handle_request
 *   work(i)            called 5 times per "burst" by each of 4 threads at once
 *   a reader thread    blocks in read() on a pipe that is written only on "feed"; it prints
 *                      what it read, proving the blocking read was not broken by the checkpointer
 *   "scribble N"       handle_request(N), then at once overwrites the 16 MiB buffer big (first by
 *                      the kernel, read(2) from a pipe, then by the program): a snapshot at that
 *                      return must still show big's old contents
 *   "release N"        handle_request(N), then at once unmaps the 4 MiB buffer spare
 *   "stamp N V"        writes V into the first word of every page of big (and of fresh, if grown),
 *                      calls handle_request(N), then at once writes V + 0x100 there: the snapshot
 *                      at that return must show V
 *   "grow"             maps the 8 MiB buffer fresh (zeros) and unmaps spare: a region created and
 *                      one freed between two checkpoints
 *   no_fork, wipe_on_fork  1 MiB each, madvise'd MADV_DONTFORK / MADV_WIPEONFORK: a fork of the
 *                      process does not get them / gets zeros
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PATTERN_WORDS (1 << 16)
#define BIG_WORDS (4 << 20)
#define SPARE_BYTES (4 << 20)
#define KERNEL_WRITE_AT (BIG_WORDS / 2 + 7)

long counter_global = 0x1234;
static unsigned int *pattern;
static unsigned int *big;
static unsigned char *spare;
static unsigned int *fresh;
#define FRESH_WORDS (2 << 20)
static unsigned char *no_fork;
static unsigned char *wipe_on_fork;
static int feed_pipe[2];
static pthread_barrier_t burst_start;
static volatile int bursts;

static volatile long deepest;

/* The store after the recursive call keeps gcc -O2 from turning the recursion into a loop. */
__attribute__((noinline)) long fact(long n)
{
    if (n <= 1)
        return 1;
    long r = fact(n - 1);
    if (n > deepest)
        deepest = n;
    return n * r;
}

__attribute__((noinline)) int handle_request(int n)
{
    counter_global++;
    return (int)(fact(n) % 1000003) + n;
}

__attribute__((noinline)) int work(int i)
{
    volatile int x = 0;
    for (int k = 0; k < 1000 * (i + 1); k++)
        x += k;
    return i * 2 + 1;
}

static void on_usr1(int sig) { (void)sig; }

static void *burst_thread(void *arg)
{
    long id = (long)arg;
    for (;;) {
        pthread_barrier_wait(&burst_start);
        int sum = 0;
        for (int i = 0; i < 5; i++)
            sum += work(i);
        printf("burst thread %ld sum %d\n", id, sum);
        fflush(stdout);
        pthread_barrier_wait(&burst_start);
    }
    return NULL;
}

static void *reader_thread(void *arg)
{
    (void)arg;
    char buf[64];
    ssize_t n = read(feed_pipe[0], buf, sizeof buf - 1);
    if (n < 0) {
        perror("reader read");
        return NULL;
    }
    buf[n] = 0;
    printf("reader got %zd bytes: %s\n", n, buf);
    fflush(stdout);
    return NULL;
}

int main(void)
{
    pattern = malloc(PATTERN_WORDS * sizeof *pattern);
    for (int i = 0; i < PATTERN_WORDS; i++)
        pattern[i] = 0xC0DE0000u | (unsigned)i;
    big = mmap(NULL, BIG_WORDS * sizeof *big, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    spare = mmap(NULL, SPARE_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (big == MAP_FAILED || spare == MAP_FAILED)
        return 1;
    for (int i = 0; i < BIG_WORDS; i++)
        big[i] = 0xB1000000u | (unsigned)i;
    memset(spare, 0x5a, SPARE_BYTES);
    no_fork = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    wipe_on_fork = mmap(NULL, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (no_fork == MAP_FAILED || wipe_on_fork == MAP_FAILED)
        return 1;
    memset(no_fork, 0xdc, 1 << 20);
    memset(wipe_on_fork, 0x3f, 1 << 20);
    if (madvise(no_fork, 1 << 20, MADV_DONTFORK) != 0 || madvise(wipe_on_fork, 1 << 20, MADV_WIPEONFORK) != 0)
        return 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_usr1;
    sa.sa_flags = SA_RESTART;
    sigaddset(&sa.sa_mask, SIGUSR2);
    sigaction(SIGUSR1, &sa, NULL);
    if (pipe(feed_pipe) != 0)
        return 1;
    pthread_barrier_init(&burst_start, NULL, 5);
    pthread_t t;
    for (long i = 0; i < 4; i++)
        pthread_create(&t, NULL, burst_thread, (void *)i);
    pthread_create(&t, NULL, reader_thread, NULL);
    printf("ready pid %d pattern %p counter %p\n", getpid(), (void *)pattern, (void *)&counter_global);
    fflush(stdout);

    char line[128];
    while (fgets(line, sizeof line, stdin)) {
        int n;
        unsigned v;
        if (sscanf(line, "req %d", &n) == 1) {
            int r = handle_request(n);
            printf("req %d -> %d counter %ld\n", n, r, counter_global);
        } else if (sscanf(line, "scribble %d", &n) == 1) {
            int r = handle_request(n);
            int p[2];
            ssize_t k = -1;
            if (pipe(p) == 0 && write(p[1], "\x11\x22\x33\x44", 4) == 4)
                k = read(p[0], &big[KERNEL_WRITE_AT], 4);
            close(p[0]);
            close(p[1]);
            for (int i = 0; i < BIG_WORDS; i++)
                if (i != KERNEL_WRITE_AT)
                    big[i] = 0xBAD00000u | (unsigned)i;
            printf("scribbled %d -> %d kernel %zd big %x %x %x\n", n, r, k, big[0], big[KERNEL_WRITE_AT],
                   big[BIG_WORDS - 1]);
        } else if (sscanf(line, "stamp %d %x", &n, &v) == 2) {
            for (int i = 0; i < BIG_WORDS; i += 1024)
                big[i] = v;
            for (int i = 0; fresh && i < FRESH_WORDS; i += 1024)
                fresh[i] = v;
            int r = handle_request(n);
            for (int i = 0; i < BIG_WORDS; i += 1024)
                big[i] = v + 0x100;
            for (int i = 0; fresh && i < FRESH_WORDS; i += 1024)
                fresh[i] = v + 0x100;
            printf("stamped %d %x -> %d big %x fresh %x\n", n, v, r, big[BIG_WORDS - 1024],
                   fresh ? fresh[FRESH_WORDS - 1024] : 0);
        } else if (strncmp(line, "grow", 4) == 0) {
            fresh = mmap(NULL, FRESH_WORDS * sizeof *fresh, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
            int u = munmap(spare, SPARE_BYTES);
            printf("grown %d munmap %d\n", fresh != MAP_FAILED, u);
        } else if (sscanf(line, "release %d", &n) == 1) {
            int r = handle_request(n);
            int u = munmap(spare, SPARE_BYTES);
            printf("released %d -> %d munmap %d\n", n, r, u);
        } else if (strncmp(line, "burst", 5) == 0) {
            pthread_barrier_wait(&burst_start);
            pthread_barrier_wait(&burst_start);
            printf("burst %d done\n", ++bursts);
        } else if (strncmp(line, "feed", 4) == 0) {
            if (write(feed_pipe[1], "hello", 5) != 5)
                perror("feed");
            printf("fed\n");
        } else if (strncmp(line, "quit", 4) == 0) {
            printf("bye counter %ld\n", counter_global);
            fflush(stdout);
            return 0;
        }
        fflush(stdout);
    }
    return 0;
}
