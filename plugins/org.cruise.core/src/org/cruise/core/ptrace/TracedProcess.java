package org.cruise.core.ptrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.core.sys.Spawn;
import org.cruise.core.proc.ProcStatus;

/**
 * A process whose every thread is seized with ptrace, and the bookkeeping of which thread is
 * stopped and why. All methods run on the {@link Tracer} thread.
 * <p>
 * Housekeeping stops (new threads, interrupt stops nobody waits for, group stops, signals meant
 * for the program) are handled here so that callers only see what concerns them: SIGTRAP stops
 * (breakpoints, single steps), exec, exits, and wake-ups requested from other threads.
 */
public final class TracedProcess {

    /** What {@link #next(boolean)} reports. */
    public enum Kind {
        /** A thread stopped with SIGTRAP (a breakpoint or a completed single step). */
        TRAP,
        /** A thread ended; the process goes on. */
        THREAD_EXITED,
        /** The last thread ended: the process is gone. */
        PROCESS_EXITED,
        /** The process executed a new program; every breakpoint is gone with the old one. */
        EXEC,
        /** {@link #wakeUp()} was called from another thread. */
        WAKEUP,
        /** Non-blocking wait found nothing. */
        NONE
    }

    /**
     * @param trapCode for TRAP: si_code of the SIGTRAP, read when the stop happened (0x80 for an
     *        int3). Read later it could describe another trap: an injected system call
     *        single-steps the thread and replaces its siginfo.
     */
    public record Event(Kind kind, int tid, int status, int trapCode) {
        public Event(Kind kind, int tid, int status) {
            this(kind, tid, status, 0);
        }
    }

    private static final class ThreadInfo {
        final int tid;
        boolean stopped;
        /** Stopped in a group stop: resume with LISTEN, not CONT, to keep the stop the program asked for. */
        boolean groupStop;
        /** A signal meant for the program, delivered when the thread resumes. */
        int pendingSignal;

        ThreadInfo(int tid) {
            this.tid = tid;
        }
    }

    private static final int OPTIONS = Ptrace.O_TRACECLONE | Ptrace.O_TRACEEXEC | Ptrace.O_TRACESYSGOOD;

    private final int pid;
    private final Map<Integer, ThreadInfo> threads = new TreeMap<>();
    /** Stops that arrived while everything was being stopped; handed out by next() first. */
    private final Deque<Event> queued = new ArrayDeque<>();
    private final Object wakeLock = new Object();
    private int wakerPid;
    private boolean exited;
    /** Wait status of the last thread to end (the process's), -1 while it runs. */
    private int exitStatus = -1;
    /** Set while an injected clone() makes a copy of the process rather than a thread. */
    private boolean expectingCopy;
    private int copyPid;

    private TracedProcess(int pid) {
        this.pid = pid;
    }

    public int pid() {
        return pid;
    }

    /** The process's wait status once it ended while traced (also if nobody took the event), else -1. */
    public int exitStatus() {
        return exitStatus;
    }

    public boolean exited() {
        return exited;
    }

    /** Thread ids currently traced, ascending. */
    public List<Integer> tids() {
        return List.copyOf(threads.keySet());
    }

    public boolean isStopped(int tid) {
        ThreadInfo t = threads.get(tid);
        return t != null && t.stopped;
    }

    /**
     * Seizes every thread of pid. Threads keep running; new ones are traced from their first
     * instruction. Fails with exit code 4 naming the reason (no such process, not permitted,
     * already traced).
     */
    public static TracedProcess seize(int pid) throws CruiseException {
        if (pid <= 0) {
            throw new CruiseException(ExitCode.USAGE, "invalid pid " + pid);
        }
        TracedProcess p = new TracedProcess(pid);
        Path task = Path.of("/proc", Integer.toString(pid), "task");
        // Threads may be created while we seize: repeat until a pass finds none we lack.
        for (int pass = 0; pass < 100; pass++) {
            Set<Integer> found = listTasks(pid, task);
            if (found.isEmpty() && pass == 0) {
                throw new CruiseException(ExitCode.TARGET, "no process with pid " + pid);
            }
            boolean added = false;
            for (int tid : found) {
                if (p.threads.containsKey(tid)) {
                    continue;
                }
                try {
                    Ptrace.seize(tid, OPTIONS);
                    p.threads.put(tid, new ThreadInfo(tid));
                    added = true;
                } catch (NativeException e) {
                    if (e.errno() == LibC.ESRCH && tid != pid) {
                        continue; // the thread ended meanwhile
                    }
                    p.abandon();
                    throw seizeFailure(pid, e);
                }
            }
            if (!added) {
                return p;
            }
        }
        p.abandon();
        throw new CruiseException(ExitCode.TARGET, "pid " + pid + " keeps creating threads; could not seize them all");
    }

    /**
     * A single-threaded process we already trace and that is stopped (the copy made by
     * {@link CowCopy}), so that system calls can be injected into it too.
     */
    static TracedProcess adoptStopped(int pid) {
        TracedProcess p = new TracedProcess(pid);
        ThreadInfo t = new ThreadInfo(pid);
        t.stopped = true;
        p.threads.put(pid, t);
        return p;
    }

    private static Set<Integer> listTasks(int pid, Path task) throws CruiseException {
        try (Stream<Path> s = Files.list(task)) {
            Set<Integer> tids = new java.util.TreeSet<>();
            s.forEach(p -> tids.add(Integer.parseInt(p.getFileName().toString())));
            return tids;
        } catch (NoSuchFileException e) {
            return Collections.emptySet();
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot list threads of pid " + pid + ": " + e.getMessage(), e);
        }
    }

    private static CruiseException seizeFailure(int pid, NativeException e) {
        if (e.errno() == LibC.ESRCH) {
            return new CruiseException(ExitCode.TARGET, "no process with pid " + pid);
        }
        if (e.errno() == LibC.EPERM) {
            int tracer = ProcStatus.tracerPid(pid);
            if (tracer > 0) {
                return new CruiseException(ExitCode.TARGET, "pid " + pid + " is already traced by pid " + tracer
                        + " (" + ProcStatus.comm(tracer) + "); only one tracer (cruise or a debugger) at a time");
            }
            return new CruiseException(ExitCode.TARGET, "not permitted to trace pid " + pid
                    + " (run as root or as its owner, and check /proc/sys/kernel/yama/ptrace_scope)");
        }
        return new CruiseException(ExitCode.TARGET, "cannot trace pid " + pid + ": " + e.getMessage(), e);
    }

    /** Stops every running thread and waits until all are stopped. Stops of interest are queued. */
    public void stopAll() throws NativeException {
        for (ThreadInfo t : threads.values()) {
            if (!t.stopped) {
                interrupt(t);
            }
        }
        while (!exited && threads.values().stream().anyMatch(t -> !t.stopped)) {
            Event e = waitRaw(true, true);
            if (e != null && e.kind() != Kind.NONE) {
                queued.add(e);
            }
        }
    }

    private void interrupt(ThreadInfo t) throws NativeException {
        try {
            Ptrace.interrupt(t.tid);
        } catch (NativeException e) {
            if (e.errno() != LibC.ESRCH) {
                throw e;
            }
            // Gone already: its exit is reported by waitpid.
        }
    }

    /**
     * Resumes every stopped thread except those with a queued stop the caller has not taken yet.
     * Signals meant for the program are delivered now.
     */
    public void resumeAll() throws NativeException {
        resumeAllExcept(0);
    }

    /**
     * As {@link #resumeAll()}, but leaves tid stopped too (a thread the caller still has to move
     * off a breakpoint).
     */
    public void resumeAllExcept(int tid) throws NativeException {
        Set<Integer> held = new java.util.HashSet<>();
        held.add(tid);
        for (Event e : queued) {
            if (e.kind() == Kind.TRAP) {
                held.add(e.tid());
            }
        }
        for (ThreadInfo t : threads.values()) {
            if (t.stopped && !held.contains(t.tid)) {
                resume(t);
            }
        }
    }

    /** Resumes one stopped thread (with its pending program signal, if any). */
    public void resume(int tid) throws NativeException {
        ThreadInfo t = threads.get(tid);
        if (t != null && t.stopped) {
            resume(t);
        }
    }

    /** Resumes one stopped thread delivering sig to it (the program's own SIGTRAP, for instance). */
    public void resumeWithSignal(int tid, int sig) throws NativeException {
        ThreadInfo t = threads.get(tid);
        if (t != null && t.stopped) {
            t.pendingSignal = sig;
            resume(t);
        }
    }

    private void resume(ThreadInfo t) throws NativeException {
        try {
            if (t.groupStop) {
                Ptrace.listen(t.tid);
            } else {
                Ptrace.cont(t.tid, t.pendingSignal);
                t.pendingSignal = 0;
            }
            t.stopped = false;
        } catch (NativeException e) {
            if (e.errno() != LibC.ESRCH) {
                throw e;
            }
            t.stopped = false; // it died while stopped (SIGKILL); waitpid will say so
        }
    }

    /** Single-steps one stopped thread and waits for the step to complete (other threads untouched). */
    public void singleStep(int tid) throws NativeException, CruiseException {
        ThreadInfo t = threads.get(tid);
        Ptrace.singleStep(tid);
        t.stopped = false;
        while (true) {
            int[] status = new int[1];
            int r = LibC.waitpid(tid, status, LibC.WALL);
            if (r == -1) {
                throw new NativeException("waitpid(" + tid + ")", com.sun.jna.Native.getLastError());
            }
            if (LibC.stopped(status[0]) && LibC.stopSig(status[0]) == LibC.SIGTRAP && LibC.ptraceEvent(status[0]) == 0) {
                t.stopped = true;
                return;
            }
            Event e = classify(tid, status[0], true);
            if (e != null && (e.kind() == Kind.THREAD_EXITED || e.kind() == Kind.PROCESS_EXITED)) {
                queued.add(e);
                throw new CruiseException(ExitCode.TARGET, "thread " + tid + " of pid " + pid + " ended during a single step");
            }
            // Another stop came first (a signal, now pending for the program): step again.
            Ptrace.singleStep(tid);
            t.stopped = false;
        }
    }

    /**
     * Resumes one stopped thread and waits until it stops with signal sig (a fault an injected
     * function call ends with), which is then discarded; other signals that arrive first are kept
     * for the program. Other threads stay as they are.
     */
    public void runUntilSignal(int tid, int sig) throws NativeException, CruiseException {
        ThreadInfo t = threads.get(tid);
        Ptrace.cont(tid, 0);
        t.stopped = false;
        while (true) {
            int[] status = new int[1];
            int r = LibC.waitpid(tid, status, LibC.WALL);
            if (r == -1) {
                throw new NativeException("waitpid(" + tid + ")", com.sun.jna.Native.getLastError());
            }
            if (LibC.stopped(status[0]) && LibC.stopSig(status[0]) == sig && LibC.ptraceEvent(status[0]) == 0) {
                t.stopped = true;
                return;
            }
            Event e = classify(tid, status[0], true);
            if (e != null && (e.kind() == Kind.THREAD_EXITED || e.kind() == Kind.PROCESS_EXITED)) {
                queued.add(e);
                throw new CruiseException(ExitCode.TARGET, "thread " + tid + " of pid " + pid + " ended during an injected call");
            }
            Ptrace.cont(tid, 0);
            t.stopped = false;
        }
    }

    /**
     * The next stop of interest, or NONE when not blocking and nothing happened. Handles
     * housekeeping stops itself.
     */
    public Event next(boolean block) throws NativeException {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        while (true) {
            Event e = waitRaw(block, false);
            if (e != null) {
                return e;
            }
        }
    }

    /**
     * One waitpid. Returns an event of interest, NONE when non-blocking found nothing, or null
     * for a housekeeping stop that was dealt with.
     */
    private Event waitRaw(boolean block, boolean stopping) throws NativeException {
        if (block) {
            ensureWaker();
        }
        int[] status = new int[1];
        int r = LibC.waitpid(-1, status, LibC.WALL | LibC.WNOTHREAD | (block ? 0 : LibC.WNOHANG));
        if (r == 0) {
            return new Event(Kind.NONE, 0, 0);
        }
        if (r == -1) {
            int errno = com.sun.jna.Native.getLastError();
            if (errno == LibC.EINTR) {
                return null;
            }
            if (errno == LibC.ECHILD) {
                exited = true;
                return new Event(Kind.PROCESS_EXITED, pid, 0);
            }
            throw new NativeException("waitpid", errno);
        }
        synchronized (wakeLock) {
            if (r == wakerPid) {
                wakerPid = 0;
                return new Event(Kind.WAKEUP, 0, 0);
            }
        }
        return classify(r, status[0], stopping);
    }

    private Event classify(int tid, int status, boolean stopping) throws NativeException {
        ThreadInfo t = threads.get(tid);
        if (t == null) {
            // A thread announced by a clone event we have not processed yet reports its first stop.
            t = new ThreadInfo(tid);
            threads.put(tid, t);
        }
        if (LibC.exited(status) || LibC.signaled(status)) {
            threads.remove(tid);
            if (threads.isEmpty()) {
                exited = true;
                exitStatus = status;
                return new Event(Kind.PROCESS_EXITED, tid, status);
            }
            return new Event(Kind.THREAD_EXITED, tid, status);
        }
        if (!LibC.stopped(status)) {
            return null;
        }
        t.stopped = true;
        int sig = LibC.stopSig(status);
        int event = LibC.ptraceEvent(status);
        switch (event) {
        case Ptrace.EVENT_CLONE: {
            int child = (int) Ptrace.eventMessage(tid);
            if (expectingCopy) {
                copyPid = child; // a process of its own, not one of our threads
                expectingCopy = false;
                return null;
            }
            threads.computeIfAbsent(child, ThreadInfo::new);
            if (!stopping) {
                resume(t);
            }
            return null;
        }
        case Ptrace.EVENT_EXEC:
            // Threads other than the exec'ing one are gone; it now carries the leader's id.
            threads.keySet().removeIf(x -> x != pid);
            threads.computeIfAbsent(pid, ThreadInfo::new).stopped = true;
            return new Event(Kind.EXEC, pid, status);
        case Ptrace.EVENT_STOP:
            if (sig == LibC.SIGSTOP || sig == 20 || sig == 21 || sig == 22) {
                t.groupStop = true; // SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU: the program asked to stop
            } else {
                t.groupStop = false; // our interrupt, or a new thread's first stop
            }
            if (!stopping) {
                resume(t);
            }
            return null;
        case 0:
            break;
        default:
            if (!stopping) {
                resume(t);
            }
            return null;
        }
        t.groupStop = false;
        if (sig == LibC.SIGTRAP) {
            return new Event(Kind.TRAP, tid, status, Ptrace.sigInfoHead(tid)[2]);
        }
        if (sig == (LibC.SIGTRAP | 0x80)) {
            return null; // syscall stop: not requested, nothing to do
        }
        // A signal for the program: deliver it when the thread resumes.
        t.pendingSignal = sig;
        if (!stopping) {
            resume(t);
        }
        return null;
    }

    /**
     * Announces that the next clone event comes from an injected clone() that copies the process
     * (see {@link CowCopy}); returns the copy's pid once {@link #takeCopyPid()} is called after it.
     */
    void expectCopy() {
        expectingCopy = true;
        copyPid = 0;
    }

    int takeCopyPid() {
        int p = copyPid;
        copyPid = 0;
        expectingCopy = false;
        return p;
    }

    /**
     * On the tracer thread, before another thread may call {@link #wakeUp()}: makes sure a wake-up
     * that comes before the next blocking {@link #next(boolean)} starts is not lost.
     */
    public void prepareWakeUp() throws NativeException {
        ensureWaker();
    }

    /** Wakes a blocked {@link #next(boolean)}; callable from any thread. */
    public void wakeUp() {
        synchronized (wakeLock) {
            if (wakerPid > 0) {
                LibC.kill(wakerPid, LibC.SIGKILL);
            }
        }
    }

    /**
     * waitpid cannot also wait for a file descriptor, so a blocked tracer is woken through a child
     * of its own that another thread kills: its exit ends the wait.
     */
    private void ensureWaker() throws NativeException {
        synchronized (wakeLock) {
            if (wakerPid == 0) {
                wakerPid = Spawn.spawn("/bin/sleep", List.of("sleep", "infinity"), Map.of(), true);
            }
        }
    }

    /**
     * Stops all threads, then detaches every one of them with its pending program signal, and
     * ends the waker. The caller must have removed its breakpoints first.
     */
    public void detach() throws NativeException {
        if (!exited) {
            stopAll();
        }
        List<Integer> gone = new ArrayList<>();
        for (ThreadInfo t : threads.values()) {
            try {
                Ptrace.detach(t.tid, t.pendingSignal);
            } catch (NativeException e) {
                if (e.errno() != LibC.ESRCH) {
                    throw e;
                }
                gone.add(t.tid);
            }
        }
        threads.clear();
        queued.clear();
        stopWaker();
    }

    private void abandon() {
        for (ThreadInfo t : threads.values()) {
            // Seized but never stopped: PTRACE_DETACH needs a stopped tracee, so stop then detach.
            try {
                Ptrace.interrupt(t.tid);
                int[] st = new int[1];
                LibC.waitpid(t.tid, st, LibC.WALL);
                Ptrace.detach(t.tid, LibC.stopped(st[0]) && LibC.ptraceEvent(st[0]) == 0 ? LibC.stopSig(st[0]) : 0);
            } catch (NativeException e) {
                // best effort: the thread may be gone
            }
        }
        threads.clear();
    }

    /** Ends the wake-up helper child; for a session that ends without {@link #detach()} (process gone). */
    public void releaseWaker() {
        stopWaker();
    }

    private void stopWaker() {
        synchronized (wakeLock) {
            if (wakerPid > 0) {
                LibC.kill(wakerPid, LibC.SIGKILL);
                LibC.waitpid(wakerPid, new int[1], LibC.WALL);
                wakerPid = 0;
            }
        }
    }
}
