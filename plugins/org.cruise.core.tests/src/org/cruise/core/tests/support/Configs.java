package org.cruise.core.tests.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cruise.core.ExitCode;
import org.cruise.core.config.ConfigException;
import org.cruise.core.config.ConfigLoader;
import org.cruise.core.config.ConfigProblem;

/** Writes config files and checks the problems reported for them. */
public final class Configs {

    private Configs() {
    }

    /** Writes {@code lines} (joined with newlines) to {@code dir/name}. */
    public static Path write(Path dir, String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** Loads {@code file}, which must fail with exit code 2, and returns its problems. */
    public static List<ConfigProblem> problems(Path file) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertEquals(2, e.exitCode().code());
        // The message is what users see: it must be exactly the problem lines.
        assertEquals(String.join("\n", e.problems().stream().map(ConfigProblem::toString).toList()), e.getMessage());
        return e.problems();
    }

    /**
     * Asserts that loading {@code file} reports exactly {@code expected}, each "LINE:COL: message"
     * for problems in {@code file} itself.
     */
    public static void assertProblems(Path file, String... expected) {
        List<String> actual = problems(file).stream()
                .map(p -> p.file().equals(file) ? p.line() + ":" + p.column() + ": " + p.message() : p.toString())
                .toList();
        assertEquals(List.of(expected), actual);
    }
}
