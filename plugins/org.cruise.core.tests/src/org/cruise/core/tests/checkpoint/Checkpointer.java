package org.cruise.core.tests.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.cruise.core.CruiseException;
import org.cruise.core.checkpoint.CheckpointSession;
import org.cruise.core.checkpoint.CheckpointSession.End;
import org.cruise.core.checkpoint.CheckpointSession.SnapshotTaker;
import org.cruise.core.checkpoint.CheckpointSession.Taken;
import org.cruise.core.checkpoint.Checkpoints;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.trigger.TriggerHit;

/**
 * The engine's checkpoint session on a tracer of its own, its loop running on a thread of the
 * test's while the test drives the target: what {@code cruise checkpoint --pid} does, without
 * the command line. Records every snapshot the listener is told about.
 */
final class Checkpointer implements AutoCloseable {

    /** One snapshot the session reported. */
    record Written(Taken taken, TriggerHit hit) {
    }

    final Tracer tracer = new Tracer();
    final CheckpointSession session;
    final List<Written> written = Collections.synchronizedList(new ArrayList<>());
    final List<String> infos = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<End> end = new CompletableFuture<>();
    private final int tracerTid;
    private boolean started;

    private Checkpointer(int pid, SnapshotTaker taker, int count, List<String> functions) throws CruiseException {
        CheckpointSession.Listener listener = new CheckpointSession.Listener() {
            @Override
            public void snapshotWritten(Taken taken, TriggerHit hit) {
                written.add(new Written(taken, hit));
            }

            @Override
            public void info(String message) {
                infos.add(message);
            }
        };
        try {
            tracerTid = tracer.call(LibC::gettid);
            session = CheckpointSession.attach(tracer, pid, Checkpoints.functionLookup(), taker, listener,
                    new CheckpointSession.Options(functions, count, 0));
        } catch (CruiseException | RuntimeException | Error e) {
            tracer.close();
            throw e;
        }
    }

    /** Attaches to pid watching functions, writing into store; count 0: until stopped. Does not run yet. */
    static Checkpointer attach(int pid, Path store, int count, String... functions) throws CruiseException {
        return attach(pid, store, 0, count, functions);
    }

    /** As {@link #attach(int, Path, int, String...)}, keeping only the newest keepLast snapshots (0: all). */
    static Checkpointer attach(int pid, Path store, int keepLast, int count, String... functions) throws CruiseException {
        Checkpoints.prepareStore(store);
        return new Checkpointer(pid, Checkpoints.snapshotTaker(store, false, keepLast, (done, total) -> {
        }), count, List.of(functions));
    }

    /** Attaches with a taker of the test's. */
    static Checkpointer attach(int pid, SnapshotTaker taker, int count, String... functions) throws CruiseException {
        return new Checkpointer(pid, taker, count, List.of(functions));
    }

    /** Attaches and starts the loop. */
    static Checkpointer start(int pid, Path store, int count, String... functions) throws CruiseException {
        Checkpointer c = attach(pid, store, count, functions);
        c.run();
        return c;
    }

    /** Runs the session's loop on a thread of its own. */
    Checkpointer run() {
        started = true;
        Thread t = new Thread(() -> {
            try {
                end.complete(session.run());
            } catch (Throwable e) {
                end.completeExceptionally(e);
            }
        }, "checkpointer-loop");
        t.setDaemon(true);
        t.start();
        return this;
    }

    /** Waits until at least n snapshots were written; returns the first n. */
    List<Written> awaitSnapshots(int n, Supplier<String> context) throws Exception {
        long deadline = System.nanoTime() + CheckpointTarget.TIMEOUT.toNanos();
        while (written.size() < n) {
            if (end.isDone() && written.size() < n) {
                throw new AssertionError("the session ended after " + written.size() + " of " + n + " snapshots: "
                        + describeEnd() + "\n" + context.get());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + n + " snapshots, have " + written.size() + "\n"
                        + context.get());
            }
            Thread.sleep(5);
        }
        synchronized (written) {
            return List.copyOf(written.subList(0, n));
        }
    }

    /** Waits (bounded) for the loop to end and returns how it ended; a failure of the loop is thrown. */
    End awaitEnd(Supplier<String> context) throws Exception {
        try {
            return end.get(CheckpointTarget.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the session did not end within " + CheckpointTarget.TIMEOUT.toSeconds() + " s\n"
                    + context.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw new AssertionError("the session's loop failed: " + e.getCause(), e.getCause());
        }
    }

    /** Waits for the loop to end with a failure and returns it. */
    Throwable awaitFailure(Supplier<String> context) throws Exception {
        try {
            End e = end.get(CheckpointTarget.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw new AssertionError("the session ended normally (" + e + ") instead of failing\n" + context.get());
        } catch (TimeoutException e) {
            throw new AssertionError("the session did not end within " + CheckpointTarget.TIMEOUT.toSeconds() + " s\n"
                    + context.get());
        } catch (ExecutionException e) {
            return e.getCause();
        }
    }

    boolean ended() {
        return end.isDone();
    }

    private String describeEnd() {
        try {
            return "ended " + end.getNow(null);
        } catch (Exception e) {
            return "failed: " + e.getCause();
        }
    }

    /** Pids of the tracer thread's children: the wake-up helper while watching, nothing once released. */
    List<Integer> tracerChildren() throws IOException {
        try {
            String text = Files.readString(Path.of("/proc", Integer.toString(LibC.getpid()), "task",
                    Integer.toString(tracerTid), "children")).strip();
            List<Integer> pids = new ArrayList<>();
            for (String c : text.isEmpty() ? new String[0] : text.split("\\s+")) {
                pids.add(Integer.parseInt(c));
            }
            return pids;
        } catch (NoSuchFileException e) {
            return List.of(); // the tracer thread has ended
        }
    }

    /** After the session has ended: it left no child behind (its wake-up helper is reaped). */
    void assertNothingLeftBehind() throws IOException {
        assertEquals(List.of(), tracerChildren(), "children of the session's tracer thread after it released the target");
    }

    /** Asks the loop to stop (if still running), waits a bounded time, ends the tracer thread. */
    @Override
    public void close() {
        try {
            if (!started) {
                // Attached but never run: the loop sees the stop request at once and releases the target.
                started = true;
                session.requestStop();
                try {
                    end.complete(session.run());
                } catch (CruiseException | RuntimeException e) {
                    end.completeExceptionally(e);
                }
            }
            if (!end.isDone()) {
                session.requestStop();
                end.get(CheckpointTarget.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the test reports what matters; here only the release counts
        } finally {
            killLeftovers();
            tracer.close();
        }
    }

    /**
     * Kills and reaps whatever child the session's tracer thread still has (a wake-up helper the
     * session failed to end), so that nothing outlives the test run holding its output open. Tests
     * check {@link #assertNothingLeftBehind()} first: this is only the cleanup.
     */
    private void killLeftovers() {
        try {
            for (int child : tracerChildren()) {
                LibC.kill(child, LibC.SIGKILL);
                if (end.isDone()) { // else the tracer thread is stuck in the loop: the kill must do
                    tracer.call(() -> LibC.waitpid(child, new int[1], LibC.WALL));
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }
}
