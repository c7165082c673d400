package org.cruise.core.ptrace;

import org.cruise.core.CruiseException;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * A userfaultfd of another process, held by us: created inside the stopped target by an injected
 * userfaultfd(2) (a userfaultfd always belongs to the memory of the process that creates it),
 * duplicated into this process with pidfd_getfd and closed in the target at once, so that the
 * target's file table is as before. Registration, write protection and fault messages then work
 * from here (linux-facts.md), from any thread.
 * <p>
 * Synchronous write protection (UFFDIO_REGISTER_MODE_WP without UFFD_FEATURE_WP_ASYNC): a thread
 * of the target that writes a protected page blocks in the kernel until we un-protect that page;
 * until then the page keeps its old contents. With UFFD_FEATURE_WP_UNPOPULATED pages never touched
 * fault too. Works on anonymous, shmem and hugetlb memory only.
 * <p>
 * Layouts and numbers from the kernel's uapi/linux/userfaultfd.h (x86-64).
 */
public final class RemoteUserfaultfd implements AutoCloseable {
    private static final long NR_READ = 0;
    private static final long NR_CLOSE = 3;
    private static final long NR_IOCTL = 16;
    private static final long NR_USERFAULTFD = 323;
    private static final long NR_POLL = 7;

    private static final int O_NONBLOCK = 0x800;
    private static final long UFFD_API = 0xAA;
    private static final long UFFDIO_API = 0xC018AA3FL;
    private static final long UFFDIO_REGISTER = 0xC020AA00L;
    private static final long UFFDIO_UNREGISTER = 0x8010AA01L;
    private static final long UFFDIO_WRITEPROTECT = 0xC018AA06L;
    private static final long REGISTER_MODE_WP = 2;
    private static final long WRITEPROTECT_MODE_WP = 1;

    public static final long FEATURE_EVENT_REMAP = 1 << 2;
    public static final long FEATURE_EVENT_REMOVE = 1 << 3;
    public static final long FEATURE_EVENT_UNMAP = 1 << 6;
    public static final long FEATURE_WP_UNPOPULATED = 1 << 13;
    /** Writes resolve themselves (no fault message): the protection only records what was written. */
    public static final long FEATURE_WP_ASYNC = 1 << 15;

    public static final int EVENT_PAGEFAULT = 0x12;
    public static final int EVENT_REMAP = 0x14;
    public static final int EVENT_REMOVE = 0x15;
    public static final int EVENT_UNMAP = 0x16;
    public static final long PAGEFAULT_FLAG_WP = 1 << 1;

    /** sizeof(struct uffd_msg). */
    public static final int MESSAGE_SIZE = 32;

    private static final int EAGAIN = 11;

    private final int fd;
    private final Memory args = new Memory(32);
    private boolean closed;

    private RemoteUserfaultfd(int fd) {
        this.fd = fd;
    }

    /**
     * Creates a userfaultfd for the memory of the process of stopped thread tid and enables the
     * given features. Call on the tracer thread.
     *
     * @throws NativeException if the kernel refuses (errno EPERM: an unprivileged target with
     *         vm.unprivileged_userfaultfd=0; ENOSYS: no userfaultfd; EINVAL: a feature missing):
     *         the caller falls back to another route. The target is unchanged in every case.
     */
    public static RemoteUserfaultfd create(SyscallInjector injector, int pid, int tid, long features)
            throws NativeException, CruiseException {
        // Not UFFD_USER_MODE_ONLY: the kernel's own writes into protected memory (read(2) into a
        // heap buffer) must wait for us too, not fail with EFAULT.
        long targetFd = injector.syscall(tid, NR_USERFAULTFD, LibC.O_CLOEXEC | O_NONBLOCK);
        if (targetFd < 0) {
            throw new NativeException("userfaultfd() in pid " + pid, (int) -targetFd);
        }
        int fd;
        try {
            int pidfd = (int) NativeException.check(LibC.syscall(LibC.SYS_PIDFD_OPEN, pid, 0, 0, 0, 0, 0),
                    "pidfd_open(" + pid + ")");
            try {
                fd = (int) NativeException.check(LibC.syscall(LibC.SYS_PIDFD_GETFD, pidfd, targetFd, 0, 0, 0, 0),
                        "pidfd_getfd(pid " + pid + ", fd " + targetFd + ")");
            } finally {
                LibC.close(pidfd);
            }
        } finally {
            injector.syscall(tid, NR_CLOSE, targetFd);
        }
        RemoteUserfaultfd uffd = new RemoteUserfaultfd(fd);
        try {
            uffd.api(features);
        } catch (NativeException e) {
            uffd.close();
            throw e;
        }
        return uffd;
    }

    private synchronized void api(long features) throws NativeException {
        args.clear();
        args.setLong(0, UFFD_API);
        args.setLong(8, features);
        ioctl(UFFDIO_API, "UFFDIO_API features 0x" + Long.toHexString(features));
        if ((args.getLong(8) & features) != features) {
            throw new NativeException("UFFDIO_API: features 0x" + Long.toHexString(features) + " not all supported",
                    22);
        }
    }

    /** Registers [start, end) for write-protect faults (does not protect it yet). */
    public synchronized void registerWriteProtect(long start, long end) throws NativeException {
        args.clear();
        args.setLong(0, start);
        args.setLong(8, end - start);
        args.setLong(16, REGISTER_MODE_WP);
        ioctl(UFFDIO_REGISTER, "UFFDIO_REGISTER " + range(start, end));
    }

    public synchronized void unregister(long start, long end) throws NativeException {
        args.clear();
        args.setLong(0, start);
        args.setLong(8, end - start);
        ioctl(UFFDIO_UNREGISTER, "UFFDIO_UNREGISTER " + range(start, end));
    }

    /**
     * Write-protects [start, end), or (protect false) lifts the protection and wakes the threads
     * waiting on it. Several threads may call this at once.
     */
    public void writeProtect(long start, long end, boolean protect) throws NativeException {
        try (Memory wp = new Memory(24)) {
            wp.setLong(0, start);
            wp.setLong(8, end - start);
            wp.setLong(16, protect ? WRITEPROTECT_MODE_WP : 0);
            NativeException.check(LibC.syscall(NR_IOCTL, fd, UFFDIO_WRITEPROTECT, Pointer.nativeValue(wp), 0, 0, 0),
                    "UFFDIO_WRITEPROTECT " + range(start, end));
        }
    }

    /** Waits up to timeoutMillis for a message; true if one is there. */
    public boolean poll(int timeoutMillis) {
        try (Memory pollfd = new Memory(8)) {
            pollfd.setInt(0, fd);
            pollfd.setShort(4, (short) 1); // POLLIN
            pollfd.setShort(6, (short) 0);
            return LibC.syscall(NR_POLL, Pointer.nativeValue(pollfd), 1, timeoutMillis, 0, 0, 0) > 0;
        }
    }

    /**
     * Reads as many pending messages as fit into buffer (a multiple of {@link #MESSAGE_SIZE})
     * without waiting; returns how many were read, 0 if none was pending.
     */
    public int readMessages(Memory buffer) throws NativeException {
        long n = LibC.syscall(NR_READ, fd, Pointer.nativeValue(buffer), buffer.size(), 0, 0, 0);
        if (n == -1) {
            int errno = Native.getLastError();
            if (errno == EAGAIN) {
                return 0;
            }
            throw new NativeException("read(userfaultfd)", errno);
        }
        return (int) (n / MESSAGE_SIZE);
    }

    private void ioctl(long request, String what) throws NativeException {
        NativeException.check(LibC.syscall(NR_IOCTL, fd, request, Pointer.nativeValue(args), 0, 0, 0), what);
    }

    private static String range(long start, long end) {
        return Long.toHexString(start) + "-" + Long.toHexString(end);
    }

    /** Closing ends every registration and wakes every thread still waiting on a fault. Idempotent. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            LibC.close(fd);
            args.close();
        }
    }
}
