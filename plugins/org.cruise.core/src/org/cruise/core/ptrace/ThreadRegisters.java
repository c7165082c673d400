package org.cruise.core.ptrace;

/**
 * Everything the CPU holds for one stopped thread: general registers (incl. fs_base/gs_base),
 * the FXSAVE area (NT_PRFPREG, 512 bytes), the full XSAVE area (NT_X86_XSTATE) and the blocked
 * signal mask. This is what a core file's per-thread notes and a restore need.
 */
public record ThreadRegisters(int tid, UserRegs regs, byte[] fpregs, byte[] xstate, long sigmask) {

    /** Reads all of it from a stopped thread; call on the tracer thread. */
    public static ThreadRegisters read(int tid) throws org.cruise.core.sys.NativeException {
        return new ThreadRegisters(tid, Ptrace.getRegs(tid), Ptrace.getFpRegs(tid), Ptrace.getXState(tid),
                Ptrace.getSigMask(tid));
    }
}
