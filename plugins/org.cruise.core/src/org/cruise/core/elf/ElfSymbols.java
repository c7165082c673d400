package org.cruise.core.elf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.elf.ElfException.Kind;
import org.cruise.core.elf.LibElf.GElfShdr;
import org.cruise.core.elf.LibElf.GElfVerdaux;
import org.cruise.core.elf.LibElf.GElfVerdef;
import org.cruise.core.elf.LibElf.GElfVernaux;
import org.cruise.core.elf.LibElf.GElfVerneed;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.LongByReference;

/**
 * Reads symbol tables through libelf: the full .symtab when the file has one, else the .dynsym a
 * stripped file keeps. Local symbols of a .symtab get the source file they came from (the linker
 * groups each object's locals behind an STT_FILE symbol naming its source), which is what tells two
 * C statics of the same name apart. Symbol versions come from .gnu.version/.gnu.version_d/
 * .gnu.version_r for .dynsym, and from the "name@VER"/"name@@VER" spelling binutils uses in
 * .symtab.
 */
public final class ElfSymbols {

    /** Section indices from SHN_LORESERVE up are special values, not sections. */
    private static final int SHN_LORESERVE = 0xff00;
    /** Bit of a .gnu.version entry marking a non-default ("hidden") version. */
    private static final int VERSYM_HIDDEN = 0x8000;
    /** .gnu.version entries 0 and 1 mean "local" and "global, unversioned". */
    private static final int VER_NDX_GLOBAL = 1;

    private record Section(int index, Pointer scn, int type, int link, long size, long entrySize, String name) {
    }

    private ElfSymbols() {
    }

    /** The file's .symtab if it has one, else its .dynsym, else an empty table of source NONE. */
    public static SymbolTable read(ElfFile file) throws ElfException {
        List<Section> sections = sections(file);
        if (find(sections, LibElf.SHT_SYMTAB) != null) {
            return read(file, sections, SymbolTable.Source.SYMTAB);
        }
        return read(file, sections, SymbolTable.Source.DYNSYM);
    }

    /**
     * One particular table: {@link SymbolTable.Source#DYNSYM} is what the dynamic loader binds
     * against (relocations index it) even when a .symtab exists. Empty if the file lacks it.
     */
    public static SymbolTable read(ElfFile file, SymbolTable.Source which) throws ElfException {
        if (which == SymbolTable.Source.NONE) {
            return SymbolTable.empty();
        }
        return read(file, sections(file), which);
    }

    private static SymbolTable read(ElfFile file, List<Section> sections, SymbolTable.Source which)
            throws ElfException {
        Section table = find(sections, which == SymbolTable.Source.SYMTAB ? LibElf.SHT_SYMTAB : LibElf.SHT_DYNSYM);
        if (table == null) {
            return SymbolTable.empty();
        }
        Pointer elf = file.handle();
        Pointer data = LibElf.elf_getdata(table.scn(), null);
        if (data == null) {
            throw malformed(file, "cannot read its " + table.name() + " section");
        }
        Pointer shndxData = null;
        Pointer versymData = null;
        for (Section section : sections) {
            if (section.link() != table.index()) {
                continue;
            }
            if (section.type() == LibElf.SHT_SYMTAB_SHNDX) {
                shndxData = LibElf.elf_getdata(section.scn(), null);
            } else if (section.type() == LibElf.SHT_GNU_VERSYM) {
                versymData = LibElf.elf_getdata(section.scn(), null);
            }
        }
        Map<Integer, String> versionNames = versymData == null ? Map.of() : versionNames(file, sections);
        String[] sectionNames = new String[sections.size() + 1];
        for (Section section : sections) {
            if (section.index() < sectionNames.length) {
                sectionNames[section.index()] = section.name();
            }
        }

        // A table's size is a multiple of its entry size; a zero entry size only comes from broken
        // files, and then the table is read until libelf reports the end.
        long count = table.entrySize() > 0 ? table.size() / table.entrySize() : Integer.MAX_VALUE;
        List<ElfSymbol> symbols = new ArrayList<>((int) Math.min(count, 1 << 16));
        Memory sym = new Memory(LibElf.GELF_SYM_SIZE);
        Memory extendedIndex = new Memory(4);
        Memory versym = new Memory(2);
        String currentFile = null;
        for (int i = 1; i < count; i++) {
            if (LibElf.gelf_getsymshndx(data, shndxData, i, sym, extendedIndex) == null) {
                if (table.entrySize() == 0) {
                    break;
                }
                throw malformed(file, "cannot read symbol " + i + " of " + table.name());
            }
            String rawName = LibElf.elf_strptr(elf, table.link(), Integer.toUnsignedLong(sym.getInt(LibElf.ST_NAME)));
            String name = rawName == null ? "" : rawName;
            int info = Byte.toUnsignedInt(sym.getByte(LibElf.ST_INFO));
            SymbolType type = SymbolType.of(info & 0xf);
            SymbolBinding binding = SymbolBinding.of(info >>> 4);
            int shndx = Short.toUnsignedInt(sym.getShort(LibElf.ST_SHNDX));
            boolean special = shndx >= SHN_LORESERVE;
            if (shndx == LibElf.SHN_XINDEX) {
                shndx = extendedIndex.getInt(0);
                special = false;
            }
            String sectionName = shndx != ElfSymbol.SHN_UNDEF && !special && shndx < sectionNames.length
                    ? sectionNames[shndx]
                    : null;

            String version = null;
            boolean defaultVersion = true;
            if (versymData != null) {
                if (LibElf.gelf_getversym(versymData, i, versym) != null) {
                    int entry = Short.toUnsignedInt(versym.getShort(0));
                    int versionIndex = entry & ~VERSYM_HIDDEN;
                    String versionName = versionIndex > VER_NDX_GLOBAL ? versionNames.get(versionIndex) : null;
                    // The absolute symbol that marks a version definition (GLIBC_2.14 in version
                    // GLIBC_2.14) is the version itself, not a symbol of that version.
                    if (versionName != null && !(shndx == ElfSymbol.SHN_ABS && versionName.equals(name))) {
                        version = versionName;
                        defaultVersion = (entry & VERSYM_HIDDEN) == 0;
                    }
                }
            } else {
                int at = name.indexOf('@');
                if (at > 0) {
                    boolean twice = name.startsWith("@@", at);
                    version = name.substring(at + (twice ? 2 : 1));
                    // For an import, a single '@' only names the version required, it hides nothing.
                    defaultVersion = twice || shndx == ElfSymbol.SHN_UNDEF;
                    name = name.substring(0, at);
                }
            }

            String sourceFile = null;
            if (type == SymbolType.FILE) {
                // The linker closes the last object's locals with an empty STT_FILE: what follows
                // (_DYNAMIC, _GLOBAL_OFFSET_TABLE_, ...) belongs to no source file.
                currentFile = name.isEmpty() ? null : name;
            } else if (binding == SymbolBinding.LOCAL) {
                sourceFile = currentFile;
            }
            symbols.add(new ElfSymbol(i, name, version, defaultVersion, sym.getLong(LibElf.ST_VALUE),
                    sym.getLong(LibElf.ST_SIZE), type, binding, SymbolVisibility.of(sym.getByte(LibElf.ST_OTHER)), shndx,
                    sectionName, sourceFile));
        }
        return new SymbolTable(which, symbols);
    }

    /**
     * Version index to name, from the definitions (.gnu.version_d, what this file provides) and
     * the requirements (.gnu.version_r, what it needs from its libraries); the two share one index
     * space. The walks are bounded by the section size so a corrupt vd_next cannot loop forever.
     */
    private static Map<Integer, String> versionNames(ElfFile file, List<Section> sections) throws ElfException {
        Pointer elf = file.handle();
        Map<Integer, String> names = new HashMap<>();
        for (Section section : sections) {
            if (section.type() == LibElf.SHT_GNU_VERDEF) {
                Pointer data = LibElf.elf_getdata(section.scn(), null);
                if (data == null) {
                    throw malformed(file, "cannot read its " + section.name() + " section");
                }
                GElfVerdef def = new GElfVerdef();
                GElfVerdaux aux = new GElfVerdaux();
                int offset = 0;
                for (long guard = 0; guard < section.size(); guard++) {
                    if (LibElf.gelf_getverdef(data, offset, def) == null) {
                        break;
                    }
                    // The first auxiliary entry names the version; further ones name its parents.
                    if (def.vd_cnt != 0 && LibElf.gelf_getverdaux(data, offset + def.vd_aux, aux) != null) {
                        String name = LibElf.elf_strptr(elf, section.link(), Integer.toUnsignedLong(aux.vda_name));
                        if (name != null) {
                            names.put(Short.toUnsignedInt(def.vd_ndx), name);
                        }
                    }
                    if (def.vd_next == 0) {
                        break;
                    }
                    offset += def.vd_next;
                }
            } else if (section.type() == LibElf.SHT_GNU_VERNEED) {
                Pointer data = LibElf.elf_getdata(section.scn(), null);
                if (data == null) {
                    throw malformed(file, "cannot read its " + section.name() + " section");
                }
                GElfVerneed need = new GElfVerneed();
                GElfVernaux aux = new GElfVernaux();
                int offset = 0;
                for (long guard = 0; guard < section.size(); guard++) {
                    if (LibElf.gelf_getverneed(data, offset, need) == null) {
                        break;
                    }
                    int auxOffset = offset + need.vn_aux;
                    for (int j = 0; j < Short.toUnsignedInt(need.vn_cnt); j++) {
                        if (LibElf.gelf_getvernaux(data, auxOffset, aux) == null) {
                            break;
                        }
                        String name = LibElf.elf_strptr(elf, section.link(), Integer.toUnsignedLong(aux.vna_name));
                        if (name != null) {
                            names.put(Short.toUnsignedInt(aux.vna_other) & ~VERSYM_HIDDEN, name);
                        }
                        if (aux.vna_next == 0) {
                            break;
                        }
                        auxOffset += aux.vna_next;
                    }
                    if (need.vn_next == 0) {
                        break;
                    }
                    offset += need.vn_next;
                }
            }
        }
        return names;
    }

    /** Every section with its header, in file order (index 0, the null section, is skipped by libelf). */
    private static List<Section> sections(ElfFile file) throws ElfException {
        Pointer elf = file.handle();
        LongByReference stringSection = new LongByReference();
        boolean named = LibElf.elf_getshdrstrndx(elf, stringSection) == 0;
        List<Section> sections = new ArrayList<>();
        GElfShdr shdr = new GElfShdr();
        shdr.setAutoWrite(false);
        for (Pointer scn = LibElf.elf_nextscn(elf, null); scn != null; scn = LibElf.elf_nextscn(elf, scn)) {
            if (LibElf.gelf_getshdr(scn, shdr) == null) {
                throw malformed(file, "cannot read a section header");
            }
            String name = named ? LibElf.elf_strptr(elf, stringSection.getValue(), Integer.toUnsignedLong(shdr.sh_name))
                    : null;
            sections.add(new Section((int) LibElf.elf_ndxscn(scn), scn, shdr.sh_type, shdr.sh_link, shdr.sh_size,
                    shdr.sh_entsize, name == null ? "section " + LibElf.elf_ndxscn(scn) : name));
        }
        return sections;
    }

    private static Section find(List<Section> sections, int type) {
        for (Section section : sections) {
            if (section.type() == type) {
                return section;
            }
        }
        return null;
    }

    private static ElfException malformed(ElfFile file, String what) {
        return ElfException.of(file.path(), Kind.MALFORMED, "is a malformed ELF file: " + what + ": " + LibElf.lastError());
    }
}
