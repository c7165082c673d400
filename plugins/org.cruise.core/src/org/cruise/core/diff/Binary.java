package org.cruise.core.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.elf.ElfFile;
import org.cruise.core.elf.ElfNotes;
import org.cruise.core.elf.ElfRelocation;
import org.cruise.core.elf.ElfRelocations;
import org.cruise.core.elf.ElfSection;
import org.cruise.core.elf.ElfSections;
import org.cruise.core.elf.ElfSymbol;
import org.cruise.core.elf.ElfSymbols;
import org.cruise.core.elf.ElfType;
import org.cruise.core.elf.ExecutableCheck;
import org.cruise.core.elf.ProgramHeader;
import org.cruise.core.elf.SymbolTable;
import org.cruise.core.elf.SymbolType;

/**
 * One program as cruise diff sees it: its functions and data objects from .symtab, the bytes of
 * its allocated sections, and what the dynamic loader fills in (relocations), all by link-time
 * address. Read completely when loaded; the ELF file is closed again before comparing.
 */
final class Binary {

    /** One function or data object with the identity it is matched by (see {@link ProgramDiffer}). */
    static final class Sym {
        final DiffSymbol symbol;
        final boolean local;
        final boolean readOnly;
        /** Filled in by {@link ProgramDiffer}: what the symbol is matched by across the two programs. */
        String id;

        Sym(DiffSymbol symbol, boolean local, boolean readOnly) {
            this.symbol = symbol;
            this.local = local;
            this.readOnly = readOnly;
        }

        @Override
        public String toString() {
            return id != null ? id : symbol.displayName();
        }
    }

    final Path path;
    final String buildId;
    /** ET_EXEC: absolute addresses may appear in code as immediates and displacements. */
    final boolean fixedAddress;
    final List<ElfSection> sections;
    private final Map<Integer, byte[]> contents = new HashMap<>();
    final List<Sym> functions = new ArrayList<>();
    final List<Sym> data = new ArrayList<>();
    /** Functions and non-TLS data by start address, for "which symbol contains this address". */
    private final NavigableMap<Long, List<Sym>> byAddress = new TreeMap<>(Long::compareUnsigned);
    /** Every named symbol with an address (also NOTYPE labels such as __bss_start), by address. */
    private final NavigableMap<Long, String> labels = new TreeMap<>(Long::compareUnsigned);
    /** PT_LOAD segments as [start, end) pairs: what the program maps, also outside sections (ELF header). */
    private final List<long[]> loads = new ArrayList<>();
    /** Relocations by the address they fill in. */
    final Map<Long, ElfRelocation> relocations = new HashMap<>();

    private Binary(Path path, String buildId, boolean fixedAddress, List<ElfSection> sections) {
        this.path = path;
        this.buildId = buildId;
        this.fixedAddress = fixedAddress;
        this.sections = sections;
    }

    /**
     * Reads {@code path}. Refuses (exit code 3) a program without .symtab: without the static
     * symbols there is nothing to match functions by.
     */
    static Binary load(Path path) throws CruiseException {
        ExecutableCheck.requireExecutable(path);
        try (ElfFile elf = ElfFile.open(path)) {
            SymbolTable symbols = ElfSymbols.read(elf);
            if (symbols.source() != SymbolTable.Source.SYMTAB) {
                throw new CruiseException(ExitCode.REFUSED, path + " has no symbol table (.symtab): it was stripped."
                        + " cruise diff matches functions and data by their symbols; give it the unstripped build.");
            }
            List<ElfSection> sections = ElfSections.read(elf);
            Binary binary = new Binary(path, ElfNotes.buildId(elf).orElse(null), elf.type() == ElfType.EXEC, sections);
            for (ElfSection section : sections) {
                if (section.isAllocated() && !section.isNoBits() && section.size() > 0) {
                    binary.contents.put(section.index(), ElfSections.bytes(elf, section));
                }
            }
            for (ElfRelocation relocation : ElfRelocations.read(elf, sections)) {
                binary.relocations.put(relocation.offset(), relocation);
            }
            for (ProgramHeader header : elf.programHeaders()) {
                if (header.type() == ProgramHeader.PT_LOAD) {
                    binary.loads.add(new long[] { header.vaddr(), header.vaddr() + header.memSize() });
                }
            }
            binary.addSymbols(symbols);
            return binary;
        }
    }

    private void addSymbols(SymbolTable table) {
        for (ElfSymbol s : table.symbols()) {
            if (!s.isDefined() || s.name().isEmpty() || s.type() == SymbolType.FILE || s.type() == SymbolType.SECTION) {
                continue;
            }
            ElfSection section = section(s.sectionIndex());
            if (s.type() != SymbolType.TLS && section != null && section.isAllocated()) {
                labels.putIfAbsent(s.value(), s.name());
            }
            if (!s.isFunction() && !s.isData()) {
                continue;
            }
            String scope = s.isLocal() && s.sourceFile() != null ? s.sourceFile() : "";
            boolean tls = s.type() == SymbolType.TLS;
            String sectionName = s.sectionName() == null ? "" : s.sectionName();
            boolean readOnly = section != null && section.isAllocated() && !section.isWritable()
                    || sectionName.startsWith(".data.rel.ro");
            Sym sym = new Sym(new DiffSymbol(s.name(), scope, s.value(), s.size(), s.isFunction(), tls, sectionName),
                    s.isLocal(), readOnly);
            (s.isFunction() ? functions : data).add(sym);
            if (!tls) {
                byAddress.computeIfAbsent(s.value(), a -> new ArrayList<>(1)).add(sym);
            }
        }
        // Aliases at one address: the preferred name first (functions, globals, plain names).
        for (List<Sym> syms : byAddress.values()) {
            syms.sort((a, b) -> {
                if (a.symbol.function() != b.symbol.function()) {
                    return a.symbol.function() ? -1 : 1;
                }
                // A size-0 marker (__TMC_END__, __bss_start) never names the object that starts there.
                if ((a.symbol.size() == 0) != (b.symbol.size() == 0)) {
                    return a.symbol.size() == 0 ? 1 : -1;
                }
                if (a.local != b.local) {
                    return a.local ? 1 : -1;
                }
                return a.symbol.name().compareTo(b.symbol.name());
            });
        }
    }

    ElfSection section(int index) {
        for (ElfSection section : sections) {
            if (section.index() == index) {
                return section;
            }
        }
        return null;
    }

    /** The allocated, non-TLS section containing addr, or null. */
    ElfSection sectionAt(long addr) {
        for (ElfSection section : sections) {
            if (section.contains(addr) && !section.isThreadLocal()) {
                return section;
            }
        }
        return null;
    }

    /** The function or data object containing addr (the preferred alias), or null. */
    Sym symbolAt(long addr) {
        Map.Entry<Long, List<Sym>> entry = byAddress.floorEntry(addr);
        // Two steps back at most: a symbol nested in a bigger one (rare) hides the outer one.
        for (int step = 0; entry != null && step < 2; step++) {
            for (Sym sym : entry.getValue()) {
                if (sym.symbol.contains(addr)) {
                    return sym;
                }
            }
            entry = byAddress.lowerEntry(entry.getKey());
        }
        return null;
    }

    /** The nearest named symbol at or before addr in the same section, as "name+0x10", or null. */
    String label(long addr, ElfSection section) {
        Map.Entry<Long, String> entry = labels.floorEntry(addr);
        if (entry == null || !section.contains(entry.getKey())) {
            return null;
        }
        long offset = addr - entry.getKey();
        return entry.getValue() + (offset == 0 ? "" : "+0x" + Long.toHexString(offset));
    }

    /** Whether addr lies in a PT_LOAD segment. */
    boolean isMapped(long addr) {
        for (long[] load : loads) {
            if (Long.compareUnsigned(addr, load[0]) >= 0 && Long.compareUnsigned(addr, load[1]) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The nearest named symbol at or before addr, as "name+0x10", or null; for mapped places outside sections. */
    String labelBefore(long addr) {
        Map.Entry<Long, String> entry = labels.floorEntry(addr);
        if (entry == null) {
            return null;
        }
        long offset = addr - entry.getKey();
        return entry.getValue() + (offset == 0 ? "" : "+0x" + Long.toHexString(offset));
    }

    /** The name of a symbol (also a NOTYPE label) that starts exactly at addr, or null. */
    String labelAt(long addr) {
        return labels.get(addr);
    }

    /** The start of the next symbol after addr, or -1. */
    long nextSymbolStart(long addr) {
        Long next = byAddress.higherKey(addr);
        Long label = labels.higherKey(addr);
        if (next == null) {
            return label == null ? -1 : label;
        }
        return label == null || Long.compareUnsigned(next, label) <= 0 ? next : label;
    }

    /** The bytes at [addr, addr + length) if they lie in one section with contents (zeros for .bss), else null. */
    byte[] bytes(long addr, int length) {
        ElfSection section = sectionAt(addr);
        if (section == null || length < 0 || Long.compareUnsigned(addr - section.address() + length, section.size()) > 0) {
            return null;
        }
        byte[] content = contents.get(section.index());
        if (content == null) {
            return new byte[length];
        }
        int from = (int) (addr - section.address());
        return java.util.Arrays.copyOfRange(content, from, from + length);
    }

    /** The end of the section containing addr. */
    long sectionEnd(long addr) {
        ElfSection section = sectionAt(addr);
        return section == null ? addr : section.address() + section.size();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
