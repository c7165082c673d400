/*
 * service.c: the engine's live-update test subject (org.cruise.core.tests.update.LiveUpdateTest).
 * Built twice: v1, and v2 with -DV2. One command per line on stdin, replies on stdout:
 *   set KEY VALUE   store (heap entry with a formatter function pointer and a literal kind)
 *   get KEY         reply "KEY=VALUE" (v1) / "v2 KEY=VALUE (gets N)" (v2: modified)
 *   list            every entry through its stored formatter pointer
 *   count           requests so far (a global carried across the update)
 *   hups            how many SIGHUPs the handler counted (v1 adds 1, v2 adds 100: modified)
 *   stats           v2 only (an added function and an added global starting at 1000)
 *   trace           "trace depth=N sym=NAME": backtrace() from here (the unwinder finds the
 *                   program through the loader's records) and dladdr() of this command's own
 *                   function (the loader's symbol lookup in the program)
 *   plugin          "plugin requests=N": asks the plugin given as second argument (dlopen'ed at
 *                   start), which reads the program's global through its own GOT
 *   quit            close the log (buffered stdio: nothing must be lost) and exit; an atexit
 *                   handler, whose pointer glibc keeps mangled, prints "bye".
 * Build with -rdynamic: the plugin binds to the program's globals.
 * The main loop is the same in both versions; changed functions are kept out of it (noinline)
 * so that it is never itself a changed frame.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <execinfo.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NOINLINE __attribute__((noinline))

typedef void (*formatter)(const char *key, long value);

struct entry {
    char key[32];
    long value;
    formatter format;       /* a code pointer inside a heap object */
    const char *kind;       /* a string literal pointer inside a heap object */
    struct entry *next;
};

static struct entry *entries;
long requests;
static volatile sig_atomic_t hups;
static FILE *logfile;
#ifdef V2
long stats_calls = 1000;
#endif

static NOINLINE void format_plain(const char *key, long value) { printf("%s=%ld [%s]\n", key, value, "plain"); }
static NOINLINE void format_hex(const char *key, long value) { printf("%s=0x%lx [%s]\n", key, value, "hex"); }
static formatter formatters[] = { format_plain, format_hex };

static NOINLINE struct entry *find(const char *key) {
    for (struct entry *e = entries; e; e = e->next)
        if (!strcmp(e->key, key))
            return e;
    return NULL;
}

static NOINLINE void cmd_set(char *args) {
    char key[32];
    long value;
    if (sscanf(args, "%31s %ld", key, &value) != 2) { printf("error: set KEY VALUE\n"); return; }
    struct entry *e = find(key);
    if (!e) {
        e = calloc(1, sizeof *e);
        strcpy(e->key, key);
        e->next = entries;
        entries = e;
    }
    e->value = value;
    e->format = formatters[value & 1];
    e->kind = (value & 1) ? "odd" : "even";
    fprintf(logfile, "set %s %ld\n", key, value);
    printf("ok\n");
}

#ifndef V2
static NOINLINE void cmd_get(char *args) {
    static int gets;
    gets++;
    struct entry *e = find(strtok(args, " \n"));
    if (e) printf("%s=%ld\n", e->key, e->value); else printf("missing\n");
}
#else
static NOINLINE void cmd_get(char *args) {
    static int gets;
    gets++;
    struct entry *e = find(strtok(args, " \n"));
    if (e) printf("v2 %s=%ld (gets %d)\n", e->key, e->value, gets); else printf("v2 missing\n");
}
#endif

static NOINLINE void cmd_list(char *args) {
    (void)args;
    for (struct entry *e = entries; e; e = e->next) {
        printf("%s ", e->kind);
        e->format(e->key, e->value);
    }
    printf("end\n");
}

static NOINLINE void cmd_count(char *args) { (void)args; printf("requests=%ld\n", requests); }
static NOINLINE void cmd_hups(char *args) { (void)args; printf("hups=%d\n", (int)hups); }

#ifndef V2
NOINLINE void unused_helper(void) { printf("never called\n"); }
static NOINLINE void on_hup(int sig) { (void)sig; hups += 1; }
#else
static NOINLINE void on_hup(int sig) { (void)sig; hups += 100; }
static NOINLINE void cmd_stats(char *args) { (void)args; stats_calls++; printf("stats=%ld\n", stats_calls); }
#endif

static long (*plugin_report)(void);

NOINLINE void cmd_trace(char *args) {
    (void)args;
    void *frames[32];
    int depth = backtrace(frames, 32);
    Dl_info info;
    const char *name = dladdr((void *)cmd_trace, &info) && info.dli_sname ? info.dli_sname : "?";
    printf("trace depth=%d sym=%s\n", depth, name);
}

static NOINLINE void cmd_plugin(char *args) {
    (void)args;
    if (plugin_report) printf("plugin requests=%ld\n", plugin_report()); else printf("no plugin\n");
}

static NOINLINE void goodbye(void) { printf("bye\n"); fflush(stdout); }

struct command { const char *name; void (*run)(char *args); };
static const struct command commands[] = {
    { "set", cmd_set }, { "get", cmd_get }, { "list", cmd_list }, { "count", cmd_count }, { "hups", cmd_hups },
    { "trace", cmd_trace }, { "plugin", cmd_plugin },
#ifdef V2
    { "stats", cmd_stats },
#endif
};

static NOINLINE int dispatch(char *line) {
    char *space = strchr(line, ' ');
    size_t len = space ? (size_t)(space - line) : strcspn(line, "\n");
    if (!strncmp(line, "quit", 4))
        return 0;
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++) {
        if (strlen(commands[i].name) == len && !strncmp(line, commands[i].name, len)) {
            requests++;
            commands[i].run(space ? space + 1 : line + len);
            return 1;
        }
    }
    printf("unknown command\n");
    return 1;
}

int main(int argc, char **argv) {
    static char logbuf[1 << 16];
    char line[256];
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_hup;
    sa.sa_flags = SA_RESTART; /* a SIGHUP must not end the fgets() loop */
    sigaction(SIGHUP, &sa, NULL);
    atexit(goodbye);
    logfile = fopen(argc > 1 ? argv[1] : "service.log", "a");
    if (argc > 2) {
        void *plugin = dlopen(argv[2], RTLD_NOW);
        if (!plugin) { fprintf(stderr, "%s\n", dlerror()); return 1; }
        plugin_report = (long (*)(void))dlsym(plugin, "plugin_report");
    }
    if (!logfile) { perror("log"); return 1; }
    setvbuf(logfile, logbuf, _IOFBF, sizeof logbuf);
    setvbuf(stdout, NULL, _IOLBF, 0);
    printf("ready %d\n", getpid());
    while (fgets(line, sizeof line, stdin)) {
        if (!dispatch(line))
            break;
    }
    fclose(logfile);
    return 0;
}
