package org.cruise.core.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.Tracer;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.core.trigger.PtraceTriggerBackend;
import org.cruise.core.trigger.TriggerBackend;
import org.cruise.core.trigger.TriggerHit;
import org.cruise.core.trigger.WatchedFunction;

/**
 * One checkpointing session on one process: functions armed, a snapshot written each time one
 * of them returns, until the requested number of snapshots exist, the process ends, or
 * {@link #requestStop()}. The event loop runs on the tracer thread; requests from the control
 * socket and from signal handlers reach it through a queue and a wake-up.
 * <p>
 * Leaving (normally, on error or on a stop request) always lets the snapshot taker release what
 * it kept on the process ({@link SnapshotTaker#released()}: the userfaultfd protection), removes
 * every breakpoint and detaches, so the process runs on as if never watched.
 */
public final class CheckpointSession {

    /**
     * Turns a user-given function name into its run-time entries in the target (more than one
     * when the compiler made several entry clones of it).
     */
    public interface FunctionLookup {
        List<WatchedFunction> resolve(int pid, String name) throws CruiseException;
    }

    /**
     * Writes one snapshot for a hit. Called on the tracer thread with the hit thread stopped at
     * the return address and the others running; it stops what it needs, and must have called
     * {@link CaptureContext#resume()} when it returns (normally as early as it can, so that the
     * target runs on while the snapshot is written).
     */
    public interface SnapshotTaker {
        Taken take(CaptureContext context, TriggerHit hit) throws CruiseException, NativeException;

        /**
         * Called once before the process is stopped for arming, while it runs (or waits at its
         * entry point): run the reading the stop will do often enough that the JIT has compiled
         * it. A checkpoint is a rare event, so without this every stop would run cold code.
         */
        default void rehearse(int pid) throws CruiseException {
        }

        /**
         * Called once while the process is stopped for arming: load and open now what the first
         * checkpoint would otherwise pay for while the target waits (classes, libdwfl's modules).
         */
        default void warmUp(TracedProcess process) throws CruiseException, NativeException {
        }

        /**
         * Called once the functions are armed, every thread still stopped (stoppedTid is one of
         * them): prepare what later checkpoints build on (the userfaultfd route's protection).
         * The context's {@link CaptureContext#resume()} must not be used.
         */
        default void armed(CaptureContext context, int stoppedTid) throws CruiseException, NativeException {
        }

        /** The session lets the process go: release whatever was kept in or on it since {@link #armed}. */
        default void released() {
        }
    }

    /** A written snapshot and what it cost the target. */
    /** @param freeze how the memory of the checkpoint instant was kept: "userfaultfd" or "fork" (CRUISE_FREEZE's values) */
    public record Taken(Path snapshot, long stoppedNanos, long totalNanos, long bytes, String freeze) {
    }

    /** What a snapshot taker may use; all on the tracer thread. */
    public static final class CaptureContext {
        private final CheckpointSession session;
        private final TriggerHit hit;
        private boolean resumed;

        private CaptureContext(CheckpointSession session, TriggerHit hit) {
            this.session = session;
            this.hit = hit;
        }

        public Tracer tracer() {
            return session.tracer;
        }

        public TracedProcess process() {
            return session.process;
        }

        public ProcessMemory memory() {
            return session.memory;
        }

        public SyscallInjector injector() {
            return session.injector;
        }

        /** Original bytes under the breakpoints planted now (see {@link TriggerBackend#plantedBytes()}). */
        public java.util.Map<Long, Byte> plantedBytes() {
            return session.backend.plantedBytes();
        }

        /** Lets every thread run again, the hit thread past its breakpoint too. Idempotent. */
        public void resume() throws NativeException, CruiseException {
            if (!resumed) {
                resumed = true;
                session.process.resumeAllExcept(hit.tid());
                session.backend.resume(hit.tid());
            }
        }

        boolean resumed() {
            return resumed;
        }
    }

    /** Progress reports for the user. */
    public interface Listener {
        void snapshotWritten(Taken snapshot, TriggerHit hit);

        void info(String message);
    }

    public record Options(List<String> functions, int count, long minIntervalMillis) {
    }

    /** Why the session ended. */
    public enum End {
        COUNT_REACHED, STOP_REQUESTED, PROCESS_EXITED
    }

    private record Request(String verb, List<String> functions, CompletableFuture<List<String>> reply) {
    }

    private final Tracer tracer;
    private final TracedProcess process;
    private final ProcessMemory memory;
    private final SyscallInjector injector;
    private final TriggerBackend backend;
    private final FunctionLookup lookup;
    private final SnapshotTaker taker;
    private final Listener listener;
    private final Options options;
    private final ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private long lastSnapshotNanos;
    private int written;
    /** wait status of the process once it ended while watched, -1 before. */
    private int exitStatus = -1;

    private CheckpointSession(Tracer tracer, TracedProcess process, FunctionLookup lookup, SnapshotTaker taker,
            Listener listener, Options options) {
        this.tracer = tracer;
        this.process = process;
        this.memory = new ProcessMemory(process.pid());
        this.injector = new SyscallInjector(process, memory);
        this.backend = new PtraceTriggerBackend(process, memory);
        this.lookup = lookup;
        this.taker = taker;
        this.listener = listener;
        this.options = options;
    }

    /**
     * Seizes pid and arms the functions. On any failure the process is released untouched and
     * the error names what was wrong (unknown function: the closest names).
     */
    public static CheckpointSession attach(Tracer tracer, int pid, FunctionLookup lookup, SnapshotTaker taker,
            Listener listener, Options options) throws CruiseException {
        return tracer.call(() -> {
            checkTraceable(pid);
            // Resolve before seizing: a typo must not even stop the process.
            List<WatchedFunction> functions = resolveAll(lookup, pid, options.functions());
            taker.rehearse(pid);
            TracedProcess p = TracedProcess.seize(pid);
            CheckpointSession s = new CheckpointSession(tracer, p, lookup, taker, listener, options);
            try {
                p.stopAll();
                for (WatchedFunction f : functions) {
                    s.backend.arm(f);
                }
                taker.warmUp(p);
                taker.armed(new CaptureContext(s, null), p.tids().get(0));
                p.resumeAll();
            } catch (NativeException | CruiseException | RuntimeException e) {
                s.release();
                throw failure("arming functions in pid " + pid, e);
            }
            return s;
        });
    }

    /**
     * Starts argv[0] under watch: it is seized before its first instruction, runs until its
     * entry point (so shared libraries are loaded and LIB:F names resolve), then the functions
     * are armed and it runs on. Its standard streams are ours.
     */
    public static CheckpointSession launch(Tracer tracer, List<String> argv, FunctionLookup lookup,
            SnapshotTaker taker, Listener listener, Options options) throws CruiseException {
        return tracer.call(() -> {
            TracedProcess p;
            try {
                p = Launcher.startStoppedAtEntry(argv);
            } catch (NativeException e) {
                throw failure("starting " + argv.get(0), e);
            }
            CheckpointSession s = new CheckpointSession(tracer, p, lookup, taker, listener, options);
            try {
                taker.rehearse(p.pid());
                for (WatchedFunction f : resolveAll(lookup, p.pid(), options.functions())) {
                    s.backend.arm(f);
                }
                taker.warmUp(p);
                taker.armed(new CaptureContext(s, null), p.pid());
                p.resumeAll();
            } catch (NativeException | CruiseException | RuntimeException e) {
                taker.released();
                // The program was started for this session only: do not leave it behind.
                LibC.kill(p.pid(), LibC.SIGKILL);
                throw failure("arming functions in " + argv.get(0), e);
            }
            return s;
        });
    }

    /** A process that does not exist, or a kernel thread, is refused before its symbols are looked at. */
    private static void checkTraceable(int pid) throws CruiseException {
        java.nio.file.Path proc = java.nio.file.Path.of("/proc", Integer.toString(pid));
        String stat;
        try {
            stat = java.nio.file.Files.readString(proc.resolve("stat"));
        } catch (java.io.IOException e) {
            throw new CruiseException(ExitCode.TARGET, "no process with pid " + pid);
        }
        // Fields after "(comm) ": state ppid pgrp session tty_nr tpgid flags ...; PF_KTHREAD = 0x00200000.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        if ((Long.parseLong(f[6]) & 0x00200000L) != 0) {
            throw new CruiseException(ExitCode.TARGET, "not permitted to trace pid " + pid + " ("
                    + org.cruise.core.proc.ProcStatus.comm(pid) + "): it is a kernel thread");
        }
    }

    private static List<WatchedFunction> resolveAll(FunctionLookup lookup, int pid, List<String> names)
            throws CruiseException {
        List<WatchedFunction> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String n : names) {
            try {
                out.addAll(lookup.resolve(pid, n));
            } catch (CruiseException e) {
                if (e.exitCode() != ExitCode.USAGE) {
                    throw e; // the process is the problem (gone, unreadable), not the name
                }
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new CruiseException(ExitCode.USAGE, String.join("\n", errors));
        }
        return out;
    }

    public int pid() {
        return process.pid();
    }

    public int snapshotsWritten() {
        return written;
    }

    /** Asks the loop to end and release the process; callable from any thread (signal handlers). */
    public void requestStop() {
        stopRequested = true;
        process.wakeUp();
    }

    /** Waits until the loop has released the process (for shutdown hooks). */
    public boolean awaitFinished(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /**
     * Changes the watched functions while the loop runs (verbs add, remove, list); returns the
     * functions watched afterwards. Callable from any thread.
     */
    public List<String> control(String verb, List<String> functions) throws CruiseException {
        if (!List.of("add", "remove", "list").contains(verb)) {
            throw new CruiseException(ExitCode.USAGE, "unknown request '" + verb + "' (expected add, remove or list)");
        }
        if (!verb.equals("list") && functions.isEmpty()) {
            throw new CruiseException(ExitCode.USAGE, verb + ": name at least one function");
        }
        Request r = new Request(verb, functions, new CompletableFuture<>());
        requests.add(r);
        process.wakeUp();
        try {
            return r.reply().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CruiseException ce) {
                throw ce;
            }
            throw new CruiseException(ExitCode.INTERNAL, "changing triggers failed: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
            throw new CruiseException(ExitCode.INTERNAL, "the checkpointer did not answer within 30 s");
        }
    }

    /**
     * For a program this session started: waits until it ends (it is our child, also after the
     * session detached) and returns its exit status, or 128 + signal number as a shell does.
     */
    public int waitForExit() throws CruiseException {
        return tracer.call(() -> {
            int status = exitStatus != -1 ? exitStatus : process.exitStatus();
            if (status == -1) {
                int[] st = new int[1];
                if (LibC.waitpid(process.pid(), st, LibC.WALL) != process.pid()) {
                    throw new CruiseException(ExitCode.INTERNAL, "lost track of pid " + process.pid());
                }
                status = st[0];
            }
            return LibC.signaled(status) ? 128 + LibC.termSig(status) : LibC.exitStatus(status);
        });
    }

    /** Runs the loop on the tracer thread until the session ends; always releases the process. */
    public End run() throws CruiseException {
        try {
            return tracer.call(this::loop);
        } finally {
            finished.countDown();
        }
    }

    private End loop() throws CruiseException {
        End end = null;
        CruiseException failure = null;
        try {
            while (end == null) {
                serveRequests();
                if (stopRequested) {
                    end = End.STOP_REQUESTED;
                    break;
                }
                TracedProcess.Event e = process.next(true);
                switch (e.kind()) {
                case TRAP -> {
                    var hit = backend.onTrap(e.tid(), e.trapCode());
                    if (hit.isPresent()) {
                        end = onHit(hit.get());
                    }
                }
                case PROCESS_EXITED -> {
                    exitStatus = e.status();
                    end = End.PROCESS_EXITED;
                }
                case EXEC -> throw new CruiseException(ExitCode.TARGET, "pid " + process.pid()
                        + " executed a new program; its breakpoints are gone with the old one");
                default -> {
                    // a thread ended, or a wake-up: look at requests and the stop flag again
                }
                }
            }
        } catch (NativeException e) {
            failure = failure("watching pid " + process.pid(), e);
        } catch (CruiseException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new CruiseException(ExitCode.INTERNAL, "internal error while watching pid " + process.pid() + ": " + e, e);
        }
        failPendingRequests();
        try {
            release();
        } catch (CruiseException e) {
            if (failure == null) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return end;
    }

    private End onHit(TriggerHit hit) throws NativeException, CruiseException {
        long now = System.nanoTime();
        boolean due = written == 0 || options.minIntervalMillis() <= 0
                || now - lastSnapshotNanos >= TimeUnit.MILLISECONDS.toNanos(options.minIntervalMillis());
        CaptureContext context = new CaptureContext(this, hit);
        if (due) {
            try {
                Taken taken = taker.take(context, hit);
                written++;
                lastSnapshotNanos = System.nanoTime();
                listener.snapshotWritten(taken, hit);
            } catch (org.cruise.core.snapshot.SnapshotNotKeptException e) {
                listener.info(e.getMessage() + "; waiting for the next trigger");
            }
        }
        context.resume();
        return options.count() > 0 && written >= options.count() ? End.COUNT_REACHED : null;
    }

    private void serveRequests() {
        for (Request r; (r = requests.poll()) != null;) {
            try {
                r.reply().complete(apply(r));
            } catch (CruiseException e) {
                r.reply().completeExceptionally(e);
            } catch (NativeException | RuntimeException e) {
                r.reply().completeExceptionally(failure("changing triggers", e));
            }
        }
    }

    private List<String> apply(Request r) throws CruiseException, NativeException {
        if (!r.verb().equals("list")) {
            List<WatchedFunction> resolved = new ArrayList<>();
            if (r.verb().equals("add")) {
                resolved.addAll(resolveAll(lookup, process.pid(), r.functions()));
            } else {
                List<String> unknown = new ArrayList<>();
                for (String n : r.functions()) {
                    if (backend.armed().stream().noneMatch(f -> f.name().equals(n))) {
                        unknown.add(n);
                    }
                }
                if (!unknown.isEmpty()) {
                    throw new CruiseException(ExitCode.USAGE, "not watched: " + String.join(", ", unknown)
                            + " (watched: " + String.join(", ", names()) + ")");
                }
            }
            // Breakpoint bytes change only while no thread runs.
            process.stopAll();
            try {
                if (r.verb().equals("add")) {
                    for (WatchedFunction f : resolved) {
                        backend.arm(f);
                    }
                } else {
                    for (String n : r.functions()) {
                        backend.disarm(n);
                    }
                }
            } finally {
                process.resumeAll();
            }
            listener.info(r.verb() + " " + String.join(", ", r.functions()) + "; watching " + String.join(", ", names()));
        }
        return names();
    }

    private List<String> names() {
        return backend.armed().stream().map(WatchedFunction::name).distinct().toList();
    }

    private void failPendingRequests() {
        for (Request r; (r = requests.poll()) != null;) {
            r.reply().completeExceptionally(new CruiseException(ExitCode.TARGET, "the checkpointer has ended"));
        }
    }

    /** Removes every breakpoint, puts threads stopped on one back before it, and detaches. */
    private void release() throws CruiseException {
        taker.released();
        try {
            memory.close();
            if (!process.exited()) {
                process.stopAll();
            }
            if (!process.exited()) {
                backend.removeAll();
                // Threads that hit a breakpoint and were not handled yet: rewind and let them go.
                for (TracedProcess.Event e; (e = process.next(false)).kind() != TracedProcess.Kind.NONE
                        && e.kind() != TracedProcess.Kind.PROCESS_EXITED;) {
                    if (e.kind() == TracedProcess.Kind.TRAP) {
                        backend.onTrap(e.tid(), e.trapCode());
                    }
                }
            }
            if (!process.exited()) {
                process.detach();
            }
        } catch (NativeException e) {
            if (!org.cruise.core.proc.ProcStatus.exists(process.pid())) {
                return; // it ended while we let go: nothing left to release
            }
            throw failure("detaching from pid " + process.pid(), e);
        } finally {
            process.releaseWaker();
        }
    }


    private static CruiseException failure(String what, Exception e) {
        if (e instanceof CruiseException ce) {
            return ce;
        }
        if (e instanceof NativeException ne && ne.errno() == LibC.ESRCH) {
            return new CruiseException(ExitCode.TARGET, what + ": the process is gone", e);
        }
        return new CruiseException(ExitCode.INTERNAL, what + ": " + e.getMessage(), e);
    }
}
