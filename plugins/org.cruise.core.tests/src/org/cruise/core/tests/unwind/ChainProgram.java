package org.cruise.core.tests.unwind;

import org.cruise.core.tests.tracee.CProgram;

/**
 * The unwinder's test program: three threads blocked in the kernel in three typical ways. The
 * main thread calls main -> a -> b -> c, and c blocks in read on a pipe nobody writes to; the
 * thread "waiter" blocks in pthread_cond_wait; the thread "sleeper" sleeps in sleep(), and once
 * the test sends it SIGUSR1 its handler blocks in read, so its chain crosses a signal frame.
 * noinline and the work after each call keep gcc -O2 from inlining the chain or turning a call
 * into a jump (which would remove a frame gdb and CRUISE alike would then not see).
 */
final class ChainProgram {

    static final String SOURCE = """
            #define _GNU_SOURCE
            #include <pthread.h>
            #include <signal.h>
            #include <string.h>
            #include <unistd.h>

            static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
            static pthread_cond_t cond = PTHREAD_COND_INITIALIZER;
            static int go;
            static int handler_pipe[2];
            volatile int sink;

            __attribute__((noinline)) void *waiter(void *arg) {
                pthread_mutex_lock(&lock);
                while (!go)
                    pthread_cond_wait(&cond, &lock); /* COND WAIT */
                pthread_mutex_unlock(&lock);
                sink++;
                return arg;
            }

            __attribute__((noinline)) void on_signal(int sig) {
                char byte = 0;
                sink += (int) read(handler_pipe[0], &byte, 1) + sig + byte; /* HANDLER READ */
            }

            __attribute__((noinline)) void *sleeper(void *arg) {
                for (;;) {
                    sleep(1000); /* SLEEP */
                    sink++;
                }
                return arg;
            }

            __attribute__((noinline)) int c(int fd) {
                char buf[64] = { 0 };
                ssize_t n = read(fd, buf, sizeof buf); /* BLOCKING READ */
                sink = (int) n;
                return (int) n + buf[0];
            }

            __attribute__((noinline)) int b(int fd) {
                int r = c(fd); /* CALL C */
                sink += r;
                return r * 3 + 1;
            }

            __attribute__((noinline)) int a(int fd) {
                int r = b(fd); /* CALL B */
                sink += r;
                return r * 5 + 2;
            }

            int main(void) {
                int fds[2];
                pthread_t waiting, sleeping;
                struct sigaction action;
                memset(&action, 0, sizeof action);
                action.sa_handler = on_signal;
                if (sigaction(SIGUSR1, &action, NULL) != 0 || pipe(fds) != 0 || pipe(handler_pipe) != 0
                        || pthread_create(&waiting, NULL, waiter, NULL) != 0
                        || pthread_create(&sleeping, NULL, sleeper, NULL) != 0)
                    return 1;
                pthread_setname_np(waiting, "waiter");
                pthread_setname_np(sleeping, "sleeper");
                int r = a(fds[0]); /* CALL A */
                sink = r;
                return 0;
            }
            """;

    static final CProgram PROGRAM = CProgram.named("chain").source("chain.c", SOURCE);

    /**
     * A chain through a function built without any call frame information (no .eh_frame, and
     * -g0 because with debug info gcc puts CFI into .debug_frame instead), but with a frame
     * pointer, which is exactly what libdwfl's frame-pointer fallback would follow.
     */
    static final String NO_CFI_MAIN = """
            #include <unistd.h>
            int no_cfi(int fd);
            volatile int sink;

            __attribute__((noinline)) int outer(int fd) {
                int r = no_cfi(fd);
                sink += r;
                return r + 1;
            }

            int main(void) {
                int fds[2];
                if (pipe(fds) != 0)
                    return 1;
                int r = outer(fds[0]);
                sink = r;
                return 0;
            }
            """;

    static final String NO_CFI_FUNCTION = """
            #include <unistd.h>
            extern volatile int sink;

            int no_cfi(int fd) {
                char buf[8] = { 0 };
                int n = (int) read(fd, buf, sizeof buf);
                sink += n;
                return n + buf[0];
            }
            """;

    static final CProgram NO_CFI = CProgram.named("nocfi").source("nocfi-main.c", NO_CFI_MAIN)
            .source("nocfi.c", NO_CFI_FUNCTION, "-O0", "-g0", "-fno-omit-frame-pointer",
                    "-fno-asynchronous-unwind-tables", "-fno-unwind-tables");

    private ChainProgram() {
    }

    static int line(String marker) {
        return CProgram.lineOf(SOURCE, marker);
    }
}
