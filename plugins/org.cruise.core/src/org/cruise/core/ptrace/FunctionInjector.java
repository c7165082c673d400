package org.cruise.core.ptrace;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.sys.NativeException;

/**
 * Makes a stopped thread call a function of the target (an ifunc resolver, say) and returns its
 * result. The call returns to address 0: the fault that follows is the tracer's signal that the
 * call is over, and is never delivered. The thread's registers are restored afterwards, and a
 * system call it was stopped in is restarted as with {@link SyscallInjector}.
 */
public final class FunctionInjector {
    private static final int SIGSEGV = 11;
    /** Below the red zone that the interrupted code may be using. */
    private static final long STACK_GAP = 1024;

    private final TracedProcess process;
    private final ProcessMemory memory;

    public FunctionInjector(TracedProcess process, ProcessMemory memory) {
        this.process = process;
        this.memory = memory;
    }

    public long call(int tid, long function, long... args) throws NativeException, CruiseException {
        if (args.length > 6) {
            throw new IllegalArgumentException("at most 6 arguments");
        }
        UserRegs saved = Ptrace.getRegs(tid);
        UserRegs r = saved.copy();
        int[] argRegs = { UserRegs.RDI, UserRegs.RSI, UserRegs.RDX, UserRegs.RCX, UserRegs.R8, UserRegs.R9 };
        for (int i = 0; i < args.length; i++) {
            r.set(argRegs[i], args[i]);
        }
        // At a function's first instruction the ABI expects rsp + 8 to be 16-byte aligned.
        long sp = ((saved.rsp() - STACK_GAP) & ~0xfL) - 8;
        memory.writeLong(sp, 0L);
        r.set(UserRegs.RSP, sp);
        r.set(UserRegs.RIP, function);
        r.set(UserRegs.RAX, 0);
        r.set(UserRegs.ORIG_RAX, -1);
        Ptrace.setRegs(tid, r);
        long result;
        try {
            process.runUntilSignal(tid, SIGSEGV);
            UserRegs after = Ptrace.getRegs(tid);
            if (after.rip() != 0) {
                throw new CruiseException(ExitCode.TARGET, String.format(
                        "injected call of 0x%x in thread %d faulted at 0x%x instead of returning", function, tid, after.rip()));
            }
            result = after.rax();
        } finally {
            SyscallInjector.restoreRegisters(tid, saved);
        }
        return result;
    }
}
