package org.cruise.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.Spawn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cruise check}, {@code cruise update} and {@code cruise show --pid} as a user runs them,
 * against a small program (one request per line on stdin) built twice: v2 changes handle().
 * Every refusal and bad input leaves the program running v1, untraced, answering.
 */
class UpdateCliTest {

    private static final String SOURCE = """
            #include <stdio.h>
            #include <stdlib.h>
            long served;
            __attribute__((noinline)) long handle(long n)
            {
            #ifdef V2
                return 1000 * n;
            #else
                return n + 1;
            #endif
            }
            int main(void)
            {
                char line[64];
                setvbuf(stdout, NULL, _IOLBF, 0);
                printf("ready\\n");
                while (fgets(line, sizeof line, stdin)) {
                    served++;
                    printf("%ld -> %ld (served %ld)\\n", atol(line), handle(atol(line)), served);
                }
                return 0;
            }
            """;

    @TempDir
    static Path programs;

    @TempDir
    Path dir;

    private static Tracer parent;
    private static Path v1, v2, stripped, other;
    private int pid;
    private Path output;
    private FileChannel input;
    private boolean reaped;

    @BeforeAll
    static void build() throws Exception {
        parent = new Tracer();
        Path source = programs.resolve("service.c");
        Files.writeString(source, SOURCE);
        Files.createDirectories(programs.resolve("v1"));
        Files.createDirectories(programs.resolve("v2"));
        v1 = gcc(source, programs.resolve("v1/service"));
        v2 = gcc(source, programs.resolve("v2/service"), "-DV2");
        tool(List.of("strip", "-o", programs.resolve("v2-stripped").toString(), v2.toString()));
        stripped = programs.resolve("v2-stripped");
        Path otherSource = programs.resolve("other.c");
        Files.writeString(otherSource, "#include <unistd.h>\nint work(int x) { return x * 3; }\n"
                + "int more(int x) { return work(x) + 1; }\nint main(void) { pause(); return more(1); }\n");
        other = gcc(otherSource, programs.resolve("other"));
    }

    @AfterAll
    static void stopParent() {
        parent.close();
    }

    private static Path gcc(Path source, Path out, String... extra) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("gcc", "-g", "-O2", "-Wall", "-fPIE", "-pie", "-o", out.toString()));
        cmd.addAll(List.of(extra));
        cmd.add(source.toString());
        tool(cmd);
        return out.toRealPath();
    }

    private static void tool(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), command + ": " + out);
    }

    @BeforeEach
    void start() throws Exception {
        Path fifo = dir.resolve("in");
        output = dir.resolve("out");
        tool(List.of("mkfifo", "-m", "600", fifo.toString()));
        input = FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
        List<String> argv = List.of("/bin/sh", "-c", "exec \"$0\" <\"$1\" >\"$2\" 2>&1", v1.toString(), fifo.toString(),
                output.toString());
        pid = parent.call(() -> Spawn.spawn("/bin/sh", argv, Map.of("PATH", "/usr/bin:/bin")));
        awaitOutput("ready");
    }

    @AfterEach
    void stop() throws Exception {
        input.close();
        if (!reaped) {
            LibC.kill(pid, LibC.SIGKILL);
            parent.call(() -> LibC.waitpid(pid, new int[1], 0));
        }
    }

    private String request(long n) throws Exception {
        input.write(ByteBuffer.wrap((n + "\n").getBytes(StandardCharsets.US_ASCII)));
        return awaitOutput(n + " -> ");
    }

    /** The last output line starting with prefix, waiting up to 20 s for it. */
    private String awaitOutput(String prefix) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!Files.exists(output)) { // the shell has not redirected yet
                Thread.sleep(10);
                continue;
            }
            List<String> lines = Files.readAllLines(output);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith(prefix)) {
                    return lines.get(i);
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no line starting with '" + prefix + "' in " + Files.readString(output));
    }

    /** Waiting for the next line, running the program's own code: what every refusal must leave. */
    private void assertRunsV1Untraced(long n) throws Exception {
        assertEquals(0, ProcStatus.tracerPid(pid), "untraced");
        assertEquals(v1, Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "exe")));
        assertTrue(request(n).startsWith(n + " -> " + (n + 1) + " "), "v1 still answers");
    }

    @Test
    void checkListsTheFramesAndSaysRestorable() throws Exception {
        request(1);
        CliRun run = CliRun.of("check", "--pid", Integer.toString(pid), "--to", v2.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("updated functions: handle"), run::toString);
        assertTrue(run.out().matches("(?s).*thread " + pid + " #\\d+ 0x[0-9a-f]+ main\\+\\d+: ok.*"), run::toString);
        assertTrue(run.out().contains("restorable now"), run::toString);
        assertRunsV1Untraced(2);
    }

    @Test
    void updateSwitchesTheProgramAndShowNamesIt() throws Exception {
        assertTrue(request(1).startsWith("1 -> 2 (served 1)"));
        CliRun dry = CliRun.of("update", "--pid", Integer.toString(pid), "--to", v2.toString(), "--dry-run");
        assertEquals(0, dry.exitCode(), dry::toString);
        assertTrue(dry.out().contains("dry run") && dry.out().contains("served"), dry::toString);
        assertRunsV1Untraced(2);

        CliRun run = CliRun.of("update", "--pid", Integer.toString(pid), "--to", v2.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().matches("(?s).*downtime: [0-9.]+ ms.*"), run::toString);
        assertTrue(run.out().contains("now runs " + v2), run::toString);
        assertEquals("3 -> 3000 (served 3)", request(3), "v2's handle, the counter carried");
        assertEquals(v2, Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "exe")));
        assertEquals(0, ProcStatus.tracerPid(pid));
        CliRun show = CliRun.of("show", "--pid", Integer.toString(pid));
        assertEquals(0, show.exitCode(), show::toString);
        assertTrue(show.out().startsWith("pid " + pid + " (service): " + v2), show::toString);
        assertTrue(show.out().contains(" in main+"), show::toString);
    }

    @Test
    void badInputIsNamedAndTheProgramRunsOn() throws Exception {
        request(1);
        String p = Integer.toString(pid);
        CliRun missing = CliRun.of("update", "--pid", p, "--to", dir.resolve("nope").toString());
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains(dir.resolve("nope").toString()), missing::toString);

        CliRun strippedRun = CliRun.of("update", "--pid", p, "--to", stripped.toString());
        assertEquals(3, strippedRun.exitCode(), strippedRun::toString);
        assertTrue(strippedRun.err().contains("no symbol table"), strippedRun::toString);

        CliRun different = CliRun.of("update", "--pid", p, "--to", other.toString());
        assertEquals(3, different.exitCode(), different::toString);
        assertTrue(different.err().contains("different program"), different::toString);

        Path list = dir.resolve("updated.txt");
        Files.writeString(list, "handle\nno_such_function\n");
        CliRun unknown = CliRun.of("update", "--pid", p, "--to", v2.toString(), "--updated", list.toString());
        assertEquals(2, unknown.exitCode(), unknown::toString);
        assertTrue(unknown.err().contains("no_such_function"), unknown::toString);

        CliRun timeout = CliRun.of("update", "--pid", p, "--to", v2.toString(), "--timeout", "soon");
        assertEquals(2, timeout.exitCode(), timeout::toString);
        assertTrue(timeout.err().contains("soon"), timeout::toString);

        CliRun gone = CliRun.of("update", "--pid", "999999", "--to", v2.toString());
        assertEquals(4, gone.exitCode(), gone::toString);
        assertTrue(gone.err().contains("999999"), gone::toString);

        assertRunsV1Untraced(2);
    }

    @Test
    void aChangedFunctionOnTheStackTimesOut() throws Exception {
        request(1);
        Path list = dir.resolve("updated.txt");
        Files.writeString(list, "main\n");
        CliRun run = CliRun.of("update", "--pid", Integer.toString(pid), "--to", v2.toString(), "--updated",
                list.toString(), "--timeout", "300ms");
        assertEquals(3, run.exitCode(), run::toString);
        assertTrue(run.err().contains("main (updated) on thread " + pid), run::toString);
        assertRunsV1Untraced(2);
    }

}
