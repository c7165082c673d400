package org.cruise.core.tests.tracee;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * gdb's view of a running process, as the reference the unwinder is checked against. gdb attaches
 * itself, so the process must not be traced by anyone else at that moment.
 */
public final class Gdb {

    /**
     * One physical frame as gdb sees it: gdb's inline and tail-call frames are virtual (several
     * of them share one stack frame), and CFI unwinding only knows physical ones.
     *
     * @param cfa the caller's stack pointer, 0 for the outermost frame
     * @param name gdb's function name, null if it has none (e.g. "&lt;signal handler called&gt;")
     */
    public record GdbFrame(long pc, long cfa, String name, boolean signalTrampoline) {
    }

    /**
     * Lists every thread's physical frames, past main and past the entry point, as lines
     * "FRAME tid pc cfa trampoline name" (read them with {@link #parseFrames}).
     */
    public static final String FRAME_SCRIPT = """
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

    private Gdb() {
    }

    /** gdb -batch -nx -p pid: the physical frames of every thread, by tid, innermost first. */
    public static Map<Integer, List<GdbFrame>> backtraces(int pid, Path scratch) throws IOException, InterruptedException {
        Path script = scratch.resolve("frames.py");
        Files.writeString(script, FRAME_SCRIPT);
        Process gdb = new ProcessBuilder("gdb", "-batch", "-nx", "-p", Integer.toString(pid), "-x", script.toString())
                .redirectErrorStream(true).start();
        String output = new String(gdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!gdb.waitFor(2, TimeUnit.MINUTES)) {
            gdb.destroyForcibly();
            throw new IOException("gdb timed out");
        }
        Map<Integer, List<GdbFrame>> threads = parseFrames(output, new TreeMap<>());
        if (threads.isEmpty()) {
            throw new IOException("gdb printed no frames for pid " + pid + ":\n" + output);
        }
        return threads;
    }

    /** Adds the frames of {@link #FRAME_SCRIPT}'s output to threads (by tid, innermost first); returns threads. */
    public static Map<Integer, List<GdbFrame>> parseFrames(String output, Map<Integer, List<GdbFrame>> threads) {
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
        return threads;
    }
}
