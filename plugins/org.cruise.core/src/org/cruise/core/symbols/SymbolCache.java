package org.cruise.core.symbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cruise.core.elf.ElfException;

/**
 * Symbol indexes by file identity, so that libc is read once however many processes, checkpoints
 * and resolvers ask for it. The key is what stat(2) says about the file actually opened (device,
 * inode, size, modification time), never its path: an update replaces a program at the same path,
 * and a process still running the old one must get the old symbols. Thread-safe.
 */
public final class SymbolCache {

    private static final SymbolCache SHARED = new SymbolCache();

    private record FileKey(long device, long inode, long size, FileTime modified) {
    }

    private final Map<FileKey, ModuleSymbols> modules = new ConcurrentHashMap<>();

    /** The process-wide cache. */
    public static SymbolCache shared() {
        return SHARED;
    }

    /**
     * The symbols of the file at path (symbolic links, including /proc magic links such as
     * /proc/PID/exe, are followed), read on first use.
     */
    public ModuleSymbols get(Path path) throws ElfException, IOException {
        FileKey key = keyOf(path);
        ModuleSymbols cached = modules.get(key);
        if (cached != null) {
            return cached;
        }
        ModuleSymbols loaded = ModuleSymbols.load(path);
        // Two threads may both have read it; either copy is right.
        ModuleSymbols raced = modules.putIfAbsent(key, loaded);
        return raced != null ? raced : loaded;
    }

    /** Number of files cached. */
    public int size() {
        return modules.size();
    }

    public void clear() {
        modules.clear();
    }

    private static FileKey keyOf(Path path) throws IOException {
        Map<String, Object> attributes = Files.readAttributes(path, "unix:dev,ino,size,lastModifiedTime");
        return new FileKey((Long) attributes.get("dev"), (Long) attributes.get("ino"), (Long) attributes.get("size"),
                (FileTime) attributes.get("lastModifiedTime"));
    }
}
