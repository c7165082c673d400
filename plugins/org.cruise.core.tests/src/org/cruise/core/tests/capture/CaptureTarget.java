package org.cruise.core.tests.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.core.sys.Spawn;

/**
 * One running capture_target.c: started with posix_spawn on the tracer thread (a tracee must not
 * be a ProcessBuilder child, whose reaper thread would take its ptrace stops), its facts file
 * read back, commands sent through its FIFO, and at the end stopped and reaped on the tracer
 * thread, whose child it is.
 */
final class CaptureTarget implements AutoCloseable {
    private static final long READY_TIMEOUT_MS = 20_000;

    final Tracer tracer;
    final Path binary;
    final Path dir;
    final Path factsFile;
    final Path fifo;
    final List<String> argv;
    final int pid;
    private TracedProcess traced;
    private boolean reaped;

    private CaptureTarget(Tracer tracer, Path binary, Path dir, List<String> argv, int pid) {
        this.tracer = tracer;
        this.binary = binary;
        this.dir = dir;
        this.factsFile = dir.resolve("facts");
        this.fifo = dir.resolve("fifo");
        this.argv = argv;
        this.pid = pid;
    }

    /** Compiles capture_target.c (-O0 -g, PIE, with threads) into dir. */
    static Path compile(Path dir) throws IOException, InterruptedException {
        Path source = dir.resolve("capture_target.c");
        try (InputStream in = CaptureTarget.class.getResourceAsStream("capture_target.c")) {
            assertNotNull(in, "capture_target.c is not on the test bundle's class path");
            Files.copy(in, source);
        }
        Path binary = dir.resolve("capture_target");
        List<String> command = List.of("gcc", "-O0", "-g", "-pthread", "-Wall", "-Werror", "-o", binary.toString(),
                source.toString());
        // gcc is an ordinary child (never traced): ProcessBuilder is fine for it.
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("gcc timed out");
        }
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + out);
        return binary;
    }

    /**
     * Starts the program in dir (its scratch directory) and waits until its setup is done.
     *
     * @param peerPort TCP port on 127.0.0.1 it connects to, 0 for none
     */
    static CaptureTarget start(Tracer tracer, Path binary, Path dir, int peerPort, boolean netns) throws Exception {
        List<String> argv = new ArrayList<>(List.of(binary.toString(), dir.resolve("facts").toString(),
                dir.resolve("fifo").toString(), dir.toString(), Integer.toString(peerPort)));
        if (netns) {
            argv.add("netns");
        }
        int pid = tracer.call(() -> Spawn.spawn(binary.toString(), argv, Map.of("CRUISE_CAPTURE_TEST", "yes")));
        CaptureTarget t = new CaptureTarget(tracer, binary, dir, List.copyOf(argv), pid);
        try {
            t.awaitFact("ready");
        } catch (Throwable e) {
            t.close();
            throw e;
        }
        return t;
    }

    /** The facts so far; a key written twice keeps its last value. */
    Map<String, String> facts() throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(factsFile)) {
            return m;
        }
        for (String line : Files.readAllLines(factsFile)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    String fact(String key) throws IOException {
        String v = facts().get(key);
        assertNotNull(v, () -> "the target wrote no fact " + key + "; facts: " + factsOrError());
        return v;
    }

    long factLong(String key) throws IOException {
        return Long.parseUnsignedLong(fact(key));
    }

    int factInt(String key) throws IOException {
        return Integer.parseInt(fact(key));
    }

    /** Waits until the target wrote key; fails at once if it reported an error or died. */
    String awaitFact(String key) throws Exception {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            Map<String, String> f = facts();
            if (f.containsKey(key)) {
                return f.get(key);
            }
            if (f.containsKey("error") || f.containsKey("fifo.read.error")) {
                fail("the target failed: " + f);
            }
            Thread.sleep(10);
        }
        fail("the target wrote no " + key + " within " + READY_TIMEOUT_MS + " ms; facts: " + factsOrError());
        return null;
    }

    private String factsOrError() {
        try {
            return facts().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Sends one command line through the FIFO (the target holds it open for reading). */
    void command(String line) throws IOException {
        try (FileOutputStream out = new FileOutputStream(fifo.toFile())) {
            out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Seizes every thread and stops them all. */
    TracedProcess stop() throws Exception {
        traced = tracer.call(() -> {
            TracedProcess p = TracedProcess.seize(pid);
            p.stopAll();
            return p;
        });
        return traced;
    }

    /** Detaches; the target runs on. */
    void detach() throws NativeException {
        TracedProcess p = traced;
        traced = null;
        tracer.call(() -> {
            p.detach();
            return null;
        });
    }

    /** rsp of every thread; the target must be stopped. */
    List<Long> stackPointers() throws Exception {
        return tracer.call(() -> {
            List<Long> sps = new ArrayList<>();
            for (int tid : traced.tids()) {
                sps.add(Ptrace.getRegs(tid).rsp());
            }
            return sps;
        });
    }

    /** Asks the program to exit and reaps it; returns its wait status. */
    int exit() throws Exception {
        command("exit");
        int status = tracer.call(() -> {
            int[] st = new int[1];
            LibC.waitpid(pid, st, LibC.WALL);
            return st[0];
        });
        reaped = true;
        return status;
    }

    /** Detaches if still traced, kills and reaps: nothing outlives a test. */
    @Override
    public void close() throws NativeException {
        if (traced != null) {
            detach();
        }
        if (!reaped) {
            tracer.call(() -> {
                LibC.kill(pid, LibC.SIGKILL);
                LibC.waitpid(pid, new int[1], LibC.WALL);
                return null;
            });
            reaped = true;
        }
    }
}
