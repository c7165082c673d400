package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

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
import org.cruise.model.SnapshotFile;
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

    /** The manifest's checksum is the one docs/snapshot-format.md defines, computed here independently. */
    @Test
    void checksumsFollowTheDocumentedDefinition() throws Exception {
        Snapshot manifest = ModelIO.load(snapshot.resolve(SnapshotFormat.MANIFEST), Snapshot.class);
        assertEquals(2, manifest.getFiles().size());
        for (SnapshotFile f : manifest.getFiles()) {
            assertEquals(documentedChecksum(snapshot.resolve(f.getName())), f.getChecksum(), f.getName());
            assertEquals(null, f.getSha256(), f.getName());
        }
        // More than one block, so the block structure (and the core's several writers) are exercised.
        assertTrue(Files.size(snapshot.resolve(SnapshotFormat.CORE)) > 3 << 20);
    }

    private static String documentedChecksum(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        ByteBuffer blockValues = ByteBuffer.allocate(4 * (data.length / (1 << 20) + 1)).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at < data.length; at += 1 << 20) {
            CRC32C block = new CRC32C();
            block.update(data, at, Math.min(1 << 20, data.length - at));
            blockValues.putInt((int) block.getValue());
        }
        CRC32C outer = new CRC32C();
        outer.update(blockValues.flip());
        return String.format("crc32c-1m:%08x", outer.getValue());
    }

    /** Snapshots of format version 1 recorded SHA-256: they are still verified, and damage still found. */
    @Test
    void aVersion1SnapshotIsVerifiedBySha256() throws Exception {
        Path manifestFile = snapshot.resolve(SnapshotFormat.MANIFEST);
        Snapshot manifest = ModelIO.load(manifestFile, Snapshot.class);
        manifest.setFormatVersion(1);
        for (SnapshotFile f : manifest.getFiles()) {
            f.setChecksum(null);
            f.setSha256(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    Files.readAllBytes(snapshot.resolve(f.getName())))));
        }
        ModelIO.save(manifest, manifestFile);
        assertTrue(SnapshotReader.open(snapshot).verified());
        flipByte(snapshot.resolve(SnapshotFormat.CORE), 5000);
        assertEquals(List.of(new Problem(SnapshotFormat.CORE, Kind.ALTERED, null)), damaged(snapshot).problems());
    }

    @Test
    void anUnknownChecksumAlgorithmIsNotTrusted() throws Exception {
        Path manifestFile = snapshot.resolve(SnapshotFormat.MANIFEST);
        Snapshot manifest = ModelIO.load(manifestFile, Snapshot.class);
        manifest.getFiles().get(1).setChecksum("md4:0011");
        ModelIO.save(manifest, manifestFile);
        assertEquals(List.of(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE, "unknown checksum 'md4:0011' for "
                + manifest.getFiles().get(1).getName())), damaged(snapshot).problems());
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
