package org.cruise.core.tests.checkpoint;

import static org.cruise.core.tests.checkpoint.Checks.assertReturnAddressOfCallTo;
import static org.cruise.core.tests.checkpoint.Checks.assertStoreHolds;
import static org.cruise.core.tests.checkpoint.Checks.describe;
import static org.cruise.core.tests.checkpoint.Checks.entries;
import static org.cruise.core.tests.checkpoint.Checks.programFunctions;
import static org.cruise.core.tests.checkpoint.Checks.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.symbols.FunctionEntry;
import org.cruise.core.tests.tracee.Build;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A function four threads are in at once: each return is caught in its own thread, and the
 * threads all finish their work unharmed once the checkpointer has gone.
 */
class CheckpointThreadsTest {

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
    @EnumSource(value = Build.class, names = { "O0_PIE", "O2_PIE", "O2_NO_PIE" })
    void returnsOfAFunctionFourThreadsAreInAtOnce(Build build) throws Exception {
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, build, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, 3, "work")) {
            int pid = target.pid();
            int burst = target.startBurst();
            assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
            checkpointer.assertNothingLeftBehind();
            // Detached while other threads were still inside work: they finish it as if never watched.
            target.awaitBurst(burst);
            List<Checkpointer.Written> written = checkpointer.awaitSnapshots(3, target::output);
            assertEquals(3, checkpointer.written.size());

            List<FunctionEntry> workEntries = entries(pid, "work");
            List<Path> snapshots = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                StoredSnapshot snapshot = SnapshotReader.open(written.get(k).taken().snapshot());
                snapshots.add(snapshot.directory());
                Snapshot manifest = snapshot.manifest();
                String context = "snapshot " + (k + 1) + ": " + describe(manifest) + "\nburst threads "
                        + target.burstTids() + "\nprogram output:\n" + target.output();
                TriggerEvent trigger = manifest.getTrigger();
                assertEquals("work", trigger.getFunction(), context);
                assertEquals(k + 1, trigger.getSequence(), context);
                assertTrue(target.burstTids().contains(trigger.getThreadId()), "a burst thread fired\n" + context);
                assertTrue(List.of(1L, 3L, 5L, 7L, 9L).contains(trigger.getReturnValue()),
                        "work(i) returns 2i+1\n" + context);
                assertEquals(CheckpointTarget.THREADS, manifest.getThreads().size(), context);
                assertEquals(trigger.getThreadId(), manifest.getThreads().get(0).getTid(), context);

                ThreadState fired = thread(manifest, trigger.getThreadId());
                assertEquals("burst_thread", fired.getFrames().get(0).getFunction(), context);
                assertEquals(trigger.getPc(), fired.getFrames().get(0).getPc(), context);
                assertEquals(List.of("burst_thread"), programFunctions(fired, target.program), context);
                assertReturnAddressOfCallTo(pid, trigger.getPc(), workEntries);
            }
            assertStoreHolds(store, snapshots);

            assertEquals(0, target.tracerPid());
            target.burst();
        }
    }
}
