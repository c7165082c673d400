package org.cruise.core.ptrace;

import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * ptrace requests, each checked for failure. Call only on the {@link Tracer} thread.
 */
public final class Ptrace {
    public static final int TRACEME = 0, PEEKDATA = 2, POKEDATA = 5, CONT = 7, KILL = 8, SINGLESTEP = 9,
            GETREGS = 12, SETREGS = 13, GETFPREGS = 14, SETFPREGS = 15, DETACH = 17, SYSCALL = 24,
            SETOPTIONS = 0x4200, GETEVENTMSG = 0x4201, GETSIGINFO = 0x4202, GETREGSET = 0x4204,
            SETREGSET = 0x4205, SEIZE = 0x4206, INTERRUPT = 0x4207, LISTEN = 0x4208, GETSIGMASK = 0x420a,
            SETSIGMASK = 0x420b;

    public static final int O_TRACESYSGOOD = 1, O_TRACEFORK = 2, O_TRACEVFORK = 4, O_TRACECLONE = 8,
            O_TRACEEXEC = 0x10, O_TRACEEXIT = 0x40, O_EXITKILL = 0x100000;

    public static final int EVENT_FORK = 1, EVENT_VFORK = 2, EVENT_CLONE = 3, EVENT_EXEC = 4, EVENT_EXIT = 6,
            EVENT_STOP = 128;

    public static final int NT_PRSTATUS = 1, NT_PRFPREG = 2, NT_X86_XSTATE = 0x202;

    /** XSTATE area size is per CPU; 4 KiB covers every layout up to AVX-512 with PKRU and AMX headers. */
    public static final int XSTATE_MAX = 4096;

    private Ptrace() {
    }

    /**
     * Native scratch buffers of the calling thread (in practice the tracer thread): a watched
     * call makes a dozen ptrace requests, and a fresh JNA Memory for each (malloc plus a Cleaner
     * registration) costs more than the request.
     */
    private static final ThreadLocal<Memory> REGS = ThreadLocal.withInitial(() -> new Memory(UserRegs.SIZE));
    private static final ThreadLocal<Memory> SMALL = ThreadLocal.withInitial(() -> new Memory(128));

    private static long check(long r, String what, int tid) throws NativeException {
        if (r == -1) {
            throw new NativeException("ptrace(" + what + ", " + tid + ")", Native.getLastError());
        }
        return r;
    }

    public static void seize(int tid, int options) throws NativeException {
        check(LibC.ptrace(SEIZE, tid, 0, options), "SEIZE", tid);
    }

    public static void interrupt(int tid) throws NativeException {
        check(LibC.ptrace(INTERRUPT, tid, 0, 0), "INTERRUPT", tid);
    }

    public static void cont(int tid, int signal) throws NativeException {
        check(LibC.ptrace(CONT, tid, 0, signal), "CONT", tid);
    }

    public static void listen(int tid) throws NativeException {
        check(LibC.ptrace(LISTEN, tid, 0, 0), "LISTEN", tid);
    }

    public static void singleStep(int tid) throws NativeException {
        check(LibC.ptrace(SINGLESTEP, tid, 0, 0), "SINGLESTEP", tid);
    }

    public static void detach(int tid, int signal) throws NativeException {
        check(LibC.ptrace(DETACH, tid, 0, signal), "DETACH", tid);
    }

    public static long eventMessage(int tid) throws NativeException {
        Memory m = SMALL.get();
        check(LibC.ptrace(GETEVENTMSG, tid, 0, m), "GETEVENTMSG", tid);
        return m.getLong(0);
    }

    public static UserRegs getRegs(int tid) throws NativeException {
        Memory m = REGS.get();
        check(LibC.ptrace(GETREGS, tid, 0, m), "GETREGS", tid);
        return UserRegs.read(m);
    }

    public static void setRegs(int tid, UserRegs regs) throws NativeException {
        Memory m = REGS.get();
        regs.write(m);
        check(LibC.ptrace(SETREGS, tid, 0, m), "SETREGS", tid);
    }

    /** The legacy FXSAVE area (NT_PRFPREG, 512 bytes). */
    public static byte[] getFpRegs(int tid) throws NativeException {
        try (Memory m = new Memory(512)) {
            check(LibC.ptrace(GETFPREGS, tid, 0, m), "GETFPREGS", tid);
            return m.getByteArray(0, 512);
        }
    }

    /** The full XSAVE area (NT_X86_XSTATE), sized as the kernel reports it. */
    public static byte[] getXState(int tid) throws NativeException {
        try (Memory buf = new Memory(XSTATE_MAX); Memory iov = new Memory(16)) {
            iov.setPointer(0, buf);
            iov.setLong(8, XSTATE_MAX);
            check(LibC.ptrace(GETREGSET, tid, NT_X86_XSTATE, iov), "GETREGSET NT_X86_XSTATE", tid);
            return buf.getByteArray(0, (int) iov.getLong(8));
        }
    }

    /** The blocked-signal mask of a stopped thread (bit n-1 for signal n). */
    public static long getSigMask(int tid) throws NativeException {
        Memory m = SMALL.get();
        check(LibC.ptrace(GETSIGMASK, tid, 8, m), "GETSIGMASK", tid);
        return m.getLong(0);
    }

    /** siginfo_t of the current signal stop: si_signo, si_errno, si_code are its first three ints. */
    public static int[] sigInfoHead(int tid) throws NativeException {
        Memory m = SMALL.get();
        check(LibC.ptrace(GETSIGINFO, tid, 0, m), "GETSIGINFO", tid);
        return new int[] { m.getInt(0), m.getInt(4), m.getInt(8) };
    }
}
