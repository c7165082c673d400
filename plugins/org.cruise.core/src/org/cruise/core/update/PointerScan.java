package org.cruise.core.update;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.cruise.core.proc.Mapping;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;

/**
 * Finds the words in a process's memory that point into OLD: every readable private mapping but
 * code, OLD's and NEW's own and what the update added — heap, stacks, anonymous memory, the
 * libraries' data and RELRO pages (GOTs that point at the program's copy-relocated variables,
 * ld.so's records). Also words that are code pointers mangled with glibc's pointer guard
 * (atexit handlers, jmp_bufs). Integers that merely look like such addresses are vanishingly rare
 * in a PIE (its addresses are high and random), and a mangled match must be an OLD function.
 * <p>
 * With {@link DirtyTracking}, the big regions are scanned while the process runs and, at the
 * stop, only their pages written since are scanned again.
 */
final class PointerScan implements AutoCloseable {

    /** What a run looks at. */
    enum Mode {
        /** Everything; with tracking, what is found in the tracked regions is kept for the stop. */
        FULL,
        /** At the stop: untracked regions in full, tracked ones only where written since the full run. */
        FINAL,
        /**
         * Before the stop, many times over to have the code compiled: as FINAL, but untracked
         * regions over 1 MiB are left out (looking at them hundreds of times would cost minutes).
         */
        REHEARSAL
    }

    /** A word that points into OLD (raw or mangled) and what it becomes. */
    record Hit(String where, AddressTranslator.Result result, long write, boolean changes) {
    }

    private static final int CHUNK = 1 << 20;
    private static final int PAGE = 4096;
    private static final int WARM_CALLS = 300;
    private static final long RED_ZONE = 128;
    private static final long REHEARSAL_LIMIT = 1 << 20;

    private final ProcessMemory memory;
    private final AddressTranslator translator;
    private final ProgramImage oldImage;
    private final long oldBias;
    private final long pointerGuard;
    private final Path oldFile;
    private final Predicate<Mapping> added;
    /** One native buffer and one array for the whole scan: read straight into it, looked at as longs. */
    private final Memory buffer = new Memory(CHUNK);
    private final long[] words = new long[CHUNK / 8];
    private DirtyTracking tracking;
    private java.util.TreeMap<Long, Hit> prescan;
    /** At the stop: the written runs of all tracked memory, asked for once. */
    private List<long[]> writtenRuns;
    private long scannedBytes;
    /** The threads' stack pointers at the stop: below them (and their red zone) a stack holds nothing live. */
    private long[] stackPointers = new long[0];

    /**
     * @param pointerGuard glibc's pointer guard (fs:0x30), 0 to look for raw pointers only
     * @param added the mappings the update itself made (NEW, scratch, copies of OLD): never scanned
     */
    PointerScan(ProcessMemory memory, AddressTranslator translator, ProgramImage oldImage, long oldBias,
            long pointerGuard, Path oldFile, Predicate<Mapping> added) {
        this.memory = memory;
        this.translator = translator;
        this.oldImage = oldImage;
        this.oldBias = oldBias;
        this.pointerGuard = pointerGuard;
        this.oldFile = oldFile;
        this.added = added;
    }

    void stackPointers(long[] sps) {
        this.stackPointers = sps.clone();
    }

    void track(DirtyTracking tracking) {
        this.tracking = tracking;
    }

    long trackedBytes() {
        return tracking == null ? 0 : tracking.trackedBytes();
    }

    /** Bytes looked at by the last run. */
    long scannedBytes() {
        return scannedBytes;
    }

    /** One run over maps (the process's mappings now); the hits in address order of discovery. */
    Map<Long, Hit> scan(List<Mapping> maps, Mode mode) {
        scannedBytes = 0;
        long oldStart = translator.oldStart(), oldEnd = translator.oldEnd();
        Map<Long, Hit> hits = new LinkedHashMap<>();
        Map<Long, Hit> first = mode == Mode.FULL && tracking != null ? new HashMap<>() : null;
        writtenRuns = null;
        if ((mode == Mode.FINAL || mode == Mode.REHEARSAL) && tracking != null && prescan != null) {
            try {
                writtenRuns = tracking.writtenEverywhere();
            } catch (NativeException e) {
                writtenRuns = null; // each region is then looked at in full
            }
        }
        for (int i = 0; i < maps.size(); i++) {
            Mapping m = maps.get(i);
            if (!m.readable() || m.shared() || m.executable() || m.path().startsWith("[v")
                    || (m.start() < oldEnd && m.end() > oldStart) || added.test(m) || InPlaceUpdate.sameFile(m.path(), oldFile)) {
                continue;
            }
            if (!m.writable() && !isRelro(maps, i)) {
                continue; // a library's constants: nothing there was set at run time
            }
            String where = m.path().equals("[heap]") ? "heap" : m.path().startsWith("[stack") ? "stacks"
                    : m.path().isEmpty() ? "anonymous memory" : "libraries";
            // A library's RELRO pages are written by the loader at start-up only: what the first look
            // found there holds at the stop too.
            boolean tracked = tracking != null && (!m.writable() || tracking.tracks(m.start(), m.end()));
            if (mode == Mode.REHEARSAL && !tracked && m.size() > REHEARSAL_LIMIT) {
                continue;
            }
            if (tracked && (mode == Mode.FINAL || mode == Mode.REHEARSAL) && prescan != null && writtenRuns != null) {
                rescanWritten(m, where, hits);
                continue;
            }
            long from = m.start();
            if (mode == Mode.FINAL || mode == Mode.REHEARSAL) {
                for (long sp : stackPointers) {
                    if (sp >= m.start() && sp < m.end()) {
                        from = Math.max(m.start(), (sp - RED_ZONE) & ~7L);
                    }
                }
            }
            scannedBytes += m.end() - from;
            scanRegion(from, m.end(), where, tracked && first != null ? first : hits);
        }
        if (first != null) {
            prescan = new java.util.TreeMap<>(first);
        }
        return hits;
    }

    /** The full run's hits on pages not written since, and a new look at the written pages. */
    private void rescanWritten(Mapping m, String where, Map<Long, Hit> hits) {
        List<long[]> written = new java.util.ArrayList<>();
        for (long[] r : m.writable() ? writtenRuns : List.<long[]>of()) {
            if (r[1] > m.start() && r[0] < m.end()) {
                written.add(new long[] { Math.max(r[0], m.start()), Math.min(r[1], m.end()) });
            }
        }
        for (Map.Entry<Long, Hit> h : prescan.subMap(m.start(), m.end()).entrySet()) {
            if (!inRuns(written, h.getKey())) {
                hits.put(h.getKey(), h.getValue());
            }
        }
        for (long[] w : written) {
            scannedBytes += w[1] - w[0];
            scanRegion(w[0], w[1], where, hits);
        }
    }

    /**
     * The JIT compiles a method after some hundred calls, not after long loops: the scan is called
     * often on a little memory so that the stop runs compiled code.
     */
    void warmUp(List<Mapping> maps) {
        Mapping stack = maps.stream().filter(m -> m.path().equals("[stack]")).findFirst().orElse(null);
        if (stack != null) {
            Map<Long, Hit> ignored = new HashMap<>();
            for (int i = 0; i < WARM_CALLS; i++) {
                scanRegion(stack.end() - PAGE, stack.end(), "warm-up", ignored);
            }
        }
    }

    private static boolean inRuns(List<long[]> runs, long address) {
        for (long[] r : runs) {
            if (address >= r[0] && address < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** A library's read-only mapping right below its writable one: RELRO (GOT, loader records). */
    private static boolean isRelro(List<Mapping> maps, int i) {
        Mapping m = maps.get(i);
        if (!m.fileBacked() || i + 1 >= maps.size()) {
            return false;
        }
        Mapping next = maps.get(i + 1);
        return next.start() == m.end() && next.writable() && next.path().equals(m.path());
    }

    private void scanRegion(long start, long end, String where, Map<Long, Hit> hits) {
        for (long at = start; at < end; at += CHUNK) {
            int len = (int) Math.min(CHUNK, end - at);
            long got;
            try {
                got = memory.read(at, buffer, len);
            } catch (NativeException e) {
                continue; // a guard page or a mapping that went away: nothing to re-point there
            }
            int n = (int) (got >>> 3);
            buffer.read(0, words, 0, n); // one copy into a plain array: the loop below is the hot one
            for (int i = 0; i < n; i++) {
                long word = words[i];
                if (translator.pointsIntoOld(word)) {
                    AddressTranslator.Result t = translator.translate(word);
                    hits.put(at + 8L * i, new Hit(where, t, t.value(), t.changes(word)));
                    continue;
                }
                // PTR_MANGLE: xor with the guard, rotate left by 17.
                long plain = Long.rotateRight(word, 0x11) ^ pointerGuard;
                if (pointerGuard != 0 && translator.pointsIntoOld(plain) && oldImage.functionAt(plain - oldBias).isPresent()) {
                    AddressTranslator.Result t = translator.translate(plain);
                    hits.put(at + 8L * i, new Hit("mangled pointers", t, Long.rotateLeft(t.value() ^ pointerGuard, 0x11),
                            t.changes(plain)));
                }
            }
        }
    }

    /** Ends dirty tracking: the process keeps no trace of it. */
    @Override
    public void close() {
        if (tracking != null) {
            tracking.close();
            tracking = null;
        }
        buffer.close();
    }
}
