package org.cruise.core.checkpoint;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cruise.core.CruiseException;
import org.cruise.core.capture.RegionCapture;
import org.cruise.core.proc.Mapping;
import org.cruise.model.MemoryRegion;

/**
 * The target's regions that a fork does not copy (VmFlags "dc", MADV_DONTFORK) or wipes ("wf",
 * MADV_WIPEONFORK), keyed by their exact /proc/PID/maps line: for {@link ForkFreeze}, which must
 * read them from the target while it is stopped. Learnt from smaps at arming and whenever a
 * snapshot finds one it did not know.
 */
final class NoForkRegions {
    private final Map<Mapping, MemoryRegion> known = new ConcurrentHashMap<>();

    /** The region as smaps described it, if the mapping is one of them and unchanged. */
    MemoryRegion get(Mapping m) {
        return known.get(m);
    }

    /** Records every dc/wf region among regions (from smaps). */
    void learn(List<MemoryRegion> regions) {
        for (MemoryRegion r : regions) {
            if (r.getFlags().contains("dc") || r.getFlags().contains("wf")) {
                known.put(mapping(r), r);
            }
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
