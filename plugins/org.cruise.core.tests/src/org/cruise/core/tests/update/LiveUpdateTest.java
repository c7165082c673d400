package org.cruise.core.tests.update;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.sys.LibC;
import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.update.HttpConnection.Response;
import org.cruise.core.update.ChangeSet;
import org.cruise.core.update.LiveUpdate;
import org.cruise.core.update.UpdateReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The live-update engine on real running servers (programs/update/): each is switched from v1 to
 * v2 while a client stays connected, and must keep its memory, connections and pid, run v2's code
 * where v2 changed, carry its globals, and answer as before where nothing changed. Refusals leave
 * v1 running untouched. The updated functions are named as the paper's user would (a list), so
 * these tests exercise the engine alone, not the binary comparison.
 */
class LiveUpdateTest {

    private static final String INDEX = "<html><body>CRUISE demo</body></html>\n";
    private static final int SIGHUP = 1;

    @TempDir
    Path dir;

    private Path docroot() throws Exception {
        Path docroot = dir.resolve("docroot");
        Files.createDirectories(docroot);
        Files.writeString(docroot.resolve("index.html"), INDEX);
        return docroot.toRealPath();
    }

    static UpdateReport update(Server server, Path v2, Duration timeout, String... updated) throws CruiseException {
        List<String> names = List.of(updated);
        LiveUpdate.Request request = new LiveUpdate.Request(server.pid(), v2,
                (oldImage, newImage) -> ChangeSet.fromNames(oldImage, newImage, names, "test"), timeout, false, false);
        List<String> progress = new ArrayList<>();
        return LiveUpdate.update(request, progress::add);
    }

    /** The process is not traced any more, runs program (by /proc/PID/exe and maps), and is alive. */
    private static void assertRuns(Server server, Path program) throws Exception {
        assertTrue(server.alive(), "pid " + server.pid() + " is alive");
        assertEquals(0, ProcStatus.tracerPid(server.pid()), "nobody traces it any more");
        Path exe = Files.readSymbolicLink(Path.of("/proc", Integer.toString(server.pid()), "exe"));
        assertEquals(program.toRealPath(), exe, "/proc/PID/exe");
        String maps = Files.readString(Path.of("/proc", Integer.toString(server.pid()), "maps"));
        assertTrue(maps.contains(program.toRealPath().toString()), "maps name " + program + ":\n" + maps);
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void demoServerIsFixedBetweenTwoRequestsOfOneConnection(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.WEBSERVER.build(build);
        Path docroot = docroot();
        String traversal = WebServerProgramTest.traversal(docroot);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(200, http.get("/index.html").status());
            Response leak = http.get(traversal);
            assertEquals(200, leak.status(), "v1 has the bug");
            assertArrayEquals(Files.readAllBytes(Path.of("/etc/passwd")), leak.body());
            assertEquals(2, leak.requestCount());
            server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);

            UpdateReport report = update(server, versions.v2(), Duration.ofSeconds(10), "resolve_path");

            assertTrue(report.carried().contains("request_count"), "globals carried: " + report.carried());
            assertTrue(report.dropped().isEmpty(), "dropped: " + report.dropped());
            assertTrue(report.downtimeMillis() > 0, report.toText());
            Response refused = http.get(traversal);
            assertEquals(403, refused.status(), "the same connection now gets v2's answer: " + refused);
            assertEquals(3, refused.requestCount(), "the counter continued");
            Response index = http.get("/index.html");
            assertEquals(200, index.status());
            assertEquals(INDEX, index.bodyText());
            assertEquals(4, index.requestCount());
            assertRuns(server, versions.v2());
        }
        // a new connection after the first one is done: the listening socket survived
        try (Server server = Server.start(versions.v1(), dir.resolve("run2"), docroot.toString(), "0")) {
            server.awaitSyscall(server.pid(), Server.SYS_ACCEPT, Server.SYS_ACCEPT4);
            update(server, versions.v2(), Duration.ofSeconds(10), "resolve_path");
            try (HttpConnection http = new HttpConnection(server.port())) {
                assertEquals(403, http.get(traversal).status());
                assertEquals(1, http.get("/index.html").requestCount() - 1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Build.class, names = { "O2_PIE", "O0_NO_PIE" })
    void epollServerKeepsEveryConnectionAndItsHalfReadRequest(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.WEBSERVER_EPOLL.build(build);
        Path docroot = docroot();
        String traversal = WebServerProgramTest.traversal(docroot);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), docroot.toString(), "0");
                HttpConnection a = new HttpConnection(server.port());
                HttpConnection b = new HttpConnection(server.port());
                HttpConnection c = new HttpConnection(server.port())) {
            assertEquals(1, a.get("/index.html").requestCount());
            assertEquals(2, b.get("/index.html").requestCount());
            assertEquals(200, c.get(traversal).status());
            b.send("GET /index.html HTTP/1.1\r\n"); // half a request, kept in b's heap buffer
            server.awaitSyscall(server.pid(), Server.SYS_EPOLL_WAIT);
            Thread.sleep(50);
            server.awaitSyscall(server.pid(), Server.SYS_EPOLL_WAIT);

            update(server, versions.v2(), Duration.ofSeconds(10), "resolve_path");

            Response ra = a.get(traversal);
            assertEquals(403, ra.status());
            assertEquals(4, ra.requestCount());
            b.send("Host: x\r\n\r\n");
            Response rb = b.readResponse();
            assertEquals(200, rb.status(), "the request begun under v1 is completed by v2");
            assertEquals(INDEX, rb.bodyText());
            assertEquals(5, rb.requestCount());
            assertEquals(403, c.get(traversal).status());
            try (HttpConnection d = new HttpConnection(server.port())) {
                assertEquals(7, d.get("/index.html").requestCount(), "a new connection is accepted");
            }
            assertRuns(server, versions.v2());
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void keyValueServerKeepsItsStateAndRunsTheNewHandlers(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.KVSTORE.build(build);
        Path log = dir.resolve("kv.log");
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), log.toString(), "0");
                KvClient kv = new KvClient(server.port())) {
            assertEquals("OK", kv.command("SET a alpha"));
            assertEquals("OK", kv.command("SETQ q quoted text"));
            assertEquals("OK", kv.command("SET b beta"));
            assertEquals("FILLED 100", kv.command("FILL 100 64"));
            assertEquals("DELETED", kv.command("DEL b"));
            assertEquals("INFO q id=1001 origin=setq format=quoted", kv.command("INFO q"));
            assertEquals("NOTFOUND", kv.command("GET nothing"));
            assertEquals("VERSION 1", kv.command("VERSION"));
            server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);
            server.signal(SIGHUP);
            server.await("SIGHUP counted", () -> kv.command("STATS").endsWith("hups=1 hupby=1"));
            String stats = kv.command("STATS");
            assertEquals(0, Files.size(log), "the log lines wait in the stdio buffer");
            server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);

            UpdateReport report = update(server, versions.v2(), Duration.ofSeconds(10), "cmd_get", "cmd_version",
                    "on_hup");

            assertTrue(report.added().contains("misses"), "new global: " + report.added());
            for (String global : List.of("commands_total", "sets", "gets", "hups", "table", "log_file", "commands",
                    "id.0")) {
                assertTrue(report.carried().contains(global), global + " carried: " + report.carried());
            }
            assertEquals("VALUE alpha", kv.command("GET a"));
            assertEquals("VALUE \"quoted text\"", kv.command("GET q"), "the formatter pointer in the heap entry works");
            assertEquals("VALUE " + "x".repeat(64), kv.command("GET fill-99"));
            assertEquals("NOTFOUND b misses=1", kv.command("GET b"), "v2's cmd_get and its new global");
            assertEquals("COUNT 102", kv.command("COUNT"), "a, q and fill-0..99");
            assertEquals("INFO q id=1001 origin=setq format=quoted", kv.command("INFO q"),
                    "the heap entry's formatter now points at v2's format_quoted, its literal is readable");
            assertEquals("OK", kv.command("SET c gamma"));
            assertEquals("INFO c id=1103 origin=set format=plain", kv.command("INFO c"), "next_id's static continued");
            assertEquals("VERSION 2", kv.command("VERSION"), "the dispatch table reaches v2's cmd_version");
            long before = Long.parseLong(stats.replaceAll(".*commands=(\\d+).*", "$1"));
            String after = kv.command("STATS");
            assertEquals(before + 10, Long.parseLong(after.replaceAll(".*commands=(\\d+).*", "$1")), after);
            server.signal(SIGHUP);
            server.await("second SIGHUP counted by v2's handler", () -> kv.command("STATS").endsWith("hups=2 hupby=2"));
            assertRuns(server, versions.v2());
            assertEquals("BYE", kv.command("SHUTDOWN"));
            int status = server.awaitExit();
            assertTrue(LibC.exited(status) && LibC.exitStatus(status) == 0, "exit status " + status);
            List<String> lines = Files.readAllLines(log);
            assertEquals("1 SET a alpha", lines.get(0), "the lines buffered before the switch reached the file");
            assertTrue(lines.contains("hup 1") && lines.contains("hup 2"), String.join("\n", lines));
            assertTrue(lines.get(lines.size() - 1).endsWith(" SHUTDOWN"), String.join("\n", lines));
            assertEquals(lines.size(), lines.stream().distinct().count(), "nothing written twice");
        }
    }

    /**
     * The multi-threaded key-value server with key k set through a, every thread named, and a
     * worker sleeping in cmd_work for millis on b's behalf; returns the threads by name.
     */
    private static Map<String, Integer> startLongWork(Server server, KvClient a, KvClient b, int millis) throws Exception {
        assertEquals("OK", a.command("SET k v"));
        server.await("every thread named", () -> server.threadsByName().keySet().containsAll(
                List.of("acceptor", "worker-0", "worker-1", "worker-2")));
        Map<String, Integer> threads = server.threadsByName();
        b.send("WORK " + millis);
        server.await("a worker sleeping in cmd_work", () -> {
            for (int tid : server.threadsByName().values()) {
                if (server.syscall(tid).orElse(-1) == Server.SYS_CLOCK_NANOSLEEP) {
                    return true;
                }
            }
            return false;
        });
        return threads;
    }

    @ParameterizedTest
    @EnumSource(value = Build.class, names = { "O2_PIE", "O2_NO_PIE" })
    void multiThreadedServerWaitsUntilNoThreadRunsAChangedFunction(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.KVSTORE_MT.build(build);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), "0");
                KvClient a = new KvClient(server.port());
                KvClient b = new KvClient(server.port());
                KvClient c = new KvClient(server.port())) {
            Map<String, Integer> threads = startLongWork(server, a, b, 1500);
            CompletableFuture<UpdateReport> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return update(server, versions.v2(), Duration.ofSeconds(20), "cmd_work", "cmd_version");
                } catch (CruiseException e) {
                    throw new RuntimeException(e);
                }
            });
            Thread.sleep(300);
            assertFalse(running.isDone(), "the update waits while cmd_work is on a worker's stack");
            assertEquals("WORKED 1500", b.reply(), "the call begun in v1 ends in v1");
            UpdateReport report = running.get(30, TimeUnit.SECONDS);
            assertTrue(report.waitedMillis() > 0, report.toText());
            // A breakpoint where cmd_work returns, not a look every few milliseconds: the process
            // ran untouched meanwhile (at most a look per second besides).
            assertTrue(report.waitLooks() >= 1 && report.waitLooks() <= 3, report.toText());
            assertEquals("WORKED 1 v2", b.command("WORK 1"));
            assertEquals("VERSION 2", a.command("VERSION"));
            assertEquals("VALUE v", c.command("GET k"));
            assertEquals(threads, server.threadsByName(), "every thread continues");
            assertRuns(server, versions.v2());
        }
    }

    /**
     * While the update waits for one worker to leave cmd_work, another worker runs cmd_work from
     * start to end and returns through the watched return address: that return is not the watched
     * frame's (another thread, another stack pointer), so it is stepped over and served by v1, and
     * the update goes on waiting for the right one.
     */
    @Test
    void anotherThreadsReturnThroughTheWatchedAddressIsSteppedOver() throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.KVSTORE_MT.build(Build.O2_PIE);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), "0");
                KvClient a = new KvClient(server.port());
                KvClient b = new KvClient(server.port());
                KvClient c = new KvClient(server.port())) {
            startLongWork(server, a, b, 4000);
            java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
            CompletableFuture<UpdateReport> running = CompletableFuture.supplyAsync(() -> {
                try {
                    LiveUpdate.Request request = new LiveUpdate.Request(server.pid(), versions.v2(),
                            (o, n) -> ChangeSet.fromNames(o, n, List.of("cmd_work", "cmd_version"), "test"),
                            Duration.ofSeconds(20), false, false);
                    return LiveUpdate.update(request, line -> {
                        if (line.startsWith("waiting for a safe point")) {
                            waiting.countDown();
                        }
                    });
                } catch (CruiseException e) {
                    throw new RuntimeException(e);
                }
            });
            assertTrue(waiting.await(20, TimeUnit.SECONDS), "the update waits for the long cmd_work");
            Thread.sleep(200); // its breakpoint is planted right after it says so
            for (int i = 0; i < 3; i++) {
                assertEquals("WORKED 20", c.command("WORK 20"), "another worker's whole cmd_work, in v1");
            }
            assertFalse(running.isDone(), "the long cmd_work is still on its worker's stack");
            assertEquals("WORKED 4000", b.reply());
            UpdateReport report = running.get(30, TimeUnit.SECONDS);
            assertTrue(report.waitLooks() <= 5, report.toText());
            assertEquals("WORKED 1 v2", c.command("WORK 1"));
            assertEquals("VALUE v", a.command("GET k"));
            assertRuns(server, versions.v2());
        }
    }

    @Test
    void aChangedFunctionThatNeverReturnsTimesOutAndLeavesTheServerAsItWas() throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.WEBSERVER_LOOP_CHANGED.build(Build.O2_PIE);
        Path docroot = docroot();
        String traversal = WebServerProgramTest.traversal(docroot);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(200, http.get(traversal).status());
            CruiseException e = assertThrows(CruiseException.class,
                    () -> update(server, versions.v2(), Duration.ofMillis(500), "resolve_path", "serve_forever"));
            assertEquals(ExitCode.REFUSED, e.exitCode());
            assertTrue(e.getMessage().contains("serve_forever") && e.getMessage().contains("thread " + server.pid()),
                    e.getMessage());
            for (int i = 0; i < 50; i++) {
                assertEquals(200, http.get(traversal).status(), "still v1");
            }
            assertRuns(server, versions.v1());
            assertEquals("0000000000000000", ProcStatus.field(server.pid(), "SigPnd"));
        }
    }

    @Test
    void aGlobalThatChangedSizeIsRefusedByName() throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.WEBSERVER_GLOBAL_CHANGED.build(Build.O2_PIE);
        Path docroot = docroot();
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(1, http.get("/index.html").requestCount());
            server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);
            CruiseException e = assertThrows(CruiseException.class,
                    () -> update(server, versions.v2(), Duration.ofSeconds(5), "resolve_path"));
            assertEquals(ExitCode.REFUSED, e.exitCode());
            assertTrue(e.getMessage().contains("server_name") && e.getMessage().contains("16 -> 32"), e.getMessage());
            assertEquals(2, http.get("/index.html").requestCount(), "the same connection, still served");
            assertRuns(server, versions.v1());
        }
    }

    @Test
    void withAllowDataChangeAGlobalThatChangedSizeStartsFromNewsInitialValue() throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.WEBSERVER_GLOBAL_CHANGED.build(Build.O2_PIE);
        Path docroot = docroot();
        String traversal = WebServerProgramTest.traversal(docroot);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(200, http.get(traversal).status());
            server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);
            LiveUpdate.Request request = new LiveUpdate.Request(server.pid(), versions.v2(),
                    (o, n) -> ChangeSet.fromNames(o, n, List.of("resolve_path"), "test"), Duration.ofSeconds(5), false,
                    true);
            UpdateReport report = LiveUpdate.update(request, line -> { });
            assertTrue(report.reset().stream().anyMatch(r -> r.startsWith("server_name (16 -> 32 bytes)")), report.toText());
            Response after = http.get(traversal);
            assertEquals(403, after.status());
            assertEquals(2, after.requestCount(), "the other globals were carried");
            assertRuns(server, versions.v2());
        }
    }

    @Test
    void aDifferentProgramIsRefused() throws Exception {
        Path docroot = docroot();
        try (Server server = Server.start(UpdateProgram.WEBSERVER.build(Build.O2_PIE).v1(), dir.resolve("run"),
                docroot.toString(), "0"); HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(1, http.get("/index.html").requestCount());
            CruiseException e = assertThrows(CruiseException.class,
                    () -> update(server, UpdateProgram.KVSTORE.build(Build.O2_PIE).v2(), Duration.ofSeconds(5)));
            assertEquals(ExitCode.REFUSED, e.exitCode());
            assertTrue(e.getMessage().contains("different program"), e.getMessage());
            assertEquals(2, http.get("/index.html").requestCount());
            assertRuns(server, UpdateProgram.WEBSERVER.build(Build.O2_PIE).v1());
        }
    }

    @Test
    void aDryRunChangesNothing() throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.WEBSERVER.build(Build.O2_PIE);
        Path docroot = docroot();
        String traversal = WebServerProgramTest.traversal(docroot);
        try (Server server = Server.start(versions.v1(), dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(200, http.get(traversal).status());
            server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);
            String maps = Files.readString(Path.of("/proc", Integer.toString(server.pid()), "maps"));
            LiveUpdate.Request request = new LiveUpdate.Request(server.pid(), versions.v2(),
                    (o, n) -> ChangeSet.fromNames(o, n, List.of("resolve_path"), "test"), Duration.ofSeconds(5), true,
                    false);
            UpdateReport plan = LiveUpdate.update(request, line -> { });
            assertTrue(plan.toText().contains("dry run"), plan.toText());
            assertTrue(plan.carried().contains("request_count"), plan.toText());
            Response again = http.get(traversal);
            assertEquals(200, again.status(), "still v1");
            assertEquals(2, again.requestCount());
            assertRuns(server, versions.v1());
            assertEquals(maps, Files.readString(Path.of("/proc", Integer.toString(server.pid()), "maps")),
                    "no mapping left behind");
        }
    }
}
