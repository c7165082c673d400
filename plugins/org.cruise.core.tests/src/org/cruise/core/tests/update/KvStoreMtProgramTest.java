package org.cruise.core.tests.update;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.cruise.core.sys.LibC;
import org.cruise.core.tests.tracee.Build;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * kvstore_mt (programs/update/kvstore_mt_v1.c, kvstore_mt_v2.c), each version on its own, with no
 * update: its threads wait where the update tests expect them (accept, recv, pthread_cond_wait),
 * a worker held in WORK does not hold up the others, and v2 differs in WORK and VERSION only.
 */
class KvStoreMtProgramTest {

    private static final List<String> THREADS = List.of("acceptor", "worker-0", "worker-1", "worker-2");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Build.class)
    void threadsWaitInAcceptCondWaitAndRecv(Build build) throws Exception {
        try (Server server = Server.start(UpdateProgram.KVSTORE_MT.build(build).v1(), dir)) {
            // Each thread names itself once it runs: until then two share the program's name.
            server.await("every thread named", () -> server.threadsByName().keySet().containsAll(THREADS));
            Map<String, Integer> threads = server.threadsByName();
            assertEquals(5, threads.size(), "main, acceptor, three workers: " + threads);
            assertTrue(threads.keySet().containsAll(THREADS), threads::toString);
            server.awaitSyscall(server.pid(), Server.SYS_FUTEX); // pthread_join
            server.awaitSyscall(threads.get("acceptor"), Server.SYS_ACCEPT, Server.SYS_ACCEPT4);
            for (String w : THREADS.subList(1, 4)) {
                server.awaitSyscall(threads.get(w), Server.SYS_FUTEX); // pthread_cond_wait
            }
            try (KvClient kv = new KvClient(server.port())) {
                assertEquals("OK", kv.command("SET a 1"));
                server.await("one worker blocked in recv", () -> inSyscall(server, Server.SYS_RECVFROM) == 1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void aWorkerInWorkDoesNotHoldUpTheOthers(Build build) throws Exception {
        UpdateProgram.Versions versions = UpdateProgram.KVSTORE_MT.build(build);
        for (Path program : List.of(versions.v1(), versions.v2())) {
            String suffix = program.equals(versions.v1()) ? "" : " v2";
            try (Server server = Server.start(program, dir.resolve(suffix.isEmpty() ? "v1" : "v2"));
                    KvClient busy = new KvClient(server.port());
                    KvClient other = new KvClient(server.port())) {
                assertEquals("OK", busy.command("SET shared before"));
                busy.send("WORK 60000");
                server.await("a worker sleeping in cmd_work",
                        () -> inSyscall(server, Server.SYS_CLOCK_NANOSLEEP) == 1);
                assertEquals("VALUE before", other.command("GET shared"));
                assertEquals("OK", other.command("SET shared after"));
                assertEquals("COUNT 1", other.command("COUNT"));
                assertFalse(busy.replyReady(50), "WORK is still sleeping");
                assertEquals(1, inSyscall(server, Server.SYS_CLOCK_NANOSLEEP));
                // A short WORK on the other connection: replies in the version's words.
                assertEquals("WORKED 1" + suffix, other.command("WORK 1"));
                assertEquals("VERSION " + (suffix.isEmpty() ? 1 : 2), other.command("VERSION"));
                assertEquals("STATS commands=8", other.command("STATS"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Build.class)
    void workRepliesAfterItsSleepAndShutdownEndsTheProcess(Build build) throws Exception {
        try (Server server = Server.start(UpdateProgram.KVSTORE_MT.build(build).v1(), dir);
                KvClient kv = new KvClient(server.port())) {
            assertEquals("WORKED 200", kv.command("WORK 200"));
            assertEquals("NOTFOUND", kv.command("GET nothing"));
            assertEquals("ERROR unknown command NOPE", kv.command("NOPE"));
            assertEquals("BYE", kv.command("SHUTDOWN"));
            int status = server.awaitExit();
            assertTrue(LibC.exited(status) && LibC.exitStatus(status) == 0, "exit status " + status);
        }
    }

    /** How many of the server's threads are blocked in system call number. */
    private static long inSyscall(Server server, int number) throws Exception {
        long n = 0;
        for (int tid : server.threadsByName().values()) {
            OptionalInt call = server.syscall(tid);
            if (call.isPresent() && call.getAsInt() == number) {
                n++;
            }
        }
        return n;
    }
}
