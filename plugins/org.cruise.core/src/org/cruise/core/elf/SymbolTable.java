package org.cruise.core.elf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols of one table of an ELF file, in table order. Immutable; lookups by name are indexed.
 * Index 0 (the reserved null symbol) is not included, so {@link #symbols()}.get(i) has index i + 1.
 */
public final class SymbolTable {

    /** Which table the symbols came from. */
    public enum Source {
        /** The full static symbol table: also static functions and variables, with their source files. */
        SYMTAB,
        /** Only the dynamic symbols: what the module exports and imports (stripped binaries). */
        DYNSYM,
        /** The file has no symbol table at all. */
        NONE
    }

    private final Source source;
    private final List<ElfSymbol> symbols;
    private final Map<String, List<ElfSymbol>> byName;

    SymbolTable(Source source, List<ElfSymbol> symbols) {
        this.source = source;
        this.symbols = Collections.unmodifiableList(new ArrayList<>(symbols));
        Map<String, List<ElfSymbol>> index = new HashMap<>();
        for (ElfSymbol symbol : symbols) {
            if (!symbol.name().isEmpty()) {
                index.computeIfAbsent(symbol.name(), n -> new ArrayList<>(1)).add(symbol);
            }
        }
        index.replaceAll((name, list) -> List.copyOf(list));
        this.byName = index;
    }

    static SymbolTable empty() {
        return new SymbolTable(Source.NONE, List.of());
    }

    public Source source() {
        return source;
    }

    /** Every symbol but the null one, in table order. */
    public List<ElfSymbol> symbols() {
        return symbols;
    }

    /** The symbol at a table index (as relocations give it), or null for 0 or an index out of range. */
    public ElfSymbol byIndex(int index) {
        return index >= 1 && index <= symbols.size() ? symbols.get(index - 1) : null;
    }

    /** All symbols of that name (without version suffix), defined or not, in table order. */
    public List<ElfSymbol> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Functions (FUNC and GNU_IFUNC) the file defines, in table order. */
    public List<ElfSymbol> functions() {
        return symbols.stream().filter(ElfSymbol::isFunction).toList();
    }

    /** Variables (OBJECT, COMMON, TLS) the file defines, in table order. */
    public List<ElfSymbol> dataObjects() {
        return symbols.stream().filter(ElfSymbol::isData).toList();
    }

    public boolean isEmpty() {
        return symbols.isEmpty();
    }

    @Override
    public String toString() {
        return "SymbolTable[" + source + ", " + symbols.size() + " symbols]";
    }
}
