package org.cruise.core.checkpoint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.capture.ProcessInfoCapture;
import org.cruise.core.capture.RegionCapture;
import org.cruise.core.capture.RegionPolicy;
import org.cruise.core.capture.SignalActionCapture;
import org.cruise.core.checkpoint.CheckpointSession.CaptureContext;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.snapshot.MemorySource;
import org.cruise.core.snapshot.SnapshotNotKeptException;
import org.cruise.core.sys.LibC;
import org.cruise.core.sys.NativeException;
import org.cruise.model.CruiseFactory;
import org.cruise.model.MemoryRegion;
import org.cruise.model.SignalAction;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * The userfaultfd route: the target's large private anonymous regions (heap, thread stacks,
 * anonymous mmaps) are write-protected by the session's {@link WriteTracking} (synchronous mode,
 * unpopulated pages included), which at this checkpoint only has to protect again what the
 * target wrote since the previous one; everything else the snapshot saves — small regions,
 * .data/.bss of file mappings, shared memory, which synchronous write protection cannot cover or
 * which are not worth it — is copied while the target is stopped. The process facts are read
 * while stopped too: there is no copy to read them from later. The memory map is read from
 * /proc/PID/maps only, which is cheap, with what smaps said of each unchanged line before
 * ({@link KnownRegions}); smaps is read after resuming and checked against it.
 * <p>
 * While the target runs on, the tracking's handler thread takes its write faults: it saves the
 * page's contents here ({@link #save}, unchanged until the fault is resolved) and only then lifts
 * the protection of that page, which lets the writing thread go on. The writer reads the target's
 * live memory and afterwards replaces every page found in {@link #saved}: a page changed after the
 * checkpoint was saved before it changed, so the result is the memory of the checkpoint instant.
 * <p>
 * Memory the target frees or moves during the dump (munmap, madvise(MADV_DONTNEED), mremap of a
 * protected range) cannot be kept: the kernel tells us only as it happens (EVENT_UNMAP, _REMOVE,
 * _REMAP), not early enough to save the pages. Such a snapshot is discarded with a message (the
 * target is unharmed, the session goes on); pages saved by a write fault before are fine.
 * Likewise the target dying during the dump ends the snapshot, unlike the fork route, whose copy
 * outlives it.
 * <p>
 * At the end the protection stays (the next checkpoint builds on it); only the saved pages and
 * copies are dropped. The tracking's close at detach unregisters everything.
 */
final class UffdFreeze implements MemoryFreeze {
    /** Regions below this are copied while the target is stopped: cheaper than faults and bookkeeping. */
    static final long PROTECT_THRESHOLD = 1 << 20;
    private static final long PAGE = 4096;

    private final int pid;
    private final WriteTracking tracking;
    private final ProcessMemory live;
    private List<long[]> protectedRanges = new ArrayList<>();
    /** Regions copied while stopped, by start address. */
    private final NavigableMap<Long, CopiedRegion> copied = new TreeMap<>();
    /** Old contents of pages written since the checkpoint, by page address. */
    private final ConcurrentSkipListMap<Long, byte[]> saved = new ConcurrentSkipListMap<>();
    private final NavigableMap<Long, Byte> planted;
    /** Ranges freed or moved by the target during the dump; added under the tracking's lock. */
    private final List<long[]> removed = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> lostReads = java.util.Collections.synchronizedList(new ArrayList<>());
    private final int exeFd;
    private final KnownRegions known;
    private final List<Long> stackPointers;
    private ProcessInfoCapture.Result info;
    private List<SignalAction> signals;
    private Path exe;
    /** The target's map while it was stopped. */
    private List<Mapping> maps;
    private boolean closed;

    private record CopiedRegion(long start, long end, Memory contents) {
    }

    private UffdFreeze(int pid, WriteTracking tracking, Map<Long, Byte> planted, int exeFd, KnownRegions known,
            List<Long> stackPointers) {
        this.known = known;
        this.stackPointers = stackPointers;
        this.pid = pid;
        this.tracking = tracking;
        this.live = new ProcessMemory(pid);
        this.planted = new TreeMap<>(planted);
        this.exeFd = exeFd;
    }

    /**
     * Freezes the stopped target's memory with tracking, or returns null if the kernel refused to
     * protect some region (then the caller closes the tracking and takes the fork route).
     */
    static UffdFreeze tryCreate(CaptureContext ctx, int tid, List<Long> stackPointers, KnownRegions known,
            WriteTracking tracking) throws CruiseException, NativeException {
        int pid = ctx.process().pid();
        // /proc/PID/exe opened now still reads the program if the target exits during the dump.
        int exeFd = LibC.open("/proc/" + pid + "/exe", LibC.O_RDONLY | LibC.O_CLOEXEC, 0);
        UffdFreeze freeze = new UffdFreeze(pid, tracking, ctx.plantedBytes(), exeFd, known, stackPointers);
        try {
            // Everything that injects calls into the target comes before the protection is made
            // whole again: what the kernel writes for them faults and is unprotected by the
            // handler, which saves nothing yet; the scan below then sees those pages as written.
            ProcessInfoCapture.Result info = ProcessInfoCapture.capture(pid, ctx.injector(), tid);
            Phases.mark("process info");
            List<SignalAction> signals = new SignalActionCapture(ctx.injector(), ctx.memory()).capture(tid);
            Phases.mark("signal actions");
            List<Mapping> maps;
            try {
                maps = ProcMaps.read(pid);
            } catch (IOException e) {
                throw new CruiseException(ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
            }
            Phases.mark("maps");
            Path exe = exeFd >= 0 ? Path.of("/proc/self/fd/" + exeFd) : Path.of("/proc", Integer.toString(pid), "exe");
            freeze.info = info;
            freeze.signals = signals;
            freeze.exe = exe;
            freeze.maps = maps;
            if (!freeze.protectOrCopy(maps)) {
                freeze.close();
                return null;
            }
            return freeze;
        } catch (CruiseException | NativeException | RuntimeException e) {
            freeze.close();
            throw e;
        }
    }

    /** Private anonymous memory of some size: what synchronous write protection covers and is worth it for. */
    static boolean protectable(Mapping m) {
        String path = m.path();
        boolean anonymous = path.isEmpty() || path.equals("[heap]") || path.equals("[stack]") || path.startsWith("[anon:");
        return anonymous && m.perms().startsWith("rw") && m.perms().charAt(3) == 'p' && m.size() >= PROTECT_THRESHOLD;
    }

    /**
     * Whether the snapshot may save a region smaps has not described yet (a new mapping): all that
     * can be read except shared file mappings and the kernel's [vvar]/[vsyscall] pages. Copying too
     * much costs only time; what smaps then says is not saved is left out of the core.
     */
    private static boolean mightBeSaved(Mapping m) {
        String path = m.path();
        boolean sharedFile = m.perms().charAt(3) == 's' && path.startsWith("/") && !path.startsWith("/dev/zero")
                && !path.startsWith("/memfd:") && !path.startsWith("/SYSV");
        return m.perms().charAt(0) == 'r' && !sharedFile && !path.startsWith("[vvar") && !path.equals("[vsyscall]");
    }

    /** False if the kernel refused to protect some region. */
    private boolean protectOrCopy(List<Mapping> maps) throws NativeException {
        long bytes = copySmallRegions(live, maps, known, copied);
        Phases.mark("copy small regions", bytes >> 10, "KiB");
        List<long[]> ranges = tracking.protect(maps, this);
        if (ranges == null) {
            return false;
        }
        protectedRanges = ranges;
        return true;
    }

    /** Copies what is saved but not protected (small or not anonymous) into native buffers. */
    private static long copySmallRegions(ProcessMemory live, List<Mapping> maps, KnownRegions known,
            Map<Long, CopiedRegion> into) throws NativeException {
        long bytes = 0;
        for (Mapping m : maps) {
            MemoryRegion r = known.get(m);
            if (!protectable(m) && (r != null ? r.isSaved() : mightBeSaved(m))) {
                Memory contents = new Memory(m.size());
                long n;
                try {
                    n = live.read(m.start(), contents, m.size());
                } catch (NativeException e) {
                    n = -1;
                }
                if (n != m.size()) {
                    contents.close();
                    if (r != null) {
                        throw new NativeException("short read of region " + Long.toHexString(m.start()), LibC.EFAULT);
                    }
                    continue; // not readable after all (a guard page, device memory): smaps will say not saved
                }
                into.put(m.start(), new CopiedRegion(m.start(), m.end(), contents));
                bytes += m.size();
            }
        }
        return bytes;
    }

    /**
     * The stop's reading of the maps and copying of the small regions, on the running target and
     * thrown away (see CheckpointSession.SnapshotTaker#rehearse).
     */
    static void rehearse(ProcessMemory live, int pid, KnownRegions known) throws CruiseException {
        List<Mapping> maps;
        try {
            maps = ProcMaps.read(pid);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "pid " + pid + " is gone: " + e.getMessage(), e);
        }
        Map<Long, CopiedRegion> copies = new TreeMap<>();
        try {
            copySmallRegions(live, maps, known, copies);
        } catch (NativeException e) {
            // a region that changed under us: only a rehearsal
        } finally {
            for (CopiedRegion c : copies.values()) {
                c.contents().close();
            }
        }
    }

    /**
     * Called by the tracking's handler, before it lifts the protection of page: keeps the page's
     * contents of the checkpoint instant (the first fault on it since the checkpoint).
     */
    void save(long page) {
        if (!saved.containsKey(page)) {
            try {
                saved.put(page, live.read(page, (int) PAGE));
            } catch (NativeException e) {
                // the target is going away: nothing left to save
            }
        }
    }

    /** Called by the tracking's handler: the target freed or moved [start, end). */
    void removed(long start, long end) {
        removed.add(new long[] { start, end });
    }

    @Override
    public String route() {
        return "userfaultfd";
    }

    /**
     * The regions as of the stop: each maps line read then, described by smaps read now if the line
     * is unchanged, else by what was known of it. Fails (snapshot not kept) if a region turns out to
     * be saved that was neither protected nor copied while stopped.
     */
    @Override
    public ProcessView view() throws CruiseException {
        List<MemoryRegion> now = RegionCapture.capture(pid, stackPointers);
        Phases.mark("regions");
        Map<Mapping, MemoryRegion> byMapping = new HashMap<>();
        for (MemoryRegion r : now) {
            byMapping.put(KnownRegions.mapping(r), r);
        }
        List<MemoryRegion> regions = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (Mapping m : maps) {
            boolean isProtected = isProtected(m.start());
            boolean isCopied = copied.containsKey(m.start());
            MemoryRegion r = byMapping.get(m);
            if (r == null) {
                MemoryRegion before = known.get(m);
                r = before != null ? EcoreUtil.copy(before) : describe(m, isProtected || isCopied);
            }
            if (isProtected) {
                r.getFlags().remove("uw"); // ours, not the program's
            }
            if (r.isSaved() && !isProtected && !isCopied) {
                missed.add(Long.toHexString(m.start()) + "-" + Long.toHexString(m.end()) + " " + m.path());
                known.learn(List.of(r));
            }
            regions.add(r);
        }
        known.learn(now.stream().filter(r -> !isProtected(r.getStart())).toList());
        if (!missed.isEmpty()) {
            throw new SnapshotNotKeptException("snapshot of pid " + pid + " not kept: regions whose contents were not"
                    + " kept while the target was stopped (new or changed since the last look at smaps): "
                    + String.join(", ", missed) + "; they will be from the next trigger on", null);
        }
        return new ProcessView(info, signals, regions, exe, pid);
    }

    /** A region smaps never described (it changed right after the stop): what its maps line tells. */
    private MemoryRegion describe(Mapping m, boolean saved) {
        MemoryRegion r = CruiseFactory.eINSTANCE.createMemoryRegion();
        r.setStart(m.start());
        r.setEnd(m.end());
        r.setPermissions(m.perms());
        r.setKind(RegionPolicy.kind(m, false, stackPointers.stream().anyMatch(m::contains)));
        r.setPath(m.path().isEmpty() ? null : m.path());
        r.setOffset(m.offset());
        r.setDevice(m.device());
        r.setInode(m.inode());
        r.setSaved(saved);
        return r;
    }

    @Override
    public MemorySource memory() {
        return new MemorySource() {
            @Override
            public long read(long address, Pointer destination, long length) throws IOException {
                long n;
                Map.Entry<Long, CopiedRegion> c = copied.floorEntry(address);
                if (c != null && address < c.getValue().end()) {
                    n = Math.min(length, c.getValue().end() - address);
                    destination.getByteBuffer(0, n).put(c.getValue().contents().getByteBuffer(address - c.getKey(), n));
                } else {
                    try {
                        n = live.read(address, destination, length);
                    } catch (NativeException e) {
                        if (!isProtected(address)) {
                            throw new IOException(e.getMessage(), e);
                        }
                        // Unmapped meanwhile (the event saying so may still be unread), or the target
                        // died: finish() decides; the block is written with zeros until then.
                        lostReads.add(Long.toHexString(address) + ": " + e.getMessage());
                        n = Math.min(length, protectedEnd(address) - address);
                        destination.setMemory(0, n, (byte) 0);
                    }
                    // After the read: a page saved by now may have been changed before we read it.
                    for (Map.Entry<Long, byte[]> s : saved.subMap(address & ~(PAGE - 1), address + n).entrySet()) {
                        long from = Math.max(s.getKey(), address);
                        long to = Math.min(s.getKey() + PAGE, address + n);
                        destination.write(from - address, s.getValue(), (int) (from - s.getKey()), (int) (to - from));
                    }
                }
                for (Map.Entry<Long, Byte> p : planted.subMap(address, address + n).entrySet()) {
                    destination.setByte(p.getKey() - address, p.getValue());
                }
                return n;
            }

            @Override
            public void finish() throws IOException {
                checkNothingRemoved();
            }
        };
    }

    private boolean isProtected(long address) {
        return protectedEnd(address) > address;
    }

    /** End of the protected range holding address, or 0. */
    private long protectedEnd(long address) {
        for (long[] p : protectedRanges) {
            if (address >= p[0] && address < p[1]) {
                return p[1];
            }
        }
        return 0;
    }

    /** Fails if the target freed or moved protected memory whose old contents we do not hold. */
    private void checkNothingRemoved() throws IOException {
        try {
            tracking.drainNow();
        } catch (NativeException e) {
            throw new IOException(e.getMessage(), e);
        }
        synchronized (removed) {
            for (long[] gone : removed) {
                for (long[] p : protectedRanges) {
                    long from = Math.max(gone[0], p[0]);
                    long to = Math.min(gone[1], p[1]);
                    for (long page = from & ~(PAGE - 1); page < to; page += PAGE) {
                        if (!saved.containsKey(page)) {
                            throw new IOException("pid " + pid + " freed or moved memory at " + Long.toHexString(from)
                                    + "-" + Long.toHexString(to) + " while the snapshot was being written (munmap,"
                                    + " madvise or mremap): its contents at the checkpoint are lost");
                        }
                    }
                }
            }
        }
        if (!lostReads.isEmpty()) {
            throw new IOException("memory of pid " + pid + " became unreadable while the snapshot was being written"
                    + " (at " + lostReads.get(0) + ")");
        }
    }

    @Override
    public void end() {
        close();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        // The protection stays for the next checkpoint; after this no fault is saved here.
        tracking.endCapture(this);
        live.close();
        for (CopiedRegion c : copied.values()) {
            c.contents().close();
        }
        copied.clear();
        saved.clear();
        if (exeFd >= 0) {
            LibC.close(exeFd);
        }
    }
}
