package org.cruise.core.update;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfSymbols;
import org.cruise.core.elf.SymbolBinding;
import org.cruise.core.elf.SymbolTable;
import org.cruise.core.elf.SymbolType;
import org.cruise.core.elf.SymbolVisibility;
import org.cruise.core.ptrace.ProcessMemory;
import org.cruise.core.sys.NativeException;

/**
 * The dynamic loader's list of loaded objects in a live process (r_debug.r_map and the public
 * head of struct link_map from &lt;link.h&gt;: l_addr, l_name, l_ld, l_next), and symbol lookup
 * in the same order ld.so searches the global scope, so that NEW's imports are bound to exactly
 * what the process already uses.
 */
public final class LoadedObjects {

    /** One link_map. The main program has an empty name. */
    public record LoadedObject(long linkMap, long base, String name, SymbolTable exports) {
    }

    /** A resolved import: its run-time address and whether it is an ifunc resolver to be called. */
    public record Binding(long address, boolean indirect, String object) {
    }

    private final long rDebug;
    private final List<LoadedObject> objects;

    private LoadedObjects(long rDebug, List<LoadedObject> objects) {
        this.rDebug = rDebug;
        this.objects = objects;
    }

    /** Walks the list starting from r_debug (whose address the program's DT_DEBUG holds). */
    public static LoadedObjects read(ProcessMemory memory, long rDebug) throws CruiseException {
        return read(memory, rDebug, new HashMap<>());
    }

    /** As {@link #read(ProcessMemory, long)}, reusing the libraries' tables read before (by path). */
    public LoadedObjects reread(ProcessMemory memory) throws CruiseException {
        Map<String, SymbolTable> tables = new HashMap<>();
        for (LoadedObject o : objects) {
            if (o.exports() != null) {
                tables.put(o.name(), o.exports());
            }
        }
        return read(memory, rDebug, tables);
    }

    private static LoadedObjects read(ProcessMemory memory, long rDebug, Map<String, SymbolTable> tables)
            throws CruiseException {
        try {
            long map = memory.readLong(rDebug + 8);
            List<LoadedObject> list = new ArrayList<>();
            for (int i = 0; map != 0 && i < 4096; i++) {
                long base = memory.readLong(map);
                long namePtr = memory.readLong(map + 8);
                String name = namePtr == 0 ? "" : readString(memory, namePtr);
                SymbolTable exports = null;
                if (!name.isEmpty()) {
                    exports = tables.computeIfAbsent(name, LoadedObjects::exportsOf);
                }
                list.add(new LoadedObject(map, base, name, exports));
                map = memory.readLong(map + 24);
            }
            return new LoadedObjects(rDebug, List.copyOf(list));
        } catch (NativeException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read the dynamic loader's list of objects in pid "
                    + memory.pid() + ": " + e.getMessage(), e);
        }
    }

    private static SymbolTable exportsOf(String path) {
        try (ElfFile elf = ElfFile.open(Path.of(path))) {
            return ElfSymbols.read(elf, SymbolTable.Source.DYNSYM);
        } catch (ElfException e) {
            return null; // e.g. the vDSO's name, or a library deleted since: it cannot be searched
        }
    }

    private static String readString(ProcessMemory memory, long address) throws NativeException {
        byte[] b = memory.read(address, 512);
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /** Whether the loader's list differs from this one now (a library loaded or unloaded since). */
    public boolean changed(ProcessMemory memory) throws CruiseException {
        try {
            long map = memory.readLong(rDebug + 8);
            for (LoadedObject o : objects) {
                if (map != o.linkMap()) {
                    return true;
                }
                map = memory.readLong(map + 24);
            }
            return map != 0;
        } catch (NativeException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read the dynamic loader's list of objects in pid "
                    + memory.pid() + ": " + e.getMessage(), e);
        }
    }

    public long rDebug() {
        return rDebug;
    }

    public List<LoadedObject> objects() {
        return objects;
    }

    /** The main program's link_map (first in the list). */
    public LoadedObject main() {
        return objects.get(0);
    }

    /**
     * Looks name@version up in every object but the main program, in load order; null when no
     * object defines it. A null version takes the default version.
     */
    public Binding lookup(String name, String version) {
        for (LoadedObject o : objects) {
            if (o.exports() == null) {
                continue;
            }
            ElfSymbol best = null;
            for (ElfSymbol s : o.exports().named(name)) {
                if (!s.isDefined() || s.binding() == SymbolBinding.LOCAL || s.visibility() != SymbolVisibility.DEFAULT) {
                    continue;
                }
                if (version != null ? version.equals(s.version()) : (s.version() == null || s.defaultVersion())) {
                    best = s;
                    break;
                }
                if (version != null && s.version() == null) {
                    best = s; // an unversioned definition satisfies a versioned reference
                }
            }
            if (best != null) {
                return new Binding(o.base() + best.value(), best.type() == SymbolType.GNU_IFUNC, o.name());
            }
        }
        return null;
    }
}
