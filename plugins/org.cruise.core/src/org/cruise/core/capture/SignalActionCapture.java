package org.cruise.core.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.proc.ProcStatus;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.model.CruiseFactory;
import org.cruise.model.SignalAction;

/**
 * The disposition of every signal the process catches or ignores. /proc/PID/status tells only
 * which signals those are (SigCgt, SigIgn); handler, flags, restorer and mask are asked from the
 * process itself: a stopped thread executes rt_sigaction(sig, NULL, &old, 8) and the struct
 * kernel_sigaction it fills is read back. Signals left at SIG_DFL are not listed. handlerSymbol
 * is left empty (the lead's symbol layer resolves it).
 * <p>
 * Where the kernel writes the result: on the thread's stack, below the 128-byte red zone. The
 * x86-64 ABI lets a function keep live data in the 128 bytes under rsp without moving rsp; what
 * lies below that is free for asynchronous use at any instant (the kernel builds signal frames
 * there), so a stopped thread has no live data there. In practice it is mapped: rsp lies in the
 * thread's stack mapping, which extends well below it unless the thread is about to overflow.
 * This is checked against /proc/PID/maps; if the bytes there are not in one writable mapping, a
 * scratch page mapped with an injected mmap (and unmapped after) is used instead. The previous
 * contents of the stack bytes are put back afterwards, so a memory dump taken later is
 * unaffected (a dirty-page tracker does see the page written).
 */
public final class SignalActionCapture {
    private static final long SYS_RT_SIGACTION = 13, SYS_MMAP = 9, SYS_MUNMAP = 11;
    private static final int PROT_READ = 1, PROT_WRITE = 2, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20;
    private static final int PAGE = 4096;
    private static final int RED_ZONE = 128;
    /** struct kernel_sigaction on x86-64: handler, flags, restorer, mask (64-bit each). */
    private static final int KSIGACTION_SIZE = 32;
    private static final int SIGSET_SIZE = 8;

    /** Where the kernel writes each answer. */
    public enum Placement {
        /** Below the red zone of the thread's stack, a scratch page where that is not possible. */
        STACK,
        /** Always a scratch page: no byte of the program's memory is written, one mapping is made and removed. */
        SCRATCH_PAGE
    }

    private final SyscallInjector injector;
    private final ProcessMemory memory;
    private final Placement placement;
    private final int pid;

    public SignalActionCapture(SyscallInjector injector, ProcessMemory memory) {
        this(injector, memory, Placement.STACK);
    }

    public SignalActionCapture(SyscallInjector injector, ProcessMemory memory, Placement placement) {
        this.injector = injector;
        this.memory = memory;
        this.placement = placement;
        this.pid = memory.pid();
    }

    /**
     * Reads the actions through thread tid, which must be a stopped, seized thread of the
     * process; runs on the tracer thread. Returns them ordered by signal number.
     */
    public List<SignalAction> capture(int tid) throws CruiseException {
        long caught = sigset(pid, "SigCgt");
        long ignored = sigset(pid, "SigIgn");
        long wanted = caught | ignored;
        List<SignalAction> out = new ArrayList<>();
        if (wanted == 0) {
            return out;
        }
        try {
            Buffer buf = acquire(tid);
            try {
                for (int sig = 1; sig <= 64; sig++) {
                    if ((wanted & (1L << (sig - 1))) != 0) {
                        out.add(query(tid, sig, buf.address()));
                    }
                }
            } finally {
                release(tid, buf);
            }
        } catch (NativeException e) {
            throw Procfs.failure(pid, e);
        }
        return out;
    }

    private SignalAction query(int tid, int sig, long address) throws NativeException, CruiseException {
        long r = injector.syscall(tid, SYS_RT_SIGACTION, sig, 0, address, SIGSET_SIZE);
        if (r < 0) {
            throw new CruiseException(ExitCode.TARGET, "rt_sigaction(" + SignalNames.name(sig) + ") in pid " + pid
                    + " failed: " + LibC.strerror((int) -r));
        }
        ByteBuffer b = ByteBuffer.wrap(memory.read(address, KSIGACTION_SIZE)).order(ByteOrder.LITTLE_ENDIAN);
        SignalAction a = CruiseFactory.eINSTANCE.createSignalAction();
        a.setSignal(sig);
        a.setName(SignalNames.name(sig));
        a.setHandler(b.getLong());
        a.setFlags(b.getLong());
        a.setRestorer(b.getLong());
        a.setMask(b.getLong());
        return a;
    }

    /**
     * Where the kernel writes its answers.
     *
     * @param stackBytes what the stack held there before, to be put back; null for a scratch page
     */
    private record Buffer(long address, byte[] stackBytes) {
    }

    private Buffer acquire(int tid) throws NativeException, CruiseException {
        long rsp = Ptrace.getRegs(tid).rsp();
        long below = (rsp - RED_ZONE - KSIGACTION_SIZE) & ~15L;
        if (placement == Placement.STACK && stackUsable(below, rsp)) {
            return new Buffer(below, memory.read(below, KSIGACTION_SIZE));
        }
        long page = injector.syscall(tid, SYS_MMAP, 0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (page < 0 && page > -PAGE) {
            throw new CruiseException(ExitCode.TARGET, "no room for an injected system call in pid " + pid
                    + ": mmap of a scratch page failed: " + LibC.strerror((int) -page));
        }
        return new Buffer(page, null);
    }

    /** Whether [address, rsp) lies in one readable, writable mapping. */
    private boolean stackUsable(long address, long rsp) throws CruiseException {
        Optional<Mapping> m;
        try {
            m = ProcMaps.containing(ProcMaps.read(pid), address);
        } catch (IOException e) {
            throw Procfs.failure(pid, "read /proc/" + pid + "/maps", e);
        }
        return m.isPresent() && m.get().readable() && m.get().writable() && m.get().contains(rsp - 1);
    }

    private void release(int tid, Buffer b) throws NativeException, CruiseException {
        if (b.stackBytes() != null) {
            memory.write(b.address(), b.stackBytes());
            return;
        }
        long r = injector.syscall(tid, SYS_MUNMAP, b.address(), PAGE);
        if (r < 0) {
            throw new CruiseException(ExitCode.TARGET, "munmap of the scratch page 0x" + Long.toHexString(b.address())
                    + " in pid " + pid + " failed: " + LibC.strerror((int) -r));
        }
    }

    /** A signal set from /proc/PID/status, hex, bit n-1 for signal n. */
    private static long sigset(int pid, String field) throws CruiseException {
        String v = ProcStatus.field(pid, field);
        if (v == null) {
            throw new CruiseException(ExitCode.TARGET, ProcStatus.exists(pid)
                    ? "cannot read " + field + " from /proc/" + pid + "/status"
                    : "pid " + pid + " ended during the checkpoint");
        }
        return Long.parseUnsignedLong(v, 16);
    }
}
