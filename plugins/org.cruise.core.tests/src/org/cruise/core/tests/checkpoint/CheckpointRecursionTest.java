package org.cruise.core.tests.checkpoint;

import static org.cruise.core.tests.checkpoint.Checks.assertReturnAddressOfCallTo;
import static org.cruise.core.tests.checkpoint.Checks.assertSameAsGdb;
import static org.cruise.core.tests.checkpoint.Checks.assertStoreHolds;
import static org.cruise.core.tests.checkpoint.Checks.base;
import static org.cruise.core.tests.checkpoint.Checks.describe;
import static org.cruise.core.tests.checkpoint.Checks.entries;
import static org.cruise.core.tests.checkpoint.Checks.programFunctions;
import static org.cruise.core.tests.checkpoint.Checks.thread;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
 * A recursive function: each return is its own trigger, matched to its frame by the stack
 * pointer, innermost first: fact(1) returns 1 into fact(2), fact(2) returns 2 into fact(3), ...
 */
class CheckpointRecursionTest {

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
    void everyReturnOfARecursiveFunctionInnermostFirst(Build build) throws Exception {
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, build, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, 4, "fact")) {
            int pid = target.pid();
            long[] answer = target.request(5);
            assertEquals(CheckpointTarget.expectedResult(5), answer[0], target::output);
            assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
            checkpointer.assertNothingLeftBehind();
            List<Checkpointer.Written> written = checkpointer.awaitSnapshots(4, target::output);
            assertEquals(4, checkpointer.written.size());

            List<FunctionEntry> factEntries = entries(pid, "fact");
            long[] returned = { 1, 2, 6, 24 };
            List<Path> snapshots = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                StoredSnapshot snapshot = SnapshotReader.open(written.get(k).taken().snapshot());
                snapshots.add(snapshot.directory());
                Snapshot manifest = snapshot.manifest();
                String context = "snapshot " + (k + 1) + ": " + describe(manifest);
                TriggerEvent trigger = manifest.getTrigger();
                assertEquals("fact", trigger.getFunction(), context);
                assertEquals(k + 1, trigger.getSequence(), context);
                assertEquals(pid, trigger.getThreadId(), context);
                assertEquals(returned[k], trigger.getReturnValue(), "fact(" + (k + 1) + ") returned\n" + context);

                // fact(k+1) returned into fact(k+2): frame #0 is fact, with 4-k fact frames left on the stack.
                ThreadState main = thread(manifest, pid);
                assertEquals("fact", base(main.getFrames().get(0).getFunction()), context);
                assertEquals(trigger.getPc(), main.getFrames().get(0).getPc(), context);
                assertReturnAddressOfCallTo(pid, trigger.getPc(), factEntries);
                List<String> expected = new ArrayList<>(Collections.nCopies(4 - k, "fact"));
                expected.addAll(List.of("handle_request", "main", "_start"));
                assertEquals(expected, programFunctions(main, target.program), context);
                if (k == 0) {
                    CoreGdb.Result gdb = CoreGdb.run(snapshot.executable(), snapshot.core(), dir, true);
                    assertSameAsGdb(manifest, gdb.threads(), gdb.output());
                }
            }
            assertStoreHolds(store, snapshots);

            assertEquals(0, target.tracerPid());
            assertEquals(CheckpointTarget.expectedResult(6), target.request(6)[0], target::output);
        }
    }
}
