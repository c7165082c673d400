package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotDamagedException;
import org.cruise.core.snapshot.SnapshotDamagedException.Kind;
import org.cruise.core.snapshot.SnapshotDamagedException.Problem;
import org.cruise.core.snapshot.SnapshotFormat;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.snapshot.SnapshotTarget.Build;
import org.cruise.model.Snapshot;
import org.cruise.model.io.ModelIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged snapshot is detected and the damaged file named, whatever the damage: truncated,
 * altered by one byte, missing, unexpected, replaced by a symbolic link, a broken manifest. One real
 * snapshot is written once; each test damages its own copy.
 */
class SnapshotIntegrityTest {

    @TempDir
    static Path shared;

    private static Path original;

    @TempDir
    Path dir;

    /** This test's copy of the snapshot. */
    private Path snapshot;

    @BeforeAll
    static void writeOneSnapshot() throws Exception {
        Path program = SnapshotTarget.compile(shared, Build.O0_PIE);
        try (Tracer tracer = new Tracer(); SnapshotTarget target = SnapshotTarget.start(tracer, program, 0)) {
            StoredSnapshot s = SnapshotWriter.open(shared.resolve("store")).write(target.capture(target.pid), null);
            original = s.directory();
        }
    }

    @BeforeEach
    void copySnapshot() throws IOException {
        snapshot = dir.resolve(original.getFileName().toString());
        Files.createDirectory(snapshot);
        try (Stream<Path> files = Files.list(original)) {
            for (Path f : files.toList()) {
                Files.copy(f, snapshot.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void anIntactSnapshotOpensVerified() throws Exception {
        StoredSnapshot s = SnapshotReader.open(snapshot);
        assertTrue(s.verified());
        assertEquals(snapshot.getFileName().toString(), s.manifest().getId());
        assertEquals(snapshot.resolve(SnapshotFormat.CORE), s.core());
    }

    @Test
    void aTruncatedCoreIsNamed() throws Exception {
        Path core = snapshot.resolve(SnapshotFormat.CORE);
        long size = Files.size(core);
        try (FileChannel c = FileChannel.open(core, StandardOpenOption.WRITE)) {
            c.truncate(size - 4096);
        }
        SnapshotDamagedException e = damaged(snapshot);
        assertEquals(List.of(new Problem(SnapshotFormat.CORE, Kind.TRUNCATED, (size - 4096) + " of " + size + " bytes")),
                e.problems());
        assertTrue(e.getMessage().contains("core is truncated"), e.getMessage());
        // Already the cheap check (sizes only, as a listing does) sees it.
        assertThrows(SnapshotDamagedException.class, () -> SnapshotReader.open(snapshot, false));
    }

    @Test
    void oneAlteredByteIsNamed() throws Exception {
        Path core = snapshot.resolve(SnapshotFormat.CORE);
        flipByte(core, Files.size(core) / 2);
        SnapshotDamagedException e = damaged(snapshot);
        assertEquals(List.of(new Problem(SnapshotFormat.CORE, Kind.ALTERED, null)), e.problems());
        assertTrue(e.getMessage().contains("core was altered"), e.getMessage());
        // Sizes alone cannot tell: only the checksum does.
        assertTrue(SnapshotReader.open(snapshot, false).manifest() != null);
    }

    @Test
    void anAlteredExecutableIsNamed() throws Exception {
        flipByte(snapshot.resolve(SnapshotFormat.EXECUTABLE), 100);
        assertEquals(List.of(new Problem(SnapshotFormat.EXECUTABLE, Kind.ALTERED, null)), damaged(snapshot).problems());
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        Files.delete(snapshot.resolve(SnapshotFormat.EXECUTABLE));
        SnapshotDamagedException e = damaged(snapshot);
        assertEquals(List.of(new Problem(SnapshotFormat.EXECUTABLE, Kind.MISSING, null)), e.problems());
        assertTrue(e.getMessage().contains("exe is missing"), e.getMessage());
    }

    @Test
    void anUnexpectedFileIsNamed() throws Exception {
        Files.writeString(snapshot.resolve("notes.txt"), "added later");
        assertEquals(List.of(new Problem("notes.txt", Kind.UNEXPECTED, null)), damaged(snapshot).problems());
    }

    @Test
    void aSymbolicLinkInsteadOfAFileIsRefused() throws Exception {
        Path exe = snapshot.resolve(SnapshotFormat.EXECUTABLE);
        Path elsewhere = dir.resolve("exe-elsewhere");
        Files.move(exe, elsewhere);
        Files.createSymbolicLink(exe, elsewhere);
        assertEquals(List.of(new Problem(SnapshotFormat.EXECUTABLE, Kind.NOT_A_FILE, null)), damaged(snapshot).problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        Files.delete(snapshot.resolve(SnapshotFormat.EXECUTABLE));
        flipByte(snapshot.resolve(SnapshotFormat.CORE), 10);
        Files.writeString(snapshot.resolve("extra"), "x");
        List<Problem> problems = damaged(snapshot).problems();
        assertEquals(List.of(SnapshotFormat.CORE, SnapshotFormat.EXECUTABLE, "extra"),
                problems.stream().map(Problem::file).toList());
    }

    @Test
    void aTruncatedManifestIsNamed() throws Exception {
        Path manifest = snapshot.resolve(SnapshotFormat.MANIFEST);
        try (FileChannel c = FileChannel.open(manifest, StandardOpenOption.WRITE)) {
            c.truncate(c.size() / 2);
        }
        SnapshotDamagedException e = damaged(snapshot);
        assertEquals(SnapshotFormat.MANIFEST, e.problems().get(0).file());
        assertEquals(Kind.UNREADABLE, e.problems().get(0).kind());
        assertTrue(e.getMessage().contains("manifest.xmi cannot be read (line "), e.getMessage());
    }

    @Test
    void aMissingManifestIsNamed() throws Exception {
        Files.delete(snapshot.resolve(SnapshotFormat.MANIFEST));
        assertEquals(List.of(new Problem(SnapshotFormat.MANIFEST, Kind.MISSING, null)), damaged(snapshot).problems());
    }

    @Test
    void aManifestThatPointsOutsideTheSnapshotIsRefused() throws Exception {
        Path manifestFile = snapshot.resolve(SnapshotFormat.MANIFEST);
        Snapshot manifest = ModelIO.load(manifestFile, Snapshot.class);
        manifest.getFiles().get(1).setName("../exe-elsewhere");
        ModelIO.save(manifest, manifestFile);
        List<Problem> problems = damaged(snapshot).problems();
        assertTrue(problems.contains(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE,
                "invalid or repeated file name '../exe-elsewhere'")), problems.toString());
        assertTrue(problems.contains(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE, "does not list exe")),
                problems.toString());
    }

    @Test
    void aSnapshotOfANewerFormatIsRefused() throws Exception {
        Path manifestFile = snapshot.resolve(SnapshotFormat.MANIFEST);
        Snapshot manifest = ModelIO.load(manifestFile, Snapshot.class);
        manifest.setFormatVersion(SnapshotFormat.VERSION + 1);
        ModelIO.save(manifest, manifestFile);
        CruiseException e = assertThrows(CruiseException.class, () -> SnapshotReader.open(snapshot));
        assertEquals(ExitCode.REFUSED, e.exitCode());
        assertTrue(e.getMessage().contains("newer CRUISE"), e.getMessage());
    }

    @Test
    void aTemporaryDirectoryIsAnIncompleteSnapshot() throws Exception {
        Path tmp = Files.move(snapshot, dir.resolve(SnapshotFormat.TEMPORARY_PREFIX + "x"));
        CruiseException e = assertThrows(CruiseException.class, () -> SnapshotReader.open(tmp));
        assertEquals(ExitCode.REFUSED, e.exitCode());
        assertTrue(e.getMessage().contains("incomplete snapshot"), e.getMessage());
    }

    @Test
    void whatIsNoSnapshotAtAllIsAUsageError() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path file = Files.writeString(dir.resolve("file"), "");
        for (Path p : List.of(empty, file, dir.resolve("nothing-here"))) {
            CruiseException e = assertThrows(CruiseException.class, () -> SnapshotReader.open(p));
            assertEquals(ExitCode.USAGE, e.exitCode(), e.getMessage());
            assertTrue(e.getMessage().contains(p.toString()), e.getMessage());
        }
    }

    private static SnapshotDamagedException damaged(Path snapshot) {
        SnapshotDamagedException e = assertThrows(SnapshotDamagedException.class, () -> SnapshotReader.open(snapshot));
        assertEquals(ExitCode.REFUSED, e.exitCode());
        assertTrue(e.getMessage().startsWith("snapshot " + snapshot + " is damaged: "), e.getMessage());
        return e;
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.allocate(1);
            c.read(b, position);
            b.put(0, (byte) ~b.get(0));
            c.write(b.rewind(), position);
        }
    }
}
