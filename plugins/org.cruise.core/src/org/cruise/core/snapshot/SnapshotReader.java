package org.cruise.core.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.snapshot.SnapshotDamagedException.Kind;
import org.cruise.core.snapshot.SnapshotDamagedException.Problem;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.io.ModelIO;

/**
 * Opens snapshot directories and checks that they are whole before anything uses them.
 * <p>
 * Failures, all {@link CruiseException}s whose message names the directory:
 * <ul>
 * <li>exit code 2 ({@link ExitCode#USAGE}): the path is not a snapshot at all (does not exist, not a
 * directory, neither manifest nor core in it);</li>
 * <li>exit code 3 ({@link ExitCode#REFUSED}): it is a snapshot that must not be used: incomplete
 * ({@code .tmp-*}), written by a newer CRUISE, or damaged ({@link SnapshotDamagedException}, which
 * names every missing, truncated, altered or unexpected file).</li>
 * </ul>
 */
public final class SnapshotReader {

    private static final int HASH_BUFFER = 1 << 20;

    /** What ModelIO puts after the path for a parse error: ":LINE:COLUMN: MESSAGE". */
    private static final Pattern POSITION = Pattern.compile("^:(\\d+):(\\d+): (.*)$", Pattern.DOTALL);

    private SnapshotReader() {
    }

    /** Opens and fully verifies {@code directory}: every listed file's size and checksum. */
    public static StoredSnapshot open(Path directory) throws CruiseException {
        return open(directory, true);
    }

    /**
     * Opens {@code directory} and checks that the listed files, and no others, are there with the
     * recorded sizes; with {@code checksums} also that their checksums match (reads every byte):
     * {@link Checksum} since format version 2, SHA-256 in version 1.
     */
    public static StoredSnapshot open(Path directory, boolean checksums) throws CruiseException {
        Path dir = directory.toAbsolutePath().normalize();
        Snapshot manifest = loadManifest(dir);
        List<Problem> problems = check(dir, manifest, checksums);
        if (!problems.isEmpty()) {
            throw new SnapshotDamagedException(dir, problems);
        }
        return new StoredSnapshot(dir, manifest, checksums);
    }

    /**
     * Loads the manifest of {@code dir} without checking the other files.
     *
     * @throws CruiseException as described for the class; a manifest that cannot be parsed is a
     *         {@link SnapshotDamagedException}
     */
    static Snapshot loadManifest(Path dir) throws CruiseException {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new CruiseException(ExitCode.USAGE, "no snapshot at " + dir + ": no such directory");
        }
        if (!Files.isDirectory(dir)) {
            throw new CruiseException(ExitCode.USAGE, dir + " is not a snapshot: not a directory");
        }
        if (name.startsWith(SnapshotFormat.TEMPORARY_PREFIX)) {
            throw new CruiseException(ExitCode.REFUSED, dir + " is an incomplete snapshot: it is still being written,"
                    + " or its writer crashed");
        }
        Path manifestFile = dir.resolve(SnapshotFormat.MANIFEST);
        Snapshot manifest;
        try {
            manifest = ModelIO.load(manifestFile, Snapshot.class);
        } catch (NoSuchFileException e) {
            if (Files.exists(dir.resolve(SnapshotFormat.CORE), LinkOption.NOFOLLOW_LINKS)) {
                throw new SnapshotDamagedException(dir, List.of(new Problem(SnapshotFormat.MANIFEST, Kind.MISSING, null)));
            }
            throw new CruiseException(ExitCode.USAGE, dir + " is not a snapshot: it has no " + SnapshotFormat.MANIFEST);
        } catch (IOException e) {
            throw new SnapshotDamagedException(dir, List.of(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE,
                    withoutPath(e.getMessage(), manifestFile))));
        }
        if (manifest.getFormatVersion() > SnapshotFormat.VERSION) {
            throw new CruiseException(ExitCode.REFUSED, "snapshot " + dir + " has format version "
                    + manifest.getFormatVersion() + ", written by a newer CRUISE; this one reads up to version "
                    + SnapshotFormat.VERSION);
        }
        if (manifest.getFormatVersion() < 1) {
            throw new SnapshotDamagedException(dir, List.of(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE,
                    "no format version")));
        }
        return manifest;
    }

    /** Every problem of the directory's files against the manifest; empty if it is whole. */
    static List<Problem> check(Path dir, Snapshot manifest, boolean checksums) {
        List<Problem> problems = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (SnapshotFile file : manifest.getFiles()) {
            String name = file.getName();
            // A name like "../x" would make us read (and report on) files outside the snapshot.
            if (name == null || !(SnapshotFormat.isValidExtraFileName(name) || name.equals(SnapshotFormat.CORE)
                    || name.equals(SnapshotFormat.EXECUTABLE)) || !listed.add(name)) {
                problems.add(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE, "invalid or repeated file name '"
                        + name + "'"));
                continue;
            }
            problems.addAll(checkFile(dir.resolve(name), file, checksums));
        }
        for (String required : List.of(SnapshotFormat.CORE, SnapshotFormat.EXECUTABLE)) {
            if (!listed.contains(required)) {
                problems.add(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE, "does not list " + required));
            }
        }
        Set<String> present = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                present.add(entry.getFileName().toString());
            }
        } catch (IOException e) {
            problems.add(new Problem(".", Kind.UNREADABLE, e.getMessage()));
        }
        present.remove(SnapshotFormat.MANIFEST);
        present.removeAll(listed);
        for (String unexpected : present) {
            problems.add(new Problem(unexpected, Kind.UNEXPECTED, null));
        }
        return problems;
    }

    private static List<Problem> checkFile(Path path, SnapshotFile file, boolean checksums) {
        String name = file.getName();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return List.of(new Problem(name, Kind.MISSING, null));
        } catch (IOException e) {
            return List.of(new Problem(name, Kind.UNREADABLE, e.getMessage()));
        }
        if (!attributes.isRegularFile()) {
            return List.of(new Problem(name, Kind.NOT_A_FILE, null));
        }
        if (attributes.size() < file.getSize()) {
            return List.of(new Problem(name, Kind.TRUNCATED, attributes.size() + " of " + file.getSize() + " bytes"));
        }
        if (attributes.size() > file.getSize()) {
            return List.of(new Problem(name, Kind.OVERSIZED, attributes.size() + " bytes, recorded "
                    + file.getSize()));
        }
        if (checksums) {
            try {
                String recorded = file.getChecksum();
                if (recorded != null) {
                    if (!Checksum.isThisAlgorithm(recorded)) {
                        return List.of(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE, "unknown checksum '"
                                + recorded + "' for " + name));
                    }
                    if (!checksum(path).equals(recorded.toLowerCase(java.util.Locale.ROOT))) {
                        return List.of(new Problem(name, Kind.ALTERED, null));
                    }
                } else if (file.getSha256() != null) {
                    if (!sha256(path).equalsIgnoreCase(file.getSha256())) {
                        return List.of(new Problem(name, Kind.ALTERED, null));
                    }
                } else {
                    return List.of(new Problem(SnapshotFormat.MANIFEST, Kind.UNREADABLE, "no checksum for " + name));
                }
            } catch (IOException e) {
                return List.of(new Problem(name, Kind.UNREADABLE, e.getMessage()));
            }
        }
        return List.of();
    }

    /** The file's {@link Checksum}; memory use is one buffer whatever the size. */
    static String checksum(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(HASH_BUFFER);
            Checksum.Stream checksum = new Checksum.Stream();
            while (channel.read(buffer.clear()) >= 0) {
                checksum.update(buffer.flip());
            }
            return checksum.finish();
        }
    }

    /** Streams the file through SHA-256 (snapshots of format version 1); memory use is one buffer whatever the size. */
    static String sha256(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                Sha256 sha = Sha256.create()) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(HASH_BUFFER);
            while (channel.read(buffer.clear()) >= 0) {
                sha.update(buffer.flip());
            }
            return sha.finishHex();
        }
    }

    /** ModelIO's messages start with the file's path; inside a problem about that file it is noise. */
    private static String withoutPath(String message, Path file) {
        if (message == null) {
            return null;
        }
        String prefix = file.toString();
        if (!message.startsWith(prefix)) {
            return message;
        }
        String rest = message.substring(prefix.length());
        Matcher position = POSITION.matcher(rest);
        if (position.matches()) {
            return "line " + position.group(1) + ", column " + position.group(2) + ": " + position.group(3);
        }
        return rest.replaceFirst("^:\\s*", "");
    }
}
