package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.SnapshotFormat;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.snapshot.SnapshotTarget.Build;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Store space reserved ahead for the next core (SnapshotWriter#reserveAhead), on tmpfs where
 * fallocate really takes the pages: the reserved file becomes the core of a snapshot that reads
 * back whole, what was reserved beyond the core is given back, an unused reservation is removed
 * on close, and a crashed checkpointer's one is removed as stale.
 */
class CoreReservationTest {

    @TempDir
    Path binDir;

    private Path store;

    @BeforeEach
    void storeOnTmpfs() throws Exception {
        store = Files.createTempDirectory(Path.of("/dev/shm"), "cruise-reservation-test-").resolve("store");
    }

    @AfterEach
    void removeStore() throws Exception {
        try (Stream<Path> all = Files.walk(store.getParent())) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Bytes the file system allocated for a file (st_blocks * 512). */
    private static long allocated(Path file) throws Exception {
        Process p = new ProcessBuilder("stat", "-c", "%b", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(0, p.waitFor(), out);
        return Long.parseLong(out) * 512;
    }

    private List<Path> reservations() throws Exception {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(p -> p.getFileName().toString().startsWith(SnapshotFormat.TEMPORARY_PREFIX + "reserve-")).toList();
        }
    }

    /** Waits until the reservation's file has at least bytes allocated. */
    private Path awaitReserved(long bytes) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Path r : reservations()) {
                Path core = r.resolve(SnapshotFormat.CORE);
                if (Files.exists(core) && allocated(core) >= bytes) {
                    return core;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no reservation of " + bytes + " bytes in " + store + ": " + reservations());
    }

    @Test
    void theReservedFileBecomesTheCoreAndTheRestIsGivenBack() throws Exception {
        Path program = SnapshotTarget.compile(binDir, Build.O0_PIE);
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 8)) {
            CapturedState state = target.capture(target.pid);
            SnapshotWriter writer = SnapshotWriter.open(store);
            StoredSnapshot first = writer.write(state, null);
            long coreSize = Files.size(first.directory().resolve(SnapshotFormat.CORE));

            long extra = 16L << 20;
            writer.reserveAhead(coreSize + extra);
            Path reserved = awaitReserved(coreSize + extra);
            assertEquals(0, Files.size(reserved), "a reservation is space, not content: the file stays empty");

            StoredSnapshot second = writer.write(state, null);
            Path core = second.directory().resolve(SnapshotFormat.CORE);
            assertEquals(coreSize, Files.size(core));
            assertTrue(allocated(core) < coreSize + (1 << 20),
                    "what was reserved beyond the core is given back: " + allocated(core) + " bytes for " + coreSize);
            assertEquals(List.of(), reservations(), "the reservation became the core");
            SnapshotReader.open(second.directory(), true); // every checksum verified
            assertEquals(Files.readAllBytes(first.directory().resolve(SnapshotFormat.CORE)).length,
                    Files.readAllBytes(core).length);
            writer.close();
        }
    }

    @Test
    void anUnusedReservationIsGivenBackOnClose() throws Exception {
        SnapshotWriter writer = SnapshotWriter.open(store);
        writer.reserveAhead(32L << 20);
        awaitReserved(32L << 20);
        writer.close();
        assertEquals(List.of(), reservations());
    }

    @Test
    void aCrashedCheckpointersReservationIsStaleAndALiveOneIsNot() throws Exception {
        SnapshotWriter writer = SnapshotWriter.open(store);
        Path crashed = Files.createDirectories(store.resolve(SnapshotFormat.TEMPORARY_PREFIX + "reserve-999999-1"));
        Files.write(crashed.resolve(SnapshotFormat.CORE), new byte[0]);
        writer.reserveAhead(8L << 20);
        Path live = awaitReserved(8L << 20).getParent();

        assertEquals(List.of(), Snapshots.temporaryDirectories(store), "reservations are not incomplete snapshots");
        List<Path> removed = Snapshots.removeStale(store);
        assertEquals(List.of(crashed), removed, "only the reservation nobody holds");
        assertTrue(Files.exists(live), "a live checkpointer's reservation is locked and stays");
        writer.close();
        assertEquals(List.of(), reservations());
    }
}
