package org.cruise.core.tests.update;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cruise.core.tests.tracee.Build;
import org.cruise.core.tests.tracee.CProgram;
import org.cruise.core.tests.update.HttpConnection.Response;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The demo web servers of programs/update/ (blocking and epoll), each version on its own, with no
 * update: what the update tests rely on. v1 serves files and has the traversal bug; v2 refuses
 * "..". The request counter counts every answered request; a connection stays open across
 * requests; between requests the server waits in the system call an update will find it in.
 */
class WebServerProgramTest {

    private static final String INDEX = "<html><body>CRUISE demo</body></html>\n";
    private static final Path PASSWD = Path.of("/etc/passwd");

    @TempDir
    Path dir;

    static Stream<Arguments> servers() {
        List<Arguments> all = new ArrayList<>();
        for (UpdateProgram program : List.of(UpdateProgram.WEBSERVER, UpdateProgram.WEBSERVER_EPOLL)) {
            for (Build build : Build.values()) {
                all.add(Arguments.of(program, build));
            }
        }
        return all.stream();
    }

    private Path docroot() throws Exception {
        Path docroot = dir.resolve("docroot");
        Files.createDirectories(docroot.resolve("sub"));
        Files.writeString(docroot.resolve("index.html"), INDEX);
        Files.writeString(docroot.resolve("sub/a..b.txt"), "dots inside a name\n");
        return docroot.toRealPath();
    }

    /** "/../../etc/passwd" with as many ".." as docroot is deep, so that it reaches /etc/passwd. */
    static String traversal(Path docroot) {
        return "/" + "../".repeat(docroot.getNameCount()) + "etc/passwd";
    }

    @ParameterizedTest
    @MethodSource("servers")
    void v1ServesFilesAndHasTheTraversalBug(UpdateProgram program, Build build) throws Exception {
        Path v1 = program.build(build).v1();
        Path docroot = docroot();
        try (Server server = Server.start(v1, dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            Response index = http.get("/index.html");
            assertEquals(200, index.status(), index::toString);
            assertEquals(INDEX, index.bodyText());
            assertEquals("text/html", index.header("Content-Type"));
            assertEquals("keep-alive", index.header("Connection"));
            assertEquals(1, index.requestCount());

            Response passwd = http.get(traversal(docroot));
            assertEquals(200, passwd.status(), "v1 leaves the document root: " + passwd);
            assertArrayEquals(Files.readAllBytes(PASSWD), passwd.body());
            assertEquals(2, passwd.requestCount());

            assertEquals(404, http.get("/missing.html").status());
            Response root = http.get("/");
            assertEquals(INDEX, root.bodyText());
            assertEquals(4, root.requestCount());
            assertEquals(5, http.get("/sub/a..b.txt").requestCount());
            assertTrue(server.alive());
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void v2RefusesTraversalAndServesTheRest(UpdateProgram program, Build build) throws Exception {
        Path v2 = program.build(build).v2();
        Path docroot = docroot();
        try (Server server = Server.start(v2, dir.resolve("run"), docroot.toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(INDEX, http.get("/index.html").bodyText());
            for (String target : List.of(traversal(docroot), "/..", "/sub/../index.html", "/sub/..")) {
                Response refused = http.get(target);
                assertEquals(403, refused.status(), () -> target + ": " + refused);
                assertEquals("Forbidden", refused.bodyText());
            }
            Response dots = http.get("/sub/a..b.txt");
            assertEquals(200, dots.status(), "'..' inside a file name is no traversal: " + dots);
            assertEquals("dots inside a name\n", dots.bodyText());
            assertEquals(6, dots.requestCount());
        }
    }

    /** Between two requests on a kept-alive connection the server waits in recv (or epoll_wait). */
    @ParameterizedTest
    @MethodSource("servers")
    void waitsForTheNextRequestOnAKeptAliveConnection(UpdateProgram program, Build build) throws Exception {
        Path v1 = program.build(build).v1();
        try (Server server = Server.start(v1, dir.resolve("run"), docroot().toString(), "0");
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(200, http.get("/index.html").status());
            int waitsIn = program == UpdateProgram.WEBSERVER_EPOLL ? Server.SYS_EPOLL_WAIT : Server.SYS_RECVFROM;
            server.awaitSyscall(server.pid(), waitsIn);
            assertEquals(2, http.get("/index.html").requestCount());
            assertEquals(1, server.threadsByName().size(), "single-threaded");
        }
    }

    /** Connection: close is honoured; the next client is served and the counter goes on. */
    @ParameterizedTest
    @EnumSource(Build.class)
    void closesOnRequestAndServesTheNextClient(Build build) throws Exception {
        Path v1 = UpdateProgram.WEBSERVER.build(build).v1();
        try (Server server = Server.start(v1, dir.resolve("run"), docroot().toString())) {
            try (HttpConnection first = new HttpConnection(server.port())) {
                first.send("GET /index.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                Response r = first.readResponse();
                assertEquals("close", r.header("Connection"));
                assertTrue(first.closedByServer(10_000), "server closed the connection");
            }
            try (HttpConnection second = new HttpConnection(server.port())) {
                assertEquals(2, second.get("/index.html").requestCount());
                second.send("POST /index.html HTTP/1.1\r\nHost: x\r\n\r\n");
                assertEquals(405, second.readResponse().status());
            }
        }
    }

    /** Several clients at once, each on its own kept-alive connection; one counter for all. */
    @ParameterizedTest
    @EnumSource(Build.class)
    void epollServerServesSeveralKeptAliveClientsAtOnce(Build build) throws Exception {
        Path v1 = UpdateProgram.WEBSERVER_EPOLL.build(build).v1();
        try (Server server = Server.start(v1, dir.resolve("run"), docroot().toString(), "0");
                HttpConnection a = new HttpConnection(server.port());
                HttpConnection b = new HttpConnection(server.port());
                HttpConnection c = new HttpConnection(server.port())) {
            assertEquals(1, a.get("/index.html").requestCount());
            assertEquals(2, b.get("/index.html").requestCount());
            assertEquals(3, c.get("/../../etc/passwd").requestCount());
            assertEquals(4, a.get("/").requestCount());
            // Pipelined: two requests in one write are both answered, in order.
            b.send("GET /index.html HTTP/1.1\r\nHost: x\r\n\r\nGET /missing HTTP/1.1\r\nHost: x\r\n\r\n");
            assertEquals(200, b.readResponse().status());
            Response missing = b.readResponse();
            assertEquals(404, missing.status());
            assertEquals(6, missing.requestCount());
            assertEquals(7, c.get("/index.html").requestCount());
        }
    }

    /**
     * The refusal cases: v2 with a changed main loop (which reports each accepted connection on
     * stderr) and v2 with a larger server_name both have the fix and serve; their v1 is the demo's.
     */
    @ParameterizedTest
    @EnumSource(Build.class)
    void refusalVariantsServeWithTheFix(Build build) throws Exception {
        Path loop = UpdateProgram.WEBSERVER_LOOP_CHANGED.build(build).v2();
        try (Server server = Server.start(loop, dir.resolve("loop"), docroot().toString());
                HttpConnection http = new HttpConnection(server.port())) {
            assertEquals(403, http.get("/../../etc/passwd").status());
            server.await("'accepted connection 1' on stderr", () -> server.stderr().contains("accepted connection 1\n"));
        }
        Path global = UpdateProgram.WEBSERVER_GLOBAL_CHANGED.build(build).v2();
        try (Server server = Server.start(global, dir.resolve("global"), docroot().toString());
                HttpConnection http = new HttpConnection(server.port())) {
            Response r = http.get("/../../etc/passwd");
            assertEquals(403, r.status());
            assertEquals("cruise-demo", r.header("Server"));
        }
        assertEquals(16, symbolSizes(UpdateProgram.WEBSERVER_GLOBAL_CHANGED.build(build).v1()).get("server_name"));
        assertEquals(32, symbolSizes(global).get("server_name"));
        assertEquals(UpdateProgram.WEBSERVER.build(build).v1(), UpdateProgram.WEBSERVER_LOOP_CHANGED.build(build).v1(),
                "the refusal cases start from the demo's v1");
    }

    /** Object sizes by symbol name, from nm -S (binutils). */
    static Map<String, Long> symbolSizes(Path program) throws Exception {
        Map<String, Long> sizes = new HashMap<>();
        for (String line : CProgram.run(List.of("nm", "-S", program.toString())).split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4) {
                sizes.put(f[3], Long.parseLong(f[1], 16));
            }
        }
        return sizes;
    }
}
