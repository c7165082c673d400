package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.MemorySource;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.tests.snapshot.SnapshotTarget.Build;
import org.cruise.model.MemoryRegion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that fails leaves nothing behind: no snapshot directory, no temporary directory. The
 * failures are real: a store that is a regular file, a full file system (a small tmpfs mounted for
 * the test), memory the kernel refuses to read.
 */
class SnapshotWriterFailureTest {

    @TempDir
    static Path shared;

    private static Path program;

    @TempDir
    Path dir;

    private final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void compile() throws Exception {
        program = SnapshotTarget.compile(shared, Build.O0_NO_PIE);
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) {
            // Lazy: even a file the test left open does not keep the mount alive.
            run("umount", "-l", mount.toString());
        }
    }

    @Test
    void aStoreThatIsARegularFileIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("store"), "not a directory");
        CruiseException e = assertThrows(CruiseException.class, () -> SnapshotWriter.open(file));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals("snapshot store " + file + " is not a directory", e.getMessage());
        assertEquals("not a directory", Files.readString(file));

        Path below = file.resolve("sub");
        e = assertThrows(CruiseException.class, () -> SnapshotWriter.open(below));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot create snapshot store " + below + ": "), e.getMessage());
    }

    @Test
    void aMissingStoreIsCreatedOwnerOnly() throws Exception {
        Path store = dir.resolve("a/b/store");
        SnapshotWriter writer = SnapshotWriter.open(store);
        assertEquals(store, writer.store());
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(store)));
    }

    /** The store has far less room than the snapshot needs: refused before anything is written. */
    @Test
    void aFullStoreIsRefusedUpFront() throws Exception {
        Path store = mountTmpfs("small", "1m");
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            CapturedState state = target.capture(target.pid);
            CruiseException e = assertThrows(CruiseException.class, () -> SnapshotWriter.open(store).write(state, null));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertTrue(e.getMessage().startsWith("cannot write snapshot into " + store + ": disk full"), e.getMessage());
        }
        assertEquals(List.of(), names(store));
    }

    /**
     * The store fills up while the core is being written (another file takes the space once the
     * check before writing has passed): the kernel's ENOSPC is reported as "disk full" and the
     * half-written snapshot is removed.
     */
    @Test
    void aStoreThatFillsUpDuringTheWriteLeavesNothing() throws Exception {
        Path store = mountTmpfs("filling", "64m");
        Path filler = store.resolve("filler");
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            CapturedState real = target.capture(target.pid);
            AtomicBoolean filled = new AtomicBoolean();
            MemorySource filling = (address, destination, length) -> {
                // The first big read is the streaming of the memory (smaller ones come earlier, while the
                // writer lays out the file). The writer's other threads wait here meanwhile, so that the
                // filler is in place before they write on.
                synchronized (filled) {
                    if (length > 4096 && !filled.get()) {
                        // Leaves 4 MiB, less than the ~13 MiB core: the write runs into ENOSPC.
                        run("fallocate", "-l", (Files.getFileStore(store).getUsableSpace() - (4 << 20)) + "",
                                filler.toString());
                        filled.set(true);
                    }
                }
                return real.memory().read(address, destination, length);
            };
            CapturedState state = new CapturedState(real.model(), real.registers(), real.auxv(), filling,
                    real.executable(), real.extraFiles());
            CruiseException e = assertThrows(CruiseException.class, () -> SnapshotWriter.open(store).write(state, null));
            assertEquals(ExitCode.USAGE, e.exitCode());
            assertTrue(e.getMessage().startsWith("cannot write snapshot into " + store + ": disk full (writing core)"),
                    e.getMessage());
        }
        assertEquals(List.of("filler"), names(store));
    }

    /** Saving a region without read permission (a thread stack's guard page): the kernel says EFAULT. */
    @Test
    void memoryThatCannotBeReadIsATargetProblemAndLeavesNothing() throws Exception {
        Path store = dir.resolve("store");
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            CapturedState state = target.capture(target.pid);
            MemoryRegion guard = state.model().getRegions().stream()
                    .filter(r -> r.getPermissions().startsWith("---") && r.getPath() == null).findFirst().orElseThrow();
            guard.setSaved(true);
            CruiseException e = assertThrows(CruiseException.class, () -> SnapshotWriter.open(store).write(state, null));
            assertEquals(ExitCode.TARGET, e.exitCode());
            assertTrue(e.getMessage().startsWith("cannot read the memory of pid " + target.pid + " at 0x"
                    + Long.toHexString(guard.getStart())), e.getMessage());
            assertTrue(e.getMessage().contains("Bad address"), e.getMessage());
        }
        assertEquals(List.of(), names(store));
    }

    private Path mountTmpfs(String name, String size) throws Exception {
        Path mount = Files.createDirectory(dir.resolve(name));
        run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=0700", "tmpfs", mount.toString());
        mounts.add(mount);
        return mount;
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> s = Files.list(directory)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(1, TimeUnit.MINUTES), String.join(" ", command) + " timed out");
            assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed (the tests run as root): " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void noTemporaryDirectoryIsLeftByASuccessfulWriteEither() throws Exception {
        Path store = dir.resolve("store");
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            SnapshotWriter.open(store).write(target.capture(target.pid), null);
        }
        List<String> names = names(store);
        assertEquals(1, names.size());
        assertFalse(names.get(0).startsWith("."), names.toString());
    }
}
