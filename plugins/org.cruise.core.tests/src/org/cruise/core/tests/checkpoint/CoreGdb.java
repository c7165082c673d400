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

    /** Prints "FRAME tid pc cfa trampoline name" for every physical frame of every thread. */
    private static final String SCRIPT = """
            import gdb
            gdb.execute("set backtrace past-main on")
            gdb.execute("set backtrace past-entry on")
            for inferior in gdb.inferiors():
                for thread in inferior.threads():
                    thread.switch()
                    frame = gdb.newest_frame()
                    while frame is not None:
                        if frame.type() in (gdb.NORMAL_FRAME, gdb.SIGTRAMP_FRAME):
                            older = frame.older()
                            cfa = int(older.read_register("rsp")) if older is not None else 0
                            print("FRAME %d 0x%x 0x%x %d %s" % (thread.ptid[1], frame.pc(), cfa,
                                  1 if frame.type() == gdb.SIGTRAMP_FRAME else 0, frame.name()))
                        frame = frame.older()
            """;

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
            Files.writeString(script, SCRIPT);
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
        Map<Integer, List<GdbFrame>> threads = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            if (!line.startsWith("FRAME ")) {
                continue;
            }
            String[] f = line.split(" ", 6);
            String name = f[5].equals("None") ? null : f[5];
            threads.computeIfAbsent(Integer.parseInt(f[1]), t -> new ArrayList<>())
                    .add(new GdbFrame(Long.parseUnsignedLong(f[2].substring(2), 16),
                            Long.parseUnsignedLong(f[3].substring(2), 16), name, f[4].equals("1")));
        }
        if (frames && threads.isEmpty()) {
            throw new IOException("gdb printed no frames for " + core + ":\n" + output);
        }
        return new Result(output, threads);
    }
}
