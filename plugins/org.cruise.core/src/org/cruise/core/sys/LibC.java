package org.cruise.core.sys;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * libc calls the engine makes, bound by JNA direct mapping (a ptrace call costs about 1 us this
 * way; interface mapping costs several). Functions return the raw C result; on -1 read
 * {@link Native#getLastError()} at once (it is stale after a successful call) or use
 * {@link Errno#check}. Variadic functions (ptrace, syscall, open) are bound with fixed integer
 * arguments, which is sound on x86-64 Linux where variadic integer arguments travel in the same
 * registers as fixed ones.
 */
public final class LibC {

    static {
        Native.register(LibC.class, Platform.C_LIBRARY_NAME);
    }

    private LibC() {
    }

    public static native long ptrace(long request, int pid, long addr, long data);

    public static native long ptrace(long request, int pid, long addr, Pointer data);

    public static native int waitpid(int pid, int[] status, int options);

    public static native long process_vm_readv(int pid, Pointer localIov, long liovcnt, Pointer remoteIov,
            long riovcnt, long flags);

    public static native long process_vm_writev(int pid, Pointer localIov, long liovcnt, Pointer remoteIov,
            long riovcnt, long flags);

    public static native int kill(int pid, int sig);

    public static native long syscall(long number, long a1, long a2, long a3, long a4, long a5, long a6);

    public static native int open(String path, int flags, int mode);

    public static native int close(int fd);

    public static native long pread(int fd, Pointer buf, long count, long offset);

    public static native long pwrite(int fd, Pointer buf, long count, long offset);

    public static native int getpid();

    public static native int geteuid();

    public static native String strerror(int errnum);

    // ---- constants (Linux x86-64) ----
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CLOEXEC = 0x80000;

    public static final int SIGKILL = 9;
    public static final int SIGTRAP = 5;
    public static final int SIGSTOP = 19;
    public static final int SIGCONT = 18;

    public static final int WNOHANG = 1;
    public static final int WALL = 0x40000000;
    public static final int WNOTHREAD = 0x20000000;

    public static final int ESRCH = 3;
    public static final int EINTR = 4;
    public static final int EPERM = 1;
    public static final int ECHILD = 10;
    public static final int EFAULT = 14;
    public static final int EIO = 5;

    public static final long SYS_TGKILL = 234;
    public static final long SYS_PIDFD_OPEN = 434;
    public static final long SYS_PIDFD_GETFD = 438;
    public static final long SYS_GETTID = 186;

    // ---- wait status decoding (the glibc macros) ----
    public static boolean exited(int status) {
        return (status & 0x7f) == 0;
    }

    public static int exitStatus(int status) {
        return (status >> 8) & 0xff;
    }

    public static boolean signaled(int status) {
        return ((status & 0x7f) + 1) >> 1 > 0 && (status & 0x7f) != 0x7f;
    }

    public static int termSig(int status) {
        return status & 0x7f;
    }

    public static boolean stopped(int status) {
        return (status & 0xff) == 0x7f;
    }

    public static int stopSig(int status) {
        return (status >> 8) & 0xff;
    }

    /** The PTRACE_EVENT_* number of a ptrace-event stop, 0 otherwise. */
    public static int ptraceEvent(int status) {
        return (status >>> 16) & 0xff;
    }

    public static int gettid() {
        return (int) syscall(SYS_GETTID, 0, 0, 0, 0, 0, 0);
    }
}
