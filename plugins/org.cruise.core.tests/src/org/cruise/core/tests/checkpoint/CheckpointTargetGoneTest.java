package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.checkpoint.CheckpointSession.SnapshotTaker;
import org.cruise.core.checkpoint.Checkpoints;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.sys.LibC;
import org.cruise.core.tests.tracee.Build;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The target ends while it is watched: between checkpoints (it exits), at the trigger before the
 * snapshot is taken, and while the snapshot is being written. The session ends without hanging,
 * says what happened, leaves no half-written snapshot and no process of its own behind.
 */
class CheckpointTargetGoneTest {

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
    void aTargetThatExitsWhileWatchedEndsTheSession() throws Exception {
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O2_PIE, dir.resolve("target"));
                Checkpointer checkpointer = Checkpointer.start(target.pid(), store, 0, "handle_request")) {
            target.request(3);
            checkpointer.awaitSnapshots(1, target::output);
            target.send("quit");
            assertEquals(End.PROCESS_EXITED, checkpointer.awaitEnd(target::output));
            OptionalInt status = target.awaitExit();
            status.ifPresent(s -> assertEquals(0, LibC.exitStatus(s), "exit status"));
            assertTrue(target.output().contains("bye counter"), target::output);
            assertEquals(1, Snapshots.list(store).size());
            checkpointer.assertNothingLeftBehind();
        }
    }

    @Test
    void aTargetKilledAtTheTriggerIsATargetErrorAndLeavesNothing() throws Exception {
        Path store = dir.resolve("store");
        Checkpoints.prepareStore(store);
        SnapshotTaker real = Checkpoints.snapshotTaker(store, false, 0, (done, total) -> {
        });
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O2_PIE, dir.resolve("target"))) {
            int pid = target.pid();
            // Dies after the trigger fired and before anything of it was saved.
            SnapshotTaker killing = (context, hit) -> {
                LibC.kill(pid, LibC.SIGKILL);
                return real.take(context, hit);
            };
            try (Checkpointer checkpointer = Checkpointer.attach(pid, killing, 1, "handle_request").run()) {
                target.send("req 3");
                Throwable failure = checkpointer.awaitFailure(target::output);
                CruiseException e = assertInstanceOf(CruiseException.class, failure, () -> failure.toString());
                assertEquals(ExitCode.TARGET, e.exitCode(), e.getMessage());
                assertTrue(e.getMessage().contains(Integer.toString(pid)), "names the process: " + e.getMessage());
                assertEquals(List.of(), checkpointer.written);
                OptionalInt status = target.awaitExit();
                status.ifPresent(s -> assertTrue(LibC.signaled(s) && LibC.termSig(s) == LibC.SIGKILL, "status " + s));
                Checks.assertStoreHolds(store, List.of());
                assertEquals(List.of(), CheckpointTarget.processesRunning(target.program), "processes of the program left");
                checkpointer.assertNothingLeftBehind();
            }
        }
    }

    @Test
    void aTargetKilledWhileItsSnapshotIsWrittenLeavesNothingHalfWritten() throws Exception {
        Path store = dir.resolve("store");
        Checkpoints.prepareStore(store);
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O2_PIE, dir.resolve("target"))) {
            int pid = target.pid();
            AtomicBoolean killed = new AtomicBoolean();
            // The first progress report comes once the target runs on and its copy is being saved.
            SnapshotTaker taker = Checkpoints.snapshotTaker(store, false, 0, (done, total) -> {
                if (done < total && killed.compareAndSet(false, true)) {
                    LibC.kill(pid, LibC.SIGKILL);
                }
            });
            try (Checkpointer checkpointer = Checkpointer.attach(pid, taker, 2, "handle_request").run()) {
                target.send("req 3");
                Throwable failure;
                try {
                    End end = checkpointer.awaitEnd(target::output);
                    failure = null;
                    assertEquals(End.PROCESS_EXITED, end, "the session ends because the process is gone");
                } catch (CruiseException e) {
                    failure = e;
                    assertEquals(ExitCode.TARGET, e.exitCode(), e.getMessage());
                }
                assertTrue(killed.get(), "the writer reported progress");
                // Either the snapshot of the instant before the kill is whole (it is read from a copy), or there is
                // none; nothing in between.
                for (var entry : Snapshots.list(store)) {
                    assertTrue(entry.complete(), entry.toString());
                    SnapshotReader.open(entry.directory());
                }
                assertEquals(List.of(), Snapshots.temporaryDirectories(store));
                assertFalse(failure == null && checkpointer.written.isEmpty() && !Snapshots.list(store).isEmpty(),
                        "a snapshot in the store the session did not report");
                target.awaitExit();
                assertEquals(List.of(), CheckpointTarget.processesRunning(target.program), "processes of the program left");
                checkpointer.assertNothingLeftBehind();
            }
        }
    }
}
