package org.cruise.core.elf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.cruise.core.elf.ElfException.Kind;
import org.cruise.core.elf.LibElf.ElfData;
import org.cruise.core.elf.LibElf.GElfShdr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * Section headers and section contents through libelf. Files whose section headers were removed
 * (sstrip) have none; then {@link #read} is empty and callers must fall back to program headers.
 */
public final class ElfSections {

    private ElfSections() {
    }

    /** Every section but the null section 0, in index order. */
    public static List<ElfSection> read(ElfFile file) throws ElfException {
        Pointer elf = file.handle();
        LongByReference stringSection = new LongByReference();
        boolean named = LibElf.elf_getshdrstrndx(elf, stringSection) == 0;
        List<ElfSection> sections = new ArrayList<>();
        GElfShdr shdr = new GElfShdr();
        shdr.setAutoWrite(false);
        for (Pointer scn = LibElf.elf_nextscn(elf, null); scn != null; scn = LibElf.elf_nextscn(elf, scn)) {
            if (LibElf.gelf_getshdr(scn, shdr) == null) {
                throw malformed(file, "cannot read a section header");
            }
            long index = LibElf.elf_ndxscn(scn);
            String name = named ? LibElf.elf_strptr(elf, stringSection.getValue(), Integer.toUnsignedLong(shdr.sh_name))
                    : null;
            sections.add(new ElfSection((int) index, name == null ? "section " + index : name, shdr.sh_type,
                    shdr.sh_flags, shdr.sh_addr, shdr.sh_offset, shdr.sh_size, shdr.sh_link, shdr.sh_info,
                    shdr.sh_entsize));
        }
        return Collections.unmodifiableList(sections);
    }

    /**
     * The bytes of a section as stored in the file (all zeros for SHT_NOBITS, which has none).
     * Sections bigger than 2 GiB are refused: no program's code or read-only data is that big.
     */
    public static byte[] bytes(ElfFile file, ElfSection section) throws ElfException {
        if (section.size() > Integer.MAX_VALUE - 16) {
            throw ElfException.of(file.path(), Kind.MALFORMED, "has a section " + section.name() + " of "
                    + section.size() + " bytes, too big to read");
        }
        if (section.isNoBits()) {
            return new byte[(int) section.size()];
        }
        Pointer scn = LibElf.elf_getscn(file.handle(), section.index());
        if (scn == null) {
            throw malformed(file, "has no section " + section.index());
        }
        // elf_rawdata: the bytes as in the file; sections of code and data need no translation.
        Pointer pointer = LibElf.elf_rawdata(scn, null);
        if (pointer == null) {
            throw malformed(file, "cannot read its " + section.name() + " section");
        }
        ElfData data = new ElfData(pointer);
        if (data.d_size != section.size() || data.d_buf == null) {
            throw ElfException.of(file.path(), Kind.MALFORMED, "is a malformed ELF file: its " + section.name()
                    + " section is truncated (" + data.d_size + " of " + section.size() + " bytes)");
        }
        return data.d_buf.getByteArray(0, (int) data.d_size);
    }

    private static ElfException malformed(ElfFile file, String what) {
        return ElfException.of(file.path(), Kind.MALFORMED, "is a malformed ELF file: " + what + ": " + LibElf.lastError());
    }
}
