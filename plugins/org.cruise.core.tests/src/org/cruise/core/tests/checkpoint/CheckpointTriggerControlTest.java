package org.cruise.core.tests.checkpoint;

import static org.cruise.core.tests.checkpoint.Checks.assertCodeAsInFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.checkpoint.TriggerControl;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.SnapshotReader;
import org.cruise.core.snapshot.Snapshots;
import org.cruise.core.tests.tracee.Build;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watched functions change while the checkpointer runs, through its control socket: a
 * function added fires at once, one removed stops firing, without restarting anything.
 */
class CheckpointTriggerControlTest {

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

    /**
     * TriggerControl.request with a bound: it reads the reply until the checkpointer closes the
     * connection, and must not hang the test run if the connection stays open.
     */
    private static List<String> request(Path store, String verb, List<String> functions) throws Exception {
        CompletableFuture<List<String>> reply = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                reply.complete(TriggerControl.request(store, verb, functions));
            } catch (Throwable e) {
                reply.completeExceptionally(e);
            }
        }, "control-request");
        t.setDaemon(true);
        t.start();
        try {
            return reply.get(CheckpointTarget.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("'" + verb + " " + String.join(" ", functions) + "' got no complete reply within "
                    + CheckpointTarget.TIMEOUT.toSeconds() + " s (the connection was not closed)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    @Test
    void aFunctionAddedAtRunTimeFiresAndARemovedOneStops() throws Exception {
        Path store = dir.resolve("store");
        try (CheckpointTarget target = CheckpointTarget.start(parent, Build.O2_PIE, dir.resolve("target"));
                // Only the newest 3 snapshots stay in the store (about 40 MiB each); the listener hears of all.
                Checkpointer checkpointer = Checkpointer.attach(target.pid(), store, 3, 0, "handle_request").run();
                TriggerControl.Server server = TriggerControl.serve(store, checkpointer.session::control)) {
            TriggerControl.Server control = server; // closed in the test too: the socket must go with it
            Path socket = TriggerControl.socketOf(store);
            assertTrue(Files.exists(socket), socket.toString());
            assertEquals("rw-------", Checks.mode(socket), "mode of the control socket");
            assertEquals(List.of("handle_request"), request(store, "list", List.of()));

            target.request(2);
            checkpointer.awaitSnapshots(1, target::output);
            assertEquals("handle_request", checkpointer.written.get(0).hit().function().name());

            // add: the next burst's returns of work fire (4 threads x 5 calls).
            assertEquals(List.of("handle_request", "work"), request(store, "add", List.of("work")));
            assertEquals(List.of("handle_request", "work"), request(store, "list", List.of()));
            assertTrue(checkpointer.infos.contains("add work; watching handle_request, work"), checkpointer.infos::toString);
            target.burst();
            List<Checkpointer.Written> all = checkpointer.awaitSnapshots(1 + 20, target::output);
            for (Checkpointer.Written w : all.subList(1, all.size())) {
                assertEquals("work", w.hit().function().name(), target::output);
                assertTrue(target.burstTids().contains(w.hit().tid()), target::output);
            }
            assertEquals("work", SnapshotReader.open(all.get(20).taken().snapshot()).manifest().getTrigger().getFunction());
            int afterAdd = checkpointer.written.size();
            assertEquals(21, afterAdd, "one snapshot per return of work in the burst");

            // remove: a further burst produces none. The threads run on while a snapshot is written (from a copy
            // of the process), but snapshots are taken one after the other on the tracer thread: once the
            // snapshot of the next request is reported, one of the burst would have been reported before it.
            assertEquals(List.of("handle_request"), request(store, "remove", List.of("work")));
            target.burst();
            target.request(3);
            checkpointer.awaitSnapshots(afterAdd + 1, target::output);
            assertEquals("handle_request", checkpointer.written.get(afterAdd).hit().function().name(),
                    "the first snapshot after work was removed");
            assertEquals(afterAdd + 1, checkpointer.written.size(), "snapshots after work was removed");
            assertEquals(List.of(all.get(19).taken().snapshot(), all.get(20).taken().snapshot(),
                    checkpointer.written.get(afterAdd).taken().snapshot()),
                    Snapshots.list(store).stream().map(Snapshots.Entry::directory).toList(), "the newest 3 in the store");
            assertEquals(List.of("handle_request"), request(store, "list", List.of()));

            // Requests that make no sense are refused with a reason; the set stays as it is.
            CruiseException notWatched = assertThrows(CruiseException.class,
                    () -> request(store, "remove", List.of("work")));
            assertEquals(ExitCode.USAGE, notWatched.exitCode());
            assertTrue(notWatched.getMessage().contains("work"), notWatched.getMessage());
            CruiseException typo = assertThrows(CruiseException.class,
                    () -> request(store, "add", List.of("wrok")));
            assertTrue(typo.getMessage().contains("work"), "closest names suggested: " + typo.getMessage());
            assertEquals(List.of("handle_request"), request(store, "list", List.of()));

            checkpointer.session.requestStop();
            assertEquals(End.STOP_REQUESTED, checkpointer.awaitEnd(target::output));
            checkpointer.assertNothingLeftBehind();
            control.close();
            assertFalse(Files.exists(socket), "the control socket is removed with the checkpointer");
            assertEquals(0, target.tracerPid());
            assertCodeAsInFile(target.pid(), target.program, "handle_request", "work");
            target.burst();
            assertEquals(afterAdd + 1, checkpointer.written.size());
        }
    }
}
