/*
 * Benchmark target for what write protection between checkpoints costs the target: touches MB
 * megabytes, then on each stdin line "pass" writes one byte into every page of it and prints the
 * time per page; "req" calls handle_request(), the function a checkpointer watches. Prints
 * "ready" when touched.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static unsigned char *buf;
static size_t size;

__attribute__((noinline)) int handle_request(int n)
{
    return n + 1;
}

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e9 + t.tv_nsec;
}

int main(int argc, char **argv)
{
    size = (size_t)atoi(argv[1]) << 20;
    buf = malloc(size);
    memset(buf, 0x5a, size);
    printf("ready\n");
    fflush(stdout);
    char line[64];
    while (fgets(line, sizeof line, stdin)) {
        if (strncmp(line, "pass", 4) == 0) {
            double t = now_ns();
            for (size_t i = 0; i < size; i += 4096)
                buf[i]++;
            printf("pass_ns_per_page %.1f\n", (now_ns() - t) / (size / 4096));
        } else {
            printf("req %d\n", handle_request(atoi(line)));
        }
        fflush(stdout);
    }
    return 0;
}
