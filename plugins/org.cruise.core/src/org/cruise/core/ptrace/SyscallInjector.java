package org.cruise.core.ptrace;

import java.io.IOException;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.sys.NativeException;

/**
 * Makes a stopped thread of the target execute system calls on our behalf (as CRIU's compel does
 * without a parasite): point its PC at a {@code syscall} instruction already in its memory,
 * single-step, read rax, restore every register. Runs on the {@link Tracer} thread.
 * <p>
 * The thread may have been stopped inside a system call. After an injection the kernel no longer
 * restarts that call on resume (the program would see errno 512), so the restart is done here
 * when the original registers are put back: see {@link #restoreRegisters}.
 */
public final class SyscallInjector {
    private static final long ERESTARTSYS = -512, ERESTARTNOINTR = -513, ERESTARTNOHAND = -514,
            ERESTART_RESTARTBLOCK = -516;
    private static final long NR_RESTART_SYSCALL = 219;

    private final TracedProcess process;
    private final ProcessMemory memory;
    private long gadget;

    public SyscallInjector(TracedProcess process, ProcessMemory memory) {
        this.process = process;
        this.memory = memory;
    }

    /**
     * Runs syscall nr with up to six arguments in stopped thread tid and returns the raw result
     * (negative errno on failure, as the kernel returns it). The thread's registers are as before
     * afterwards.
     */
    public long syscall(int tid, long nr, long... args) throws NativeException, CruiseException {
        if (args.length > 6) {
            throw new IllegalArgumentException("at most 6 syscall arguments");
        }
        UserRegs saved = Ptrace.getRegs(tid);
        UserRegs r = saved.copy();
        int[] argRegs = { UserRegs.RDI, UserRegs.RSI, UserRegs.RDX, UserRegs.R10, UserRegs.R8, UserRegs.R9 };
        for (int i = 0; i < args.length; i++) {
            r.set(argRegs[i], args[i]);
        }
        r.set(UserRegs.RAX, nr);
        // orig_rax = -1: the stop is no longer "inside a syscall", so the kernel adds no restart of its own.
        r.set(UserRegs.ORIG_RAX, -1);
        r.set(UserRegs.RIP, gadget());
        Ptrace.setRegs(tid, r);
        long result;
        try {
            process.singleStep(tid);
            result = Ptrace.getRegs(tid).rax();
        } finally {
            restoreRegisters(tid, saved);
        }
        return result;
    }

    /**
     * Puts saved registers back. A thread stopped inside an interrupted system call is set up to
     * re-execute it, as the kernel would have done had we not injected anything.
     */
    public static void restoreRegisters(int tid, UserRegs saved) throws NativeException {
        UserRegs r = saved.copy();
        long rax = saved.rax();
        if (saved.get(UserRegs.ORIG_RAX) >= 0) {
            if (rax == ERESTARTSYS || rax == ERESTARTNOINTR || rax == ERESTARTNOHAND) {
                r.set(UserRegs.RAX, saved.get(UserRegs.ORIG_RAX));
                r.set(UserRegs.RIP, saved.rip() - 2);
                r.set(UserRegs.ORIG_RAX, -1);
            } else if (rax == ERESTART_RESTARTBLOCK) {
                r.set(UserRegs.RAX, NR_RESTART_SYSCALL);
                r.set(UserRegs.RIP, saved.rip() - 2);
                r.set(UserRegs.ORIG_RAX, -1);
            }
        }
        Ptrace.setRegs(tid, r);
    }

    /** Address of a {@code syscall} (0f 05) instruction in the target: the vDSO always has one. */
    private long gadget() throws NativeException, CruiseException {
        if (gadget != 0) {
            return gadget;
        }
        List<Mapping> maps;
        try {
            maps = ProcMaps.read(process.pid());
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read memory map of pid " + process.pid() + ": " + e.getMessage(), e);
        }
        // The vDSO first: the program's own code may be rewritten while we inject (live update).
        List<Mapping> ordered = new java.util.ArrayList<>(maps);
        ordered.sort(java.util.Comparator.comparing(m -> m.path().equals("[vdso]") ? 0 : 1));
        for (Mapping m : ordered) {
            if (!m.path().equals("[vdso]") && !(m.executable() && m.readable())) {
                continue;
            }
            byte[] code = memory.read(m.start(), (int) Math.min(m.size(), 1 << 20));
            for (int i = 0; i + 1 < code.length; i++) {
                if (code[i] == 0x0f && code[i + 1] == 0x05) {
                    gadget = m.start() + i;
                    return gadget;
                }
            }
        }
        throw new CruiseException(ExitCode.TARGET, "no syscall instruction found in pid " + process.pid());
    }
}
