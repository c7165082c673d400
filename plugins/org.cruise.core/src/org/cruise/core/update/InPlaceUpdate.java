package org.cruise.core.update;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfSection;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.proc.ProcStat;
import org.cruise.core.ptrace.FunctionInjector;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.ptrace.Ptrace;
import org.cruise.core.ptrace.SyscallBatch;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.ptrace.TracedProcess;
import org.cruise.core.ptrace.UserRegs;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;

/**
 * Switches a stopped process from OLD to NEW in place (the route update-facts.md proved): NEW is
 * mapped beside OLD and relocated against the libraries already loaded; every pointer into OLD
 * found in the process (stacks, registers, heap, libraries' data and GOTs, the loader's records,
 * signal handlers) is re-pointed; OLD's pages are replaced by anonymous copies that stay where
 * they were, each OLD function entry now jumping to its NEW counterpart, so that pointers no
 * scan can see (mangled atexit handlers, jmp_bufs) still reach NEW's code; finally
 * /proc/PID/exe, the command line and the name are switched to NEW.
 * <p>
 * Transactional: {@link #plan()} only reads the process and maps NEW into unused address space;
 * if anything fails before {@link #commit()} reaches its point of no return, {@link #abort()}
 * unmaps what was added and the process runs on exactly as before. Runs on the tracer thread with
 * every thread of the process stopped.
 */
final class InPlaceUpdate {

    private static final long SYS_MMAP = 9, SYS_MPROTECT = 10, SYS_MUNMAP = 11, SYS_RT_SIGACTION = 13,
            SYS_MREMAP = 25, SYS_CLOSE = 3, SYS_OPENAT = 257, SYS_PRCTL = 157, SYS_BRK = 12;
    private static final long PROT_NONE = 0, PROT_READ = 1, PROT_WRITE = 2, PROT_EXEC = 4;
    private static final long MAP_PRIVATE = 2, MAP_FIXED = 0x10, MAP_ANONYMOUS = 0x20, MAP_FIXED_NOREPLACE = 0x100000;
    private static final long MREMAP_MAYMOVE = 1, MREMAP_FIXED = 2;
    private static final long AT_FDCWD = -100;
    private static final long PR_SET_NAME = 15, PR_SET_MM = 35, PR_SET_MM_MAP = 14;
    private static final long AT_PHDR = 3, AT_ENTRY = 9;
    private static final int PAGE = 4096;
    private static final int[] POINTER_REGISTERS = { UserRegs.R15, UserRegs.R14, UserRegs.R13, UserRegs.R12,
            UserRegs.RBP, UserRegs.RBX, UserRegs.R11, UserRegs.R10, UserRegs.R9, UserRegs.R8, UserRegs.RAX,
            UserRegs.RCX, UserRegs.RDX, UserRegs.RSI, UserRegs.RDI, UserRegs.RIP };

    private final TracedProcess process;
    private final int pid;
    private final int tid0;
    private final ProcessMemory memory;
    private final SyscallInjector injector;
    private final FunctionInjector functions;
    private final ProgramImage oldImage, newImage;
    private final ChangeSet changes;
    private final UpdateReport report;
    private final boolean allowDataChange;

    private long oldBias, newBias;
    private Path oldFile;
    private List<Mapping> maps;
    private AddressTranslator translator;
    private LoadedObjects objects;
    private List<NewImageBuilder.Segment> segments;
    /**
     * Writes into memory that exists before the update; a later one to the same word wins. In
     * address order: ProcessMemory.writeLongs then writes a read-only run (a GOT) in one go.
     */
    private final Map<Long, Long> pointerWrites = writeMap();

    /** The kind of map the stop writes into, also for the rehearsals: they must run the same code. */
    private static Map<Long, Long> writeMap() {
        return new java.util.TreeMap<>(Long::compareUnsigned);
    }
    private final Map<Long, byte[]> entryJumps = new LinkedHashMap<>();
    private final Map<Integer, UserRegs> registers = new LinkedHashMap<>();
    private final List<Action> handlers = new ArrayList<>();
    private long reservation;
    /**
     * Three pages the update maps in the target: structures it passes to system calls (the first),
     * the results of batched calls and the signal actions they read or set (the second), the code
     * of batched calls (the third, executable).
     */
    private long scratch;
    private static final int SCRATCH_PAGES = 3;
    /** In the second scratch page: results of a batch (one word per call), then sigactions. */
    private static final int BATCH_RESULTS = PAGE, SIGACTIONS = PAGE + 1024;
    /** At the end of the second and third scratch pages: words the rehearsals write (see {@link #rehearse}). */
    private static final int WARM_UP_SPACE = 64;
    /** struct kernel_sigaction's size. */
    private static final int SIGACTION_SIZE = 32;
    /**
     * The switch's prepared identity structures (PIE: made by the rehearsals, from what does not
     * change while a program runs: its argument and environment ranges, auxv, start_brk).
     */
    private IdentitySwitch.Prepared identity;
    private long newFd = -1;
    private boolean pastPointOfNoReturn;
    /** OLD and NEW are linked at fixed addresses (not PIE): NEW must take OLD's place. */
    private boolean fixed;
    /** For a fixed-address program: an anonymous copy of OLD's image, for its read-only data. */
    private long oldCopy;
    /** glibc's pointer guard (fs:0x30): atexit handlers and jmp_bufs hold code pointers mangled with it. */
    private long pointerGuard;
    private PointerScan scan;
    private final org.cruise.core.Timing timing = new org.cruise.core.Timing("update");

    InPlaceUpdate(TracedProcess process, ProgramImage oldImage, ProgramImage newImage, ChangeSet changes,
            UpdateReport report, boolean allowDataChange) {
        this.process = process;
        this.pid = process.pid();
        this.tid0 = process.pid();
        this.memory = new ProcessMemory(pid);
        this.injector = new SyscallInjector(process, memory);
        this.functions = new FunctionInjector(process, memory);
        this.oldImage = oldImage;
        this.newImage = newImage;
        this.changes = changes;
        this.report = report;
        this.allowDataChange = allowDataChange;
    }

    long oldBias() {
        return oldBias;
    }

    /** Where OLD is loaded: from the mapping of the executable at file offset 0. */
    static long findBias(int pid, ProgramImage oldImage, List<Mapping> maps) throws CruiseException {
        Path exe = exePath(pid);
        for (Mapping m : maps) {
            if (m.offset() == 0 && sameFile(m.path(), exe)) {
                return m.start() - ProgramImage.pageDown(oldImage.loads().get(0).vaddr());
            }
        }
        throw new CruiseException(ExitCode.TARGET, "cannot find where pid " + pid + "'s program " + exe + " is mapped");
    }

    static Path exePath(int pid) throws CruiseException {
        try {
            String link = Files.readSymbolicLink(Path.of("/proc", Integer.toString(pid), "exe")).toString();
            return Path.of(link.endsWith(" (deleted)") ? link.substring(0, link.length() - 10) : link);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read /proc/" + pid + "/exe: " + e.getMessage(), e);
        }
    }

    static boolean sameFile(String mapped, Path exe) {
        String p = mapped.endsWith(" (deleted)") ? mapped.substring(0, mapped.length() - 10) : mapped;
        return p.equals(exe.toString());
    }

    /**
     * While the process still runs (it only has to be seized): where OLD is, the loader's list of
     * objects and their symbols, and a rehearsal of the whole plan, so that the stop itself only
     * redoes cheap, warmed-up work on fresh data.
     */
    void prepare() throws CruiseException, NativeException {
        maps = readMaps();
        oldFile = exePath(pid);
        oldBias = findBias(pid, oldImage, maps);
        if (newImage.pie() != oldImage.pie()) {
            throw new CruiseException(ExitCode.REFUSED, (oldImage.pie() ? oldFile : newImage.path())
                    + " is position-independent and " + (oldImage.pie() ? newImage.path() : oldFile)
                    + " is not: both builds must be linked the same way");
        }
        fixed = !oldImage.pie();
        objects = LoadedObjects.read(memory, debugPointer());
    }

    /** Needs the process stopped (an injected mmap): address space for NEW that the program will not use. */
    void reserveWhileStopped() throws CruiseException, NativeException {
        pointerGuard = memory.readLong(Ptrace.getRegs(tid0).get(UserRegs.FS_BASE) + 0x30);
        if (fixed) {
            reserveInPlace();
        } else {
            reserve();
        }
        scratch = check(injector.syscall(tid0, SYS_MMAP, 0, SCRATCH_PAGES * PAGE, PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), "mmap of scratch pages");
        check(injector.syscall(tid0, SYS_MPROTECT, batchCode(), PAGE, PROT_READ | PROT_EXEC), "mprotect of the batch page");
        report.bases(oldBias + oldImage.imageStart(), newBias + newImage.imageStart());
        translator = new AddressTranslator(oldImage, oldBias, newImage, newBias, changes);
        scan = new PointerScan(memory, translator, oldImage, oldBias, pointerGuard, oldFile, this::ours);
        if (fixed) {
            translator.readOnlyMovedTo(translator.oldStart(), translator.oldEnd(), oldCopy);
        } else {
            // All of this is invisible to the program and undone by abort(): done now, it is not downtime.
            openNew();
            mapNewSegments();
            planEntryJumps();
            prepareOldCopies();
        }
        // Read once now to load what reading them needs; read again at the safe point.
        planSignalHandlers(new UpdateReport());
        handlers.clear();
        // The ifunc resolvers NEW needs are called now, while stopped anyway; the stop at the
        // safe point reuses their answers.
        new NewImageBuilder(oldImage, oldBias, newImage, newBias, memory, objects, translator, askResolver,
                new UpdateReport()).build(true);
        scan.track(DirtyTracking.start(injector, pid, tid0, maps));
        planRegisters(new UpdateReport()); // loads and runs what the stop will, on a throwaway plan
        registers.clear();
    }

    /** A prepared anonymous copy of one of OLD's read-only mappings, moved over it at the switch. */
    private record OldCopy(long copy, long start, long length, boolean writable) {
    }

    private final List<OldCopy> oldCopies = new ArrayList<>();

    /**
     * Copies of OLD's read-only file mappings (code with the entry jumps written in, read-only
     * data), ready to replace them with one mremap each at the switch.
     */
    private void prepareOldCopies() throws CruiseException, NativeException {
        for (Mapping m : maps) {
            if (!sameFile(m.path(), oldFile)) {
                continue;
            }
            long len = m.size();
            long copy = check(injector.syscall(tid0, SYS_MMAP, 0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                    "mmap for a copy of OLD's mapping at 0x" + Long.toHexString(m.start()));
            // A writable mapping's contents are copied again at the switch; its protection is RW already.
            oldCopies.add(new OldCopy(copy, m.start(), len, m.writable()));
            if (m.readable()) {
                byte[] content = memory.read(m.start(), (int) len);
                for (Map.Entry<Long, byte[]> j : entryJumps.entrySet()) {
                    long at = j.getKey() - m.start();
                    if (at >= 0 && at + j.getValue().length <= len) {
                        System.arraycopy(j.getValue(), 0, content, (int) at, j.getValue().length);
                    }
                }
                memory.write(copy, content);
            }
            check(injector.syscall(tid0, SYS_MPROTECT, copy, len, protOf(m)), "mprotect of OLD's copy");
        }
    }

    private static long protOf(Mapping m) {
        return (m.readable() ? PROT_READ : 0) | (m.writable() ? PROT_WRITE : 0) | (m.executable() ? PROT_EXEC : 0);
    }

    private void openNew() throws CruiseException, NativeException {
        String path = newImage.path().toAbsolutePath().normalize().toString();
        if (path.length() >= 1000) {
            throw new CruiseException(ExitCode.USAGE, "path of NEW is too long: " + path);
        }
        writeString(scratch + 3072, path);
        newFd = check(injector.syscall(tid0, SYS_OPENAT, AT_FDCWD, scratch + 3072, LibC.O_RDONLY | LibC.O_CLOEXEC, 0),
                "open of " + newImage.path());
    }

    /**
     * A program at fixed addresses: NEW will replace OLD at the addresses both are linked at, so it
     * must fit where OLD and the free space around it are (a larger .bss could run into the heap).
     * OLD's read-only data (string literals the heap still points to) will live on in a copy.
     */
    private void reserveInPlace() throws CruiseException, NativeException {
        newBias = 0;
        long start = newImage.imageStart(), end = newImage.imageEnd();
        long oldStart = oldBias + oldImage.imageStart(), oldEnd = oldBias + oldImage.imageEnd();
        for (Mapping m : maps) {
            if (m.start() < end && m.end() > start && !sameFile(m.path(), oldFile)
                    && !(m.start() >= oldStart && m.end() <= oldEnd)) {
                throw new CruiseException(ExitCode.REFUSED, "NEW's image 0x" + Long.toHexString(start) + "-0x"
                        + Long.toHexString(end) + " would overlap " + (m.path().isEmpty() ? "anonymous memory" : m.path())
                        + " at 0x" + Long.toHexString(m.start()) + " in pid " + pid
                        + " (a program at fixed addresses cannot move; its data grew into the heap's place)");
            }
        }
        long size = oldImage.imageSize();
        oldCopy = check(injector.syscall(tid0, SYS_MMAP, 0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                "mmap for a copy of OLD's read-only data");
    }

    /** Process running: the plan once, on data that may still change, to load and warm everything. */
    void rehearse(boolean first) throws CruiseException, NativeException {
        if (first) {
            objects = objects.reread(memory);
        }
        maps = readMaps(); // every time: the stop reads them again and must run compiled code
        // Everything the stop will do that does not need it stopped, on throwaway results: run
        // often enough, the JIT has compiled it before the stop (it compiles after some hundred calls).
        UpdateReport scratchReport = new UpdateReport();
        objects.changed(memory);
        new NewImageBuilder(oldImage, oldBias, newImage, newBias, memory, objects, translator,
                knownResolver, scratchReport).build(true);
        // After the first (full) look, the same look the stop will take: written pages only.
        applyHits(scan.scan(maps, first ? PointerScan.Mode.FULL : PointerScan.Mode.REHEARSAL), scratchReport,
                writeMap());
        planLoaderRecords(scratchReport, writeMap());
        if (!fixed) {
            identity = new IdentitySwitch(pid, memory, scratchReport).prepare(newImage, newBias, newFd, translator, scratch);
            if (identity != null) {
                switchBatch(identity, new IdentitySwitch(pid, memory, scratchReport)).code(scratch + BATCH_RESULTS);
            }
        }
        // The stop's pointer writes, on the update's own pages: one writable, one not (the batch code's).
        long[] warmAt = { scratch + 2L * PAGE - WARM_UP_SPACE, scratch + 2L * PAGE - WARM_UP_SPACE + 8,
                scratch + 3L * PAGE - WARM_UP_SPACE, scratch + 3L * PAGE - WARM_UP_SPACE + 8 };
        memory.writeLongs(warmAt, new long[warmAt.length], warmAt.length);
        if (first) {
            scan.warmUp(maps);
            if (fixed) {
                planEntryJumps();
            }
        }
    }

    private static void applyHits(Map<Long, PointerScan.Hit> hits, UpdateReport into, Map<Long, Long> writes) {
        for (Map.Entry<Long, PointerScan.Hit> h : hits.entrySet()) {
            into.pointer(h.getValue().where(), h.getValue().result());
            if (h.getValue().changes()) {
                writes.put(h.getKey(), h.getValue().write());
            }
        }
    }

    /** Process stopped at the safe point: the plan on final data. Still nothing is modified. */
    void plan() throws CruiseException, NativeException {
        timing.mark("until the stop (preparation, rehearsals, waiting)");
        maps = readMaps();
        timing.mark("maps");
        if (objects.changed(memory)) {
            objects = objects.reread(memory);
        }
        timing.mark("loaded objects");
        segments = new NewImageBuilder(oldImage, oldBias, newImage, newBias, memory, objects, translator,
                askResolver, report).build(allowDataChange);
        timing.mark("NEW image");
        List<Integer> tids = process.tids();
        long[] sps = new long[tids.size()];
        for (int i = 0; i < sps.length; i++) {
            sps[i] = Ptrace.getRegs(tids.get(i)).rsp();
        }
        scan.stackPointers(sps);
        applyHits(scan.scan(maps, PointerScan.Mode.FINAL), report, pointerWrites);
        report.scanned(scan.scannedBytes());
        report.tracked(scan.trackedBytes());
        timing.mark("scan");
        planRegisters(report);
        planLoaderRecords(report, pointerWrites);
        planSignalHandlers(report);
        if (!fixed && identity == null) { // the rehearsals could not read /proc: again, for the report's note
            identity = new IdentitySwitch(pid, memory, report).prepare(newImage, newBias, newFd, translator, scratch);
        }
        timing.mark("registers, loader, handlers");
    }

    /** ifunc resolvers already asked (in the preparation stop): their answers do not change. */
    private final Map<Long, Long> resolved = new java.util.HashMap<>();
    /*
     * Made once: a lambda or method reference is linked the first time its expression runs, which
     * costs about half a millisecond; at the stop, every line must have run before.
     */
    private final NewImageBuilder.ResolverCaller askResolver = this::callResolver;
    /** While the process runs: only the answers the preparation stop got (none is asked then). */
    private final NewImageBuilder.ResolverCaller knownResolver = resolver -> resolved.getOrDefault(resolver, 0L);

    private long callResolver(long resolver) throws CruiseException {
        Long known = resolved.get(resolver);
        if (known != null) {
            return known;
        }
        try {
            long value = functions.call(tid0, resolver);
            resolved.put(resolver, value);
            return value;
        } catch (NativeException e) {
            throw new CruiseException(ExitCode.TARGET, "call of the ifunc resolver at 0x" + Long.toHexString(resolver)
                    + " in pid " + pid + " failed: " + e.getMessage(), e);
        }
    }

    private List<Mapping> readMaps() throws CruiseException {
        try {
            return ProcMaps.read(pid);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read /proc/" + pid + "/maps: " + e.getMessage(), e);
        }
    }

    /**
     * Address space for NEW: just below OLD when free, so that a 5-byte jmp from each OLD entry
     * reaches NEW's code; elsewhere otherwise.
     */
    private void reserve() throws CruiseException, NativeException {
        long size = newImage.imageSize();
        long oldStart = oldBias + oldImage.imageStart();
        long hint = ProgramImage.pageDown(oldStart - size - 16L * PAGE);
        long r = injector.syscall(tid0, SYS_MMAP, hint, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
        if (failed(r)) {
            r = injector.syscall(tid0, SYS_MMAP, 0, size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        }
        check(r, "mmap of " + size + " bytes for NEW");
        reservation = r;
        newBias = r - newImage.imageStart();
    }

    /** OLD's DT_DEBUG entry as ld.so filled it in: the address of r_debug. */
    private long debugPointer() throws CruiseException, NativeException {
        Optional<ElfSection> dyn = oldImage.section(".dynamic");
        if (dyn.isPresent()) {
            for (int i = 0; i < oldImage.dynamic().size(); i++) {
                if (oldImage.dynamic().get(i).tag() == 21) {
                    long v = memory.readLong(oldBias + dyn.get().address() + 16L * i + 8);
                    if (v != 0) {
                        return v;
                    }
                }
            }
        }
        throw new CruiseException(ExitCode.REFUSED, oldFile + " has no DT_DEBUG entry filled in by the dynamic loader: "
                + "a statically linked program cannot be updated in place");
    }

    /**
     * Every readable private mapping but OLD's and NEW's own and code: heap, stacks, anonymous
     * memory, the libraries' data and read-only-after-relocation pages (their GOTs point at the
     * program's copy-relocated variables), ld.so's records. A word that points into OLD is
     * re-pointed; integers that merely look like such addresses are vanishingly rare in a PIE
     * because its addresses are high and random.
     */
    /** What this update added to the process: NEW's image, the scratch page, copies of OLD. */
    private boolean ours(Mapping m) {
        long newStart = newBias + newImage.imageStart(), newEnd = newBias + newImage.imageEnd();
        if (reservation != 0 && m.start() < newEnd && m.end() > newStart) {
            return true;
        }
        if ((m.start() >= scratch && m.start() < scratch + SCRATCH_PAGES * PAGE) || (oldCopy != 0 && m.start() == oldCopy)) {
            return true;
        }
        return oldCopies.stream().anyMatch(c -> m.start() >= c.copy() && m.start() < c.copy() + c.length());
    }

    /** Ends dirty tracking (after the update or its abort): the process keeps no trace of it. */
    void endTracking() {
        if (scan != null) {
            scan.close();
            scan = null;
        }
    }

    private void planRegisters(UpdateReport report) throws CruiseException, NativeException {
        for (int tid : process.tids()) {
            UserRegs r = Ptrace.getRegs(tid);
            UserRegs n = r.copy();
            for (int reg : POINTER_REGISTERS) {
                long v = r.get(reg);
                if (translator.pointsIntoOld(v)) {
                    AddressTranslator.Result t = translator.translate(v);
                    report.pointer("registers", t);
                    if (t.changes(v)) {
                        n.set(reg, t.value());
                    } else if (reg == UserRegs.RIP && t.kind() == AddressTranslator.Kind.UNMAPPABLE) {
                        throw new CruiseException(ExitCode.REFUSED, "thread " + tid + " is stopped at 0x"
                                + Long.toHexString(v) + " (" + t.what() + "), which has no place in NEW");
                    }
                }
            }
            registers.put(tid, n);
        }
    }

    /**
     * The loader's cached GNU hash parameters of the program (struct link_map's l_nbuckets,
     * l_gnu_bitmask_idxbits, l_gnu_shift, l_gnu_bitmask, l_gnu_buckets, l_gnu_chain_zero) are
     * private to glibc: they are found by their values (OLD's bitmask address preceded by OLD's
     * header numbers) and replaced as a group with NEW's, or left alone if the pattern is not
     * there. Without this, dlopen (backtrace() loads libgcc_s) would look symbols up in NEW with
     * OLD's table.
     */
    private void planLoaderRecords(UpdateReport report, Map<Long, Long> pointerWrites) throws CruiseException, NativeException {
        Optional<ElfSection> oh = oldImage.section(".gnu.hash"), nh = newImage.section(".gnu.hash");
        if (oh.isEmpty() || nh.isEmpty()) {
            return;
        }
        int[] o = gnuHashHeader(oldImage, oh.get()), n = gnuHashHeader(newImage, nh.get());
        long oldBitmask = oldBias + oh.get().address() + 16;
        long map = objects.main().linkMap();
        byte[] bytes = memory.read(map, 0x800);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int off = 16; off + 24 <= bytes.length; off += 8) {
            // l_nbuckets, l_gnu_bitmask_idxbits and l_gnu_shift are the three 32-bit fields right
            // before the l_gnu_bitmask pointer (glibc 2.36: no padding between).
            if (b.getLong(off) == oldBitmask && b.getInt(off - 12) == o[0] && b.getInt(off - 8) == o[2] - 1
                    && b.getInt(off - 4) == o[3]) {
                long bitmask = newBias + nh.get().address() + 16;
                long buckets = bitmask + 8L * n[2];
                long chainZero = buckets + 4L * n[0] - 4L * n[1];
                ByteBuffer w = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                w.putInt(b.getInt(off - 16)).putInt(n[0]).putInt(n[2] - 1).putInt(n[3]);
                pointerWrites.put(map + off - 16, w.getLong(0));
                pointerWrites.put(map + off - 8, w.getLong(8));
                pointerWrites.put(map + off, bitmask);
                pointerWrites.put(map + off + 8, buckets);
                pointerWrites.put(map + off + 16, chainZero);
                report.count("loader hash records patched");
                return;
            }
        }
        report.note("the loader's GNU hash record of the program was not found; symbol lookups in the program "
                + "by dlopen'ed code may fail");
    }

    /** nbuckets, symoffset, bloom_size, bloom_shift. */
    private static int[] gnuHashHeader(ProgramImage image, ElfSection section) throws CruiseException {
        try {
            byte[] h = new byte[16];
            image.sections().readFile(section.offset(), h);
            ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
            return new int[] { b.getInt(0), b.getInt(4), b.getInt(8), b.getInt(12) };
        } catch (RuntimeException e) {
            throw new CruiseException(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    /** A signal's action as the kernel holds it (struct kernel_sigaction). */
    private record Action(int signal, long handler, long flags, long restorer, long mask) {
    }

    /**
     * Signal actions whose handler is in OLD, re-pointed. Read by an injected rt_sigaction into the
     * scratch page for every signal /proc/PID/status says is caught.
     */
    private void planSignalHandlers(UpdateReport report) throws CruiseException, NativeException {
        String caught = org.cruise.core.proc.ProcStatus.field(pid, "SigCgt");
        long set = caught == null ? 0 : Long.parseUnsignedLong(caught, 16);
        SyscallBatch read = new SyscallBatch();
        int[] signals = new int[64];
        for (int sig = 1; sig <= 64; sig++) {
            if ((set & (1L << (sig - 1))) != 0) {
                signals[read.size()] = sig;
                read.add(SYS_RT_SIGACTION, sig, 0, scratch + SIGACTIONS + (long) SIGACTION_SIZE * read.size(), 8);
            }
        }
        if (read.isEmpty()) {
            return;
        }
        long[] results = runBatch(read);
        for (int i = 0; i < results.length; i++) {
            check(results[i], "rt_sigaction(" + signals[i] + ")");
        }
        ByteBuffer b = ByteBuffer.wrap(memory.read(scratch + SIGACTIONS, SIGACTION_SIZE * results.length))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < results.length; i++) {
            int o = SIGACTION_SIZE * i;
            Action a = new Action(signals[i], b.getLong(o), b.getLong(o + 8), b.getLong(o + 16), b.getLong(o + 24));
            if (translator.pointsIntoOld(a.handler())) {
                AddressTranslator.Result t = translator.translate(a.handler());
                report.pointer("signal handlers", t);
                if (t.changes(a.handler())) {
                    handlers.add(new Action(a.signal(), t.value(), a.flags(), a.restorer(), a.mask()));
                }
            }
        }
    }

    private long batchCode() {
        return scratch + 2L * PAGE;
    }

    private long[] runBatch(SyscallBatch batch) throws CruiseException, NativeException {
        if (batch.resultsSize() > SIGACTIONS - BATCH_RESULTS) {
            throw new IllegalStateException("a batch of " + batch.size() + " calls does not fit the results area");
        }
        return batch.run(functions, memory, tid0, batchCode(), PAGE - WARM_UP_SPACE, scratch + BATCH_RESULTS);
    }

    /** Index of PR_SET_MM_MAP in the last {@link #switchBatch}, -1 if it has none. */
    private int setMapCall = -1;

    /**
     * The system calls that end an update, in one batch: OLD's copies moved over OLD (PIE), the
     * signal actions re-pointed, the identity switched, NEW's descriptor closed.
     * <p>
     * OLD's file mappings become anonymous copies at the same addresses: OLD's read-only data
     * (string literals heap objects still point to) and its redirected entries stay valid, and the
     * kernel lets /proc/PID/exe change once the old file is no longer mapped.
     */
    private SyscallBatch switchBatch(IdentitySwitch.Prepared p, IdentitySwitch id) throws NativeException {
        SyscallBatch batch = new SyscallBatch();
        for (OldCopy c : oldCopies) {
            batch.add(SYS_MREMAP, c.copy(), c.length(), c.length(), MREMAP_MAYMOVE | MREMAP_FIXED, c.start());
        }
        if (!handlers.isEmpty()) {
            ByteBuffer b = ByteBuffer.allocate(SIGACTION_SIZE * handlers.size()).order(ByteOrder.LITTLE_ENDIAN);
            for (Action a : handlers) {
                b.putLong(a.handler()).putLong(a.flags()).putLong(a.restorer()).putLong(a.mask());
            }
            memory.write(scratch + SIGACTIONS, b.array());
            for (int i = 0; i < handlers.size(); i++) {
                batch.add(SYS_RT_SIGACTION, handlers.get(i).signal(), scratch + SIGACTIONS + (long) SIGACTION_SIZE * i, 0, 8);
            }
        }
        setMapCall = p == null ? -1 : id.addTo(batch, p);
        batch.addTolerant(SYS_CLOSE, newFd);
        return batch;
    }

    /** What failed in the switch batch, in the words of the call: the first failure ended it. */
    private String describeFailure(long[] results) {
        for (int i = 0; i < results.length; i++) {
            if (SyscallBatch.failed(results[i]) && i < oldCopies.size()) {
                OldCopy c = oldCopies.get(i);
                return "mremap of OLD's copy to 0x" + Long.toHexString(c.start()) + " failed: " + LibC.strerror((int) -results[i]);
            }
            if (SyscallBatch.failed(results[i]) && i < oldCopies.size() + handlers.size()) {
                Action a = handlers.get(i - oldCopies.size());
                return "rt_sigaction(" + a.signal() + ") failed: " + LibC.strerror((int) -results[i]);
            }
        }
        return null;
    }

    /**
     * A jmp at each OLD function entry to where its callers must now go: the last line of defence
     * for code pointers no scan can find (glibc mangles atexit handlers and jmp_bufs).
     */
    private void planEntryJumps() {
        if (fixed) {
            report.note("a program at fixed addresses: NEW takes OLD's place, so OLD's function entries cannot "
                    + "forward to NEW; code pointers are re-pointed where found (also mangled ones)");
            return;
        }
        int tooSmall = 0, unreachable = 0;
        for (ElfSymbol f : oldImage.functions()) {
            long entry = oldBias + f.value();
            AddressTranslator.Result t = translator.translate(entry);
            if (!t.changes(entry)) {
                continue;
            }
            if (f.size() < 5) {
                tooSmall++;
                continue;
            }
            long rel = t.value() - (entry + 5);
            if (rel != (int) rel) {
                unreachable++;
                continue;
            }
            ByteBuffer b = ByteBuffer.allocate(5).order(ByteOrder.LITTLE_ENDIAN);
            b.put((byte) 0xe9).putInt((int) rel);
            entryJumps.put(entry, b.array());
        }
        report.count("old entries redirected to NEW");
        report.counts().put("old entries redirected to NEW", entryJumps.size());
        if (tooSmall + unreachable > 0) {
            report.note((tooSmall + unreachable) + " OLD functions could not be redirected (" + tooSmall
                    + " shorter than a jump, " + unreachable + " out of jump range)");
        }
    }

    /** Prints the phases (CRUISE_TIMING): after the process runs again, not while it waits. */
    void reportTiming() {
        timing.report();
    }

    boolean pastPointOfNoReturn() {
        return pastPointOfNoReturn;
    }

    /** Undoes {@link #plan()}'s additions; the process is as it was. */
    void abort() {
        endTracking();
        if (pastPointOfNoReturn) {
            return;
        }
        try {
            if (newFd >= 0) {
                injector.syscall(tid0, SYS_CLOSE, newFd);
            }
            if (reservation != 0) {
                injector.syscall(tid0, SYS_MUNMAP, reservation, newImage.imageSize());
            }
            if (oldCopy != 0) {
                injector.syscall(tid0, SYS_MUNMAP, oldCopy, oldImage.imageSize());
            }
            for (OldCopy c : oldCopies) {
                injector.syscall(tid0, SYS_MUNMAP, c.copy(), c.length());
            }
            if (scratch != 0) {
                injector.syscall(tid0, SYS_MUNMAP, scratch, SCRATCH_PAGES * PAGE);
            }
        } catch (CruiseException | NativeException e) {
            // Best effort: the process still runs OLD; the leftovers are unused mappings.
        }
    }

    /**
     * Loads NEW's segments over the reservation, then (point of no return) rewrites the process.
     * Returns normally once the process is ready to run NEW.
     */
    void commit() throws CruiseException, NativeException {
        if (fixed) {
            openNew();
            copyOldImage();
        } else {
            writeNewSegments();
            timing.mark("write NEW");
        }
        // ---- point of no return: from here on the process is changed in place ----
        pastPointOfNoReturn = true;
        try {
            if (fixed) {
                check(injector.syscall(tid0, SYS_MUNMAP, translator.oldStart(), translator.oldEnd() - translator.oldStart()),
                        "munmap of OLD");
                mapNewSegments();
                writeNewSegments();
            }
            for (OldCopy c : oldCopies) {
                if (c.writable()) { // (its contents as of the stop; the protection is RW already)
                    memory.write(c.copy(), memory.read(c.start(), (int) c.length()));
                }
            }
            IdentitySwitch id = new IdentitySwitch(pid, memory, report);
            IdentitySwitch.Prepared p = fixed ? id.prepare(newImage, newBias, newFd, translator, scratch) : identity;
            SyscallBatch last = switchBatch(p, id);
            long[] results = runBatch(last);
            timing.mark("switch (one batch)");
            long[] at = new long[pointerWrites.size()], to = new long[pointerWrites.size()];
            int k = 0;
            for (Map.Entry<Long, Long> w : pointerWrites.entrySet()) {
                at[k] = w.getKey();
                to[k++] = w.getValue();
            }
            // After the batch: run after these writes (a thousand pages of the heap just un-protected
            // by them), the batch's first call took up to 2 ms longer at 500 MB than before them.
            memory.writeLongs(at, to, k);
            timing.mark("pointer writes");
            String failure = describeFailure(results);
            if (failure != null) {
                throw new CruiseException(ExitCode.TARGET, failure + " in pid " + pid);
            }
            oldCopies.clear();
            newFd = -1;
            if (setMapCall >= 0) {
                id.reportResult(results[setMapCall]);
            }
            for (Map.Entry<Integer, UserRegs> r : registers.entrySet()) {
                // Read after the first injection of this stop: a restart of an interrupted system
                // call that SyscallInjector set up is part of them already.
                Ptrace.setRegs(r.getKey(), r.getValue());
            }
            timing.mark("registers");
        } catch (CruiseException | NativeException e) {
            throw new CruiseException(ExitCode.TARGET, "update of pid " + pid + " failed after the point of no return "
                    + "(the process is half switched and may not survive): " + e.getMessage()
                    + diagnostics(), e);
        }
    }

    private String diagnostics() {
        return String.format("%n  OLD %s at 0x%x, NEW %s at 0x%x; %d pointer writes planned, %d entry jumps, "
                + "%d signal handlers", oldFile, oldBias, newImage.path(), newBias, pointerWrites.size(),
                entryJumps.size(), handlers.size());
    }

    private void mapNewSegments() throws CruiseException, NativeException {
        for (ProgramHeader ph : newImage.loads()) {
            long start = newBias + ProgramImage.pageDown(ph.vaddr());
            long fileEnd = newBias + ProgramImage.pageUp(ph.vaddr() + ph.fileSize());
            long end = newBias + ProgramImage.pageUp(ph.vaddr() + ph.memSize());
            long prot = prot(ph.flags());
            boolean writable = (ph.flags() & 2) != 0;
            if (fileEnd > start) {
                check(injector.syscall(tid0, SYS_MMAP, start, fileEnd - start, writable ? PROT_READ | PROT_WRITE : prot,
                        MAP_PRIVATE | MAP_FIXED, newFd, ProgramImage.pageDown(ph.offset())), "mmap of NEW's segment at 0x"
                                + Long.toHexString(start));
            }
            if (end > fileEnd) {
                check(injector.syscall(tid0, SYS_MMAP, fileEnd, end - fileEnd, prot, MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS,
                        -1, 0), "mmap of NEW's bss at 0x" + Long.toHexString(fileEnd));
            }
        }
        Optional<ProgramHeader> relro = newImage.relro();
        if (relro.isPresent()) {
            long start = newBias + ProgramImage.pageDown(relro.get().vaddr());
            long end = newBias + ProgramImage.pageDown(relro.get().vaddr() + relro.get().memSize());
            if (end > start) {
                check(injector.syscall(tid0, SYS_MPROTECT, start, end - start, PROT_READ), "mprotect of NEW's RELRO");
            }
        }
    }

    /** NEW's writable pages as planned (through /proc/PID/mem, which also writes the RELRO pages). */
    private void writeNewSegments() throws NativeException {
        for (NewImageBuilder.Segment s : segments) {
            memory.write(s.address(), s.bytes());
        }
    }

    /** OLD's image as it is now, into the anonymous copy that keeps its read-only data reachable. */
    private void copyOldImage() throws CruiseException, NativeException {
        for (Mapping m : readMaps()) {
            if (sameFile(m.path(), oldFile) && m.readable()) {
                memory.write(oldCopy + (m.start() - translator.oldStart()), memory.read(m.start(), (int) m.size()));
            }
        }
        check(injector.syscall(tid0, SYS_MPROTECT, oldCopy, oldImage.imageSize(), PROT_READ), "mprotect of OLD's copy");
    }

    private void writeString(long address, String s) throws NativeException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        memory.write(address, java.util.Arrays.copyOf(b, b.length + 1));
    }

    private static long prot(int flags) {
        return ((flags & 4) != 0 ? PROT_READ : 0) | ((flags & 2) != 0 ? PROT_WRITE : 0) | ((flags & 1) != 0 ? PROT_EXEC : 0);
    }

    private static boolean failed(long r) {
        return r < 0 && r > -4096;
    }

    private long check(long r, String what) throws CruiseException {
        if (failed(r)) {
            throw new CruiseException(ExitCode.TARGET, what + " in pid " + pid + " failed: " + LibC.strerror((int) -r));
        }
        return r;
    }
}
