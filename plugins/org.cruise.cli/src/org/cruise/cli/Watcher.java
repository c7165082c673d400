package org.cruise.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.checkpoint.CheckpointSession;
import org.cruise.core.checkpoint.Checkpoints;
import org.cruise.core.checkpoint.TriggerControl;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.snapshot.Sizes;
import org.cruise.core.trigger.TriggerHit;

/**
 * Runs one checkpoint session for the CLI: the control socket for {@code cruise triggers},
 * Ctrl-C/SIGTERM handling that detaches cleanly before cruise exits, and progress lines.
 */
final class Watcher {
    private final PrintWriter out;
    private final PrintWriter err;

    Watcher(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Attach to pid (command == null) or start command; returns the exit code. */
    int run(Integer pid, List<String> command, WatchOptions o) throws CruiseException {
        o.validate();
        Path store = o.store.toAbsolutePath().normalize();
        Checkpoints.prepareStore(store);
        CheckpointSession.Options options = new CheckpointSession.Options(List.copyOf(o.functions),
                o.count == null ? 0 : o.count, o.minIntervalMillis());
        CheckpointSession.Listener listener = new CheckpointSession.Listener() {
            @Override
            public void snapshotWritten(CheckpointSession.Taken taken, TriggerHit hit) {
                out.printf("snapshot %d: %s (%s returned in thread %d; stopped %.2f ms, total %.2f ms, %s, freeze: %s)%n",
                        hit.sequence(), taken.snapshot(), hit.function().name(), hit.tid(),
                        taken.stoppedNanos() / 1e6, taken.totalNanos() / 1e6, Sizes.format(taken.bytes()), taken.freeze());
                out.flush();
            }

            @Override
            public void info(String message) {
                out.println(message);
                out.flush();
            }
        };
        // The control socket first: a store another checkpointer uses is refused before we touch the target.
        AtomicReference<CheckpointSession> watching = new AtomicReference<>();
        try (TriggerControl.Server control = TriggerControl.serve(store, (verb, functions) -> {
            CheckpointSession s = watching.get();
            if (s == null) {
                throw new CruiseException(ExitCode.REFUSED, "not watching yet: the checkpointer is still attaching");
            }
            return s.control(verb, functions);
        }); Tracer tracer = new Tracer()) {
            CheckpointSession.SnapshotTaker taker = Checkpoints.snapshotTaker(store, o.tcp,
                    o.keepLast == null ? 0 : o.keepLast, Progress.forTerminal(err));
            CheckpointSession session = command == null
                    ? CheckpointSession.attach(tracer, pid, Checkpoints.functionLookup(), taker, listener, options)
                    : CheckpointSession.launch(tracer, command, Checkpoints.functionLookup(), taker, listener, options);
            watching.set(session);
            // Ctrl-C and SIGTERM end the session like --count does: detach, report, exit 0.
            StopSignals signals = StopSignals.install(session::requestStop);
            try {
                out.println("watching pid " + session.pid() + " for returns of " + String.join(", ", o.functions)
                        + "; snapshots go to " + store);
                out.flush();
                CheckpointSession.End end = session.run();
                out.println(switch (end) {
                case COUNT_REACHED -> "wrote " + session.snapshotsWritten() + " snapshot(s); detached from pid " + session.pid();
                case STOP_REQUESTED -> "stopped after " + session.snapshotsWritten() + " snapshot(s); detached from pid " + session.pid();
                case PROCESS_EXITED -> "pid " + session.pid() + " ended; " + session.snapshotsWritten() + " snapshot(s) written";
                });
                out.flush();
            } finally {
                signals.restore();
            }
            if (command != null) {
                // The program is our child: stay with it like a shell would, and pass on its status.
                int status = session.waitForExit();
                return status;
            }
            return 0;
        }
    }
}
