package org.cruise.core.symbols;

import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.elf.ElfSymbol;

/**
 * Names run-time code addresses of a process (module, function, offset): for call chains, signal
 * handlers, function pointers. Each module's symbols are read once (and shared across processes
 * by the {@link SymbolCache}). The module list is the one read at construction or at the last
 * {@link #refresh()}: refresh after the process may have loaded libraries.
 */
public final class Symbolizer {

    private final int pid;
    private final SymbolCache cache;
    private volatile ProcessModules modules;

    public Symbolizer(ProcessModules modules) {
        this.pid = modules.pid();
        this.cache = modules.cache();
        this.modules = modules;
    }

    public static Symbolizer forProcess(int pid) throws CruiseException {
        return new Symbolizer(ProcessModules.read(pid));
    }

    /** Re-reads the process's mappings; symbols already read are kept. */
    public void refresh() throws CruiseException {
        modules = ProcessModules.read(pid, cache);
    }

    public ProcessModules modules() {
        return modules;
    }

    /**
     * The module and function containing address. Never fails: an address outside any file, or in
     * a module whose symbols cannot be read, comes back with the parts that are known.
     */
    public CodeLocation symbolize(long address) {
        Optional<LoadedModule> found = modules.containing(address);
        if (found.isEmpty()) {
            return new CodeLocation(address, null, null, 0);
        }
        LoadedModule module = found.get();
        try {
            long linkAddress = module.linkAddress(address);
            Optional<ElfSymbol> function = module.symbols().functionAt(linkAddress);
            if (function.isPresent()) {
                return new CodeLocation(address, module.path(), function.get().name(),
                        linkAddress - function.get().value());
            }
        } catch (CruiseException e) {
            // Unreadable module (deleted file without access to map_files, or not ELF): the path
            // still says where the address is.
        }
        return new CodeLocation(address, module.path(), null, 0);
    }
}
