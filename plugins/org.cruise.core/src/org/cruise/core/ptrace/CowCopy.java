package org.cruise.core.ptrace;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

/**
 * A copy-on-write copy of a stopped process, made by an injected clone() without CLONE_VM (a
 * fork): its memory is the process's memory at that instant, for as long as we keep it, while
 * the original runs on. This keeps the time the target is stopped independent of its size: the
 * pages are read from the copy afterwards (as Redis' BGSAVE does for itself).
 * <p>
 * The copy never executes an instruction: with PTRACE_O_TRACECLONE it is traced from birth and
 * held in its first stop until it is killed. It is created with exit signal 0 so that its end
 * sends the target no SIGCHLD; a plain waitpid of the target's does not see such a child either.
 * The zombie it leaves is reaped by {@link #close} with a wait4 injected into the target.
 * <p>
 * Memory the kernel does not copy on fork (MADV_DONTFORK: VmFlags "dc") or wipes (MADV_WIPEONFORK:
 * "wf") must be read from the original while it is still stopped.
 */
public final class CowCopy implements AutoCloseable {
    private static final long NR_CLONE = 56;
    private static final long NR_WAIT4 = 61;

    private final TracedProcess process;
    private final SyscallInjector injector;
    private final int pid;
    private boolean killed;

    private CowCopy(TracedProcess process, SyscallInjector injector, int pid) {
        this.process = process;
        this.injector = injector;
        this.pid = pid;
    }

    /** Copies the process through stopped thread tid. Call on the tracer thread. */
    public static CowCopy create(TracedProcess process, SyscallInjector injector, int tid)
            throws NativeException, CruiseException {
        process.expectCopy();
        long r;
        try {
            // flags 0: a new process (no CLONE_VM/THREAD/FILES), exit signal 0; child stack = ours (copied).
            r = injector.syscall(tid, NR_CLONE, 0, 0, 0, 0, 0);
        } catch (NativeException | CruiseException | RuntimeException e) {
            process.takeCopyPid();
            throw e;
        }
        int child = process.takeCopyPid();
        if (r < 0 || child <= 0) {
            throw new CruiseException(ExitCode.TARGET, "copying pid " + process.pid() + " failed: clone returned " + r);
        }
        // Its first stop, taken here so that the session's waitpid(-1) never sees it.
        int[] st = new int[1];
        if (LibC.waitpid(child, st, LibC.WALL) != child) {
            throw new NativeException("waitpid(copy " + child + ")", com.sun.jna.Native.getLastError());
        }
        return new CowCopy(process, injector, child);
    }

    public int pid() {
        return pid;
    }

    /** The copy as a traced, stopped process, for injecting system calls into it. */
    public TracedProcess asTracedProcess() {
        return TracedProcess.adoptStopped(pid);
    }

    /** Reader of the copy's memory (process_vm_readv works on any thread). */
    public ProcessMemory memory() {
        return new ProcessMemory(pid);
    }

    /**
     * Kills the copy. Call on the tracer thread. The zombie left in the target's children is
     * reaped with an injected wait4 when tid (a stopped thread of the target) is given, else
     * later via {@link #reap}.
     */
    public void kill() {
        if (!killed) {
            LibC.kill(pid, LibC.SIGKILL);
            // As its tracer we are told of its death first; only then can its parent reap it.
            LibC.waitpid(pid, new int[1], LibC.WALL);
            killed = true;
        }
    }

    /**
     * Reaps the copy's zombie through stopped target thread tid (no SIGCHLD ever reached the
     * target). Kill first, while the target runs: freeing a large copy takes milliseconds.
     */
    public void reap(int tid) throws NativeException, CruiseException {
        kill();
        injector.syscall(tid, NR_WAIT4, pid, 0, LibC.WALL, 0);
    }

    @Override
    public void close() {
        kill();
    }

    /** For diagnostics. */
    @Override
    public String toString() {
        return "copy " + pid + " of pid " + process.pid();
    }
}
