package org.cruise.core.checkpoint;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cruise.core.CruiseException;
import org.cruise.core.capture.RegionCapture;
import org.cruise.core.proc.Mapping;
import org.cruise.model.MemoryRegion;

/**
 * What smaps said about the target's regions, keyed by their exact /proc/PID/maps line: the
 * memory map read at arming and by every snapshot. While the target is stopped only
 * /proc/PID/maps is read, which is cheap; /proc/PID/smaps (VmFlags, copied pages) walks every page
 * table entry, milliseconds per hundred MB. A line that has not changed is taken to be the region
 * known; the freezes check afterwards against smaps and do not keep a snapshot that missed a
 * region because of it (the region is learnt then, and the next trigger's snapshot is right).
 */
final class KnownRegions {
    private final Map<Mapping, MemoryRegion> known = new ConcurrentHashMap<>();

    /** The region as smaps last described it, if the mapping is unchanged; null if unknown. */
    MemoryRegion get(Mapping m) {
        return known.get(m);
    }

    /** Whether a fork does not copy (VmFlags "dc", MADV_DONTFORK) or wipes ("wf", MADV_WIPEONFORK) it. */
    static boolean notCopiedByFork(MemoryRegion r) {
        return r.getFlags().contains("dc") || r.getFlags().contains("wf");
    }

    /** Bytes of the regions a snapshot saves, as last known: about the size of the next core. */
    long savedBytes() {
        long sum = 0;
        for (MemoryRegion r : known.values()) {
            if (r.isSaved()) {
                sum += r.getEnd() - r.getStart();
            }
        }
        return sum;
    }

    /** Records regions (from smaps). */
    void learn(List<MemoryRegion> regions) {
        for (MemoryRegion r : regions) {
            known.put(mapping(r), r);
        }
    }

    /** Learns mapping m of pid from its smaps now (it may have changed since; then nothing is learnt). */
    void learn(int pid, Mapping m) {
        try {
            for (MemoryRegion r : RegionCapture.capture(pid, List.of())) {
                if (mapping(r).equals(m)) {
                    known.put(m, r);
                }
            }
        } catch (CruiseException e) {
            // the target is gone
        }
    }

    static Mapping mapping(MemoryRegion r) {
        return new Mapping(r.getStart(), r.getEnd(), r.getPermissions(), r.getOffset(), r.getDevice(), r.getInode(),
                r.getPath() == null ? "" : r.getPath());
    }
}
