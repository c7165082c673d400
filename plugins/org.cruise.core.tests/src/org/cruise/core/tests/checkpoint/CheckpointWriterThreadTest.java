package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.checkpoint.CheckpointSession.SnapshotTaker;
import org.cruise.core.checkpoint.Checkpoints;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.tests.tracee.Build;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot is written on the session's writer thread: while it is being written (held here in
 * its progress report), the target's calls of the watched function go through their breakpoints
 * and are answered; the snapshot is reported once it is complete.
 */
class CheckpointWriterThreadTest {

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

    @Test
    void watchedCallsAreServedWhileASnapshotIsWritten() throws Exception {
        Path store = dir.resolve("store");
        Checkpoints.prepareStore(store);
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        SnapshotTaker taker = Checkpoints.snapshotTaker(store, false, 0, (done, total) -> {
            if (writing.getCount() > 0) {
                writing.countDown();
                try {
                    letGo.await(30, TimeUnit.SECONDS); // the write stands still here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O2_PIE, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.attach(target.pid(), taker, 1, "handle_request").run()) {
            target.send("req 3");
            assertTrue(writing.await(20, TimeUnit.SECONDS), "the snapshot is being written\n" + target.output());
            for (int n = 4; n < 9; n++) {
                long[] answer = target.request(n);
                assertEquals(CheckpointTarget.expectedResult(n), answer[0], "served while the write stands still");
            }
            assertEquals(List.of(), checkpointer.written, "not reported before it is complete");
            assertEquals(List.of(), Snapshots.list(store), "nothing that looks complete in the store yet");
            letGo.countDown();
            checkpointer.awaitSnapshots(1, target::output);
            assertEquals(End.COUNT_REACHED, checkpointer.awaitEnd(target::output));
            assertEquals(1, Snapshots.list(store).size());
            target.request(9);
            checkpointer.assertNothingLeftBehind();
        } finally {
            letGo.countDown();
        }
    }
}
