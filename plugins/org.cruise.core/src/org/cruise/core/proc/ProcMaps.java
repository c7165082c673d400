package org.cruise.core.proc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads /proc/PID/maps. */
public final class ProcMaps {
    private ProcMaps() {
    }

    public static List<Mapping> read(int pid) throws IOException {
        List<Mapping> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "maps"))) {
            out.add(parse(line));
        }
        return out;
    }

    /** "start-end perms offset dev inode [path]"; the path may contain spaces. */
    static Mapping parse(String line) {
        String[] f = line.split("\\s+", 6);
        int dash = f[0].indexOf('-');
        long start = Long.parseUnsignedLong(f[0].substring(0, dash), 16);
        long end = Long.parseUnsignedLong(f[0].substring(dash + 1), 16);
        String path = f.length > 5 ? f[5].strip() : "";
        return new Mapping(start, end, f[1], Long.parseUnsignedLong(f[2], 16), f[3], Long.parseLong(f[4]), path);
    }

    public static Optional<Mapping> find(List<Mapping> maps, String path) {
        return maps.stream().filter(m -> m.path().equals(path)).findFirst();
    }

    public static Optional<Mapping> containing(List<Mapping> maps, long address) {
        return maps.stream().filter(m -> m.contains(address)).findFirst();
    }
}
