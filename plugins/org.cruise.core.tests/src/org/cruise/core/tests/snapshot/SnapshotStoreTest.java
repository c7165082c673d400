package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.SnapshotDamagedException.Kind;
import org.cruise.core.snapshot.SnapshotFormat;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.snapshot.Snapshots.Entry;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.snapshot.SnapshotTarget.Build;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing, retention and stale-directory cleanup of a store holding real snapshots. */
class SnapshotStoreTest {

    @TempDir
    static Path shared;

    /** Three snapshots of one real process, oldest first. */
    private static final List<Path> written = new ArrayList<>();

    @TempDir
    Path dir;

    private Path store;

    @BeforeAll
    static void writeThreeSnapshots() throws Exception {
        Path program = SnapshotTarget.compile(shared, Build.O0_PIE);
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            CapturedState state = target.capture(target.pid);
            SnapshotWriter writer = SnapshotWriter.open(shared.resolve("store"));
            for (int i = 0; i < 3; i++) {
                StoredSnapshot s = writer.write(state, null);
                written.add(s.directory());
                Thread.sleep(5); // distinct creation times (names carry milliseconds)
            }
        }
    }

    /** A fresh copy of the three snapshots for each test. */
    @BeforeEach
    void copyStore() throws IOException {
        store = Files.createDirectory(dir.resolve("store"));
        for (Path snapshot : written) {
            Path copy = Files.createDirectory(store.resolve(snapshot.getFileName()));
            try (Stream<Path> files = Files.list(snapshot)) {
                for (Path f : files.toList()) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
    }

    @Test
    void namesAreDistinctAndSortByTime() {
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(3, names.stream().distinct().count());
        assertEquals(names.stream().sorted().toList(), names);
    }

    @Test
    void listsSnapshotsOldestFirstAndSkipsWhatIsNoSnapshot() throws Exception {
        Files.createDirectory(store.resolve(".tmp-20260101-000000.000-1-1"));
        Files.createDirectory(store.resolve("notes"));
        Files.writeString(store.resolve("README"), "my snapshots");

        List<Entry> entries = Snapshots.list(store);
        assertEquals(written.stream().map(p -> p.getFileName().toString()).toList(),
                entries.stream().map(Entry::name).toList());
        for (Entry e : entries) {
            assertTrue(e.complete(), e.problems().toString());
            assertEquals(2, e.manifest().getThreads().size());
            assertEquals("stop_here", e.manifest().getTrigger().getFunction());
            assertTrue(e.size() > Files.size(e.directory().resolve(SnapshotFormat.CORE)));
        }
        assertEquals(List.of(".tmp-20260101-000000.000-1-1"), Snapshots.temporaryDirectories(store));
    }

    @Test
    void listsDamagedSnapshotsWithTheirProblem() throws Exception {
        Path second = store.resolve(written.get(1).getFileName());
        Files.delete(second.resolve(SnapshotFormat.EXECUTABLE));
        Path third = store.resolve(written.get(2).getFileName());
        Files.writeString(third.resolve(SnapshotFormat.MANIFEST), "<broken");

        List<Entry> entries = Snapshots.list(store);
        assertEquals(3, entries.size());
        Entry missing = entries.stream().filter(e -> e.directory().equals(second)).findFirst().orElseThrow();
        assertFalse(missing.complete());
        assertEquals(Kind.MISSING, missing.problems().get(0).kind());
        Entry broken = entries.stream().filter(e -> e.directory().equals(third)).findFirst().orElseThrow();
        assertNull(broken.manifest());
        assertEquals(SnapshotFormat.MANIFEST, broken.problems().get(0).file());
    }

    @Test
    void retentionKeepsTheNewestCompleteSnapshots() throws Exception {
        List<Path> deleted = Snapshots.retain(store, 2);
        assertEquals(List.of(store.resolve(written.get(0).getFileName())), deleted);
        assertEquals(written.subList(1, 3).stream().map(p -> p.getFileName().toString()).toList(), names(store));

        assertEquals(List.of(), Snapshots.retain(store, 0), "0 keeps all");
        assertEquals(List.of(), Snapshots.retain(store, 5));
    }

    @Test
    void retentionLeavesDamagedSnapshotsAlone() throws Exception {
        Path oldest = store.resolve(written.get(0).getFileName());
        Files.delete(oldest.resolve(SnapshotFormat.CORE));
        assertEquals(List.of(store.resolve(written.get(1).getFileName())), Snapshots.retain(store, 1));
        assertEquals(List.of(written.get(0).getFileName().toString(), written.get(2).getFileName().toString()),
                names(store));
    }

    @Test
    void deletingASnapshotLeavesNoTrace() throws Exception {
        Snapshots.delete(store.resolve(written.get(1).getFileName()));
        assertEquals(List.of(written.get(0).getFileName().toString(), written.get(2).getFileName().toString()),
                names(store));
    }

    /**
     * A temporary directory whose writer is alive (it holds a flock on it; here a shell with flock(1)
     * stands in for a writer in another process) is left alone; once the writer is gone it is removed.
     */
    @Test
    void staleTemporaryDirectoriesAreRemovedLiveOnesKept() throws Exception {
        Path crashed = Files.createDirectory(store.resolve(".tmp-20260101-000000.000-1-1"));
        Files.writeString(crashed.resolve(SnapshotFormat.CORE), "half a core");
        Path live = Files.createDirectory(store.resolve(".tmp-20260101-000000.000-2-1"));
        // One process that opens the directory, locks it and keeps it open (bash becomes sleep by exec), so
        // that killing it releases the lock, as the death of a writer does.
        Process writer = new ProcessBuilder("bash", "-c", "exec 9<\"$0\" && flock --exclusive 9 && exec sleep 60",
                live.toString()).start();
        try {
            awaitLocked(live);
            assertEquals(List.of(crashed), Snapshots.removeStale(store));
            assertTrue(Files.isDirectory(live));
        } finally {
            writer.destroyForcibly();
            writer.waitFor(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(live), Snapshots.removeStale(store));
        assertEquals(written.stream().map(p -> p.getFileName().toString()).toList(), names(store));
    }

    @Test
    void aStoreThatIsNoDirectoryIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "");
        for (Path p : List.of(file, dir.resolve("missing"))) {
            CruiseException e = assertThrows(CruiseException.class, () -> Snapshots.list(p));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        }
    }

    /** Waits until flock(1) holds the lock: "flock --nonblock" fails (exit 1) while it does. */
    private static void awaitLocked(Path directory) throws Exception {
        for (int i = 0; i < 500; i++) {
            Process probe = new ProcessBuilder("flock", "--exclusive", "--nonblock", directory.toString(), "true").start();
            if (probe.waitFor() == 1) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("flock(1) did not take the lock on " + directory);
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
