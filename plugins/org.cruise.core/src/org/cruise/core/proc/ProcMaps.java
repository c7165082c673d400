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

    /**
     * "start-end perms offset dev inode [path]"; the path may contain spaces. Fields are cut by
     * hand, not by a regular expression: a live update reads the maps while the process is
     * stopped, and a split on "\\s+" compiles a pattern on every line.
     */
    public static Mapping parse(String line) {
        int dash = line.indexOf('-');
        int[] cut = new int[5]; // the ends of the first five fields
        int at = 0;
        for (int f = 0; f < 5; f++) {
            while (at < line.length() && line.charAt(at) != ' ') {
                at++;
            }
            cut[f] = at;
            while (at < line.length() && line.charAt(at) == ' ') {
                at++;
            }
        }
        long start = Long.parseUnsignedLong(line, 0, dash, 16);
        long end = Long.parseUnsignedLong(line, dash + 1, cut[0], 16);
        String perms = line.substring(cut[0] + 1, cut[1]);
        long offset = Long.parseUnsignedLong(line, cut[1] + 1, cut[2], 16);
        String device = line.substring(cut[2] + 1, cut[3]);
        long inode = Long.parseLong(line, cut[3] + 1, cut[4], 10);
        String path = at < line.length() ? line.substring(at).strip() : "";
        return new Mapping(start, end, perms, offset, device, inode, path);
    }

    // Loops, not streams: these run while a target is stopped, where a stream's first use costs milliseconds.

    public static Optional<Mapping> find(List<Mapping> maps, String path) {
        for (Mapping m : maps) {
            if (m.path().equals(path)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    public static Optional<Mapping> containing(List<Mapping> maps, long address) {
        for (Mapping m : maps) {
            if (m.contains(address)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
