package org.cruise.core.elf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cruise.core.elf.ElfException.Kind;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * The RELA relocations of a linked file: what the dynamic loader fills in (.rela.dyn, .rela.plt).
 * Symbols are taken from the table each relocation section links to (.dynsym in executables).
 */
public final class ElfRelocations {

    private ElfRelocations() {
    }

    /** Every relocation of every SHT_RELA section, section by section in file order. */
    public static List<ElfRelocation> read(ElfFile file, List<ElfSection> sections) throws ElfException {
        List<ElfRelocation> relocations = new ArrayList<>();
        SymbolTable dynamic = null;
        SymbolTable full = null;
        Memory rela = new Memory(LibElf.GELF_RELA_SIZE);
        for (ElfSection section : sections) {
            if (section.type() != LibElf.SHT_RELA) {
                continue;
            }
            SymbolTable symbols = SymbolTable.empty();
            ElfSection linked = null;
            for (ElfSection candidate : sections) {
                if (candidate.index() == section.link()) {
                    linked = candidate;
                }
            }
            if (linked != null && linked.type() == LibElf.SHT_DYNSYM) {
                symbols = dynamic != null ? dynamic : (dynamic = ElfSymbols.read(file, SymbolTable.Source.DYNSYM));
            } else if (linked != null && linked.type() == LibElf.SHT_SYMTAB) {
                symbols = full != null ? full : (full = ElfSymbols.read(file, SymbolTable.Source.SYMTAB));
            }
            Pointer scn = LibElf.elf_getscn(file.handle(), section.index());
            Pointer data = scn == null ? null : LibElf.elf_getdata(scn, null);
            if (data == null) {
                throw ElfException.of(file.path(), Kind.MALFORMED, "is a malformed ELF file: cannot read its "
                        + section.name() + " section: " + LibElf.lastError());
            }
            long count = section.entrySize() > 0 ? section.size() / section.entrySize() : 0;
            for (int i = 0; i < count; i++) {
                if (LibElf.gelf_getrela(data, i, rela) == null) {
                    throw ElfException.of(file.path(), Kind.MALFORMED, "is a malformed ELF file: cannot read relocation "
                            + i + " of " + section.name() + ": " + LibElf.lastError());
                }
                long info = rela.getLong(LibElf.R_INFO);
                int symbolIndex = (int) (info >>> 32);
                relocations.add(new ElfRelocation(rela.getLong(LibElf.R_OFFSET), (int) info,
                        symbols.byIndex(symbolIndex), rela.getLong(LibElf.R_ADDEND)));
            }
        }
        return Collections.unmodifiableList(relocations);
    }
}
