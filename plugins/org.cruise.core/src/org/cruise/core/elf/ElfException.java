package org.cruise.core.elf;

import java.nio.file.Path;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;

/**
 * A file could not be read as ELF. {@link #reason()} is the bare predicate ("is not an ELF file") so
 * callers can phrase it around their own subject; {@link #getMessage()} prefixes the path.
 */
public final class ElfException extends CruiseException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (e.g. a missing libelf is not the file's fault). */
    public enum Kind {
        /** Nothing at that path (or a dangling symbolic link). */
        NOT_FOUND,
        /** A directory, device, FIFO or socket. */
        NOT_A_FILE,
        /** Permission denied, or another I/O error. */
        NOT_READABLE,
        /** The file is not in ELF format at all. */
        NOT_ELF,
        /** It starts like ELF but libelf cannot read its headers. */
        MALFORMED,
        /** libelf itself is not installed or not usable. */
        LIBRARY_MISSING
    }

    private final Kind kind;
    private final String reason;

    private ElfException(ExitCode exitCode, Kind kind, String message, String reason, Throwable cause) {
        super(exitCode, message, cause);
        this.kind = kind;
        this.reason = reason;
    }

    static ElfException of(Path path, Kind kind, String reason) {
        return new ElfException(ExitCode.USAGE, kind, path + " " + reason, reason, null);
    }

    static ElfException libraryMissing(String message, Throwable cause) {
        return new ElfException(ExitCode.INTERNAL, Kind.LIBRARY_MISSING, message, message, cause);
    }

    public Kind kind() {
        return kind;
    }

    /** The problem without the path, e.g. "is not an ELF file" or "is not readable: Permission denied". */
    public String reason() {
        return reason;
    }
}
