package org.cruise.core.tests.checkpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cruise.core.tests.tracee.Gdb;
import org.cruise.core.tests.tracee.Gdb.GdbFrame;

/**
 * The real gdb in batch mode on a snapshot's core: the output of plain commands, and every
 * thread's physical frames through gdb's Python API (the frames CFI unwinding knows; gdb's inline
 * and tail-call frames are virtual). Like {@link org.cruise.core.tests.tracee.Gdb}, which does
 * the same for a live process; org.cruise.core.tests.snapshot.Gdb runs commands on a core but is
 * package-private there.
 */
final class CoreGdb {

    /** gdb's output and the frames it printed. */
    record Result(String output, Map<Integer, List<GdbFrame>> threads) {
    }

    private CoreGdb() {
    }

    /**
     * gdb -batch on program and core: first the commands, then (with frames) the frame listing.
     * gdb is an ordinary child, never traced, so ProcessBuilder is fine.
     */
    static Result run(Path program, Path core, Path scratch, boolean frames, String... commands)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gdb", "-batch", "-nx",
                // never ask a debuginfod server (network) for separate debug info
                "-iex", "set debuginfod enabled off"));
        for (String c : commands) {
            command.add("-ex");
            command.add(c);
        }
        if (frames) {
            Path script = Files.createTempFile(scratch, "frames", ".py");
            Files.writeString(script, Gdb.FRAME_SCRIPT);
            command.add("-x");
            command.add(script.toString());
        }
        command.add(program.toString());
        command.add(core.toString());
        // Output into a file, so that the wait is bounded even if gdb hangs.
        Path log = Files.createTempFile(scratch, "gdb", ".out");
        Process gdb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = gdb.waitFor(2, TimeUnit.MINUTES);
        if (!ended) {
            gdb.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (!ended) {
            throw new IOException("gdb timed out on " + core + ":\n" + output);
        }
        // In gdb's thread order: the trigger thread comes first in our cores.
        Map<Integer, List<GdbFrame>> threads = Gdb.parseFrames(output, new LinkedHashMap<>());
        if (frames && threads.isEmpty()) {
            throw new IOException("gdb printed no frames for " + core + ":\n" + output);
        }
        return new Result(output, threads);
    }
}
