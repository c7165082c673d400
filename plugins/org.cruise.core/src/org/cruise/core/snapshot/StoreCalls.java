package org.cruise.core.snapshot;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.cruise.core.sys.LibC;

import com.sun.jna.Native;
import com.sun.jna.Platform;

/**
 * The file system calls Java does not offer that a snapshot store needs: a rename that never
 * replaces anything (renameat2 RENAME_NOREPLACE; Java's atomic move silently replaces an empty
 * directory), flock(2) on a directory, which tells a live writer's temporary directory from one
 * left by a crash (the kernel drops the lock when the writer dies, however it dies), and
 * fallocate(2), which allocates a file's space before it is written (see {@link CoreReservation}).
 */
final class StoreCalls {

    private static final int AT_FDCWD = -100;
    private static final int RENAME_NOREPLACE = 1;
    private static final int O_DIRECTORY = 0x10000;
    private static final int LOCK_EX = 2, LOCK_NB = 4;
    private static final int EEXIST = 17, EWOULDBLOCK = 11, EINVAL = 22, ENOSYS = 38;

    static {
        Native.register(StoreCalls.class, Platform.C_LIBRARY_NAME);
    }

    private StoreCalls() {
    }

    private static native int renameat2(int oldDirFd, String oldPath, int newDirFd, String newPath, int flags);

    private static native int flock(int fd, int operation);

    private static native int fallocate(int fd, int mode, long offset, long length);

    private static final int FALLOC_FL_KEEP_SIZE = 1, FALLOC_FL_PUNCH_HOLE = 2;

    /** Allocated per fallocate call, so that a cancellation waits for little. */
    private static final long ALLOCATION_CHUNK = 4L << 20;

    /**
     * Allocates [0, bytes) of an empty file without changing its size (FALLOC_FL_KEEP_SIZE), chunk
     * by chunk until done or cancelled: on tmpfs the pages are taken and cleared now, so writing
     * them later only copies.
     *
     * @return how many bytes from the start are allocated
     * @throws IOException naming the reason (ENOSPC, EOPNOTSUPP on a file system without it)
     */
    static long allocate(Path file, long bytes, java.util.function.BooleanSupplier cancelled) throws IOException {
        int fd = LibC.open(file.toString(), LibC.O_RDWR | LibC.O_CLOEXEC, 0);
        if (fd < 0) {
            throw new IOException("cannot open " + file + ": " + LibC.strerror(Native.getLastError()));
        }
        try {
            long done = 0;
            while (done < bytes && !cancelled.getAsBoolean()) {
                long n = Math.min(ALLOCATION_CHUNK, bytes - done);
                if (fallocate(fd, FALLOC_FL_KEEP_SIZE, done, n) != 0) {
                    throw new IOException("cannot allocate " + bytes + " bytes for " + file + ": "
                            + LibC.strerror(Native.getLastError()));
                }
                done += n;
            }
            return done;
        } finally {
            LibC.close(fd);
        }
    }

    /** Gives back what was allocated beyond the first size bytes of file; best effort. */
    static void releaseBeyond(Path file, long size, long allocated) {
        if (allocated <= size) {
            return;
        }
        int fd = LibC.open(file.toString(), LibC.O_RDWR | LibC.O_CLOEXEC, 0);
        if (fd >= 0) {
            fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, size, allocated - size);
            LibC.close(fd);
        }
    }

    /**
     * Renames {@code source} to {@code target}, failing with {@link FileAlreadyExistsException} if the
     * target exists, atomically where the file system supports it.
     */
    static void renameNoReplace(Path source, Path target) throws IOException {
        if (renameat2(AT_FDCWD, source.toString(), AT_FDCWD, target.toString(), RENAME_NOREPLACE) == 0) {
            return;
        }
        int errno = Native.getLastError();
        if (errno == EEXIST) {
            throw new FileAlreadyExistsException(target.toString());
        }
        if (errno != EINVAL && errno != ENOSYS) {
            throw new IOException("cannot rename " + source + " to " + target + ": " + LibC.strerror(errno));
        }
        // A file system without RENAME_NOREPLACE: check, then rename. Only our own writers create names
        // in a store, and they never pick the same one, so the gap between the two does not matter.
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target);
        }
    }

    /**
     * An exclusive flock on a directory, held until {@link #close()}. On a file system that does not
     * support flock the lock is not {@link #held()}: a writer goes on without it, a cleaner must then
     * leave the directory alone because it cannot tell whether its writer is alive.
     */
    static final class DirectoryLock implements AutoCloseable {
        private int fd;
        private final boolean held;

        private DirectoryLock(int fd, boolean held) {
            this.fd = fd;
            this.held = held;
        }

        /**
         * Takes the lock without waiting.
         *
         * @return the lock, or null if another process (or another lock of ours) holds it
         * @throws IOException if the directory cannot be opened, e.g. because it is gone
         */
        static DirectoryLock tryLock(Path directory) throws IOException {
            int fd = LibC.open(directory.toString(), LibC.O_RDONLY | O_DIRECTORY | LibC.O_CLOEXEC, 0);
            if (fd < 0) {
                throw new IOException("cannot open " + directory + ": " + LibC.strerror(Native.getLastError()));
            }
            if (flock(fd, LOCK_EX | LOCK_NB) == 0) {
                return new DirectoryLock(fd, true);
            }
            int errno = Native.getLastError();
            if (errno == EWOULDBLOCK) {
                LibC.close(fd);
                return null;
            }
            return new DirectoryLock(fd, false);
        }

        /** Whether the lock is really held (false only where the file system has no flock). */
        boolean held() {
            return held;
        }

        @Override
        public void close() {
            if (fd >= 0) {
                LibC.close(fd); // closing the last descriptor releases the flock
                fd = -1;
            }
        }
    }
}
