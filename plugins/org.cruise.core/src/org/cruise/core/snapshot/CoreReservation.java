package org.cruise.core.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Store space for the next snapshot's core file, allocated while the checkpointer waits for the
 * next trigger. On tmpfs (/dev/shm), writing a file takes a fresh page for every 4 KiB and clears
 * it before copying into it: about half of the time of writing 500 MiB on these machines
 * (docs/benchmarks.md). Allocated ahead (fallocate), the next snapshot's write only copies.
 * <p>
 * The space lives in a temporary directory of the store ({@code .tmp-reserve-PID-N/core}), flock'ed
 * by its owner like a snapshot being written: a crashed checkpointer's reservation is removed by
 * {@link Snapshots#removeStale}, and nothing in it looks like a snapshot. The file stays empty
 * (FALLOC_FL_KEEP_SIZE) until a writer moves it into its own temporary directory as its core.
 */
final class CoreReservation implements AutoCloseable {

    static final String PREFIX = SnapshotFormat.TEMPORARY_PREFIX + "reserve-";

    private final Path directory;
    private final Path file;
    private long bytes;
    private StoreCalls.DirectoryLock lock;
    private boolean taken;

    private CoreReservation(Path directory, StoreCalls.DirectoryLock lock) {
        this.directory = directory;
        this.file = directory.resolve(SnapshotFormat.CORE);
        this.lock = lock;
    }

    /**
     * Allocates up to bytes in store under a name of its own, stopping early (with what it has) once
     * cancelled: a checkpoint that begins meanwhile must not share the machine with it.
     *
     * @throws IOException if the space cannot be allocated (full store, a file system without
     *         fallocate); nothing is left behind then
     */
    static CoreReservation make(Path store, long bytes, int sequence, java.util.function.BooleanSupplier cancelled)
            throws IOException {
        Path dir = store.resolve(PREFIX + ProcessHandle.current().pid() + "-" + sequence);
        Files.createDirectory(dir, SnapshotFormat.directoryMode());
        StoreCalls.DirectoryLock lock = null;
        CoreReservation r = null;
        try {
            lock = StoreCalls.DirectoryLock.tryLock(dir);
            if (lock == null) {
                throw new IOException(dir + " is locked by another process");
            }
            r = new CoreReservation(dir, lock);
            Files.createFile(r.file, SnapshotFormat.fileMode());
            r.bytes = StoreCalls.allocate(r.file, bytes, cancelled);
            return r;
        } catch (IOException | RuntimeException e) {
            if (r != null) {
                r.close();
            } else {
                if (lock != null) {
                    lock.close();
                }
                Files.deleteIfExists(dir);
            }
            throw e;
        }
    }

    /** Bytes allocated from the start of the file. */
    long bytes() {
        return bytes;
    }

    /**
     * Moves the allocated file to target (a new file in the same store), where a writer writes the
     * core into it; the reservation itself is then closed.
     */
    void moveTo(Path target) throws IOException {
        Files.move(file, target);
        taken = true;
        close();
    }

    /** Gives the space back (or, once moved, just removes the empty directory). */
    @Override
    public void close() {
        try {
            if (!taken) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // left for Snapshots.removeStale once our lock is gone
        } finally {
            if (lock != null) {
                lock.close();
                lock = null;
            }
        }
    }
}
