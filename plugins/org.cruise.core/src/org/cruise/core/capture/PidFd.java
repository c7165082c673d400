package org.cruise.core.capture;

import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

/**
 * A pidfd of the target, to take duplicates of its descriptors into this process with
 * pidfd_getfd (Linux 5.6). A duplicate shares the open file description: options set on it
 * (TCP_REPAIR) act on the target's socket, and closing it closes only our reference. Needs the
 * same permission as ptrace attach, not a stopped target.
 */
final class PidFd implements AutoCloseable {
    private final int pid;
    private final int fd;

    private PidFd(int pid, int fd) {
        this.pid = pid;
        this.fd = fd;
    }

    static PidFd open(int pid) throws NativeException {
        int fd = (int) NativeException.check(LibC.syscall(LibC.SYS_PIDFD_OPEN, pid, 0, 0, 0, 0, 0),
                "pidfd_open(" + pid + ")");
        return new PidFd(pid, fd);
    }

    /** A duplicate of the target's descriptor targetFd, close-on-exec; the caller closes it. */
    int duplicate(int targetFd) throws NativeException {
        return (int) NativeException.check(LibC.syscall(LibC.SYS_PIDFD_GETFD, fd, targetFd, 0, 0, 0, 0),
                "pidfd_getfd(pid " + pid + ", fd " + targetFd + ")");
    }

    @Override
    public void close() {
        LibC.close(fd);
    }
}
