package org.cruise.core.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with a config file, at a 1-based line and column (0 and 0 when the problem is
 * the file as a whole, e.g. it cannot be read). {@link #toString()} gives the user-facing
 * {@code FILE:LINE:COL: message} form that editors and terminals can jump to.
 */
public record ConfigProblem(Path file, int line, int column, String message) {

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** A problem with the file as a whole, printed {@code FILE: message}. */
    public static ConfigProblem ofFile(Path file, String message) {
        return new ConfigProblem(file, 0, 0, message);
    }

    public boolean hasPosition() {
        return line > 0;
    }

    @Override
    public String toString() {
        return hasPosition() ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
