package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * The snapshot is the memory of the checkpoint instant although the target runs on while it is
 * written, by either route of freezing it (forced with the system property cruise.freeze):
 * userfaultfd write protection of the target's own memory, or a copy-on-write fork. The target
 * overwrites a 16 MiB buffer right after the watched function returns — first by the kernel
 * (read(2) into it), then by its own stores — and gdb on the core must still see the old values.
 * No trace of the freeze is left in the target. Memory marked MADV_DONTFORK or MADV_WIPEONFORK
 * is saved by both routes.
 */
class CheckpointFreezeTest {
    private static final int BIG_WORDS = 4 << 20;
    private static final int KERNEL_WRITE_AT = BIG_WORDS / 2 + 7;

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
    void theSnapshotHoldsWhatTheTargetOverwritesRightAfterTheCheckpoint(String route) throws Exception {
        System.setProperty("cruise.freeze", route);
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O0_PIE, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, 1, "handle_request")) {
            Map<Integer, String> fdsBefore = fds(target.pid());
            int from = target.mark();
            target.send("scribble 3");
            Matcher done = target.awaitLine(Pattern.compile("scribbled 3 -> (\\d+) kernel (-?\\d+) big (\\w+) (\\w+) (\\w+)"),
                    from);
            // The target really changed the buffer, also by a write of the kernel into protected memory.
            assertEquals("4", done.group(2), "read(2) into the buffer\n" + target.output());
            assertEquals("bad00000", done.group(3));
            assertEquals("44332211", done.group(4));
            assertEquals(Integer.toHexString(0xBAD00000 | (BIG_WORDS - 1)), done.group(5));
            assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
            checkpointer.assertNothingLeftBehind();
            StoredSnapshot snapshot = SnapshotReader.open(Checks.only(checkpointer.written, "snapshot").taken().snapshot());

            CoreGdb.Result gdb = CoreGdb.run(snapshot.executable(), snapshot.core(), dir, false,
                    "print/x big[0]", "print/x big[" + KERNEL_WRITE_AT + "]", "print/x big[" + (BIG_WORDS - 1) + "]",
                    "print/x big[12345]");
            String out = gdb.output();
            assertTrue(out.contains("$1 = 0xb1000000"), route + ": old first word\n" + out);
            assertTrue(out.contains("$2 = 0x" + Integer.toHexString(0xB1000000 | KERNEL_WRITE_AT)),
                    route + ": old word the kernel overwrote\n" + out);
            assertTrue(out.contains("$3 = 0x" + Integer.toHexString(0xB1000000 | (BIG_WORDS - 1))),
                    route + ": old last word\n" + out);
            assertTrue(out.contains("$4 = 0x" + Integer.toHexString(0xB1000000 | 12345)), route + "\n" + out);
            // Memory a fork does not copy (MADV_DONTFORK) or zeroes (MADV_WIPEONFORK) is in the snapshot too.
            CoreGdb.Result noFork = CoreGdb.run(snapshot.executable(), snapshot.core(), dir, false,
                    "print/x no_fork[0]", "print/x no_fork[1048575]", "print/x wipe_on_fork[0]",
                    "print/x wipe_on_fork[1048575]");
            String nf = noFork.output();
            assertTrue(nf.contains("$1 = 0xdc") && nf.contains("$2 = 0xdc"), route + ": MADV_DONTFORK memory\n" + nf);
            assertTrue(nf.contains("$3 = 0x3f") && nf.contains("$4 = 0x3f"), route + ": MADV_WIPEONFORK memory\n" + nf);

            // No trace: the same descriptors as before (no userfaultfd), no child, no tracer, and it goes on.
            assertEquals(fdsBefore, fds(target.pid()), "the target's descriptors");
            assertEquals(0, target.tracerPid());
            assertEquals(List.of(), target.children());
            long[] next = target.request(5);
            assertEquals(CheckpointTarget.expectedResult(5), next[0], target::output);
        }
    }

    /**
     * The target unmaps 4 MiB right after the checkpoint. The fork's copy keeps them; with write
     * protection their old contents are lost, so that snapshot is not kept (and nothing is left in
     * the store), the session goes on and the next trigger's snapshot is written.
     */
    @ParameterizedTest
    @ValueSource(strings = { "userfaultfd", "fork" })
    void memoryFreedRightAfterTheCheckpoint(String route) throws Exception {
        System.setProperty("cruise.freeze", route);
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O0_PIE, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, 1, "handle_request")) {
            int from = target.mark();
            target.send("release 2");
            target.awaitLine(Pattern.compile("released 2 -> \\d+ munmap 0"), from);
            if (route.equals("userfaultfd")) {
                awaitInfo(checkpointer, target);
                assertTrue(checkpointer.written.isEmpty());
                assertEquals(List.of(), names(store), "nothing is left of the snapshot not kept");
                target.request(3); // the next trigger
                assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
                assertEquals(1, checkpointer.written.size());
                assertEquals(2, SnapshotReader.open(checkpointer.written.get(0).taken().snapshot()).manifest()
                        .getTrigger().getSequence(), "the second trigger's snapshot");
            } else {
                assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
                StoredSnapshot snapshot = SnapshotReader.open(checkpointer.written.get(0).taken().snapshot());
                CoreGdb.Result gdb = CoreGdb.run(snapshot.executable(), snapshot.core(), dir, false,
                        "print/x spare[0]", "print/x spare[4194303]");
                assertTrue(gdb.output().contains("$1 = 0x5a"), gdb.output());
                assertTrue(gdb.output().contains("$2 = 0x5a"), gdb.output());
            }
            checkpointer.assertNothingLeftBehind();
            long[] next = target.request(5);
            assertEquals(CheckpointTarget.expectedResult(5), next[0], target::output);
        }
    }

    private static void awaitInfo(Checkpointer checkpointer, CheckpointTarget target) throws Exception {
        long deadline = System.nanoTime() + CheckpointTarget.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (checkpointer.infos) {
                for (String info : checkpointer.infos) {
                    if (info.contains("not kept") && info.contains("freed or moved memory")) {
                        assertTrue(info.contains("pid " + target.pid()), info);
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no 'not kept' message; infos " + checkpointer.infos + "\n" + target.output());
    }

    private static List<String> names(Path store) throws IOException {
        if (!Files.exists(store)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(store)) {
            List<String> names = new ArrayList<>();
            s.forEach(p -> names.add(p.getFileName().toString()));
            names.remove(".control"); // the trigger control socket, if any
            return names.stream().filter(n -> !n.endsWith(".sock")).sorted().toList();
        }
    }

    private static Map<Integer, String> fds(int pid) throws IOException {
        Map<Integer, String> fds = new TreeMap<>();
        try (Stream<Path> s = Files.list(Path.of("/proc", Integer.toString(pid), "fd"))) {
            for (Path p : s.toList()) {
                fds.put(Integer.parseInt(p.getFileName().toString()), Files.readSymbolicLink(p).toString());
            }
        }
        assertFalse(fds.values().stream().anyMatch(t -> t.contains("userfaultfd")), fds.toString());
        return fds;
    }
}
