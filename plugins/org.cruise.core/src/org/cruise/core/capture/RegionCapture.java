package org.cruise.core.capture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.cruise.core.CruiseException;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcSmaps;
import org.cruise.core.proc.SmapsEntry;
import org.cruise.model.CruiseFactory;
import org.cruise.model.MemoryRegion;
import org.cruise.model.RegionKind;

/**
 * The memory map of a process as {@link MemoryRegion}s, in address order, from /proc/PID/smaps:
 * addresses, permissions, VmFlags, backing file, kind and whether the snapshot saves the contents
 * ({@link RegionPolicy}). buildId is left empty: the ELF layer fills it. Reading smaps needs no
 * ptrace stop, but the map is only a consistent picture while the target is stopped.
 */
public final class RegionCapture {
    private RegionCapture() {
    }

    /**
     * @param stackPointers rsp of every thread, if known: a private anonymous region holding one
     *        is a thread stack (pthread stacks carry no other mark). Empty: only [stack] and
     *        grows-down regions are stacks.
     */
    public static List<MemoryRegion> capture(int pid, Collection<Long> stackPointers) throws CruiseException {
        List<SmapsEntry> entries;
        try {
            entries = ProcSmaps.read(pid);
        } catch (IOException e) {
            throw Procfs.failure(pid, "read /proc/" + pid + "/smaps", e);
        }
        List<MemoryRegion> out = new ArrayList<>(entries.size());
        for (SmapsEntry e : entries) {
            Mapping m = e.mapping();
            boolean holdsSp = stackPointers.stream().anyMatch(m::contains);
            RegionKind kind = RegionPolicy.kind(m, e.hasFlag("gd"), holdsSp);
            MemoryRegion r = CruiseFactory.eINSTANCE.createMemoryRegion();
            r.setStart(m.start());
            r.setEnd(m.end());
            r.setPermissions(m.perms());
            r.getFlags().addAll(e.vmFlags());
            r.setKind(kind);
            r.setPath(m.path().isEmpty() ? null : m.path());
            r.setOffset(m.offset());
            r.setDevice(m.device());
            r.setInode(m.inode());
            r.setSaved(RegionPolicy.saved(kind, e));
            out.add(r);
        }
        return out;
    }
}
