/*
 * Benchmark target: touches MB megabytes of heap, then serves "requests" from stdin: each line
 * calls handle_request(), the function the benchmark watches. Prints "ready" when touched.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned char *heap;
static size_t heap_size;

__attribute__((noinline)) int handle_request(int n)
{
    heap[(size_t)n * 4096 % heap_size] ^= 1;
    return n + 1;
}

int main(int argc, char **argv)
{
    heap_size = (size_t)atoi(argv[1]) << 20;
    heap = malloc(heap_size);
    for (size_t i = 0; i < heap_size; i += 4096)
        heap[i] = (unsigned char)i;
    memset(heap, 0x5a, heap_size);
    printf("ready\n");
    fflush(stdout);
    char line[64];
    while (fgets(line, sizeof line, stdin)) {
        printf("%d\n", handle_request(atoi(line)));
        fflush(stdout);
    }
    return 0;
}
