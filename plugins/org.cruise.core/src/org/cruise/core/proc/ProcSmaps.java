package org.cruise.core.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads /proc/PID/smaps: per mapping, the /proc/PID/maps line followed by counters and VmFlags.
 * The kernel walks the target's page tables to produce it, which maps alone does not: measured
 * here for 512 MiB of touched anonymous memory, about 30 ms with 4 KiB pages and 0.3 ms with
 * transparent huge pages (maps: 0.2 ms). Use {@link ProcMaps} when addresses and paths suffice.
 */
public final class ProcSmaps {
    /** A maps line starts with "start-end " in hex; counter lines start with a name and a colon. */
    private static final Pattern HEADER = Pattern.compile("^[0-9a-f]+-[0-9a-f]+ .*");

    private ProcSmaps() {
    }

    public static List<SmapsEntry> read(int pid) throws IOException {
        return parse(Files.readAllLines(Path.of("/proc", Integer.toString(pid), "smaps")));
    }

    public static List<SmapsEntry> parse(List<String> lines) {
        List<SmapsEntry> out = new ArrayList<>();
        Mapping mapping = null;
        Map<String, Long> kb = new LinkedHashMap<>();
        List<String> flags = List.of();
        for (String line : lines) {
            if (HEADER.matcher(line).matches()) {
                if (mapping != null) {
                    out.add(new SmapsEntry(mapping, kb, flags));
                }
                mapping = ProcMaps.parse(line);
                kb = new LinkedHashMap<>();
                flags = List.of();
                continue;
            }
            int colon = line.indexOf(':');
            if (mapping == null || colon < 0) {
                continue;
            }
            String name = line.substring(0, colon);
            String value = line.substring(colon + 1).trim();
            if (name.equals("VmFlags")) {
                flags = value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
            } else if (value.endsWith(" kB")) {
                kb.put(name, Long.parseLong(value.substring(0, value.length() - 3).trim()));
            }
            // Other lines (THPeligible, ProtectionKey) are not sizes and not needed here.
        }
        if (mapping != null) {
            out.add(new SmapsEntry(mapping, kb, flags));
        }
        return out;
    }
}
