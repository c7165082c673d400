/*
 * Tracee of the capture tests (org.cruise.core.tests.capture). It sets up one of every kind of
 * state the capture package records, writes what it did as key=value lines ("facts") to a file,
 * then waits for commands on a FIFO. The tests compare what was captured with these facts.
 *
 * usage: capture_target FACTS FIFO DIR PEER_PORT [netns]
 *   FACTS      file the facts are appended to; the last line of the setup is "ready=1"
 *   FIFO       created here; one command per line (see the loop at the end of main)
 *   DIR        scratch directory for the regular file, the unix socket and the inotify watch
 *   PEER_PORT  TCP port on 127.0.0.1 of the test's peer to connect to; 0 = no connection
 *   netns      first move into a new network namespace (own loopback), then set up as usual
 *
 * Stream patterns (both sides compute them): the program sends out_byte(i) for stream offset i and
 * expects in_byte(i); a lost, repeated or reordered chunk shows as a mismatch.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/un.h>
#include <unistd.h>

static int facts_fd;

static void fact(const char *key, const char *fmt, ...) {
    char line[512];
    int n = snprintf(line, sizeof line, "%s=", key);
    va_list ap;
    va_start(ap, fmt);
    n += vsnprintf(line + n, sizeof line - n, fmt, ap);
    va_end(ap);
    line[n++] = '\n';
    if (write(facts_fd, line, n) != n) {
        _exit(90);
    }
}

static void die(const char *what) {
    fact("error", "%s: %s", what, strerror(errno));
    _exit(91);
}

static uint8_t out_byte(uint64_t i) {
    return (uint8_t)(((uint32_t)i * 2654435761u) >> 24);
}

static uint8_t in_byte(uint64_t i) {
    return (uint8_t)(((uint32_t)(i + 0x5555) * 2246822519u) >> 24);
}

/* Signal handlers write with write(2) only: async-signal-safe. */
static void on_hup(int sig, siginfo_t *si, void *uc) {
    (void)sig; (void)si; (void)uc;
    static const char m[] = "handled=SIGHUP\n";
    if (write(facts_fd, m, sizeof m - 1) < 0) {
        _exit(92);
    }
}

static void on_usr1(int sig) {
    (void)sig;
    static const char m[] = "handled=SIGUSR1\n";
    if (write(facts_fd, m, sizeof m - 1) < 0) {
        _exit(92);
    }
}

static void install(int sig, void *handler, int flags, int masked1, int masked2, const char *name) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = (void (*)(int))handler;
    sa.sa_flags = flags;
    sigemptyset(&sa.sa_mask);
    sigaddset(&sa.sa_mask, masked1);
    sigaddset(&sa.sa_mask, masked2);
    if (sigaction(sig, &sa, NULL) != 0) {
        die("sigaction");
    }
    /* Read back what the kernel holds: glibc adds SA_RESTORER and its __restore_rt. */
    struct sigaction now;
    if (sigaction(sig, NULL, &now) != 0) {
        die("sigaction get");
    }
    char key[64];
    snprintf(key, sizeof key, "%s.handler", name);
    fact(key, "%lu", (unsigned long)handler);
    snprintf(key, sizeof key, "%s.flags", name);
    fact(key, "%lu", (unsigned long)(unsigned int)now.sa_flags);
    snprintf(key, sizeof key, "%s.restorer", name);
    fact(key, "%lu", (unsigned long)now.sa_restorer);
    snprintf(key, sizeof key, "%s.mask", name);
    fact(key, "%lu", (1UL << (masked1 - 1)) | (1UL << (masked2 - 1)));
}

static int thread_pipe[2];
static pthread_barrier_t barrier;

/* A second thread: its stack is a plain anonymous mapping that only its rsp identifies. */
static void *blocked_thread(void *arg) {
    (void)arg;
    volatile char local = 1;
    fact("thread.stack", "%lu", (unsigned long)&local);
    fact("thread.tid", "%d", gettid());
    pthread_barrier_wait(&barrier);
    char c;
    ssize_t n = read(thread_pipe[0], &c, 1);
    fact("thread.read", "%zd", n);
    return NULL;
}

static void loopback_up(void) {
    int s = socket(AF_INET, SOCK_DGRAM, 0);
    struct ifreq ifr;
    memset(&ifr, 0, sizeof ifr);
    strcpy(ifr.ifr_name, "lo");
    if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) != 0) {
        die("SIOCGIFFLAGS lo");
    }
    ifr.ifr_flags |= IFF_UP;
    if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0) {
        die("SIOCSIFFLAGS lo");
    }
    close(s);
}

static int tcp_listener(int family, const char *addr, int port, int backlog) {
    int s = socket(family, SOCK_STREAM, 0);
    if (s < 0) {
        die("socket");
    }
    struct sockaddr_storage ss;
    socklen_t len;
    memset(&ss, 0, sizeof ss);
    if (family == AF_INET) {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        inet_pton(AF_INET, addr, &in->sin_addr);
        len = sizeof *in;
    } else {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        inet_pton(AF_INET6, addr, &in6->sin6_addr);
        len = sizeof *in6;
    }
    if (bind(s, (struct sockaddr *)&ss, len) != 0 || listen(s, backlog) != 0) {
        die("bind/listen");
    }
    return s;
}

static int local_port(int s) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof ss;
    if (getsockname(s, (struct sockaddr *)&ss, &len) != 0) {
        die("getsockname");
    }
    return ss.ss_family == AF_INET ? ntohs(((struct sockaddr_in *)&ss)->sin_port)
                                   : ntohs(((struct sockaddr_in6 *)&ss)->sin6_port);
}

static void read_exactly(int fd, uint8_t *buf, size_t len) {
    size_t got = 0;
    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n <= 0) {
            die("read_exactly");
        }
        got += n;
    }
}

int main(int argc, char **argv) {
    if (argc < 5) {
        fprintf(stderr, "usage: %s FACTS FIFO DIR PEER_PORT [netns]\n", argv[0]);
        return 2;
    }
    const char *dir = argv[3];
    int peer_port = atoi(argv[4]);
    int netns = argc > 5 && strcmp(argv[5], "netns") == 0;
    char path[4096];

    facts_fd = open(argv[1], O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (facts_fd < 0) {
        return 3;
    }
    fact("pid", "%d", getpid());
    fact("ppid", "%d", getppid());

    if (netns) {
        if (unshare(CLONE_NEWNET) != 0) {
            die("unshare(CLONE_NEWNET)");
        }
        loopback_up();
    }

    /* --- process-wide state --- */
    /* A comm with parentheses and a space: /proc/PID/stat parsers must split at the last ')'. */
    if (prctl(PR_SET_NAME, "cap) (t", 0, 0, 0) != 0) {
        die("PR_SET_NAME");
    }
    if (personality(ADDR_NO_RANDOMIZE | UNAME26) == -1) {
        die("personality");
    }
    fact("personality", "%d", personality(0xffffffff));
    struct rlimit rl = { 1000, 2000 };
    if (setrlimit(RLIMIT_NOFILE, &rl) != 0) {
        die("setrlimit NOFILE");
    }
    struct rlimit core = { 12345 * 4096UL, RLIM_INFINITY };
    if (setrlimit(RLIMIT_CORE, &core) != 0) {
        die("setrlimit CORE");
    }
    for (int r = 0; r < RLIM_NLIMITS; r++) {
        struct rlimit cur;
        getrlimit(r, &cur);
        char key[32];
        snprintf(key, sizeof key, "rlimit.%d", r);
        fact(key, "%ld %ld", (long)cur.rlim_cur, (long)cur.rlim_max);
    }
    fact("auxv.AT_PAGESZ", "%lu", getauxval(AT_PAGESZ));
    fact("auxv.AT_PHDR", "%lu", getauxval(AT_PHDR));
    fact("auxv.AT_ENTRY", "%lu", getauxval(AT_ENTRY));
    fact("auxv.AT_RANDOM", "%lu", getauxval(AT_RANDOM));
    fact("auxv.AT_SYSINFO_EHDR", "%lu", getauxval(AT_SYSINFO_EHDR));
    extern char **environ;
    fact("argv0", "%lu", (unsigned long)argv[0]);
    fact("environ0", "%lu", (unsigned long)(environ[0] ? environ[0] : 0));

    /* --- file descriptors --- */
    snprintf(path, sizeof path, "%s/data.bin", dir);
    int file = open(path, O_RDWR | O_APPEND | O_CREAT, 0600);
    if (file < 0) {
        die("open data");
    }
    static uint8_t block[8192];
    for (int i = 0; i < 8192; i++) {
        block[i] = (uint8_t)i;
    }
    if (write(file, block, sizeof block) != sizeof block || lseek(file, 1234, SEEK_SET) != 1234) {
        die("data file");
    }
    fact("file.fd", "%d", file);
    fact("file.path", "%s", path);

    int dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    fact("dir.fd", "%d", dirfd);

    int p[2];
    if (pipe2(p, 0) != 0 || write(p[1], "hello", 5) != 5) {
        die("pipe");
    }
    fact("pipe.r", "%d", p[0]);
    fact("pipe.w", "%d", p[1]);

    if (mkfifo(argv[2], 0600) != 0 && errno != EEXIST) {
        die("mkfifo");
    }
    /* O_RDWR: never blocks for a writer, and the FIFO never reports end of file. */
    int fifo = open(argv[2], O_RDWR);
    if (fifo < 0) {
        die("open fifo");
    }
    fact("fifo.fd", "%d", fifo);

    int efd = eventfd(7, EFD_NONBLOCK);
    fact("eventfd.fd", "%d", efd);

    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev;
    ev.events = EPOLLIN;
    ev.data.u64 = 0x1122334455667788ULL;
    if (epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev) != 0) {
        die("epoll_ctl pipe");
    }
    ev.events = EPOLLIN | EPOLLOUT | EPOLLET;
    ev.data.u64 = 42;
    if (epoll_ctl(ep, EPOLL_CTL_ADD, efd, &ev) != 0) {
        die("epoll_ctl eventfd");
    }
    fact("epoll.fd", "%d", ep);
    fact("epoll.pipe.events", "%u", EPOLLIN);
    fact("epoll.eventfd.events", "%u", EPOLLIN | EPOLLOUT | EPOLLET);

    int tfd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
    struct itimerspec its = { { 5, 0 }, { 100, 0 } };
    if (tfd < 0 || timerfd_settime(tfd, 0, &its, NULL) != 0) {
        die("timerfd");
    }
    fact("timerfd.fd", "%d", tfd);

    sigset_t sfd_mask;
    sigemptyset(&sfd_mask);
    sigaddset(&sfd_mask, SIGUSR2);
    int sfd = signalfd(-1, &sfd_mask, SFD_NONBLOCK);
    fact("signalfd.fd", "%d", sfd);

    int ino = inotify_init1(IN_NONBLOCK);
    if (ino < 0 || inotify_add_watch(ino, dir, IN_CREATE | IN_DELETE) < 0) {
        die("inotify");
    }
    fact("inotify.fd", "%d", ino);

    int devnull = open("/dev/null", O_WRONLY);
    fact("devnull.fd", "%d", devnull);

    int ptm = posix_openpt(O_RDWR | O_NOCTTY);
    if (ptm < 0 || grantpt(ptm) != 0 || unlockpt(ptm) != 0) {
        die("posix_openpt");
    }
    int pts = open(ptsname(ptm), O_RDWR | O_NOCTTY);
    if (pts < 0) {
        die("open pts");
    }
    fact("ptmx.fd", "%d", ptm);
    fact("pts.fd", "%d", pts);

    /* --- memory --- */
    int mfd = memfd_create("cruise-test", 0);
    if (mfd < 0 || ftruncate(mfd, 8192) != 0) {
        die("memfd");
    }
    char *mem = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_SHARED, mfd, 0);
    if (mem == MAP_FAILED) {
        die("mmap memfd");
    }
    strcpy(mem, "memfd contents");
    fact("memfd.fd", "%d", mfd);
    fact("memfd.map", "%lu", (unsigned long)mem);

    char *shanon = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (shanon == MAP_FAILED) {
        die("mmap shared anonymous");
    }
    shanon[0] = 1;
    fact("shanon.map", "%lu", (unsigned long)shanon);

    char *anon = mmap(NULL, 5 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (anon == MAP_FAILED) {
        die("mmap anonymous");
    }
    anon[0] = 1;
    fact("anon.map", "%lu", (unsigned long)anon);

    char *reserved = mmap(NULL, 16 * 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (reserved == MAP_FAILED) {
        die("mmap PROT_NONE");
    }
    fact("reserved.map", "%lu", (unsigned long)reserved);

    /* A private file mapping nobody wrote to, and one that was written and then made read-only
       (like RELRO after relocation): only the second differs from its file. */
    char *ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, file, 0);
    char *cow = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, file, 4096);
    if (ro == MAP_FAILED || cow == MAP_FAILED) {
        die("mmap file");
    }
    cow[0] = 99;
    if (mprotect(cow, 4096, PROT_READ) != 0) {
        die("mprotect");
    }
    fact("ro.map", "%lu", (unsigned long)ro);
    fact("cow.map", "%lu", (unsigned long)cow);

    /* --- sockets --- */
    int lis = tcp_listener(AF_INET, "127.0.0.1", 0, 7);
    fact("tcp.listen.fd", "%d", lis);
    fact("tcp.listen.port", "%d", local_port(lis));

    int lis6 = tcp_listener(AF_INET6, "::1", 0, 5);
    fact("tcp6.listen.fd", "%d", lis6);
    fact("tcp6.listen.port", "%d", local_port(lis6));

    int udp = socket(AF_INET, SOCK_DGRAM, 0);
    struct sockaddr_in uaddr = { .sin_family = AF_INET, .sin_port = 0 };
    inet_pton(AF_INET, "127.0.0.1", &uaddr.sin_addr);
    if (udp < 0 || bind(udp, (struct sockaddr *)&uaddr, sizeof uaddr) != 0) {
        die("udp");
    }
    fact("udp.fd", "%d", udp);
    fact("udp.port", "%d", local_port(udp));

    /* Created but never bound: in no /proc/net table. */
    int unbound = socket(AF_INET, SOCK_STREAM, 0);
    fact("unbound.fd", "%d", unbound);

    int ulis = socket(AF_UNIX, SOCK_STREAM, 0);
    struct sockaddr_un un = { .sun_family = AF_UNIX };
    snprintf(un.sun_path, sizeof un.sun_path, "%s/sock", dir);
    if (ulis < 0 || bind(ulis, (struct sockaddr *)&un, sizeof un) != 0 || listen(ulis, 3) != 0) {
        die("unix listener");
    }
    fact("unix.listen.fd", "%d", ulis);
    fact("unix.listen.path", "%s", un.sun_path);

    /* A client of our own listener, accepted: the accepted end carries the listener's name
       (until accept() it is an embryo without an inode, which sock_diag reports as peer 0). */
    int ucli = socket(AF_UNIX, SOCK_STREAM, 0);
    if (ucli < 0 || connect(ucli, (struct sockaddr *)&un, sizeof un) != 0) {
        die("unix client");
    }
    int uacc = accept(ulis, NULL, NULL);
    if (uacc < 0) {
        die("unix accept");
    }
    fact("unix.client.fd", "%d", ucli);
    fact("unix.accepted.fd", "%d", uacc);

    int pair[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) != 0) {
        die("socketpair");
    }
    fact("unix.pair0", "%d", pair[0]);
    fact("unix.pair1", "%d", pair[1]);

    int conn = -1;
    uint64_t sent = 0;
    if (peer_port != 0) {
        conn = socket(AF_INET, SOCK_STREAM, 0);
        int one = 1;
        /* Set before connect: a TCP_REPAIR round trip must not clear it (the kernel resets
           sk_reuse when repair mode is switched off). */
        setsockopt(conn, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        struct sockaddr_in peer = { .sin_family = AF_INET, .sin_port = htons(peer_port) };
        inet_pton(AF_INET, "127.0.0.1", &peer.sin_addr);
        if (connect(conn, (struct sockaddr *)&peer, sizeof peer) != 0) {
            die("connect");
        }
        /* Fill the peer's receive buffer and then our send queue, until the kernel takes no more. */
        fcntl(conn, F_SETFL, O_NONBLOCK);
        for (;;) {
            uint8_t chunk[65536];
            for (size_t i = 0; i < sizeof chunk; i++) {
                chunk[i] = out_byte(sent + i);
            }
            ssize_t n = write(conn, chunk, sizeof chunk);
            if (n < 0) {
                if (errno == EAGAIN) {
                    break;
                }
                die("write tcp");
            }
            sent += n;
        }
        fcntl(conn, F_SETFL, 0);
        fact("tcp.fd", "%d", conn);
        fact("tcp.port", "%d", local_port(conn));
        fact("tcp.sent", "%lu", (unsigned long)sent);
    }

    /* --- signals: SA_RESTART on both, so that a read() they interrupt goes on; a read() broken
       by the tracer still shows (fifo.read.error) --- */
    install(SIGHUP, (void *)on_hup, SA_SIGINFO | SA_RESTART, SIGUSR2, SIGTERM, "SIGHUP");
    install(SIGUSR1, (void *)on_usr1, SA_NODEFER | SA_ONSTACK | SA_RESTART, SIGINT, SIGQUIT, "SIGUSR1");
    signal(SIGPIPE, SIG_IGN);

    /* --- threads --- */
    if (pipe(thread_pipe) != 0) {
        die("thread pipe");
    }
    pthread_barrier_init(&barrier, NULL, 2);
    pthread_t th;
    if (pthread_create(&th, NULL, blocked_thread, NULL) != 0) {
        die("pthread_create");
    }
    pthread_barrier_wait(&barrier);

    volatile char main_local = 1;
    fact("main.stack", "%lu", (unsigned long)&main_local);
    fact("brk", "%lu", (unsigned long)sbrk(0));
    fact("ready", "1");

    /* --- commands --- */
    char cmd[256];
    size_t used = 0;
    for (;;) {
        ssize_t n = read(fifo, cmd + used, sizeof cmd - 1 - used);
        if (n <= 0) {
            /* A blocking read broken by the tracer (EINTR, or worse) is what the tests look for. */
            fact("fifo.read.error", "%zd %s", n, strerror(errno));
            return 4;
        }
        used += n;
        char *nl;
        while ((nl = memchr(cmd, '\n', used)) != NULL) {
            *nl = 0;
            if (strcmp(cmd, "exit") == 0) {
                fact("exiting", "1");
                return 0;
            } else if (strncmp(cmd, "tcp-check ", 10) == 0 && conn >= 0) {
                /* Read what the peer queued for us and check it; then send more to the peer. */
                size_t want = strtoul(cmd + 10, NULL, 10);
                uint8_t *buf = malloc(want + 1);
                read_exactly(conn, buf, want);
                size_t bad = want;
                for (size_t i = 0; i < want; i++) {
                    if (buf[i] != in_byte(i)) {
                        bad = i;
                        break;
                    }
                }
                free(buf);
                fact("tcp.recv", bad == want ? "ok %zu" : "bad at %zu", bad == want ? want : bad);
                int reuse = 0;
                socklen_t rlen = sizeof reuse;
                getsockopt(conn, SOL_SOCKET, SO_REUSEADDR, &reuse, &rlen);
                fact("tcp.reuseaddr", "%d", reuse);
                uint8_t more[100];
                for (size_t i = 0; i < sizeof more; i++) {
                    more[i] = out_byte(sent + i);
                }
                if (write(conn, more, sizeof more) != sizeof more) {
                    die("write more");
                }
                sent += sizeof more;
                fact("tcp.sent.total", "%lu", (unsigned long)sent);
            } else if (strcmp(cmd, "ping") == 0) {
                fact("pong", "1");
            } else {
                fact("unknown.command", "%s", cmd);
            }
            used -= (nl + 1 - cmd);
            memmove(cmd, nl + 1, used);
        }
    }
}
