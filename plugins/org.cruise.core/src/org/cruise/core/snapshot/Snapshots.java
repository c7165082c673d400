package org.cruise.core.snapshot;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.snapshot.SnapshotDamagedException.Problem;
import org.cruise.model.Snapshot;

/**
 * Operations on a whole snapshot store: listing, retention, removing what crashed writers left.
 * Safe to run while writers are at work in the same store: temporary directories that a live writer
 * holds (flock) are never touched, and snapshots are deleted by first renaming them to a temporary
 * name, so nobody sees a half-deleted snapshot.
 */
public final class Snapshots {

    /** Prefix under which a snapshot being deleted lives until it is gone. */
    private static final String DELETING_PREFIX = SnapshotFormat.TEMPORARY_PREFIX + "deleting-";

    /**
     * One snapshot directory of a store, as a listing sees it: manifest and a cheap check (presence
     * and sizes of the files, no checksums).
     *
     * @param manifest null if it cannot be read
     * @param size bytes of all files in the directory
     * @param problems empty if the snapshot looks whole
     */
    public record Entry(Path directory, Snapshot manifest, long size, List<Problem> problems) {

        public String name() {
            return directory.getFileName().toString();
        }

        /** Whether the files are there with the recorded sizes (checksums are not checked by a listing). */
        public boolean complete() {
            return manifest != null && problems.isEmpty();
        }

        /** When the snapshot was taken, or null if the manifest cannot be read. */
        public Instant created() {
            return manifest == null || manifest.getCreated() == null ? null : manifest.getCreated().toInstant();
        }
    }

    private Snapshots() {
    }

    /**
     * The snapshots of {@code store}, oldest first. Hidden entries (among them {@code .tmp-*}
     * directories) and directories that hold neither a manifest nor a core are not snapshots and are
     * left out; damaged snapshots are listed with their problems.
     *
     * @throws CruiseException (exit code 2) if the store is not a readable directory
     */
    public static List<Entry> list(Path store) throws CruiseException {
        Path dir = checkStore(store);
        List<Entry> entries = new ArrayList<>();
        for (Path child : children(dir)) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || !Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Snapshot manifest = null;
            List<Problem> problems;
            try {
                manifest = SnapshotReader.loadManifest(child);
                problems = SnapshotReader.check(child, manifest, false);
            } catch (SnapshotDamagedException e) {
                problems = e.problems();
            } catch (CruiseException e) {
                continue; // not a snapshot (no manifest, no core), or gone meanwhile
            }
            entries.add(new Entry(child, manifest, directorySize(child), problems));
        }
        entries.sort(Comparator.comparing((Entry e) -> e.created() == null ? Instant.EPOCH : e.created())
                .thenComparing(Entry::name));
        return entries;
    }

    /**
     * Names of the temporary directories in {@code store}: snapshots being written now, or left by
     * a writer that crashed (see {@link #removeStale}). Space a checkpointer reserved for its next
     * snapshot ({@link CoreReservation}) is not one of them.
     */
    public static List<String> temporaryDirectories(Path store) throws CruiseException {
        List<String> names = new ArrayList<>();
        for (String name : allTemporaryDirectories(checkStore(store))) {
            if (!name.startsWith(CoreReservation.PREFIX)) {
                names.add(name);
            }
        }
        return names;
    }

    /** Every temporary directory: snapshots being written or deleted, and reservations. */
    private static List<String> allTemporaryDirectories(Path dir) throws CruiseException {
        List<String> names = new ArrayList<>();
        for (Path child : children(dir)) {
            String name = child.getFileName().toString();
            if (name.startsWith(SnapshotFormat.TEMPORARY_PREFIX) && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Retention: deletes all complete snapshots but the {@code keepLast} newest ones. Damaged
     * snapshots are neither counted nor deleted: they are left for a person to look at.
     *
     * @param keepLast how many to keep; 0 or less keeps all
     * @return the deleted snapshot directories (under their former names), oldest first
     */
    public static List<Path> retain(Path store, int keepLast) throws CruiseException {
        if (keepLast <= 0) {
            return List.of();
        }
        List<Entry> complete = list(store).stream().filter(Entry::complete).toList();
        List<Path> deleted = new ArrayList<>();
        for (Entry e : complete.subList(0, Math.max(0, complete.size() - keepLast))) {
            delete(e.directory());
            deleted.add(e.directory());
        }
        return deleted;
    }

    /**
     * Removes temporary directories whose writer is gone (it crashed or was killed mid-write). A
     * directory a live writer holds is left alone, and so is every one on a file system without
     * flock, where the two cannot be told apart.
     *
     * @return the directories removed
     */
    public static List<Path> removeStale(Path store) throws CruiseException {
        Path dir = checkStore(store);
        List<Path> removed = new ArrayList<>();
        for (String name : allTemporaryDirectories(dir)) {
            Path candidate = dir.resolve(name);
            StoreCalls.DirectoryLock lock;
            try {
                lock = StoreCalls.DirectoryLock.tryLock(candidate);
            } catch (IOException e) {
                continue; // gone meanwhile: renamed by its writer or removed by another cleaner
            }
            if (lock == null) {
                continue; // its writer is alive
            }
            try (lock) {
                if (!lock.held()) {
                    continue;
                }
                deleteTree(candidate);
                removed.add(candidate);
            } catch (IOException e) {
                throw new CruiseException(ExitCode.USAGE, "cannot remove the stale temporary directory " + candidate
                        + ": " + SnapshotWriter.reason(e), e);
            }
        }
        return removed;
    }

    /**
     * Deletes one snapshot. It is first renamed to a hidden temporary name, so that an interrupted
     * deletion leaves nothing that looks like a (damaged) snapshot; {@link #removeStale} finishes it.
     *
     * @throws CruiseException (exit code 2) if it cannot be deleted
     */
    public static void delete(Path snapshot) throws CruiseException {
        Path dir = snapshot.toAbsolutePath().normalize();
        Path hidden = dir.resolveSibling(DELETING_PREFIX + dir.getFileName() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
        try {
            StoreCalls.renameNoReplace(dir, hidden);
            deleteTree(hidden);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.USAGE, "cannot delete snapshot " + dir + ": " + SnapshotWriter.reason(e),
                    e);
        }
    }

    /** rm -r that does not follow symbolic links and does not mind entries vanishing meanwhile. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException e) throws IOException {
                if (e != null && !(e instanceof NoSuchFileException)) {
                    throw e;
                }
                Files.deleteIfExists(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Path checkStore(Path store) throws CruiseException {
        Path dir = Objects.requireNonNull(store, "store").toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new CruiseException(ExitCode.USAGE, "snapshot store " + dir + " does not exist");
        }
        if (!Files.isDirectory(dir)) {
            throw new CruiseException(ExitCode.USAGE, "snapshot store " + dir + " is not a directory");
        }
        return dir;
    }

    private static List<Path> children(Path dir) throws CruiseException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(children::add);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.USAGE, "cannot read snapshot store " + dir + ": "
                    + SnapshotWriter.reason(e), e);
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return children;
    }

    private static long directorySize(Path dir) {
        long size = 0;
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        size += a.size();
                    }
                } catch (IOException e) {
                    // vanished meanwhile: counts as nothing
                }
            }
        } catch (IOException e) {
            return size;
        }
        return size;
    }
}
