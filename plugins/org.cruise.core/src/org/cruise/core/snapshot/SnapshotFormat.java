package org.cruise.core.snapshot;

import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Names and constants of the on-disk snapshot format (docs/snapshot-format.md). A snapshot is one
 * directory of a store: {@value #MANIFEST}, {@value #CORE}, {@value #EXECUTABLE} and any extra
 * files the capture hands over.
 */
public final class SnapshotFormat {

    /**
     * Snapshot.formatVersion written by this CRUISE. Readers refuse snapshots with a higher number:
     * bump it when a change would make an older reader misread a snapshot. Version 2: files carry a
     * {@link Checksum} instead of a SHA-256 (version 1 snapshots are still read and verified).
     */
    public static final int VERSION = 2;

    /** The EMF model (org.cruise.model.Snapshot) as XMI. */
    public static final String MANIFEST = "manifest.xmi";

    /** The ELF core file with the saved memory, threads' registers and the auxiliary vector. */
    public static final String CORE = "core";

    /** A copy of the program's executable as it was when the snapshot was taken. */
    public static final String EXECUTABLE = "exe";

    /**
     * Prefix of a snapshot directory still being written (or left by a crash). Nothing with this
     * prefix, or any other leading dot, is ever a snapshot.
     */
    public static final String TEMPORARY_PREFIX = ".tmp-";

    /** Suffix of the lock file next to a temporary directory that says its writer is alive. */
    static final String LOCK_SUFFIX = ".lock";

    /** Snapshots hold the process's memory, i.e. its secrets: owner only, set at creation. */
    static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");

    private SnapshotFormat() {
    }

    static FileAttribute<Set<PosixFilePermission>> fileMode() {
        return PosixFilePermissions.asFileAttribute(FILE_MODE);
    }

    static FileAttribute<Set<PosixFilePermission>> directoryMode() {
        return PosixFilePermissions.asFileAttribute(DIRECTORY_MODE);
    }

    /**
     * Whether {@code name} may be used for an extra file: a plain file name that is not one of the
     * format's own files and does not start with a dot (hidden names are reserved for temporary files).
     */
    public static boolean isValidExtraFileName(String name) {
        return name != null && !name.isEmpty() && name.length() <= 255 && !name.startsWith(".")
                && name.indexOf('/') < 0 && name.indexOf('\0') < 0 && !name.equals(MANIFEST) && !name.equals(CORE)
                && !name.equals(EXECUTABLE);
    }
}
