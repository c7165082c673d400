package org.cruise.core.snapshot;

import java.nio.file.Path;
import java.util.Objects;

import org.cruise.model.Snapshot;

/**
 * A complete snapshot directory and its manifest.
 *
 * @param directory the snapshot directory (absolute)
 * @param manifest the manifest loaded from (or just written to) {@link SnapshotFormat#MANIFEST}
 * @param verified whether every file listed in the manifest was checked against its size and
 *        checksums (always true for a snapshot just written and for {@link SnapshotReader#open})
 */
public record StoredSnapshot(Path directory, Snapshot manifest, boolean verified) {

    public StoredSnapshot {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(manifest, "manifest");
    }

    /** The snapshot's name, which is also its manifest id. */
    public String name() {
        return directory.getFileName().toString();
    }

    /** The ELF core file: memory, registers and auxiliary vector; open it with gdb with {@link #executable()}. */
    public Path core() {
        return directory.resolve(SnapshotFormat.CORE);
    }

    /** The copy of the program's executable. */
    public Path executable() {
        return directory.resolve(SnapshotFormat.EXECUTABLE);
    }

    /** A file of the snapshot by its manifest name, e.g. an extra file of the capture. */
    public Path file(String name) {
        return directory.resolve(name);
    }
}
