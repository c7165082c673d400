package org.cruise.core.trigger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ptrace.Breakpoints;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

/**
 * Catches function returns with int3 breakpoints, as gdb's "finish" does: one at the function's
 * entry, and on each entry one at that call's return address, tagged with the stack pointer the
 * thread will have once the frame is popped. A return breakpoint fires only for the thread and
 * stack pointer of its frame, so recursion and several threads inside the function at once each
 * get their own return; frames abandoned by longjmp are dropped when the thread is seen above them.
 * <p>
 * The int3 bytes themselves (planting, stale traps, stepping over) are {@link Breakpoints}'; this
 * class keeps what each address means. CET shadow stacks are no obstacle: no return address is
 * ever rewritten.
 */
public final class PtraceTriggerBackend implements TriggerBackend {
    /** What one planted address is for: a watched function's entry, pending returns, or both. */
    private static final class Use {
        final long address;
        WatchedFunction entryOf;
        int returnRefs;

        Use(long address) {
            this.address = address;
        }

        boolean unused() {
            return entryOf == null && returnRefs == 0;
        }
    }

    /** A call of a watched function that has not returned yet. */
    private record PendingFrame(int tid, WatchedFunction function, long returnAddress, long spAfterReturn) {
    }

    private final TracedProcess process;
    private final ProcessMemory memory;
    private final Breakpoints breakpoints;
    private final Map<Long, Use> uses = new HashMap<>();
    /** By entry address: one name can stand for several entries (compiler clones). */
    private final Map<Long, WatchedFunction> armed = new LinkedHashMap<>();
    private final List<PendingFrame> pending = new ArrayList<>();
    private long hits;

    public PtraceTriggerBackend(TracedProcess process, ProcessMemory memory) {
        this.process = process;
        this.memory = memory;
        this.breakpoints = new Breakpoints(process, memory);
    }

    @Override
    public void arm(WatchedFunction function) throws NativeException {
        if (armed.containsKey(function.entry())) {
            return;
        }
        Use bp = insert(function.entry());
        bp.entryOf = function;
        armed.put(function.entry(), function);
    }

    @Override
    public void disarm(String name) throws NativeException {
        for (Iterator<WatchedFunction> it = armed.values().iterator(); it.hasNext();) {
            WatchedFunction f = it.next();
            if (!f.name().equals(name)) {
                continue;
            }
            it.remove();
            Use bp = uses.get(f.entry());
            if (bp != null) {
                bp.entryOf = null;
                removeIfUnused(bp);
            }
        }
        for (Iterator<PendingFrame> it = pending.iterator(); it.hasNext();) {
            PendingFrame p = it.next();
            if (p.function().name().equals(name)) {
                it.remove();
                dropReturnRef(p.returnAddress());
            }
        }
    }

    @Override
    public List<WatchedFunction> armed() {
        return List.copyOf(armed.values());
    }

    @Override
    public Optional<TriggerHit> onTrap(int tid, int code) throws NativeException, CruiseException {
        // Every trap at one of our addresses re-executes the original instruction there.
        UserRegs regs = breakpoints.trap(tid, code);
        if (regs == null) {
            process.resumeWithSignal(tid, LibC.SIGTRAP); // the program's own trap
            return Optional.empty();
        }
        long address = regs.rip();
        Use bp = uses.get(address);
        if (bp == null) {
            process.resume(tid); // removed while this thread was on its way in
            return Optional.empty();
        }
        TriggerHit hit = null;
        if (bp.returnRefs > 0) {
            hit = matchReturn(tid, address, regs);
        }
        if (bp.entryOf != null) {
            long returnAddress = memory.readLong(regs.rsp());
            pending.add(new PendingFrame(tid, bp.entryOf, returnAddress, regs.rsp() + 8));
            insert(returnAddress).returnRefs++;
        }
        if (hit != null) {
            return Optional.of(hit);
        }
        resume(tid);
        return Optional.empty();
    }

    private TriggerHit matchReturn(int tid, long address, UserRegs regs) throws NativeException {
        TriggerHit hit = null;
        for (Iterator<PendingFrame> it = pending.iterator(); it.hasNext();) {
            PendingFrame p = it.next();
            if (p.tid() != tid) {
                continue;
            }
            boolean returned = p.returnAddress() == address && p.spAfterReturn() == regs.rsp();
            // A frame below the current stack pointer was left without returning (longjmp).
            boolean abandoned = Long.compareUnsigned(p.spAfterReturn(), regs.rsp()) < 0;
            if (returned || abandoned) {
                it.remove();
                dropReturnRef(p.returnAddress());
            }
            if (returned && hit == null) {
                hit = new TriggerHit(p.function(), tid, regs.copy(), ++hits);
            }
        }
        return hit;
    }

    @Override
    public void resume(int tid) throws NativeException, CruiseException {
        breakpoints.resume(tid);
    }

    @Override
    public Map<Long, Byte> plantedBytes() {
        return breakpoints.plantedBytes();
    }

    @Override
    public void removeAll() throws NativeException {
        breakpoints.removeAll();
        uses.clear();
        armed.clear();
        pending.clear();
    }

    private Use insert(long address) throws NativeException {
        Use bp = uses.get(address);
        if (bp == null) {
            breakpoints.plant(address);
            bp = new Use(address);
            uses.put(address, bp);
        }
        return bp;
    }

    private void dropReturnRef(long address) throws NativeException {
        Use bp = uses.get(address);
        if (bp != null) {
            bp.returnRefs--;
            removeIfUnused(bp);
        }
    }

    private void removeIfUnused(Use bp) throws NativeException {
        if (bp.unused()) {
            breakpoints.remove(bp.address);
            uses.remove(bp.address);
        }
    }
}
