package org.cruise.core.capture;

/**
 * Signal names as {@code kill -l} prints them on Linux x86-64. Real-time signals are named
 * relative to glibc's SIGRTMIN (34) and SIGRTMAX (64), as users see them; 32 and 33 are
 * reserved by glibc for its threads and have no name there, so they are "SIG32" and "SIG33" (as
 * gdb calls them).
 */
public final class SignalNames {
    private static final String[] STANDARD = { null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP",
            "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM",
            "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG",
            "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS" };
    private static final int SIGRTMIN = 34, SIGRTMAX = 64;

    private SignalNames() {
    }

    /** The name of signal 1..64. */
    public static String name(int sig) {
        if (sig >= 1 && sig < STANDARD.length) {
            return STANDARD[sig];
        }
        if (sig == SIGRTMIN) {
            return "SIGRTMIN";
        }
        if (sig == SIGRTMAX) {
            return "SIGRTMAX";
        }
        if (sig > SIGRTMIN && sig <= (SIGRTMIN + SIGRTMAX) / 2) {
            return "SIGRTMIN+" + (sig - SIGRTMIN);
        }
        if (sig > (SIGRTMIN + SIGRTMAX) / 2 && sig < SIGRTMAX) {
            return "SIGRTMAX-" + (SIGRTMAX - sig);
        }
        if (sig == 32 || sig == 33) {
            return "SIG" + sig;
        }
        throw new IllegalArgumentException("no signal " + sig + " on Linux x86-64 (1..64)");
    }
}
