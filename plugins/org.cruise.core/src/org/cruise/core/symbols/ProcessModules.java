package org.cruise.core.symbols;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.proc.Mapping;
import org.cruise.core.proc.ProcMaps;

/**
 * The ELF modules a process has mapped, from one reading of /proc/PID/maps: the program, the
 * dynamic loader, the shared libraries (also dlopen'ed ones, once loaded) and any other mapped
 * file. Mappings of one file are grouped into one module as libdwfl does, skipping the anonymous
 * mappings (bss) between them. A new instance sees mappings made later (dlopen); symbols are read
 * lazily and shared through the {@link SymbolCache}, so a fresh instance per checkpoint is cheap.
 * Needs no ptrace stop: everything comes from /proc and process_vm_readv.
 */
public final class ProcessModules {

    private final int pid;
    private final SymbolCache cache;
    private final List<Mapping> mappings;
    private final List<LoadedModule> modules;
    private final LoadedModule mainProgram;

    private ProcessModules(int pid, SymbolCache cache, List<Mapping> mappings, String exePath) {
        this.pid = pid;
        this.cache = cache;
        this.mappings = List.copyOf(mappings);
        List<LoadedModule> found = new ArrayList<>();
        LoadedModule main = null;
        for (List<Mapping> group : LoadedModule.group(mappings)) {
            boolean isMain = main == null && group.get(0).path().equals(exePath);
            LoadedModule module = new LoadedModule(this, group.get(0).path(), isMain, group);
            if (isMain) {
                main = module;
            }
            found.add(module);
        }
        this.modules = List.copyOf(found);
        this.mainProgram = main;
    }

    /** The modules of pid, with the process-wide symbol cache. */
    public static ProcessModules read(int pid) throws CruiseException {
        return read(pid, SymbolCache.shared());
    }

    /** The modules of pid; fails with exit code 4 if the process is gone or may not be inspected. */
    public static ProcessModules read(int pid, SymbolCache cache) throws CruiseException {
        Path proc = Path.of("/proc", Integer.toString(pid));
        try {
            // The exe link names the program as maps does, " (deleted)" included.
            String exe = Files.readSymbolicLink(proc.resolve("exe")).toString();
            return new ProcessModules(pid, cache, ProcMaps.read(pid), exe);
        } catch (NoSuchFileException e) {
            throw new CruiseException(ExitCode.TARGET, "no process with pid " + pid, e);
        } catch (IOException e) {
            throw new CruiseException(ExitCode.TARGET, "cannot read the memory map of pid " + pid + ": " + e
                    + " (run as root or as the process's owner)", e);
        }
    }

    public int pid() {
        return pid;
    }

    SymbolCache cache() {
        return cache;
    }

    /** Every line of /proc/PID/maps as read. */
    public List<Mapping> mappings() {
        return mappings;
    }

    /** Every file-backed module, in address order. */
    public List<LoadedModule> modules() {
        return modules;
    }

    /** The running program. */
    public LoadedModule mainProgram() throws CruiseException {
        if (mainProgram == null) {
            throw new CruiseException(ExitCode.TARGET, "pid " + pid + " has no mapping of its program file"
                    + " (a kernel thread, or a process that is exiting)");
        }
        return mainProgram;
    }

    /** The module one of whose mappings holds address. */
    public Optional<LoadedModule> containing(long address) {
        for (LoadedModule module : modules) {
            if (module.contains(address)) {
                return Optional.of(module);
            }
        }
        return Optional.empty();
    }

    /**
     * The modules that "LIB:FUNC" with this LIB names (see {@link LoadedModule#names()}), one per
     * path even if a file is mapped twice.
     */
    public List<LoadedModule> matching(String libraryName) {
        Map<String, LoadedModule> byPath = new LinkedHashMap<>();
        for (LoadedModule module : modules) {
            if (module.answersTo(libraryName)) {
                byPath.putIfAbsent(module.path(), module);
            }
        }
        return List.copyOf(byPath.values());
    }

    @Override
    public String toString() {
        return "ProcessModules[pid " + pid + ", " + modules.size() + " modules]";
    }
}
