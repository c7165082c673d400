package org.cruise.core.checkpoint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.capture.FdCapture;
import org.cruise.core.capture.ProcessInfoCapture;
import org.cruise.core.capture.RegionCapture;
import org.cruise.core.capture.SignalActionCapture;
import org.cruise.core.capture.TcpRepairCapture;
import org.cruise.core.checkpoint.CheckpointSession.CaptureContext;
import org.cruise.core.checkpoint.CheckpointSession.Taken;
import org.cruise.core.elf.ElfException;
import org.cruise.core.proc.ProcStat;
import org.cruise.core.ptrace.CowCopy;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.ThreadRegisters;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.snapshot.CapturedState;
import org.cruise.core.snapshot.MemorySource;
import org.cruise.core.snapshot.SnapshotWriter;
import org.cruise.core.snapshot.StoredSnapshot;
import org.cruise.core.symbols.ModuleSymbols;
import org.cruise.core.symbols.Symbolizer;
import org.cruise.core.sys.NativeException;
import org.cruise.core.trigger.TriggerHit;
import org.cruise.core.unwind.CallChain;
import org.cruise.core.unwind.Unwinder;
import org.cruise.model.CruiseFactory;
import org.cruise.model.FileDescriptor;
import org.cruise.model.MemoryRegion;
import org.cruise.model.ProcessInfo;
import org.cruise.model.Registers;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Takes one snapshot at a trigger. The target is stopped only for what changes as soon as it
 * runs: registers, the file table (offsets move), TCP repair state, and a copy-on-write copy of
 * the process ({@link CowCopy}). Everything else — memory map, call chains, signal actions,
 * process facts and the memory itself — is read from the copy while the target runs on.
 * <p>
 * The next watched call of the target waits (at its breakpoint) until this snapshot is written,
 * because the tracer thread is busy writing it.
 */
final class SnapshotCapture implements CheckpointSession.SnapshotTaker {
    private static final String BACKEND = "ptrace";

    private final SnapshotWriter writer;
    private final boolean tcp;
    private final int keepLast;
    private final SnapshotWriter.Progress progress;
    private final Map<String, Optional<String>> buildIds = new HashMap<>();
    /** Session-long: reporting modules to libdwfl once, not at every checkpoint. */
    private Unwinder unwinder;

    SnapshotCapture(SnapshotWriter writer, boolean tcp, int keepLast, SnapshotWriter.Progress progress) {
        this.writer = writer;
        this.tcp = tcp;
        this.keepLast = keepLast;
        this.progress = progress;
    }

    @Override
    public void warmUp(TracedProcess process) throws CruiseException, NativeException {
        int pid = process.pid();
        if (unwinder == null) {
            unwinder = Unwinder.open(pid);
        }
        for (int tid : process.tids()) {
            unwinder().symbolize(unwinder().unwindAddresses(tid, ThreadRegisters.read(tid).regs()));
        }
        FdCapture.capture(pid);
        try {
            ProcStat.read(pid);
        } catch (IOException e) {
            throw new CruiseException(org.cruise.core.ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
        }
        // Classes of the stopped phase, loaded now rather than while the target waits.
        CowCopy.class.getName();
        TcpRepairCapture.class.getName();
    }

    private Unwinder unwinder() throws CruiseException {
        if (unwinder == null) {
            throw new IllegalStateException("warmUp opens the unwinder");
        }
        return unwinder;
    }

    @Override
    public Taken take(CaptureContext ctx, TriggerHit hit) throws CruiseException, NativeException {
        long start = System.nanoTime();
        Phases.start();
        TracedProcess process = ctx.process();
        int pid = process.pid();
        Date time = new Date();

        // ---- target stopped ----
        process.stopAll();
        Map<Integer, ThreadRegisters> registers = new LinkedHashMap<>();
        registers.put(hit.tid(), ThreadRegisters.read(hit.tid())); // the trigger thread first (gdb shows it first)
        for (int tid : process.tids()) {
            registers.putIfAbsent(tid, ThreadRegisters.read(tid));
        }
        if (unwinder == null) {
            unwinder = Unwinder.open(pid);
        } else {
            unwinder.refresh();
        }
        Map<Integer, CallChain> chains = new LinkedHashMap<>();
        for (ThreadRegisters r : registers.values()) {
            chains.put(r.tid(), unwinder.unwindAddresses(r.tid(), r.regs()));
        }
        List<FileDescriptor> fds = FdCapture.capture(pid);
        List<TcpRepairCapture.Queues> queues = tcp ? TcpRepairCapture.capture(pid, fds) : List.of();
        ProcStat stat;
        try {
            stat = ProcStat.read(pid);
        } catch (IOException e) {
            throw new CruiseException(org.cruise.core.ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
        }
        CowCopy copy = CowCopy.create(process, ctx.injector(), hit.tid());
        long stopped;
        boolean reaped = false;
        try {
            // The copy's code pages carry our breakpoints; the snapshot must show the program's bytes.
            try (ProcessMemory copyMemory = copy.memory()) {
                for (Map.Entry<Long, Byte> b : ctx.plantedBytes().entrySet()) {
                    copyMemory.write(b.getKey(), new byte[] { b.getValue() });
                }
            }
            ctx.resume();
            stopped = System.nanoTime() - start;
            Phases.mark("stopped phase");
            // ---- target running; everything below reads the copy ----
            StoredSnapshot stored = writeFromCopy(ctx, hit, copy, registers, chains, fds, queues, stat, time);
            Phases.mark("write");
            copy.kill();
            reap(ctx, copy);
            reaped = true;
            Phases.mark("kill and reap copy");
            if (keepLast > 0) {
                org.cruise.core.snapshot.Snapshots.retain(writer.store(), keepLast);
            }
            Phases.report();
            long bytes = stored.manifest().getFiles().stream().mapToLong(f -> f.getSize()).sum();
            return new Taken(stored.directory(), stopped, System.nanoTime() - start, bytes);
        } finally {
            copy.close();
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

    private StoredSnapshot writeFromCopy(CaptureContext ctx, TriggerHit hit, CowCopy copy,
            Map<Integer, ThreadRegisters> registers, Map<Integer, CallChain> chains, List<FileDescriptor> fds,
            List<TcpRepairCapture.Queues> queues,
            ProcStat stat, Date time) throws CruiseException, NativeException {
        int pid = ctx.process().pid();
        TracedProcess copyProcess = copy.asTracedProcess();
        try (ProcessMemory copyMemory = copy.memory()) {
            SyscallInjector copyInjector = new SyscallInjector(copyProcess, copyMemory);
            ProcessInfoCapture.Result info = ProcessInfoCapture.capture(copy.pid(), copyInjector, copy.pid());
            Phases.mark("process info");
            ProcessInfo process = info.info();
            process.setPid(pid);
            process.setPpid(stat.ppid());
            exeBuildId(process);
            List<SignalAction> signals = new SignalActionCapture(copyInjector, copyMemory).capture(copy.pid());
            Phases.mark("signal actions");
            List<Long> stackPointers = registers.values().stream().map(r -> r.regs().rsp()).toList();
            List<MemoryRegion> regions = RegionCapture.capture(copy.pid(), stackPointers);
            Phases.mark("regions");
            for (MemoryRegion r : regions) {
                if (r.getPath() != null && r.getPath().startsWith("/") && r.getInode() != 0) {
                    buildId(r.getPath()).ifPresent(r::setBuildId);
                }
            }

            Snapshot model = CruiseFactory.eINSTANCE.createSnapshot();
            Phases.mark("build-ids");
            model.setCreated(time);
            model.setProcess(process);
            for (ThreadRegisters r : registers.values()) {
                // Naming needs no stopped thread: the chain's addresses were taken while stopped.
                model.getThreads().add(threadState(pid, r, unwinder.symbolize(chains.get(r.tid()))));
            }
            model.getRegions().addAll(regions);
            model.getFileDescriptors().addAll(fds);
            Symbolizer symbolizer = Symbolizer.forProcess(copy.pid());
            for (SignalAction s : signals) {
                if (Long.compareUnsigned(s.getHandler(), 1) > 0) {
                    var where = symbolizer.symbolize(s.getHandler());
                    if (where != null && where.function() != null) {
                        s.setHandlerSymbol(where.offset() == 0 ? where.function() : where.function() + "+" + where.offset());
                    }
                }
            }
            model.getSignalActions().addAll(signals);
            model.setTrigger(trigger(hit, time));
            Phases.mark("call chains, symbols");

            Map<String, byte[]> extra = new LinkedHashMap<>();
            for (TcpRepairCapture.Queues q : queues) {
                extra.put(q.state().getSendQueueFile(), q.sendQueue());
                extra.put(q.state().getRecvQueueFile(), q.recvQueue());
            }
            // /proc/PID/exe opens the running program even if its file was replaced or deleted meanwhile.
            // The copy's: the target may have exited (or exec'd) since it was resumed; its copy maps the same file.
            Path exe = Path.of("/proc", Integer.toString(copy.pid()), "exe");
            CapturedState state = new CapturedState(model, registers, info.auxv(), MemorySource.of(copyMemory), exe, extra);
            return writer.write(state, progress);
        }
    }

    private static ThreadState threadState(int pid, ThreadRegisters r, CallChain chain) {
        ThreadState t = CruiseFactory.eINSTANCE.createThreadState();
        t.setTid(r.tid());
        t.setName(threadName(pid, r.tid()));
        Registers model = CruiseFactory.eINSTANCE.createRegisters();
        for (int i = 0; i < UserRegs.COUNT; i++) {
            EStructuralFeature f = model.eClass().getEStructuralFeature(featureName(UserRegs.NAMES[i]));
            if (f != null) {
                model.eSet(f, r.regs().get(i));
            }
        }
        t.setRegisters(model);
        t.setFsBase(r.regs().get(UserRegs.FS_BASE));
        t.setGsBase(r.regs().get(UserRegs.GS_BASE));
        t.setSigmask(r.sigmask());
        t.setXstateSize(r.xstate().length);
        t.getFrames().addAll(chain.frames());
        return t;
    }

    /** "orig_rax" -> "origRax": the model's attribute names for user_regs_struct fields. */
    private static String featureName(String reg) {
        int u = reg.indexOf('_');
        return u < 0 ? reg : reg.substring(0, u) + Character.toUpperCase(reg.charAt(u + 1)) + reg.substring(u + 2);
    }

    private static String threadName(int pid, int tid) {
        try {
            return Files.readString(Path.of("/proc", Integer.toString(pid), "task", Integer.toString(tid), "comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static TriggerEvent trigger(TriggerHit hit, Date time) {
        TriggerEvent t = CruiseFactory.eINSTANCE.createTriggerEvent();
        t.setFunction(hit.function().name());
        t.setThreadId(hit.tid());
        t.setPc(hit.regs().rip());
        t.setReturnValue(hit.regs().rax());
        t.setTime(time);
        t.setBackend(BACKEND);
        t.setSequence((int) hit.sequence());
        return t;
    }

    private void exeBuildId(ProcessInfo process) {
        if (process.getExePath() != null) {
            buildId(process.getExePath()).ifPresent(process::setExeBuildId);
        }
    }

    private Optional<String> buildId(String path) {
        return buildIds.computeIfAbsent(path, p -> {
            try {
                return ModuleSymbols.load(Path.of(p)).buildId();
            } catch (ElfException | RuntimeException e) {
                return Optional.empty(); // not an ELF file (data mapping) or unreadable: no build-id
            }
        });
    }

    /** The copy's zombie is reaped by its parent, the target: briefly stop it for that. */
    private static void reap(CaptureContext ctx, CowCopy copy) throws NativeException, CruiseException {
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

    /** Makes a taker writing into store. */
    static CheckpointSession.SnapshotTaker into(Path store, boolean tcp, int keepLast, SnapshotWriter.Progress progress)
            throws CruiseException {
        return new SnapshotCapture(SnapshotWriter.open(store), tcp, keepLast, progress);
    }
}
