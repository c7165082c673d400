package org.cruise.core.symbols;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.cruise.core.elf.ElfException;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfNotes;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfSymbols;
import org.cruise.core.elf.ElfType;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.elf.SymbolBinding;
import org.cruise.core.elf.SymbolTable;

/**
 * The symbols of one ELF file, indexed for CRUISE's two questions: which functions have this name
 * (and which compiler clones of it), and which function contains this address. Addresses here are
 * link-time ones (st_value); {@link LoadedModule} adds the load bias. Immutable and shareable
 * between processes that map the same file (see {@link SymbolCache}).
 * <p>
 * A file stripped down to its .dynsym is completed from its separate debug file when one with the
 * same build-id is installed under /usr/lib/debug/.build-id (Debian's -dbg and -dbgsym packages),
 * which is where libc's static functions (the frames of a blocked read or pthread_cond_wait)
 * get their names; libdwfl, and so the unwinder, looks in the same place.
 */
public final class ModuleSymbols {

    /** Where distributions install separate debug files, indexed by build-id. */
    static final Path DEBUG_ROOT = Path.of("/usr/lib/debug/.build-id");

    private final Path file;
    private final Path symbolFile;
    private final ElfType type;
    private final List<ProgramHeader> loadSegments;
    private final Optional<String> buildId;
    private final SymbolTable table;
    /** Functions by ascending address; among equal addresses the preferred name comes first. */
    private final List<ElfSymbol> byAddress;
    private final long[] starts;
    private final NavigableMap<String, List<ElfSymbol>> functionsByName;

    private ModuleSymbols(Path file, Path symbolFile, ElfType type, List<ProgramHeader> loadSegments,
            Optional<String> buildId, SymbolTable table) {
        this.file = file;
        this.symbolFile = symbolFile;
        this.type = type;
        this.loadSegments = loadSegments;
        this.buildId = buildId;
        this.table = table;
        List<ElfSymbol> functions = new ArrayList<>(table.functions());
        functions.sort(Comparator.comparing(ElfSymbol::value, Long::compareUnsigned)
                .thenComparing(ModuleSymbols::namePreference));
        this.byAddress = Collections.unmodifiableList(functions);
        this.starts = functions.stream().mapToLong(ElfSymbol::value).toArray();
        TreeMap<String, List<ElfSymbol>> names = new TreeMap<>();
        for (ElfSymbol function : table.functions()) {
            names.computeIfAbsent(function.name(), n -> new ArrayList<>(1)).add(function);
        }
        names.replaceAll((name, list) -> List.copyOf(list));
        this.functionsByName = Collections.unmodifiableNavigableMap(names);
    }

    /**
     * Reads file's symbols (and its debug file's, see the class comment). The file must be an ELF
     * executable or shared object; one without any symbol table gives an empty index.
     */
    public static ModuleSymbols load(Path file) throws ElfException {
        try (ElfFile elf = ElfFile.open(file)) {
            Optional<String> buildId = ElfNotes.buildId(elf);
            SymbolTable table = ElfSymbols.read(elf);
            Path symbolFile = file;
            if (table.source() != SymbolTable.Source.SYMTAB && buildId.isPresent()) {
                Optional<Path> debug = debugFile(buildId.get());
                if (debug.isPresent()) {
                    SymbolTable fromDebug = readDebugSymbols(debug.get(), buildId.get());
                    if (fromDebug != null) {
                        table = fromDebug;
                        symbolFile = debug.get();
                    }
                }
            }
            List<ProgramHeader> loads = elf.programHeaders().stream().filter(h -> h.type() == ProgramHeader.PT_LOAD)
                    .toList();
            return new ModuleSymbols(file, symbolFile, elf.type(), loads, buildId, table);
        }
    }

    /** /usr/lib/debug/.build-id/xx/yyyy.debug for build-id xxyyyy, if installed. */
    static Optional<Path> debugFile(String buildId) {
        if (buildId.length() < 3) {
            return Optional.empty();
        }
        Path path = DEBUG_ROOT.resolve(buildId.substring(0, 2)).resolve(buildId.substring(2) + ".debug");
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** The debug file's .symtab, or null if it is unreadable, lacks one, or belongs to another build. */
    private static SymbolTable readDebugSymbols(Path debug, String buildId) {
        try (ElfFile elf = ElfFile.open(debug)) {
            if (!ElfNotes.buildId(elf).equals(Optional.of(buildId))) {
                return null;
            }
            SymbolTable table = ElfSymbols.read(elf, SymbolTable.Source.SYMTAB);
            return table.source() == SymbolTable.Source.SYMTAB ? table : null;
        } catch (ElfException e) {
            // A broken debug file must not hide the module's own symbols.
            return null;
        }
    }

    /**
     * The path the file was read through. For a program that is /proc/PID/exe of the process that
     * first asked (the cache shares the index with every process mapping the same file), so do
     * not open it again: use the module's own path ({@link LoadedModule#path()}).
     */
    public Path file() {
        return file;
    }

    /** The file the symbols came from: {@link #file()}, or its separate debug file. */
    public Path symbolFile() {
        return symbolFile;
    }

    public ElfType type() {
        return type;
    }

    /** The PT_LOAD segments, in file order: how the file is laid out in memory. */
    public List<ProgramHeader> loadSegments() {
        return loadSegments;
    }

    public Optional<String> buildId() {
        return buildId;
    }

    /** The whole table the index was built from (also data objects, imports, file symbols). */
    public SymbolTable table() {
        return table;
    }

    /** Whether static (local) functions are visible: only a .symtab lists them. */
    public boolean hasStaticSymbols() {
        return table.source() == SymbolTable.Source.SYMTAB;
    }

    /** Defined functions of exactly this name (several for C statics of different files). */
    public List<ElfSymbol> functionsNamed(String name) {
        return functionsByName.getOrDefault(name, List.of());
    }

    /** Defined functions whose symbol is a compiler clone of base (base.constprop.0, base.cold, ...). */
    public List<ElfSymbol> clonesOf(String base) {
        List<ElfSymbol> clones = new ArrayList<>();
        // '/' follows '.' in ASCII: the sub-map holds exactly the names starting with "base.".
        for (List<ElfSymbol> list : functionsByName.subMap(base + ".", base + "/").values()) {
            for (ElfSymbol symbol : list) {
                if (CompilerClones.parse(symbol.name()).filter(c -> c.base().equals(base)).isPresent()) {
                    clones.add(symbol);
                }
            }
        }
        return clones;
    }

    /** Names of all defined functions, sorted. */
    public Set<String> functionNames() {
        return functionsByName.keySet();
    }

    /** The source files named by STT_FILE symbols (only a .symtab has them), sorted. */
    public Set<String> sourceFiles() {
        Set<String> files = new TreeSet<>();
        for (ElfSymbol symbol : table.symbols()) {
            if (symbol.sourceFile() != null) {
                files.add(symbol.sourceFile());
            }
        }
        return files;
    }

    /**
     * The function containing a link-time address. Sized symbols contain [value, value + size);
     * among several (aliases such as read and __read), global beats weak beats local, then the
     * name without leading underscores. A sizeless symbol (an assembly label) is taken only when
     * nothing sized covers the address and no sized function lies between the label and it,
     * which is also how libdwfl decides.
     */
    public Optional<ElfSymbol> functionAt(long address) {
        int i = lastStartAtOrBelow(address);
        if (i < 0) {
            return Optional.empty();
        }
        ElfSymbol sizeless = null;
        // Functions do not nest, so the containing one starts at the greatest start <= address or
        // is a sized function just before a few sizeless labels: a short walk back suffices.
        for (int j = i; j >= 0 && j > i - 64; j--) {
            ElfSymbol candidate = byAddress.get(j);
            if (candidate.size() > 0) {
                if (candidate.contains(address)) {
                    return Optional.of(best(j));
                }
                if (Long.compareUnsigned(candidate.end(), address) <= 0) {
                    break; // a sized function ends between this and the address: stop looking
                }
            } else if (sizeless == null) {
                sizeless = candidate;
            }
        }
        return Optional.ofNullable(sizeless);
    }

    /** The preferred name among the sized functions starting at byAddress[j]'s address. */
    private ElfSymbol best(int j) {
        long start = starts[j];
        int first = j;
        while (first > 0 && starts[first - 1] == start) {
            first--;
        }
        for (int k = first; k < byAddress.size() && starts[k] == start; k++) {
            if (byAddress.get(k).size() > 0) {
                return byAddress.get(k); // the sort put the preferred name first
            }
        }
        return byAddress.get(j);
    }

    private int lastStartAtOrBelow(long address) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (Long.compareUnsigned(starts[mid], address) <= 0) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    /** Sort key among aliases: lower is preferred. */
    private static int namePreference(ElfSymbol symbol) {
        int binding = symbol.binding() == SymbolBinding.GLOBAL ? 0 : symbol.binding() == SymbolBinding.WEAK ? 1 : 2;
        int underscores = 0;
        while (underscores < symbol.name().length() && symbol.name().charAt(underscores) == '_') {
            underscores++;
        }
        return (symbol.defaultVersion() ? 0 : 1000) + binding * 100 + Math.min(underscores, 99);
    }

    @Override
    public String toString() {
        return "ModuleSymbols[" + file + ", " + table + (symbolFile.equals(file) ? "" : " from " + symbolFile) + "]";
    }
}
