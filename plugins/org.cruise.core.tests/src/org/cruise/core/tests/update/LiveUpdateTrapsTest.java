package org.cruise.core.tests.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.Spawn;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;
import org.cruise.core.update.ChangeSet;
import org.cruise.core.update.LiveUpdate;
import org.cruise.core.update.UpdateReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The traps of update-facts.md, one program (programs/liveupdate/service.c) that walks into all of
 * them, updated with the changes the binary comparison finds: the loader's records (backtrace()
 * and dladdr() from NEW's code), a dlopen'ed plugin reading the program's global through its
 * read-only GOT, copy-relocated stdout, a buffered log, a function-local static, heap objects
 * holding code pointers and string literals, a SIGHUP handler, an atexit handler (a pointer
 * glibc keeps mangled). Every build: -O0/-O2, PIE and fixed addresses.
 */
class LiveUpdateTrapsTest {

    private static final Pattern READY = Pattern.compile("ready (\\d+)");
    private static final Map<Build, Path[]> BUILT = new EnumMap<>(Build.class);
    private static Tracer parent;

    @TempDir
    static Path programs;

    @TempDir
    Path dir;

    @BeforeAll
    static void startParent() {
        parent = new Tracer();
    }

    @AfterAll
    static void stopParent() {
        parent.close();
    }

    private static synchronized Path[] build(Build build) throws Exception {
        Path[] built = BUILT.get(build);
        if (built == null) {
            String service = Files.readString(org.cruise.core.tests.support.Programs.source("liveupdate/service.c"));
            String plugin = Files.readString(org.cruise.core.tests.support.Programs.source("liveupdate/plugin.c"));
            Path v1 = CProgram.named("service").source("service.c", service).flags("-rdynamic")
                    .build(programs.resolve("v1"), build);
            Path v2 = CProgram.named("service").source("service.c", service, "-DV2").flags("-rdynamic")
                    .build(programs.resolve("v2"), build);
            Path so = programs.resolve("plugin.so");
            if (!Files.exists(so)) {
                Path src = programs.resolve("plugin.c");
                Files.writeString(src, plugin);
                CProgram.run(List.of("gcc", "-shared", "-fPIC", "-O2", "-o", so.toString(), src.toString()));
            }
            built = new Path[] { v1.toRealPath(), v2.toRealPath(), so };
            BUILT.put(build, built);
        }
        return built;
    }

    /** One running service: commands through a FIFO, replies from its output file. */
    private final class Service implements AutoCloseable {
        final int pid;
        final Path out;
        final FileChannel in;
        int lines;

        Service(Path program, Path log, Path plugin) throws Exception {
            Path fifo = dir.resolve("in");
            out = dir.resolve("out");
            CProgram.run(List.of("mkfifo", "-m", "600", fifo.toString()));
            in = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
            List<String> argv = List.of("/bin/sh", "-c", "exec \"$0\" \"$3\" \"$4\" <\"$1\" >\"$2\" 2>&1",
                    program.toString(), fifo.toString(), out.toString(), log.toString(), plugin.toString());
            pid = parent.call(() -> Spawn.spawn("/bin/sh", argv, Map.of("PATH", "/usr/bin:/bin")));
            Matcher ready = READY.matcher(next());
            assertTrue(ready.matches());
            assertEquals(pid, Integer.parseInt(ready.group(1)));
        }

        /** The next output line, waiting up to 20 s. */
        String next() throws Exception {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (Files.exists(out)) {
                    List<String> all = Files.readAllLines(out);
                    if (all.size() > lines) {
                        return all.get(lines++);
                    }
                }
                Thread.sleep(5);
            }
            throw new AssertionError("no output line " + (lines + 1) + " from pid " + pid + ":\n"
                    + (Files.exists(out) ? Files.readString(out) : ""));
        }

        String command(String line) throws Exception {
            in.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
            return next();
        }

        /** The lines of a command that answers with several. */
        List<String> commandUntil(String line, String last) throws Exception {
            List<String> got = new ArrayList<>(List.of(command(line)));
            while (!got.get(got.size() - 1).startsWith(last)) {
                got.add(next());
            }
            return got;
        }

        int awaitExit() throws Exception {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline) {
                Integer status = parent.call(() -> {
                    int[] s = new int[1];
                    return LibC.waitpid(pid, s, LibC.WNOHANG) == pid ? s[0] : null;
                });
                if (status != null) {
                    return status;
                }
                Thread.sleep(5);
            }
            throw new AssertionError("pid " + pid + " did not exit");
        }

        @Override
        public void close() throws Exception {
            in.close();
            LibC.kill(pid, LibC.SIGKILL);
            parent.call(() -> LibC.waitpid(pid, new int[1], LibC.WNOHANG));
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void everyTrapOfTheInPlaceUpdateIsHandled(Build build) throws Exception {
        Path[] b = build(build);
        Path log = dir.resolve("service.log");
        try (Service s = new Service(b[0], log, b[2])) {
            assertEquals("ok", s.command("set a 5"));
            assertEquals("ok", s.command("set b 6"));
            assertEquals("a=5", s.command("get a"));
            assertEquals(List.of("even b=6 [plain]", "odd a=0x5 [hex]", "end"), s.commandUntil("list", "end"));
            assertEquals("plugin requests=5", s.command("plugin"));
            assertTrue(s.command("trace").matches("trace depth=\\d+ sym=cmd_trace"));
            LibC.kill(s.pid, 1);
            Thread.sleep(100);
            assertEquals("hups=1", s.command("hups"));

            LiveUpdate.Request request = new LiveUpdate.Request(s.pid, b[1], ChangeSet::fromDiff,
                    Duration.ofSeconds(10), false, false);
            UpdateReport report = LiveUpdate.update(request, line -> { });

            assertTrue(report.added().contains("stats_calls"), report.toText());
            assertTrue(report.carried().contains("calls.0") || report.carried().stream().anyMatch(n -> n.startsWith("gets.")),
                    "the function-local static is carried: " + report.carried());
            assertEquals("v2 a=5 (gets 2)", s.command("get a"), "v2's cmd_get, its static counter continued");
            assertEquals(List.of("even b=6 [plain]", "odd a=0x5 [hex]", "end"), s.commandUntil("list", "end"),
                    "heap objects' formatter pointers and literals");
            assertEquals("requests=10", s.command("count"));
            assertEquals("plugin requests=11", s.command("plugin"),
                    "the plugin's read-only GOT entry now points at NEW's global");
            Matcher trace = Pattern.compile("trace depth=(\\d+) sym=(\\S+)").matcher(s.command("trace"));
            assertTrue(trace.matches());
            assertTrue(Integer.parseInt(trace.group(1)) >= 4, "backtrace() from NEW reaches main: " + trace.group());
            assertEquals("cmd_trace", trace.group(2), "dladdr() finds NEW's function through the loader");
            LibC.kill(s.pid, 1);
            Thread.sleep(100);
            assertEquals("hups=101", s.command("hups"), "SIGHUP runs v2's handler");
            assertEquals("stats=1001", s.command("stats"), "a new global starts from NEW's initial value");
            assertEquals("ok", s.command("set c 7"));
            assertEquals(0, ProcStatus.tracerPid(s.pid));
            assertEquals("bye", s.command("quit"), "the atexit handler (a mangled pointer) still runs");
            int status = s.awaitExit();
            assertTrue(LibC.exited(status) && LibC.exitStatus(status) == 0, "exit status " + status);
            assertEquals(List.of("set a 5", "set b 6", "set c 7"), Files.readAllLines(log),
                    "the buffered log: nothing lost, nothing doubled");
        }
    }
}
