package org.cruise.core.trigger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cruise.core.CruiseException;
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
 * Stepping over a breakpoint puts the original byte back for one instruction. Other threads
 * must not pass the address meanwhile, so in a multi-threaded target they are all stopped for
 * that step. CET shadow stacks are no obstacle: no return address is ever rewritten.
 */
public final class PtraceTriggerBackend implements TriggerBackend {
    private static final byte INT3 = (byte) 0xcc;
    /** si_code of a SIGTRAP raised by an int3 instruction. */
    private static final int SI_KERNEL = 0x80;

    private static final class Breakpoint {
        final long address;
        final byte original;
        WatchedFunction entryOf;
        int returnRefs;

        Breakpoint(long address, byte original) {
            this.address = address;
            this.original = original;
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
    private final Map<Long, Breakpoint> breakpoints = new HashMap<>();
    /** By entry address: one name can stand for several entries (compiler clones). */
    private final Map<Long, WatchedFunction> armed = new LinkedHashMap<>();
    private final List<PendingFrame> pending = new ArrayList<>();
    /** Every address that ever held one of our breakpoints: a trap there after removal is stale. */
    private final Set<Long> everArmed = new HashSet<>();
    private long hits;

    public PtraceTriggerBackend(TracedProcess process, ProcessMemory memory) {
        this.process = process;
        this.memory = memory;
    }

    @Override
    public void arm(WatchedFunction function) throws NativeException {
        if (armed.containsKey(function.entry())) {
            return;
        }
        Breakpoint bp = insert(function.entry());
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
            Breakpoint bp = breakpoints.get(f.entry());
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
        UserRegs regs = Ptrace.getRegs(tid);
        long address = regs.rip() - 1;
        Breakpoint bp = breakpoints.get(address);
        if (code != SI_KERNEL || bp == null && !everArmed.contains(address)) {
            process.resumeWithSignal(tid, LibC.SIGTRAP); // the program's own trap
            return Optional.empty();
        }
        // Every trap at one of our addresses re-executes the original instruction there.
        regs.set(UserRegs.RIP, address);
        Ptrace.setRegs(tid, regs);
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
        long pc = Ptrace.getRegs(tid).rip();
        if (breakpoints.containsKey(pc)) {
            stepOver(tid, breakpoints.get(pc));
        } else {
            process.resume(tid);
        }
    }

    /** Executes the original instruction under a breakpoint in tid, then lets it run. */
    private void stepOver(int tid, Breakpoint bp) throws NativeException, CruiseException {
        boolean others = process.tids().size() > 1;
        if (others) {
            process.stopAll();
        }
        memory.write(bp.address, new byte[] { bp.original });
        try {
            process.singleStep(tid);
        } finally {
            memory.write(bp.address, new byte[] { INT3 });
        }
        if (others) {
            process.resumeAll();
        } else {
            process.resume(tid);
        }
    }

    @Override
    public Map<Long, Byte> plantedBytes() {
        Map<Long, Byte> out = new HashMap<>();
        breakpoints.values().forEach(bp -> out.put(bp.address, bp.original));
        return out;
    }

    @Override
    public void removeAll() throws NativeException {
        for (Breakpoint bp : breakpoints.values()) {
            memory.write(bp.address, new byte[] { bp.original });
        }
        breakpoints.clear();
        armed.clear();
        pending.clear();
    }

    private Breakpoint insert(long address) throws NativeException {
        Breakpoint bp = breakpoints.get(address);
        if (bp == null) {
            byte original = memory.read(address, 1)[0];
            memory.write(address, new byte[] { INT3 });
            bp = new Breakpoint(address, original);
            breakpoints.put(address, bp);
            everArmed.add(address);
        }
        return bp;
    }

    private void dropReturnRef(long address) throws NativeException {
        Breakpoint bp = breakpoints.get(address);
        if (bp != null) {
            bp.returnRefs--;
            removeIfUnused(bp);
        }
    }

    private void removeIfUnused(Breakpoint bp) throws NativeException {
        if (bp.unused()) {
            memory.write(bp.address, new byte[] { bp.original });
            breakpoints.remove(bp.address);
        }
    }
}
