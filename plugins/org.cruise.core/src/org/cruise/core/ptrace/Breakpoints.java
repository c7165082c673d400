package org.cruise.core.ptrace;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cruise.core.CruiseException;
import org.cruise.core.sys.NativeException;

/**
 * int3 breakpoints in a traced process: planting and removing them, recognising a trap as one of
 * ours (also a stale one, reported after its breakpoint was removed), and stepping a thread over
 * one. Used by the checkpoint's trigger backend and by a live update waiting for a safe point;
 * what a breakpoint means is theirs.
 * <p>
 * Stepping over a breakpoint puts the original byte back for one instruction. Other threads must
 * not pass the address meanwhile, so in a multi-threaded target they are all stopped for that
 * step. Runs on the tracer thread.
 */
public final class Breakpoints {
    private static final byte INT3 = (byte) 0xcc;
    /** si_code of a SIGTRAP raised by an int3 instruction. */
    private static final int SI_KERNEL = 0x80;

    private final TracedProcess process;
    private final ProcessMemory memory;
    /** Address -> the byte the int3 replaced. */
    private final Map<Long, Byte> planted = new HashMap<>();
    /** Every address that ever held one: a trap reported there after removal is stale, not the program's. */
    private final Set<Long> everPlanted = new HashSet<>();

    public Breakpoints(TracedProcess process, ProcessMemory memory) {
        this.process = process;
        this.memory = memory;
    }

    /** Plants an int3 at address unless one is there. */
    public void plant(long address) throws NativeException {
        if (!planted.containsKey(address)) {
            planted.put(address, memory.read(address, 1)[0]);
            memory.write(address, new byte[] { INT3 });
            everPlanted.add(address);
        }
    }

    /** Puts the original byte back at address, if ours is there. */
    public void remove(long address) throws NativeException {
        Byte original = planted.remove(address);
        if (original != null) {
            memory.write(address, new byte[] { original });
        }
    }

    public void removeAll() throws NativeException {
        for (Map.Entry<Long, Byte> p : planted.entrySet()) {
            memory.write(p.getKey(), new byte[] { p.getValue() });
        }
        planted.clear();
    }

    public boolean isPlanted(long address) {
        return planted.containsKey(address);
    }

    /** Original bytes under the breakpoints planted now. */
    public Map<Long, Byte> plantedBytes() {
        return new HashMap<>(planted);
    }

    /**
     * For a SIGTRAP stop of tid with si_code code: the thread's registers with its pc put back on
     * our int3 it executed (the instruction there has not run yet); null if the trap is not ours
     * (the program's own, to be delivered). The breakpoint may have been removed since the trap
     * ({@link #isPlanted} says).
     */
    public UserRegs trap(int tid, int code) throws NativeException {
        UserRegs regs = Ptrace.getRegs(tid);
        long address = regs.rip() - 1;
        if (code != SI_KERNEL || !everPlanted.contains(address)) {
            return null;
        }
        regs.set(UserRegs.RIP, address);
        Ptrace.setRegs(tid, regs);
        return regs;
    }

    /** Lets tid run on from a pc where one of ours may be: executes the original instruction first. */
    public void resume(int tid) throws NativeException, CruiseException {
        long pc = Ptrace.getRegs(tid).rip();
        if (planted.containsKey(pc)) {
            stepOver(tid, pc);
        } else {
            process.resume(tid);
        }
    }

    private void stepOver(int tid, long address) throws NativeException, CruiseException {
        boolean others = process.tids().size() > 1;
        if (others) {
            process.stopAll();
        }
        memory.write(address, new byte[] { planted.get(address) });
        try {
            process.singleStep(tid);
        } finally {
            memory.write(address, new byte[] { INT3 });
        }
        if (others) {
            process.resumeAll();
        } else {
            process.resume(tid);
        }
    }
}
