package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.tracee.Build;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several checkpoints of one session in a row, the target changing its memory between them and
 * right after each: every core shows the values of its own checkpoint instant. With the
 * userfaultfd route the protection made at arming is kept between checkpoints and only written
 * pages are protected again, so this is what shows that a page written in one interval is
 * protected again for the next checkpoint. Between the second and third checkpoint the target maps
 * a new 8 MiB region and unmaps one that was protected since arming.
 */
class CheckpointSeriesTest {
    private static final int BIG_WORDS = 4 << 20;
    private static final int FRESH_WORDS = 2 << 20;
    private static final String[] STAMPS = { "11110001", "22220002", "33330003", "44440004" };

    @TempDir
    Path dir;

    private static Tracer parent;

    @BeforeAll
    static void startParent() {
        parent = new Tracer();
    }

    @AfterAll
    static void stopParent() {
        parent.close();
    }

    @AfterEach
    void unforce() {
        System.clearProperty("cruise.freeze");
    }

    @ParameterizedTest
    @ValueSource(strings = { "userfaultfd", "fork" })
    void eachSnapshotHoldsItsOwnInstant(String route) throws Exception {
        System.setProperty("cruise.freeze", route);
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O0_PIE, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, STAMPS.length, "handle_request")) {
            for (int k = 0; k < STAMPS.length; k++) {
                if (k == 2) {
                    // Only once the second snapshot is written: unmapping protected memory while
                    // a snapshot is being written makes that snapshot not kept (CheckpointFreezeTest).
                    awaitWritten(checkpointer, 2, target);
                    int from = target.mark();
                    target.send("grow");
                    target.awaitLine(Pattern.compile("grown 1 munmap 0"), from);
                }
                int from = target.mark();
                target.send("stamp " + (k + 2) + " " + STAMPS[k]);
                Matcher m = target.awaitLine(Pattern.compile("stamped \\d+ (\\w+) -> \\d+ big (\\w+) fresh (\\w+)"), from);
                // The target really overwrote the stamp right after the checkpoint.
                assertEquals(after(STAMPS[k]), m.group(2), target.output());
                assertEquals(k >= 2 ? after(STAMPS[k]) : "0", m.group(3), target.output());
            }
            assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(() -> target.output() + "\ninfos: " + checkpointer.infos));
            checkpointer.assertNothingLeftBehind();
            assertEquals(STAMPS.length, checkpointer.written.size());

            for (int k = 0; k < STAMPS.length; k++) {
                StoredSnapshot snapshot = SnapshotReader.open(checkpointer.written.get(k).taken().snapshot());
                assertEquals(k + 1, snapshot.manifest().getTrigger().getSequence());
                CoreGdb.Result gdb = CoreGdb.run(snapshot.executable(), snapshot.core(), dir, false,
                        "print/x big[0]", "print/x big[" + (BIG_WORDS / 2) + "]", "print/x big[" + (BIG_WORDS - 1024) + "]",
                        "print/x big[1]", "print/x fresh[0]", "print/x fresh[" + (FRESH_WORDS - 1024) + "]",
                        "print/x spare[0]");
                String out = gdb.output();
                String what = route + ", snapshot " + (k + 1) + "\n" + out;
                assertTrue(out.contains("$1 = 0x" + STAMPS[k] + "\n"), what);
                assertTrue(out.contains("$2 = 0x" + STAMPS[k] + "\n"), what);
                assertTrue(out.contains("$3 = 0x" + STAMPS[k] + "\n"), what);
                assertTrue(out.contains("$4 = 0xb1000001\n"), what); // never written
                if (k < 2) {
                    // fresh is still a null pointer; spare is still there
                    assertTrue(out.contains("Cannot access memory at address 0x0"), what);
                    assertTrue(out.contains("= 0x5a"), what);
                } else {
                    assertTrue(out.contains("$5 = 0x" + STAMPS[k] + "\n"), what);
                    assertTrue(out.contains("$6 = 0x" + STAMPS[k] + "\n"), what);
                    // spare was unmapped before this checkpoint: not in the core
                    assertFalse(out.contains("= 0x5a"), what);
                    assertTrue(out.contains("Cannot access memory at address"), what);
                }
            }
            // No trace: no userfaultfd left in the target, and it goes on.
            try (Stream<Path> fds = Files.list(Path.of("/proc", Integer.toString(target.pid()), "fd"))) {
                for (Path p : fds.toList()) {
                    assertFalse(Files.readSymbolicLink(p).toString().contains("userfaultfd"), p.toString());
                }
            }
            assertEquals(0, target.tracerPid());
            assertEquals(List.of(), target.children());
            // Memory the checkpoints protected is writable without anyone answering faults.
            int from = target.mark();
            target.send("stamp 5 55550005");
            Matcher m = target.awaitLine(Pattern.compile("stamped 5 55550005 -> \\d+ big (\\w+) fresh (\\w+)"), from);
            assertEquals(after("55550005"), m.group(1));
            long[] next = target.request(5);
            assertEquals(CheckpointTarget.expectedResult(5), next[0], target::output);
        }
    }

    private static void awaitWritten(Checkpointer checkpointer, int count, CheckpointTarget target) throws Exception {
        long deadline = System.nanoTime() + CheckpointTarget.TIMEOUT.toNanos();
        while (checkpointer.written.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + checkpointer.written.size() + " snapshots; infos " + checkpointer.infos
                        + "\n" + target.output());
            }
            Thread.sleep(10);
        }
    }

    private static String after(String stamp) {
        return Long.toHexString(Long.parseLong(stamp, 16) + 0x100);
    }
}
