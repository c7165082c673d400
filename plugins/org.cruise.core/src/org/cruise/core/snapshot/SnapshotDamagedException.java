package org.cruise.core.snapshot;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

/**
 * A snapshot directory whose files do not match its manifest: a file is missing, truncated, altered
 * or unexpected, or the manifest itself cannot be read. Such a snapshot is never used, not even in
 * part, so the exit code is {@link ExitCode#REFUSED} (3). The message names every damaged file.
 */
public final class SnapshotDamagedException extends CruiseException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with one file of a snapshot directory. */
    public enum Kind {
        /** Listed in the manifest but not in the directory. */
        MISSING,
        /** Shorter than the manifest says. */
        TRUNCATED,
        /** Longer than the manifest says. */
        OVERSIZED,
        /** Right size, but the checksum differs from the manifest's. */
        ALTERED,
        /** In the directory but not listed in the manifest. */
        UNEXPECTED,
        /** Not a regular file (a directory, a symbolic link, ...). */
        NOT_A_FILE,
        /** Cannot be read, or (for the manifest) cannot be parsed or lacks required entries. */
        UNREADABLE
    }

    /**
     * @param file the file's name within the snapshot directory
     * @param detail a few words for people, e.g. "1.0 MiB of 12.0 MiB"
     */
    public record Problem(String file, Kind kind, String detail) {

        @Override
        public String toString() {
            String what = switch (kind) {
            case MISSING -> "is missing";
            case TRUNCATED -> "is truncated";
            case OVERSIZED -> "is longer than recorded";
            case ALTERED -> "was altered (checksum differs from the manifest)";
            case UNEXPECTED -> "is not listed in the manifest";
            case NOT_A_FILE -> "is not a regular file";
            case UNREADABLE -> "cannot be read";
            };
            return file + " " + what + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
        }
    }

    private final Path directory;
    private final List<Problem> problems;

    SnapshotDamagedException(Path directory, List<Problem> problems) {
        super(ExitCode.REFUSED, "snapshot " + directory + " is damaged: "
                + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.directory = directory;
        this.problems = List.copyOf(problems);
    }

    public Path directory() {
        return directory;
    }

    /** Every problem found, in the order: manifest, files listed in the manifest, unexpected files. */
    public List<Problem> problems() {
        return problems;
    }
}
