package org.cruise.core.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.capture.ProcessInfoCapture;
import org.cruise.core.capture.RegionCapture;
import org.cruise.core.capture.SignalActionCapture;
import org.cruise.core.checkpoint.CheckpointSession.CaptureContext;
import org.cruise.core.ptrace.CowCopy;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.snapshot.MemorySource;
import org.cruise.core.snapshot.SnapshotNotKeptException;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.model.MemoryRegion;
import org.cruise.model.SignalAction;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.sun.jna.Memory;

/**
 * The fork route: a copy-on-write copy of the target ({@link CowCopy}) made while it is stopped;
 * everything else — memory map, signal actions, process facts and the memory itself — is read
 * from the copy while the target runs on. The stopped time grows with the size of the target's
 * page tables, which the fork copies (about 15 ms at 500 MB). Works for every target we may trace.
 * <p>
 * Memory the kernel does not give the copy — MADV_DONTFORK (VmFlags "dc": absent in the copy) and
 * MADV_WIPEONFORK ("wf": zeroed in the copy) — is read from the target itself while it is stopped.
 * Which regions those are is known from {@link KnownRegions} (the memory map read at arming, and
 * what earlier snapshots found), checked against the target's /proc/PID/maps while stopped, which
 * is cheap (smaps, which has the flags, walks every page table entry). A region that became such
 * only since is found in the copy afterwards: that snapshot is not kept (it would miss or zero the
 * region), the region is remembered, and the next trigger's snapshot has it.
 */
final class ForkFreeze implements MemoryFreeze {
    private final CaptureContext ctx;
    private final CowCopy copy;
    private final ProcessMemory copyMemory;
    private final List<Long> stackPointers;
    private final KnownRegions noFork;
    /** The target's map while stopped. */
    private final List<Mapping> maps;
    /** Regions read from the target while stopped, by start address. */
    private final NavigableMap<Long, CopiedRegion> fromTarget;
    private boolean reaped;

    private record CopiedRegion(Mapping mapping, MemoryRegion known, Memory contents) {
    }

    private ForkFreeze(CaptureContext ctx, CowCopy copy, List<Long> stackPointers, KnownRegions noFork,
            List<Mapping> maps, NavigableMap<Long, CopiedRegion> fromTarget) {
        this.ctx = ctx;
        this.copy = copy;
        this.copyMemory = copy.memory();
        this.stackPointers = stackPointers;
        this.noFork = noFork;
        this.maps = maps;
        this.fromTarget = fromTarget;
    }

    /** Forks the stopped target through thread tid. */
    static ForkFreeze create(CaptureContext ctx, int tid, List<Long> stackPointers, KnownRegions noFork)
            throws CruiseException, NativeException {
        int pid = ctx.process().pid();
        List<Mapping> maps;
        try {
            maps = ProcMaps.read(pid);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
        }
        NavigableMap<Long, CopiedRegion> fromTarget = new TreeMap<>();
        try {
            for (Mapping m : maps) {
                MemoryRegion known = noFork.get(m);
                if (known != null && known.isSaved() && KnownRegions.notCopiedByFork(known)) {
                    Memory contents = new Memory(m.size());
                    fromTarget.put(m.start(), new CopiedRegion(m, known, contents));
                    if (ctx.memory().read(m.start(), contents, m.size()) != m.size()) {
                        throw new NativeException("short read of " + Long.toHexString(m.start()), LibC.EFAULT);
                    }
                }
            }
        } catch (NativeException | RuntimeException e) {
            fromTarget.values().forEach(c -> c.contents().close());
            throw e;
        }
        CowCopy copy;
        try {
            copy = CowCopy.create(ctx.process(), ctx.injector(), tid);
        } catch (CruiseException | NativeException | RuntimeException e) {
            fromTarget.values().forEach(c -> c.contents().close());
            throw e;
        }
        ForkFreeze freeze = new ForkFreeze(ctx, copy, stackPointers, noFork, maps, fromTarget);
        try {
            // The copy's code pages carry our breakpoints; the snapshot must show the program's bytes.
            for (Map.Entry<Long, Byte> b : ctx.plantedBytes().entrySet()) {
                freeze.copyMemory.write(b.getKey(), new byte[] { b.getValue() });
            }
        } catch (NativeException | RuntimeException e) {
            freeze.close();
            throw e;
        }
        return freeze;
    }

    @Override
    public String route() {
        return "fork";
    }

    @Override
    public ProcessView view() throws CruiseException, NativeException {
        TracedProcess copyProcess = copy.asTracedProcess();
        SyscallInjector copyInjector = new SyscallInjector(copyProcess, copyMemory);
        ProcessInfoCapture.Result info = ProcessInfoCapture.capture(copy.pid(), copyInjector, copy.pid());
        Phases.mark("process info");
        List<SignalAction> signals = new SignalActionCapture(copyInjector, copyMemory).capture(copy.pid());
        Phases.mark("signal actions");
        List<MemoryRegion> regions = new ArrayList<>(RegionCapture.capture(copy.pid(), stackPointers));
        Phases.mark("regions");
        noFork.learn(regions);
        addNoForkRegions(regions);
        // /proc/PID/exe opens the running program even if its file was replaced or deleted meanwhile.
        // The copy's: the target may have exited (or exec'd) since it was resumed; its copy maps the same file.
        Path exe = Path.of("/proc", Integer.toString(copy.pid()), "exe");
        return new ProcessView(info, signals, regions, exe, copy.pid());
    }

    /**
     * Puts the regions the copy lacks (MADV_DONTFORK) into the list, as read from the target; fails
     * if the copy lacks or wiped a region that was not read from the target while it was stopped.
     */
    private void addNoForkRegions(List<MemoryRegion> regions) throws CruiseException {
        Map<Long, MemoryRegion> inCopy = new HashMap<>();
        for (MemoryRegion r : regions) {
            inCopy.put(r.getStart(), r);
        }
        List<String> missed = new ArrayList<>();
        for (Mapping m : maps) {
            MemoryRegion r = inCopy.get(m.start());
            CopiedRegion c = fromTarget.get(m.start());
            if (r == null || r.getEnd() != m.end()) {
                if (c != null) {
                    regions.add(EcoreUtil.copy(c.known()));
                } else {
                    missed.add(Long.toHexString(m.start()) + "-" + Long.toHexString(m.end()) + " (not in the copy)");
                    noFork.learn(ctx.process().pid(), m);
                }
            } else if (r.getFlags().contains("wf") && r.isSaved() && c == null) {
                missed.add(Long.toHexString(m.start()) + "-" + Long.toHexString(m.end()) + " (wiped in the copy)");
                noFork.learn(ctx.process().pid(), m);
            }
        }
        regions.sort(Comparator.comparing(MemoryRegion::getStart, Long::compareUnsigned));
        if (!missed.isEmpty()) {
            throw new SnapshotNotKeptException("snapshot of pid " + ctx.process().pid() + " not kept: memory marked"
                    + " MADV_DONTFORK/MADV_WIPEONFORK since arming was not read while the target was stopped: "
                    + String.join(", ", missed) + "; it will be from the next trigger on", null);
        }
    }

    @Override
    public MemorySource memory() {
        MemorySource fromCopy = MemorySource.of(copyMemory);
        return (address, destination, length) -> {
            Map.Entry<Long, CopiedRegion> c = fromTarget.floorEntry(address);
            if (c != null && address < c.getValue().mapping().end()) {
                long n = Math.min(length, c.getValue().mapping().end() - address);
                destination.getByteBuffer(0, n).put(c.getValue().contents().getByteBuffer(address - c.getKey(), n));
                return n;
            }
            return fromCopy.read(address, destination, length);
        };
    }

    /** Kills the copy (while the target runs: freeing it takes milliseconds) and reaps it. */
    @Override
    public void end() throws CruiseException, NativeException {
        copy.kill();
        reap();
        reaped = true;
    }

    /** The copy's zombie is reaped by its parent, the target: briefly stop it for that. */
    private void reap() throws NativeException, CruiseException {
        TracedProcess process = ctx.process();
        process.stopAll();
        if (process.exited() || process.tids().isEmpty()) {
            return; // the target ended meanwhile: its orphaned copy went to init, which reaps it
        }
        try {
            copy.reap(process.tids().get(0));
        } finally {
            process.resumeAll();
        }
    }

    @Override
    public void close() {
        fromTarget.values().forEach(c -> c.contents().close());
        fromTarget.clear();
        copyMemory.close();
        copy.close();
        TracedProcess process = ctx.process();
        if (!reaped && !process.exited()) {
            // A failed write must not leave the copy as a zombie child of the target.
            try {
                process.stopAll();
                try {
                    copy.reap(process.tids().get(0));
                } finally {
                    if (ctx.resumed()) {
                        process.resumeAll();
                    }
                }
            } catch (NativeException | CruiseException | RuntimeException e) {
                // the target is gone: so is the zombie
            }
        }
    }
}
