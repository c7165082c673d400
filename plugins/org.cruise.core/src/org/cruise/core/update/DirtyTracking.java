package org.cruise.core.update;

import java.util.ArrayList;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.PagemapScan;
import org.cruise.core.ptrace.RemoteUserfaultfd;
import org.cruise.core.ptrace.SyscallInjector;
import org.cruise.core.sys.NativeException;

/**
 * Which pages of the big anonymous regions the process wrote since a moment (linux-facts.md:
 * a userfaultfd with WP_ASYNC write-protects them; a write un-protects its page without any
 * message; PAGEMAP_SCAN lists the un-protected ones). A live update scans those regions for
 * pointers while the process runs and, once stopped, looks again only at what was written.
 */
final class DirtyTracking implements AutoCloseable {

    /** Regions smaller than this are simply scanned again at the stop. */
    static final long MIN_TRACKED = 4096;

    private final RemoteUserfaultfd uffd;
    private final PagemapScan pagemap;
    private final List<long[]> tracked = new ArrayList<>();

    private DirtyTracking(RemoteUserfaultfd uffd, PagemapScan pagemap) {
        this.uffd = uffd;
        this.pagemap = pagemap;
    }

    /**
     * Starts tracking the private writable regions (anonymous memory, the heap, libraries' data;
     * not the stacks); the process must be stopped (the userfaultfd is made inside it). Null when the kernel
     * or the target's privileges do not allow it: then everything is scanned at the stop.
     */
    static DirtyTracking start(SyscallInjector injector, int pid, int tid, List<Mapping> maps) throws CruiseException {
        if ("off".equals(System.getenv("CRUISE_UPDATE_TRACKING"))) {
            return null; // for measuring what tracking saves (releng/scripts/bench-update.sh)
        }
        RemoteUserfaultfd uffd;
        try {
            uffd = RemoteUserfaultfd.create(injector, pid, tid,
                    RemoteUserfaultfd.FEATURE_WP_ASYNC | RemoteUserfaultfd.FEATURE_WP_UNPOPULATED);
        } catch (NativeException e) {
            return null;
        }
        DirtyTracking t;
        try {
            t = new DirtyTracking(uffd, PagemapScan.open(pid));
        } catch (NativeException e) {
            uffd.close();
            return null;
        }
        for (Mapping m : maps) {
            // Stacks are where the process is working right now: looked at again in any case.
            if (m.readable() && m.writable() && !m.shared() && m.size() >= MIN_TRACKED && !m.path().startsWith("[stack")
                    && !m.path().startsWith("[v")) {
                try {
                    uffd.registerWriteProtect(m.start(), m.end());
                    uffd.writeProtect(m.start(), m.end(), true);
                    t.tracked.add(new long[] { m.start(), m.end() });
                } catch (NativeException e) {
                    // this region is scanned in full at the stop
                }
            }
        }
        return t;
    }

    /** Whether all of [start, end) has been tracked since the start. */
    boolean tracks(long start, long end) {
        for (long[] r : tracked) {
            if (start >= r[0] && end <= r[1]) {
                return true;
            }
        }
        return false;
    }

    long trackedBytes() {
        long sum = 0;
        for (long[] r : tracked) {
            sum += r[1] - r[0]; // (a loop: a stream's first use at the stop costs milliseconds)
        }
        return sum;
    }

    /** The runs of pages of [start, end) written since tracking started. */
    List<long[]> written(long start, long end) throws NativeException {
        return pagemap.written(start, end);
    }

    /**
     * The written runs of every tracked region: one walk per cluster of nearby regions (a walk
     * over the holes between a program's heap and its libraries would cost milliseconds).
     */
    List<long[]> writtenEverywhere() throws NativeException {
        List<long[]> sorted = new ArrayList<>(tracked);
        sorted.sort((a, b) -> Long.compareUnsigned(a[0], b[0]));
        List<long[]> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            long lo = sorted.get(i)[0], hi = sorted.get(i)[1];
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j)[0] - hi < CLUSTER_GAP) {
                hi = Math.max(hi, sorted.get(j)[1]);
                j++;
            }
            out.addAll(pagemap.written(lo, hi));
            i = j;
        }
        return out;
    }

    private static final long CLUSTER_GAP = 64L << 20;

    /** Ends the tracking; the process is as if it had never been tracked. */
    @Override
    public void close() {
        for (long[] r : tracked) {
            try {
                uffd.unregister(r[0], r[1]);
            } catch (NativeException e) {
                // unmapped meanwhile: closing the userfaultfd below releases what is left
            }
        }
        uffd.close();
        pagemap.close();
    }
}
