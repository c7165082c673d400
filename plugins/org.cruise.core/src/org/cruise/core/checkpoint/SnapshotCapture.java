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
import org.cruise.core.capture.TcpRepairCapture;
import org.cruise.core.checkpoint.CheckpointSession.CaptureContext;
import org.cruise.core.checkpoint.CheckpointSession.Taken;
import org.cruise.core.elf.ElfException;
import org.cruise.core.proc.ProcStat;
import org.cruise.core.ptrace.CowCopy;
import org.cruise.core.ptrace.ThreadRegisters;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.snapshot.CapturedState;
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
 * runs: registers, the file table (offsets move), TCP repair state, and for freezing its memory
 * ({@link MemoryFreeze}: write protection by userfaultfd, or a copy-on-write fork). The rest —
 * naming, build-ids and the memory itself — is done while the target runs on.
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
    private final KnownRegions known = new KnownRegions();
    private final MemoryFreezes freezes = new MemoryFreezes();
    /** Session-long: reporting modules to libdwfl once, not at every checkpoint. */
    private Unwinder unwinder;
    /**
     * Whether store space for the next core is allocated while waiting for the next trigger
     * (SnapshotWriter#reserveAhead): on by default, CRUISE_RESERVE=off turns it off (the store then
     * holds no more than the snapshots between two checkpoints).
     */
    private static final boolean RESERVE = !"off".equals(System.getenv("CRUISE_RESERVE"));

    SnapshotCapture(SnapshotWriter writer, boolean tcp, int keepLast, SnapshotWriter.Progress progress) {
        this.writer = writer;
        this.tcp = tcp;
        this.keepLast = keepLast;
        this.progress = progress;
    }

    /** Runs of the stop's reading before arming: the JIT compiles a method after a few hundred calls. */
    private static final int REHEARSALS = 200;
    private static final long REHEARSAL_BUDGET_NANOS = 1_000_000_000L;

    @Override
    public void rehearse(int pid) throws CruiseException {
        long deadline = System.nanoTime() + REHEARSAL_BUDGET_NANOS;
        try (org.cruise.core.ptrace.ProcessMemory live = new org.cruise.core.ptrace.ProcessMemory(pid)) {
            for (int i = 0; i < REHEARSALS && System.nanoTime() < deadline; i++) {
                FdCapture.capture(pid);
                org.cruise.core.capture.ProcessInfoCapture.rehearse(pid);
                try {
                    ProcStat.read(pid);
                } catch (IOException e) {
                    throw new CruiseException(org.cruise.core.ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
                }
                UffdFreeze.rehearse(live, pid, known);
            }
        }
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
        // Build-ids and symbol tables of every mapped file, which the first snapshot would otherwise read.
        List<MemoryRegion> mapped = org.cruise.core.capture.RegionCapture.capture(pid, List.of());
        known.learn(mapped);
        for (MemoryRegion r : mapped) {
            if (r.getPath() != null && r.getPath().startsWith("/") && r.getInode() != 0) {
                buildId(r.getPath());
            }
        }
        symbolizer(pid);
        // Naming an address in each code module loads its symbols and line tables into libdwfl now.
        List<org.cruise.model.Frame> probes = new java.util.ArrayList<>();
        for (MemoryRegion r : mapped) {
            if (r.getPath() != null && r.getPath().startsWith("/") && r.getPermissions().startsWith("r-x")) {
                org.cruise.model.Frame f = CruiseFactory.eINSTANCE.createFrame();
                f.setPc(r.getStart());
                probes.add(f);
            }
        }
        if (!probes.isEmpty()) {
            unwinder().symbolize(new CallChain(process.tids().get(0), probes,
                    java.util.Collections.nCopies(probes.size(), Boolean.FALSE), null));
        }
        // Classes of the userfaultfd route's stopped phase.
        org.cruise.core.capture.ProcessInfoCapture.class.getName();
        org.cruise.core.capture.SignalActionCapture.class.getName();
        try {
            ProcStat.read(pid);
        } catch (IOException e) {
            throw new CruiseException(org.cruise.core.ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
        }
        // Classes of the stopped phase, loaded now rather than while the target waits.
        CowCopy.class.getName();
        TcpRepairCapture.class.getName();
        UffdFreeze.class.getName();
        ForkFreeze.class.getName();
        org.cruise.core.ptrace.RemoteUserfaultfd.class.getName();
        WriteTracking.class.getName();
    }

    @Override
    public void armed(CaptureContext context, int stoppedTid) throws CruiseException {
        // What a checkpoint injects, once now while the target is stopped anyway: the first run of
        // this code links lambdas, method handles and classes (milliseconds), and would otherwise
        // do it while the first checkpoint keeps the target waiting.
        org.cruise.core.capture.ProcessInfoCapture.capture(context.process().pid(), context.injector(), stoppedTid);
        new org.cruise.core.capture.SignalActionCapture(context.injector(), context.memory()).capture(stoppedTid);
        freezes.arm(context, stoppedTid);
        if (RESERVE) {
            writer.reserveAhead(known.savedBytes()); // the first snapshot's space, from the regions learnt at warm-up
        }
    }

    @Override
    public void released() {
        freezes.close();
        writer.close(); // the space reserved for a snapshot that will not come
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
        writer.finishReserving(); // the space for this snapshot: what is allocated by now
        Phases.start();
        TracedProcess process = ctx.process();
        int pid = process.pid();
        Date time = new Date();

        // ---- target stopped ----
        process.stopAll();
        Phases.mark("stop all");
        Map<Integer, ThreadRegisters> registers = new LinkedHashMap<>();
        registers.put(hit.tid(), ThreadRegisters.read(hit.tid())); // the trigger thread first (gdb shows it first)
        for (int tid : process.tids()) {
            registers.putIfAbsent(tid, ThreadRegisters.read(tid));
        }
        Phases.mark("registers");
        if (unwinder == null) {
            unwinder = Unwinder.open(pid);
        } else {
            unwinder.refresh();
        }
        Phases.mark("modules");
        Map<Integer, CallChain> chains = new LinkedHashMap<>();
        for (ThreadRegisters r : registers.values()) {
            chains.put(r.tid(), unwinder.unwindAddresses(r.tid(), r.regs()));
        }
        Phases.mark("call chains (addresses)");
        List<FileDescriptor> fds = FdCapture.capture(pid);
        Phases.mark("file descriptors");
        List<TcpRepairCapture.Queues> queues = tcp ? TcpRepairCapture.capture(pid, fds) : List.of();
        ProcStat stat;
        try {
            stat = ProcStat.read(pid);
        } catch (IOException e) {
            throw new CruiseException(org.cruise.core.ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
        }
        List<Long> stackPointers = new java.util.ArrayList<>(registers.size());
        for (ThreadRegisters r : registers.values()) {
            stackPointers.add(r.regs().rsp()); // (a loop: a stream's first use while stopped costs milliseconds)
        }
        Phases.mark("stat");
        try (MemoryFreeze freeze = freezes.freeze(ctx, hit.tid(), stackPointers, known)) {
            ctx.resume();
            long stopped = System.nanoTime() - start;
            Phases.mark("stopped phase");
            // ---- target running; everything below reads what the freeze kept ----
            StoredSnapshot stored = write(ctx, hit, freeze, registers, chains, fds, queues, stat, time);
            long total = System.nanoTime() - start; // complete: renamed into place and fsynced
            Phases.mark("write");
            freeze.end();
            Phases.mark("release (after completion)");
            Phases.note(freeze.route());
            if (keepLast > 0) {
                org.cruise.core.snapshot.Snapshots.retain(writer.store(), keepLast);
            }
            Phases.report();
            long bytes = 0, coreBytes = 0;
            for (var f : stored.manifest().getFiles()) {
                bytes += f.getSize();
                coreBytes = org.cruise.core.snapshot.SnapshotFormat.CORE.equals(f.getName()) ? f.getSize() : coreBytes;
            }
            if (RESERVE) {
                writer.reserveAhead(coreBytes); // the next one is likely about as big
            }
            return new Taken(stored.directory(), stopped, total, bytes, freeze.route());
        }
    }

    private StoredSnapshot write(CaptureContext ctx, TriggerHit hit, MemoryFreeze freeze,
            Map<Integer, ThreadRegisters> registers, Map<Integer, CallChain> chains, List<FileDescriptor> fds,
            List<TcpRepairCapture.Queues> queues,
            ProcStat stat, Date time) throws CruiseException, NativeException {
        int pid = ctx.process().pid();
        MemoryFreeze.ProcessView view = freeze.view();
        ProcessInfo process = view.info().info();
        process.setPid(pid);
        process.setPpid(stat.ppid());
        exeBuildId(process);
        List<SignalAction> signals = view.signals();
        List<MemoryRegion> regions = view.regions();
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
        Symbolizer symbolizer = symbolizer(view.procPid());
        for (SignalAction s : signals) {
            if (symbolizer != null && Long.compareUnsigned(s.getHandler(), 1) > 0) {
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
        CapturedState state = new CapturedState(model, registers, view.info().auxv(), freeze.memory(),
                view.executable(), extra);
        return writer.write(state, progress);
    }

    /** Null if the process is gone (the userfaultfd route reads the target itself, which may have exited). */
    private static Symbolizer symbolizer(int pid) {
        try {
            return Symbolizer.forProcess(pid);
        } catch (CruiseException | RuntimeException e) {
            return null;
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

    /** Makes a taker writing into store. */
    static CheckpointSession.SnapshotTaker into(Path store, boolean tcp, int keepLast, SnapshotWriter.Progress progress)
            throws CruiseException {
        return new SnapshotCapture(SnapshotWriter.open(store), tcp, keepLast, progress);
    }
}
