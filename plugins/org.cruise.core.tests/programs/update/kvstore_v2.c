/*
 * kvstore v2: kvstore_v1.c updated. Differences, each observable by a client:
 *   - cmd_get: a missing key is answered "NOTFOUND KEY misses=N" (v1: "NOTFOUND"), N counted
 *     by the new function count_miss() in the new global misses (0 at the switch);
 *   - cmd_version: "VERSION 2";
 *   - on_hup: records hupby=2;
 *   - dump_table() (never called) is gone.
 * Everything else, including the layout of every global v1 has, is unchanged.
 *
 * What follows is v1's description, which holds for v2 with the differences above.
 *
 * kvstore v1: a state-rich key-value server for CRUISE's live-update tests.
 *
 * It holds the kinds of state an update must carry over: a hash table on the heap, global
 * counters, a function-local static (next_id), a writable global dispatch table of function
 * pointers (commands), a function pointer inside every heap entry (formatter), pointers from
 * heap entries to string literals (origin), a log file written through buffered stdio (fully
 * buffered, flushed only when the buffer fills, on FLUSH, or at SHUTDOWN) and a SIGHUP handler.
 * kvstore_v2.c changes cmd_get, cmd_version and on_hup, adds count_miss() and the global
 * misses, and drops the unused dump_table().
 *
 * Usage:    kvstore LOGFILE [PORT]      (PORT 0 or absent: any free port)
 * Start-up: opens LOGFILE for appending, binds 127.0.0.1:PORT and prints
 *           "listening 127.0.0.1:PORT" as stdout line 1.
 * Protocol: TCP, one connection at a time (the next client waits in the backlog until the
 *           current one sends QUIT or closes). A command is one line ("\n" or "\r\n"); each
 *           gets exactly one reply line:
 *   SET KEY VALUE   OK                      (VALUE is the rest of the line; formatted plain)
 *   SETQ KEY VALUE  OK                      (formatted quoted)
 *   GET KEY         VALUE <formatted>, or NOTFOUND            (v2: NOTFOUND KEY misses=N)
 *   DEL KEY         DELETED, or NOTFOUND
 *   INFO KEY        INFO KEY id=N origin=set|setq|fill format=plain|quoted|unknown, or NOTFOUND
 *                   (id: from the function-local static in next_id(), 1000 upwards;
 *                   format: the entry's formatter compared with the program's functions)
 *   COUNT           COUNT N                 (number of keys)
 *   STATS           STATS commands=N sets=N gets=N hups=N hupby=V
 *                   (commands includes this one; hupby: the version whose SIGHUP handler ran
 *                   last, 0 before any SIGHUP)
 *   VERSION         VERSION 1               (v2: VERSION 2)
 *   FILL N SIZE     FILLED N                (keys fill-0 .. fill-N-1, SIZE-byte values: heap)
 *   FLUSH           FLUSHED                 (fflush of the log)
 *   QUIT            BYE, then the connection is closed and the next client served
 *   SHUTDOWN        BYE, then the log is closed (flushed) and the process exits with status 0
 *   other           ERROR unknown command NAME
 * Log:      for each command the line "N COMMAND-LINE" (N = commands so far); when the main
 *           loop notices new SIGHUPs, "hup N" (N = SIGHUPs so far) before the next command's line.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define LINE_MAX_LEN 4096
#define BUCKETS 1024

struct entry;
typedef int (*formatter_fn)(const struct entry *e, char *out, size_t size);

struct entry {
    char *key;
    char *value;
    unsigned long id;
    const char *origin;     /* a string literal */
    formatter_fn formatter; /* how GET shows the value */
    struct entry *next;
};

struct table {
    size_t count;
    struct entry **buckets;
};

struct command {
    const char *name;
    int (*handler)(int fd, char *args);
};

/* Counters reported by STATS. */
unsigned long commands_total;
unsigned long sets;
unsigned long gets;
volatile sig_atomic_t hups;
volatile sig_atomic_t hup_by;
static int hups_logged;

struct table *table;
FILE *log_file;
/* New in v2: GETs of a missing key since the update. */
unsigned long misses;

/* Per-entry ids: a function-local static carries them. */
static unsigned long next_id(void)
{
    static unsigned long id = 1000;
    return id++;
}

int format_plain(const struct entry *e, char *out, size_t size)
{
    return snprintf(out, size, "%s", e->value);
}

int format_quoted(const struct entry *e, char *out, size_t size)
{
    return snprintf(out, size, "\"%s\"", e->value);
}

static unsigned long hash(const char *key)
{
    unsigned long h = 1469598103934665603UL;
    for (; *key != '\0'; key++)
        h = (h ^ (unsigned char) *key) * 1099511628211UL;
    return h;
}

static struct entry **find_slot(const char *key)
{
    struct entry **slot = &table->buckets[hash(key) % BUCKETS];
    while (*slot != NULL && strcmp((*slot)->key, key) != 0)
        slot = &(*slot)->next;
    return slot;
}

static void put(const char *key, const char *value, const char *origin, formatter_fn formatter)
{
    struct entry **slot = find_slot(key);
    struct entry *e = *slot;
    if (e == NULL) {
        e = calloc(1, sizeof *e);
        e->key = strdup(key);
        *slot = e;
        table->count++;
    } else {
        free(e->value);
    }
    e->value = strdup(value);
    e->id = next_id();
    e->origin = origin;
    e->formatter = formatter;
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
    put(args, value, "set", format_plain);
    sets++;
    return reply(fd, "OK") < 0;
}

int cmd_setq(int fd, char *args)
{
    char *value = split(args);
    put(args, value, "setq", format_quoted);
    sets++;
    return reply(fd, "OK") < 0;
}

/* New in v2: counts a GET of a missing key; returns the count. */
__attribute__((noinline)) unsigned long count_miss(void)
{
    return ++misses;
}

int cmd_get(int fd, char *args)
{
    char shown[LINE_MAX_LEN];
    struct entry *e = *find_slot(args);
    gets++;
    if (e == NULL)
        return reply(fd, "NOTFOUND %s misses=%lu", args, count_miss()) < 0;
    e->formatter(e, shown, sizeof shown);
    return reply(fd, "VALUE %s", shown) < 0;
}

int cmd_del(int fd, char *args)
{
    struct entry **slot = find_slot(args);
    struct entry *e = *slot;
    if (e == NULL)
        return reply(fd, "NOTFOUND") < 0;
    *slot = e->next;
    table->count--;
    free(e->key);
    free(e->value);
    free(e);
    return reply(fd, "DELETED") < 0;
}

int cmd_info(int fd, char *args)
{
    struct entry *e = *find_slot(args);
    if (e == NULL)
        return reply(fd, "NOTFOUND") < 0;
    const char *format = e->formatter == format_plain ? "plain"
            : e->formatter == format_quoted ? "quoted" : "unknown";
    return reply(fd, "INFO %s id=%lu origin=%s format=%s", e->key, e->id, e->origin, format) < 0;
}

int cmd_count(int fd, char *args)
{
    return reply(fd, "COUNT %zu", table->count) < 0;
}

int cmd_stats(int fd, char *args)
{
    return reply(fd, "STATS commands=%lu sets=%lu gets=%lu hups=%d hupby=%d", commands_total, sets, gets,
            (int) hups, (int) hup_by) < 0;
}

int cmd_version(int fd, char *args)
{
    return reply(fd, "VERSION 2") < 0;
}

int cmd_fill(int fd, char *args)
{
    char key[64];
    long n = strtol(args, NULL, 10);
    long size = strtol(split(args), NULL, 10);
    if (n < 0 || size < 0)
        return reply(fd, "ERROR bad FILL arguments") < 0;
    char *value = malloc((size_t) size + 1);
    if (value == NULL)
        return reply(fd, "ERROR out of memory") < 0;
    memset(value, 'x', (size_t) size);
    value[size] = '\0';
    for (long i = 0; i < n; i++) {
        snprintf(key, sizeof key, "fill-%ld", i);
        put(key, value, "fill", format_plain);
    }
    free(value);
    return reply(fd, "FILLED %ld", n) < 0;
}

int cmd_flush(int fd, char *args)
{
    fflush(log_file);
    return reply(fd, "FLUSHED") < 0;
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

/* The dispatch table: writable, so its function pointers live in the program's data. */
struct command commands[] = {
    { "SET", cmd_set },
    { "SETQ", cmd_setq },
    { "GET", cmd_get },
    { "DEL", cmd_del },
    { "INFO", cmd_info },
    { "COUNT", cmd_count },
    { "STATS", cmd_stats },
    { "VERSION", cmd_version },
    { "FILL", cmd_fill },
    { "FLUSH", cmd_flush },
    { "QUIT", cmd_quit },
    { "SHUTDOWN", cmd_shutdown },
};

void on_hup(int sig)
{
    hups++;
    hup_by = 2;
}

/* Logs and runs one command line; returns what its handler returned. */
__attribute__((noinline)) int dispatch(int fd, char *line)
{
    commands_total++;
    if (hups != hups_logged) {
        hups_logged = hups;
        fprintf(log_file, "hup %d\n", hups_logged);
    }
    fprintf(log_file, "%lu %s\n", commands_total, line);
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

/* The main loop: returns only on SHUTDOWN. */
__attribute__((noinline)) void serve_forever(int listener)
{
    for (;;) {
        int fd = accept4(listener, NULL, NULL, SOCK_CLOEXEC);
        if (fd < 0)
            continue;
        int rc = serve_client(fd);
        close(fd);
        if (rc == 2)
            return;
    }
}

int main(int argc, char **argv)
{
    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s LOGFILE [PORT]\n", argv[0]);
        return 2;
    }
    log_file = fopen(argv[1], "a");
    if (log_file == NULL) {
        perror(argv[1]);
        return 1;
    }
    table = calloc(1, sizeof *table);
    table->buckets = calloc(BUCKETS, sizeof *table->buckets);
    struct sigaction sa = { .sa_handler = on_hup, .sa_flags = SA_RESTART };
    sigemptyset(&sa.sa_mask);
    sigaction(SIGHUP, &sa, NULL);

    int port = argc == 3 ? atoi(argv[2]) : 0;
    int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((unsigned short) port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t addr_len = sizeof addr;
    if (listener < 0 || bind(listener, (struct sockaddr *) &addr, sizeof addr) != 0 || listen(listener, 16) != 0
            || getsockname(listener, (struct sockaddr *) &addr, &addr_len) != 0) {
        perror("kvstore: listen");
        return 1;
    }
    printf("listening 127.0.0.1:%d\n", ntohs(addr.sin_port));
    fflush(stdout);
    serve_forever(listener);
    fclose(log_file);
    return 0;
}
