package org.cruise.core.tests.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cruise.core.sys.LibC;
import org.cruise.core.tests.tracee.Build;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kvstore (programs/update/kvstore_v1.c, kvstore_v2.c), each version on its own, with no update:
 * what the update tests rely on. Both versions keep keys, ids from the function-local static,
 * formatter pointers and origin literals; their counters count; the log is buffered by stdio
 * and complete after SHUTDOWN; SIGHUP is noticed. v2 differs exactly where its header says.
 */
class KvStoreProgramTest {

    private static final int SIGHUP = 1;

    @TempDir
    Path dir;

    private Server start(Path program) throws Exception {
        return Server.start(program, dir.resolve("run"), dir.resolve("kv.log").toString(), "0");
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void v1KeepsKeysAndCounts(Build build) throws Exception {
        try (Server server = start(UpdateProgram.KVSTORE.build(build).v1());
                KvClient kv = new KvClient(server.port())) {
            commonBehaviour(kv);
            assertEquals("NOTFOUND", kv.command("GET nothing"));
            assertEquals("VERSION 1", kv.command("VERSION"));
            assertEquals("STATS commands=16 sets=3 gets=4 hups=0 hupby=0", kv.command("STATS"));
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void v2DiffersInGetAndVersion(Build build) throws Exception {
        try (Server server = start(UpdateProgram.KVSTORE.build(build).v2());
                KvClient kv = new KvClient(server.port())) {
            commonBehaviour(kv);
            assertEquals("NOTFOUND nothing misses=1", kv.command("GET nothing"));
            assertEquals("NOTFOUND other misses=2", kv.command("GET other"));
            assertEquals("VERSION 2", kv.command("VERSION"));
            assertEquals("STATS commands=17 sets=3 gets=5 hups=0 hupby=0", kv.command("STATS"));
        }
    }

    /** 13 commands: 3 sets, 3 gets (the caller's GET is the 4th), ids 1000.., FILL, DEL. */
    private static void commonBehaviour(KvClient kv) throws Exception {
        assertEquals("OK", kv.command("SET greeting hello world"));
        assertEquals("OK", kv.command("SETQ quoted some text"));
        assertEquals("OK", kv.command("SET gone soon"));
        assertEquals("VALUE hello world", kv.command("GET greeting"));
        assertEquals("VALUE \"some text\"", kv.command("GET quoted"));
        assertEquals("INFO greeting id=1000 origin=set format=plain", kv.command("INFO greeting"));
        assertEquals("INFO quoted id=1001 origin=setq format=quoted", kv.command("INFO quoted"));
        assertEquals("FILLED 3", kv.command("FILL 3 5"));
        assertEquals("INFO fill-2 id=1005 origin=fill format=plain", kv.command("INFO fill-2"));
        assertEquals("VALUE xxxxx", kv.command("GET fill-0"));
        assertEquals("DELETED", kv.command("DEL gone"));
        assertEquals("COUNT 5", kv.command("COUNT"));
        assertEquals("ERROR unknown command BOGUS", kv.command("BOGUS x"));
    }

    /** SIGHUP runs the version's handler (hupby) and the main loop logs it before the next command. */
    @ParameterizedTest
    @EnumSource(Build.class)
    void sighupIsHandledByTheVersionsHandler(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.KVSTORE.build(build);
        for (Path program : List.of(versions.v1(), versions.v2())) {
            int version = program.equals(versions.v1()) ? 1 : 2;
            Files.deleteIfExists(dir.resolve("kv.log"));
            try (Server server = Server.start(program, dir.resolve("v" + version), dir.resolve("kv.log").toString());
                    KvClient kv = new KvClient(server.port())) {
                assertEquals("OK", kv.command("SET k v"));
                server.awaitSyscall(server.pid(), Server.SYS_RECVFROM);
                // One at a time: a second SIGHUP sent while the first is pending would merge with it.
                server.signal(SIGHUP);
                server.await("one SIGHUP counted", () -> kv.command("STATS").contains("hups=1"));
                server.signal(SIGHUP);
                server.await("two SIGHUPs counted", () -> kv.command("STATS").contains("hups=2"));
                assertTrue(kv.command("STATS").endsWith("hups=2 hupby=" + version));
                assertEquals("VALUE v", kv.command("GET k"), "recv was restarted, the connection goes on");
                assertEquals("BYE", kv.command("SHUTDOWN"));
                assertEquals(0, server.awaitExit());
                String log = Files.readString(dir.resolve("kv.log"));
                assertTrue(log.startsWith("1 SET k v\n"), log);
                assertTrue(log.contains("\nhup "), "the main loop logged the SIGHUPs: " + log);
            }
        }
    }

    /**
     * The log is written through stdio's buffer: nothing reaches the file until FLUSH, a full
     * buffer or SHUTDOWN, and after SHUTDOWN every line is there, in order. An update must keep
     * that buffer: what was in it before the switch must be in the file after SHUTDOWN.
     */
    @ParameterizedTest
    @EnumSource(Build.class)
    void logIsBufferedAndCompleteAfterShutdown(Build build) throws Exception {
        Path log = dir.resolve("kv.log");
        Files.writeString(log, "earlier run\n");
        try (Server server = start(UpdateProgram.KVSTORE.build(build).v1()); KvClient kv = new KvClient(server.port())) {
            List<String> expected = new ArrayList<>(List.of("earlier run"));
            for (int i = 1; i <= 20; i++) {
                assertEquals("OK", kv.command("SET key" + i + " value" + i));
                expected.add(i + " SET key" + i + " value" + i);
            }
            assertEquals("earlier run\n", Files.readString(log), "lines wait in the stdio buffer");
            assertEquals("FLUSHED", kv.command("FLUSH"));
            expected.add("21 FLUSH");
            assertEquals(String.join("\n", expected) + "\n", Files.readString(log));
            assertEquals("COUNT 20", kv.command("COUNT"));
            expected.add("22 COUNT");
            assertEquals("BYE", kv.command("QUIT"));
            expected.add("23 QUIT");
            assertTrue(kv.closedByServer(10_000), "QUIT closes the connection");
            try (KvClient next = new KvClient(server.port())) {
                assertEquals("VALUE value7", next.command("GET key7"), "keys outlive the connection");
                expected.add("24 GET key7");
                assertEquals(String.join("\n", expected.subList(0, 22)) + "\n", Files.readString(log),
                        "still buffered");
                assertEquals("BYE", next.command("SHUTDOWN"));
                expected.add("25 SHUTDOWN");
            }
            int status = server.awaitExit();
            assertTrue(LibC.exited(status) && LibC.exitStatus(status) == 0, "exit status " + status);
            assertEquals(String.join("\n", expected) + "\n", Files.readString(log));
        }
    }

    /** A full buffer is written without FLUSH (stdio's default: the file's block size). */
    @ParameterizedTest
    @EnumSource(Build.class)
    void fullBufferReachesTheFile(Build build) throws Exception {
        Path log = dir.resolve("kv.log");
        try (Server server = start(UpdateProgram.KVSTORE.build(build).v1()); KvClient kv = new KvClient(server.port())) {
            String value = "v".repeat(200);
            long total = 0;
            for (int i = 1; i <= 40; i++) {
                String line = "SET key" + i + " " + value;
                assertEquals("OK", kv.command(line));
                total += (i + " " + line + "\n").length();
            }
            long size = Files.size(log);
            assertTrue(size > 0 && size < total, "some of " + total + " bytes written, the rest buffered: " + size);
        }
    }

    /** The premises of the update tests, as the binaries show them (nm). */
    @ParameterizedTest
    @EnumSource(Build.class)
    void versionsDifferInSymbolsAsDocumented(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.KVSTORE.build(build);
        Map<String, Long> v1 = WebServerProgramTest.symbolSizes(versions.v1());
        Map<String, Long> v2 = WebServerProgramTest.symbolSizes(versions.v2());
        assertTrue(v1.containsKey("dump_table") && !v2.containsKey("dump_table"), "dump_table removed");
        assertTrue(!v1.containsKey("count_miss") && v2.containsKey("count_miss"), "count_miss added");
        assertTrue(!v1.containsKey("misses") && v2.containsKey("misses"), "misses added");
        for (String global : List.of("commands", "commands_total", "sets", "gets", "hups", "hup_by", "table",
                "log_file")) {
            assertEquals(v1.get(global), v2.get(global), global + " keeps its size");
        }
        assertTrue(v1.containsKey("id.0") && v2.containsKey("id.0"), "the function-local static of next_id");
        assertFalse(v1.containsKey("id.1"));
    }
}
