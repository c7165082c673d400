package org.cruise.core.tests.checkpoint;

import static org.cruise.core.tests.checkpoint.Checks.assertPrivate;
import static org.cruise.core.tests.checkpoint.Checks.assertReturnAddressOfCallTo;
import static org.cruise.core.tests.checkpoint.Checks.assertSameAsGdb;
import static org.cruise.core.tests.checkpoint.Checks.assertStoreHolds;
import static org.cruise.core.tests.checkpoint.Checks.describe;
import static org.cruise.core.tests.checkpoint.Checks.entries;
import static org.cruise.core.tests.checkpoint.Checks.programFunctions;
import static org.cruise.core.tests.checkpoint.Checks.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.tests.tracee.Build;
import org.cruise.model.Frame;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A checkpoint of a real six-threaded process at the return of handle_request, each build of the
 * program (-O0 and -O2 -fomit-frame-pointer, PIE and not), checked against the program's own
 * output and against gdb on the snapshot's core.
 */
class CheckpointAtReturnTest {

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

    @ParameterizedTest
    @EnumSource(Build.class)
    void snapshotAtTheReturnOfHandleRequest(Build build) throws Exception {
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, build, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, 1, "handle_request")) {
            int pid = target.pid();
            long[] answer = target.request(4);
            assertEquals(CheckpointTarget.expectedResult(4), answer[0], target::output);
            assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
            checkpointer.assertNothingLeftBehind();
            Checkpointer.Written written = Checks.only(checkpointer.written, "snapshot");

            StoredSnapshot snapshot = SnapshotReader.open(written.taken().snapshot());
            assertTrue(snapshot.verified());
            assertStoreHolds(store, List.of(snapshot.directory()));
            assertPrivate(store, snapshot.directory());
            Snapshot manifest = snapshot.manifest();
            String context = describe(manifest) + "\nprogram output:\n" + target.output();

            TriggerEvent trigger = manifest.getTrigger();
            assertEquals("handle_request", trigger.getFunction(), context);
            assertEquals(pid, trigger.getThreadId(), "handle_request runs in the main thread\n" + context);
            assertEquals(1, trigger.getSequence(), context);
            assertEquals("ptrace", trigger.getBackend(), context);
            // handle_request returns int: eax holds it (and a 32-bit write zero-extends into rax).
            assertEquals(answer[0], trigger.getReturnValue(), "rax is what handle_request returned\n" + context);
            assertEquals(pid, manifest.getProcess().getPid());
            assertEquals(written.hit().regs().rip(), trigger.getPc());

            // The frame was popped: the trigger thread is in main, right after the call.
            assertEquals(CheckpointTarget.THREADS, manifest.getThreads().size(), context);
            assertEquals(pid, manifest.getThreads().get(0).getTid(), "the trigger thread comes first\n" + context);
            ThreadState main = thread(manifest, pid);
            Frame top = main.getFrames().get(0);
            assertEquals("main", top.getFunction(), context);
            assertEquals(trigger.getPc(), top.getPc(), context);
            assertEquals(trigger.getPc(), main.getRegisters().getRip(), context);
            assertEquals(List.of("main", "_start"), programFunctions(main, target.program), context);
            assertReturnAddressOfCallTo(pid, trigger.getPc(), entries(pid, "handle_request"));

            // The other threads are where they wait: the reader in read(), the burst threads at their barrier.
            assertEquals(List.of("reader_thread"), programFunctions(thread(manifest, target.readerTid()), target.program),
                    context);
            for (int tid : target.burstTids()) {
                assertEquals(List.of("burst_thread"), programFunctions(thread(manifest, tid), target.program), context);
            }

            // gdb on the snapshot's own copy of the program and its core.
            CoreGdb.Result gdb = CoreGdb.run(snapshot.executable(), snapshot.core(), dir, true,
                    "print counter_global", "x/2xw pattern");
            String out = gdb.output();
            assertTrue(out.contains("$1 = " + answer[1]), "counter_global after the request\n" + out + "\n" + context);
            assertTrue(Pattern.compile(":\\s+0xc0de0000\\s+0xc0de0001").matcher(out).find(), "the pattern\n" + out);
            assertFalse(out.contains("Cannot access memory"), out);
            assertSameAsGdb(manifest, gdb.threads(), out);

            // And the program went on, with no copy of it left behind as its child.
            assertEquals(0, target.tracerPid(), "TracerPid after the session");
            assertEquals(List.of(), target.children(), "children of the target");
            long[] next = target.request(5);
            assertEquals(CheckpointTarget.expectedResult(5), next[0], target::output);
            assertEquals(answer[1] + 1, next[1], target::output);
        }
    }
}
