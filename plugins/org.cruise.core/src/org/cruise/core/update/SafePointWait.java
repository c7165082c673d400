package org.cruise.core.update;

import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.ptrace.Breakpoints;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

/**
 * Waits for a safe point without stopping the process over and over: an int3 where each blocked
 * thread's outermost blocking frame returns (gdb's "finish"), which counts only for that thread
 * at the stack pointer the return leaves it with; other threads passing the same return address
 * (recursion, another thread returning from the same changed function) are stepped over. Calls
 * of unchanged functions run untouched meanwhile. A thread whose blocking frame has no caller to
 * watch, and frames left by longjmp, are covered by a look every {@link #FALLBACK_NANOS}.
 * <p>
 * Runs on the tracer thread. {@link #await} returns with every thread stopped, every
 * breakpoint removed and every thread that hit one put back before it.
 */
final class SafePointWait {

    /** How often the process is looked at anyway: for what no breakpoint can catch. */
    static final long FALLBACK_NANOS = 1_000_000_000L;
    private final TracedProcess process;
    private final Breakpoints breakpoints;
    /** {tid, return address, stack pointer after the return} of the planted watches. */
    private List<long[]> watches = List.of();
    private int looks;

    SafePointWait(TracedProcess process, ProcessMemory memory) {
        this.process = process;
        this.breakpoints = new Breakpoints(process, memory);
    }

    /** How many times {@link #await} returned: the process was stopped to look again. */
    int looks() {
        return looks;
    }

    /**
     * With every thread stopped: plants the watches for what blocks now, resumes every thread
     * and waits until a watched frame returns, a thread ends, the fallback interval passes or the
     * deadline comes; then stops every thread again and removes the breakpoints.
     *
     * @return System.nanoTime() when the wait ended (a thread stopped at a watched return): the
     *         start of the downtime if the process is found safe now
     * @throws CruiseException (exit code 4) if the process ends meanwhile
     */
    long await(SafePoint.Result blocked, long deadlineNanos) throws CruiseException, NativeException {
        watches = blocked.unblockingReturns();
        for (long[] w : watches) {
            breakpoints.plant(w[1]);
        }
        long wakeAt = Math.min(deadlineNanos, System.nanoTime() + FALLBACK_NANOS);
        process.prepareWakeUp();
        Thread timer = Thread.ofPlatform().daemon().name("cruise-safe-point-timer").start(() -> {
            try {
                Thread.sleep(Math.max(0, (wakeAt - System.nanoTime()) / 1_000_000));
                process.wakeUp();
            } catch (InterruptedException e) {
                // the wait ended first
            }
        });
        long ended;
        try {
            process.resumeAll();
            while (!returned()) {
                // keep going: a step over someone else's pass, a signal for the program
            }
            ended = System.nanoTime();
        } finally {
            timer.interrupt();
            looks++;
            if (!process.exited()) { // (else the exception on its way says so; nothing is left to undo)
                process.stopAll();
                breakpoints.removeAll();
                settleQueued();
            }
        }
        return ended;
    }

    /** One event; true when the wait is over. */
    private boolean returned() throws CruiseException, NativeException {
        TracedProcess.Event e = process.next(true);
        switch (e.kind()) {
        case TRAP -> {
            return onTrap(e.tid(), e.trapCode());
        }
        case WAKEUP, THREAD_EXITED -> {
            return true;
        }
        case PROCESS_EXITED -> throw new CruiseException(ExitCode.TARGET, "pid " + process.pid()
                + " ended while the update waited for a safe point");
        case EXEC -> throw new CruiseException(ExitCode.TARGET, "pid " + process.pid()
                + " executed a new program while the update waited for a safe point");
        default -> {
            return false;
        }
        }
    }

    private boolean onTrap(int tid, int code) throws CruiseException, NativeException {
        UserRegs regs = breakpoints.trap(tid, code);
        if (regs == null) {
            process.resumeWithSignal(tid, LibC.SIGTRAP); // the program's own trap
            return false;
        }
        for (long[] w : watches) {
            if (w[0] == tid && w[1] == regs.rip() && w[2] == regs.rsp() && breakpoints.isPlanted(w[1])) {
                return true;
            }
        }
        breakpoints.resume(tid); // another frame's return through a watched address, or a stale trap
        return false;
    }

    /**
     * Stops that arrived while every thread was being stopped, handled now: the update goes on
     * with these threads and may detach, so none may be left just after a removed int3. A trap of
     * the program's own is delivered, and every thread is stopped again.
     */
    private void settleQueued() throws NativeException, CruiseException {
        boolean resumed;
        do {
            resumed = false;
            for (TracedProcess.Event e; (e = process.next(false)).kind() != TracedProcess.Kind.NONE;) {
                switch (e.kind()) {
                case TRAP -> {
                    if (breakpoints.trap(e.tid(), e.trapCode()) == null) { // (ours: its pc is put back)
                        process.resumeWithSignal(e.tid(), LibC.SIGTRAP);
                        resumed = true;
                    }
                }
                case PROCESS_EXITED -> throw new CruiseException(ExitCode.TARGET, "pid " + process.pid()
                        + " ended while the update waited for a safe point");
                default -> {
                    // a thread ended, a wake-up from the timer: nothing to undo
                }
                }
            }
            if (resumed) {
                process.stopAll();
            }
        } while (resumed);
    }
}
