/*
 * kvstore_mt v2: kvstore_mt_v1.c updated. Differences, each observable by a client:
 *   - cmd_work: replies "WORKED MS v2" (v1: "WORKED MS");
 *   - cmd_version: "VERSION 2".
 * Everything else (threads, globals, protocol) is unchanged.
 *
 * What follows is v1's description, which holds for v2 with the differences above.
 *
 * kvstore_mt v1: a multi-threaded key-value server for CRUISE's live-update tests.
 *
 * Threads (named, see /proc/PID/task/TID/comm): the main thread waits in pthread_join for
 * "acceptor", which blocks in accept() and queues each new connection; "worker-0" ..
 * "worker-2" wait in pthread_cond_wait for a queued connection and then serve it, blocked in
 * recv() between commands. One mutex guards the heap hash table and the counters.
 * kvstore_mt_v2.c changes cmd_work and cmd_version only. WORK keeps a worker inside cmd_work
 * for a while, so that an update has to wait until no thread's stack holds a changed function.
 *
 * Usage:    kvstore_mt [PORT]      (PORT 0 or absent: any free port)
 * Start-up: binds 127.0.0.1:PORT, starts the threads, then prints "listening 127.0.0.1:PORT"
 *           as stdout line 1.
 * Protocol: TCP, up to three connections served at once (more wait in the queue). A command is
 *           one line ("\n" or "\r\n"); each gets exactly one reply line:
 *   SET KEY VALUE   OK                      (VALUE is the rest of the line)
 *   GET KEY         VALUE VALUE, or NOTFOUND
 *   COUNT           COUNT N                 (number of keys)
 *   STATS           STATS commands=N        (commands of all clients, this one included)
 *   VERSION         VERSION 1               (v2: VERSION 2)
 *   WORK MS         WORKED MS               (after sleeping MS milliseconds inside cmd_work;
 *                                            v2: WORKED MS v2)
 *   QUIT            BYE, then this connection is closed
 *   SHUTDOWN        BYE, then the process exits with status 0
 *   other           ERROR unknown command NAME
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define LINE_MAX_LEN 4096
#define BUCKETS 256
#define WORKERS 3
#define QUEUE_MAX 64

struct entry {
    char *key;
    char *value;
    struct entry *next;
};

struct command {
    const char *name;
    int (*handler)(int fd, char *args);
};

/* Guards buckets, key_count and commands_total. */
pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
struct entry **buckets;
unsigned long key_count;
unsigned long commands_total;

/* Accepted connections waiting for a worker. */
pthread_mutex_t queue_lock = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t queue_ready = PTHREAD_COND_INITIALIZER;
int queue[QUEUE_MAX];
int queued;

static unsigned long hash(const char *key)
{
    unsigned long h = 1469598103934665603UL;
    for (; *key != '\0'; key++)
        h = (h ^ (unsigned char) *key) * 1099511628211UL;
    return h;
}

static struct entry **find_slot(const char *key)
{
    struct entry **slot = &buckets[hash(key) % BUCKETS];
    while (*slot != NULL && strcmp((*slot)->key, key) != 0)
        slot = &(*slot)->next;
    return slot;
}

static int send_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t n = send(fd, buf, len, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        buf += n;
        len -= (size_t) n;
    }
    return 0;
}

/* Sends one reply line. */
__attribute__((format(printf, 2, 3))) static int reply(int fd, const char *format, ...)
{
    char line[LINE_MAX_LEN + 64];
    va_list args;
    va_start(args, format);
    int len = vsnprintf(line, sizeof line - 1, format, args);
    va_end(args);
    if (len < 0)
        return -1;
    if ((size_t) len > sizeof line - 2)
        len = (int) sizeof line - 2;
    line[len++] = '\n';
    return send_all(fd, line, (size_t) len);
}

/* Splits "KEY REST" at the first space: returns REST ("" if none); args becomes KEY. */
static char *split(char *args)
{
    char *space = strchr(args, ' ');
    if (space == NULL)
        return args + strlen(args);
    *space = '\0';
    return space + 1;
}

/* Handlers: return 0 to go on, 1 to close the connection, 2 to shut down. */

int cmd_set(int fd, char *args)
{
    char *value = split(args);
    pthread_mutex_lock(&table_lock);
    struct entry **slot = find_slot(args);
    if (*slot == NULL) {
        *slot = calloc(1, sizeof **slot);
        (*slot)->key = strdup(args);
        key_count++;
    } else {
        free((*slot)->value);
    }
    (*slot)->value = strdup(value);
    pthread_mutex_unlock(&table_lock);
    return reply(fd, "OK") < 0;
}

int cmd_get(int fd, char *args)
{
    char value[LINE_MAX_LEN];
    pthread_mutex_lock(&table_lock);
    struct entry *e = *find_slot(args);
    if (e != NULL)
        snprintf(value, sizeof value, "%s", e->value);
    pthread_mutex_unlock(&table_lock);
    if (e == NULL)
        return reply(fd, "NOTFOUND") < 0;
    return reply(fd, "VALUE %s", value) < 0;
}

int cmd_count(int fd, char *args)
{
    pthread_mutex_lock(&table_lock);
    unsigned long count = key_count;
    pthread_mutex_unlock(&table_lock);
    return reply(fd, "COUNT %lu", count) < 0;
}

int cmd_stats(int fd, char *args)
{
    pthread_mutex_lock(&table_lock);
    unsigned long total = commands_total;
    pthread_mutex_unlock(&table_lock);
    return reply(fd, "STATS commands=%lu", total) < 0;
}

int cmd_version(int fd, char *args)
{
    return reply(fd, "VERSION 2") < 0;
}

/* Sleeps inside this function: its frame stays on the worker's stack meanwhile. */
__attribute__((noinline)) int cmd_work(int fd, char *args)
{
    long ms = strtol(args, NULL, 10);
    struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L };
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
    return reply(fd, "WORKED %ld v2", ms) < 0;
}

int cmd_quit(int fd, char *args)
{
    reply(fd, "BYE");
    return 1;
}

int cmd_shutdown(int fd, char *args)
{
    reply(fd, "BYE");
    return 2;
}

struct command commands[] = {
    { "SET", cmd_set },
    { "GET", cmd_get },
    { "COUNT", cmd_count },
    { "STATS", cmd_stats },
    { "VERSION", cmd_version },
    { "WORK", cmd_work },
    { "QUIT", cmd_quit },
    { "SHUTDOWN", cmd_shutdown },
};

__attribute__((noinline)) int dispatch(int fd, char *line)
{
    pthread_mutex_lock(&table_lock);
    commands_total++;
    pthread_mutex_unlock(&table_lock);
    char *args = split(line);
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(commands[i].name, line) == 0)
            return commands[i].handler(fd, args);
    return reply(fd, "ERROR unknown command %s", line) < 0;
}

/* Runs the commands of one connection; returns 1 when the client is done, 2 on SHUTDOWN. */
__attribute__((noinline)) int serve_client(int fd)
{
    char buf[LINE_MAX_LEN + 1];
    size_t have = 0;
    for (;;) {
        char *newline = memchr(buf, '\n', have);
        if (newline == NULL) {
            if (have == LINE_MAX_LEN)
                return 1;
            ssize_t n = recv(fd, buf + have, LINE_MAX_LEN - have, 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return 1;
            have += (size_t) n;
            continue;
        }
        *newline = '\0';
        if (newline > buf && newline[-1] == '\r')
            newline[-1] = '\0';
        int rc = dispatch(fd, buf);
        if (rc != 0)
            return rc;
        size_t used = (size_t) (newline + 1 - buf);
        memmove(buf, buf + used, have - used);
        have -= used;
    }
}

/* A worker: takes queued connections one after the other; never returns. */
__attribute__((noinline)) void *worker_main(void *arg)
{
    char name[16];
    snprintf(name, sizeof name, "worker-%d", (int) (long) arg);
    pthread_setname_np(pthread_self(), name);
    for (;;) {
        pthread_mutex_lock(&queue_lock);
        while (queued == 0)
            pthread_cond_wait(&queue_ready, &queue_lock);
        int fd = queue[0];
        memmove(queue, queue + 1, (size_t) --queued * sizeof queue[0]);
        pthread_mutex_unlock(&queue_lock);
        int rc = serve_client(fd);
        close(fd);
        if (rc == 2)
            exit(0);
    }
}

/* The acceptor: queues every new connection for the workers; never returns. */
__attribute__((noinline)) void *acceptor_main(void *arg)
{
    int listener = (int) (long) arg;
    pthread_setname_np(pthread_self(), "acceptor");
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        pthread_mutex_lock(&queue_lock);
        if (queued == QUEUE_MAX) {
            close(fd);
        } else {
            queue[queued++] = fd;
            pthread_cond_signal(&queue_ready);
        }
        pthread_mutex_unlock(&queue_lock);
    }
}

int main(int argc, char **argv)
{
    if (argc > 2) {
        fprintf(stderr, "usage: %s [PORT]\n", argv[0]);
        return 2;
    }
    buckets = calloc(BUCKETS, sizeof *buckets);
    int port = argc == 2 ? atoi(argv[1]) : 0;
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((unsigned short) port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addr_len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr *) &addr, sizeof addr) != 0 || listen(listener, 16) != 0
            || getsockname(listener, (struct sockaddr *) &addr, &addr_len) != 0) {
        perror("kvstore_mt: listen");
        return 1;
    }
    pthread_t threads[WORKERS + 1];
    for (long i = 0; i < WORKERS; i++)
        pthread_create(&threads[i], NULL, worker_main, (void *) i);
    pthread_create(&threads[WORKERS], NULL, acceptor_main, (void *) (long) listener);
    printf("listening 127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);
    pthread_join(threads[WORKERS], NULL);
    return 0;
}
