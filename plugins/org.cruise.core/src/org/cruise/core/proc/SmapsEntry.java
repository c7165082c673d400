package org.cruise.core.proc;

import java.util.List;
import java.util.Map;

/**
 * One mapping of /proc/PID/smaps: its maps line, the "Name: N kB" counters and the VmFlags
 * mnemonics (two letters each, e.g. "rd", "wr", "gd" for grows-down, "sh" for shared; see proc(5)).
 */
public record SmapsEntry(Mapping mapping, Map<String, Long> kilobytes, List<String> vmFlags) {

    public SmapsEntry {
        kilobytes = Map.copyOf(kilobytes);
        vmFlags = List.copyOf(vmFlags);
    }

    /** The named counter in kB ("Rss", "Anonymous", ...), 0 if the kernel does not print it. */
    public long kb(String name) {
        return kilobytes.getOrDefault(name, 0L);
    }

    public boolean hasFlag(String mnemonic) {
        return vmFlags.contains(mnemonic);
    }
}
