package org.cruise.core.symbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfType;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.proc.Mapping;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.sys.NativeException;

/**
 * One file mapped into a process (the program, a shared library, the dynamic loader), as found in
 * /proc/PID/maps, with its symbols and its load bias: run-time address = bias + link-time address.
 * Symbols are read on first use and kept; reading them makes sure the file read is the file
 * mapped, which is not a given when a program was updated on disk while it runs.
 */
public final class LoadedModule {

    private static final String DELETED = " (deleted)";
    /** x86-64 mappings are made at 4 KiB granularity whatever the segments' p_align. */
    private static final long PAGE = 4096;
    /** How much of the first segment is searched for the build-id (the note is in the first page). */
    private static final int BUILD_ID_WINDOW = 64 * 1024;

    private final ProcessModules process;
    private final String path;
    private final boolean deleted;
    private final boolean mainProgram;
    private final List<Mapping> mappings;

    private ModuleSymbols symbols;
    private long bias;
    private CruiseException failure;

    LoadedModule(ProcessModules process, String mapsPath, boolean mainProgram, List<Mapping> mappings) {
        this.process = process;
        this.deleted = mapsPath.endsWith(DELETED);
        this.path = deleted ? mapsPath.substring(0, mapsPath.length() - DELETED.length()) : mapsPath;
        this.mainProgram = mainProgram;
        this.mappings = List.copyOf(mappings);
    }

    /** The file's path as the process mapped it (without the " (deleted)" marker). */
    public String path() {
        return path;
    }

    /** The last path component, e.g. "libc.so.6". */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Whether the file was deleted or replaced on disk since the process mapped it. */
    public boolean deleted() {
        return deleted;
    }

    /** Whether this is the program itself (/proc/PID/exe) rather than a library. */
    public boolean isMainProgram() {
        return mainProgram;
    }

    public List<Mapping> mappings() {
        return mappings;
    }

    public long start() {
        return mappings.get(0).start();
    }

    public long end() {
        return mappings.get(mappings.size() - 1).end();
    }

    /** Whether one of the module's own mappings holds address (its bss beyond the file does not count). */
    public boolean contains(long address) {
        return mappings.stream().anyMatch(m -> m.contains(address));
    }

    /**
     * The names "LIB:FUNC" may use for this module: the file name and its stems before the
     * version, so libc.so.6 answers to "libc.so.6", "libc.so" and "libc", and
     * libstdc++.so.6.0.30 also to "libstdc++.so.6" and "libstdc++.so.6.0".
     */
    public Set<String> names() {
        String name = fileName();
        Set<String> names = new LinkedHashSet<>();
        int so = name.indexOf(".so");
        while (so > 0 && !(so + 3 == name.length() || name.charAt(so + 3) == '.')) {
            so = name.indexOf(".so", so + 1);
        }
        if (so > 0) {
            names.add(name.substring(0, so));
            for (int end = so + 3; end > 0 && end <= name.length(); end = name.indexOf('.', end + 1)) {
                names.add(name.substring(0, end));
            }
        }
        names.add(name);
        return names;
    }

    /** Whether "LIB:FUNC" with this LIB means this module. */
    public boolean answersTo(String libraryName) {
        return names().contains(libraryName);
    }

    /**
     * The module's symbols, read on first use (also through the process-wide {@link SymbolCache}).
     * Fails with exit code 4 (target) if the mapped file cannot be read.
     */
    public synchronized ModuleSymbols symbols() throws CruiseException {
        if (symbols == null && failure == null) {
            try {
                symbols = load();
                bias = computeBias(symbols);
            } catch (CruiseException e) {
                failure = e; // a module that cannot be read will not become readable: answer at once next time
            }
        }
        if (failure != null) {
            throw failure;
        }
        return symbols;
    }

    /**
     * What to add to a link-time address to get the run-time one: 0 for a fixed-address
     * executable (ET_EXEC); for a position-independent file, where the mapping of its first
     * segment's file page landed minus that segment's page-aligned link address.
     */
    public synchronized long bias() throws CruiseException {
        symbols();
        return bias;
    }

    /** The run-time address of a symbol of this module. */
    public long runtimeAddress(ElfSymbol symbol) throws CruiseException {
        return bias() + symbol.value();
    }

    /** The link-time address (as symbols give them) of a run-time address. */
    public long linkAddress(long runtimeAddress) throws CruiseException {
        return runtimeAddress - bias();
    }

    private long computeBias(ModuleSymbols loaded) throws CruiseException {
        if (loaded.type() == ElfType.EXEC) {
            return 0;
        }
        ProgramHeader first = loaded.loadSegments().stream().min(Comparator.comparingLong(ProgramHeader::offset))
                .orElseThrow(() -> unreadable("has no loadable segment", null));
        long fileOffset = first.offset() & -PAGE;
        for (Mapping mapping : mappings) {
            if (mapping.offset() == fileOffset) {
                return mapping.start() - (first.vaddr() & -PAGE);
            }
        }
        throw unreadable("is mapped without its first segment (no mapping of file offset 0x"
                + Long.toHexString(fileOffset) + ")", null);
    }

    /**
     * Opens the file the process really mapped. The program is read through /proc/PID/exe, which
     * is always the running file. A library is read at its path when that still is the same file
     * (device and inode as in the maps), else through /proc/PID/map_files (needs CAP_SYS_ADMIN),
     * else at its path when the build-id in the process's memory matches the file's, which also
     * covers overlay file systems where maps and stat(2) disagree on the device.
     */
    private ModuleSymbols load() throws CruiseException {
        SymbolCache cache = process.cache();
        String pid = Integer.toString(process.pid());
        if (mainProgram) {
            return read(cache, Path.of("/proc", pid, "exe"));
        }
        Path onDisk = Path.of(path);
        Mapping first = mappings.get(0);
        if (!deleted && sameFile(onDisk, first)) {
            return read(cache, onDisk);
        }
        Path mapFile = Path.of("/proc", pid, "map_files",
                Long.toHexString(first.start()) + "-" + Long.toHexString(first.end()));
        if (Files.isReadable(mapFile)) {
            return read(cache, mapFile);
        }
        if (!deleted && Files.isRegularFile(onDisk)) {
            ModuleSymbols candidate = read(cache, onDisk);
            if (buildIdMapped(candidate)) {
                return candidate;
            }
        }
        throw unreadable("was replaced or deleted on disk since pid " + pid
                + " mapped it, and the mapped copy cannot be reached (/proc/" + pid
                + "/map_files needs root)", null);
    }

    private ModuleSymbols read(SymbolCache cache, Path file) throws CruiseException {
        try {
            return cache.get(file);
        } catch (ElfException e) {
            if (e.kind() == ElfException.Kind.LIBRARY_MISSING) {
                throw e;
            }
            throw unreadable(e.reason(), e);
        } catch (IOException e) {
            throw unreadable("cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean sameFile(Path file, Mapping mapping) {
        try {
            Map<String, Object> attributes = Files.readAttributes(file, "unix:dev,ino");
            long dev = (Long) attributes.get("dev");
            long inode = (Long) attributes.get("ino");
            String[] majorMinor = mapping.device().split(":");
            long major = Long.parseLong(majorMinor[0], 16);
            long minor = Long.parseLong(majorMinor[1], 16);
            // glibc's encoding of dev_t (gnu_dev_major/gnu_dev_minor).
            long devMajor = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
            long devMinor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
            return inode == mapping.inode() && devMajor == major && devMinor == minor;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the file's build-id appears in the process's copy of the first segment. */
    private boolean buildIdMapped(ModuleSymbols candidate) throws CruiseException {
        if (candidate.buildId().isEmpty()) {
            return false;
        }
        byte[] id = HexFormat.of().parseHex(candidate.buildId().get());
        long start = mappings.get(0).start();
        int length = (int) Math.min(BUILD_ID_WINDOW, mappings.get(0).size());
        byte[] memory;
        try (ProcessMemory reader = new ProcessMemory(process.pid())) {
            memory = reader.read(start, length);
        } catch (NativeException e) {
            return false;
        }
        for (int i = 0; i + id.length <= memory.length; i++) {
            if (Arrays.equals(memory, i, i + id.length, id, 0, id.length)) {
                return true;
            }
        }
        return false;
    }

    private CruiseException unreadable(String reason, Throwable cause) {
        return new CruiseException(ExitCode.TARGET, "cannot read the symbols of " + path + " (mapped by pid "
                + process.pid() + "): it " + reason, cause);
    }

    @Override
    public String toString() {
        return path + (deleted ? DELETED : "") + " @0x" + Long.toHexString(start());
    }

    /** Groups file-backed mappings into modules the way libdwfl does (see {@link ProcessModules}). */
    static List<List<Mapping>> group(List<Mapping> maps) {
        List<List<Mapping>> groups = new ArrayList<>();
        List<Mapping> current = null;
        for (Mapping mapping : maps) {
            if (!mapping.fileBacked()) {
                continue; // anonymous memory (e.g. a library's bss) between two mappings of one file
            }
            Mapping last = current == null ? null : current.get(current.size() - 1);
            if (last != null && last.inode() == mapping.inode() && last.device().equals(mapping.device())
                    && last.path().equals(mapping.path())) {
                current.add(mapping);
            } else {
                current = new ArrayList<>();
                current.add(mapping);
                groups.add(current);
            }
        }
        return groups;
    }
}
