package org.cruise.core.tests.snapshot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real gdb in batch mode on a program and a core file and returns everything it printed. */
final class Gdb {

    private Gdb() {
    }

    static String batch(Path program, Path core, String... commands) throws Exception {
        List<String> command = new ArrayList<>(List.of("gdb", "-batch", "-nx",
                // Never ask a debuginfod server (network) for separate debug info.
                "-iex", "set debuginfod enabled off"));
        for (String c : commands) {
            command.add("-ex");
            command.add(c);
        }
        command.add(program.toString());
        command.add(core.toString());
        // gdb is not a tracee here, so ProcessBuilder is fine.
        Process gdb = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(gdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(gdb.waitFor(2, TimeUnit.MINUTES), "gdb timed out");
        return output;
    }
}
