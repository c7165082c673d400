package org.cruise.core.elf;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.ptr.LongByReference;

/**
 * The one place where elfutils' libelf is bound (JNA direct mapping). Constants and struct layouts
 * are those of elfutils' libelf.h/gelf.h on Linux x86-64, where size_t and the GElf_* types are
 * 64 bits wide. Add further functions here (symbols, notes, sections) rather than binding libelf
 * elsewhere: {@link ElfFile} owns the Elf* handles.
 */
final class LibElf {

    /** Debian package libelf1 ships it; loading by soname works without the -dev symlink. */
    static final String SONAME = "libelf.so.1";

    static final int EV_NONE = 0;
    static final int EV_CURRENT = 1;

    /**
     * Elf_Cmd: read-only with pread(2), parts read as they are asked for. Not ELF_C_READ_MMAP: a
     * program being rebuilt while we read it would shrink under the mapping and SIGBUS the JVM.
     */
    static final int ELF_C_READ = 1;

    /** Elf_Kind. */
    static final int ELF_K_NONE = 0;
    static final int ELF_K_AR = 1;
    static final int ELF_K_ELF = 3;

    /** Elf_Type (translation type for raw chunks). */
    static final int ELF_T_BYTE = 0;
    static final int ELF_T_DYN = 2;

    private static final Throwable LOAD_FAILURE;

    static {
        Throwable failure = null;
        try {
            Native.register(LibElf.class, NativeLibrary.getInstance(SONAME));
            // libelf refuses every other call until the application has agreed on a version.
            if (elf_version(EV_CURRENT) == EV_NONE) {
                failure = new IllegalStateException("libelf does not support ELF version " + EV_CURRENT);
            }
        } catch (UnsatisfiedLinkError | IllegalStateException e) {
            failure = e;
        }
        LOAD_FAILURE = failure;
    }

    private LibElf() {
    }

    /** Fails with a message that says how to fix the installation if libelf could not be bound. */
    static void ensureLoaded() throws ElfException {
        if (LOAD_FAILURE != null) {
            throw ElfException.libraryMissing(SONAME + " could not be loaded (install the Debian package libelf1): "
                    + LOAD_FAILURE.getMessage(), LOAD_FAILURE);
        }
    }

    /** The text of libelf's most recent error in this thread, for messages. */
    static String lastError() {
        String message = elf_errmsg(elf_errno());
        return message == null ? "unknown libelf error" : message;
    }

    static native int elf_version(int version);

    static native Pointer elf_begin(int fd, int cmd, Pointer ref);

    static native int elf_end(Pointer elf);

    static native int elf_kind(Pointer elf);

    static native int gelf_getclass(Pointer elf);

    static native Pointer gelf_getehdr(Pointer elf, GElfEhdr dst);

    static native int elf_getphdrnum(Pointer elf, LongByReference dst);

    static native Pointer gelf_getphdr(Pointer elf, int ndx, GElfPhdr dst);

    static native Pointer elf_getdata_rawchunk(Pointer elf, long offset, long size, int type);

    static native Pointer gelf_getdyn(Pointer data, int ndx, GElfDyn dst);

    static native int elf_errno();

    /** Returns a string owned by libelf (static or thread-local): JNA copies it. */
    static native String elf_errmsg(int error);

    // ---- writing (snapshot core files) ----
    // Used by CoreFileHeader to lay out and write the ELF header and program header table of a
    // core file; the (large) payload behind them is streamed by its caller, never through libelf.

    /** Elf_Cmd: build the file from nothing and write it with pwrite(2) on elf_update. */
    static final int ELF_C_WRITE = 3;
    /** Elf_Cmd for elf_flagelf: set the given flags. */
    static final int ELF_C_SET = 5;
    /** The application, not libelf, decides where everything goes (e_phoff, segment offsets). */
    static final int ELF_F_LAYOUT = 0x4;
    static final int ELFCLASS64 = 2;
    /** Elf_Type values for elf64_fsize. */
    static final int ELF_T_EHDR = 3;
    static final int ELF_T_PHDR = 6;

    static native Pointer gelf_newehdr(Pointer elf, int elfClass);

    static native Pointer gelf_newphdr(Pointer elf, long phnum);

    /** Non-zero on success. */
    static native int gelf_update_ehdr(Pointer elf, GElfEhdr src);

    /** Non-zero on success. */
    static native int gelf_update_phdr(Pointer elf, int ndx, GElfPhdr src);

    static native int elf_flagelf(Pointer elf, int cmd, int flags);

    /** The file's size after the update, -1 on failure. */
    static native long elf_update(Pointer elf, int cmd);

    /** Size in the file of count items of an Elf_Type in the 64-bit class; 0 for an unknown type. */
    static native long elf64_fsize(int type, long count, int version);

    // ---- end of writing ----

    // ---- reading symbols and notes ----
    // Used by ElfSymbols (.symtab/.dynsym with their version sections) and ElfNotes (build-id).
    // Everything is read through libelf's GElf accessors, which convert the file's layout and byte
    // order; no ELF structure is decoded by hand.

    /** Section types (sh_type) we look for. */
    static final int SHT_SYMTAB = 2;
    static final int SHT_NOTE = 7;
    static final int SHT_DYNSYM = 11;
    static final int SHT_SYMTAB_SHNDX = 18;
    static final int SHT_GNU_VERDEF = 0x6ffffffd;
    static final int SHT_GNU_VERNEED = 0x6ffffffe;
    static final int SHT_GNU_VERSYM = 0x6fffffff;

    /** Elf_Type of note data: 4-byte aligned notes, and the 8-byte aligned ones of .note.gnu.property. */
    static final int ELF_T_NHDR = 19;
    static final int ELF_T_NHDR8 = 26;

    /** Section index meaning "the real index is in the SHT_SYMTAB_SHNDX section". */
    static final int SHN_XINDEX = 0xffff;

    static native Pointer elf_nextscn(Pointer elf, Pointer scn);

    static native long elf_ndxscn(Pointer scn);

    static native Pointer gelf_getshdr(Pointer scn, GElfShdr dst);

    /** 0 on success. */
    static native int elf_getshdrstrndx(Pointer elf, LongByReference dst);

    /** The section's data converted to memory representation (first chunk when data is null). */
    static native Pointer elf_getdata(Pointer scn, Pointer data);

    /** A string of the string table in section index, owned by libelf: JNA copies it. */
    static native String elf_strptr(Pointer elf, long index, long offset);

    /**
     * GElf_Sym (= Elf64_Sym in memory) as offsets into a caller-owned buffer rather than a JNA
     * Structure: symbol tables have up to hundreds of thousands of entries, and a Structure's
     * reflective copy per entry would cost more than libelf's own work.
     */
    static final int GELF_SYM_SIZE = 24;
    static final int ST_NAME = 0;
    static final int ST_INFO = 4;
    static final int ST_OTHER = 5;
    static final int ST_SHNDX = 6;
    static final int ST_VALUE = 8;
    static final int ST_SIZE = 16;

    /** Fills sym (GELF_SYM_SIZE bytes) and, for SHN_XINDEX symbols, *xshndx (an Elf32_Word). */
    static native Pointer gelf_getsymshndx(Pointer symdata, Pointer shndxdata, int ndx, Pointer sym, Pointer xshndx);

    /** Fills *dst, a GElf_Versym (16 bits). */
    static native Pointer gelf_getversym(Pointer data, int ndx, Pointer dst);

    static native Pointer gelf_getverdef(Pointer data, int offset, GElfVerdef dst);

    static native Pointer gelf_getverdaux(Pointer data, int offset, GElfVerdaux dst);

    static native Pointer gelf_getverneed(Pointer data, int offset, GElfVerneed dst);

    static native Pointer gelf_getvernaux(Pointer data, int offset, GElfVernaux dst);

    /** The offset of the next note, 0 at the end or on a malformed note. */
    static native long gelf_getnote(Pointer data, long offset, GElfNhdr result, LongByReference nameOffset,
            LongByReference descOffset);

    /** GElf_Shdr (= Elf64_Shdr). */
    @FieldOrder({ "sh_name", "sh_type", "sh_flags", "sh_addr", "sh_offset", "sh_size", "sh_link", "sh_info",
            "sh_addralign", "sh_entsize" })
    public static final class GElfShdr extends Structure {
        public int sh_name;
        public int sh_type;
        public long sh_flags;
        public long sh_addr;
        public long sh_offset;
        public long sh_size;
        public int sh_link;
        public int sh_info;
        public long sh_addralign;
        public long sh_entsize;
    }

    /** GElf_Verdef (= Elf64_Verdef): one version a shared object defines. */
    @FieldOrder({ "vd_version", "vd_flags", "vd_ndx", "vd_cnt", "vd_hash", "vd_aux", "vd_next" })
    public static final class GElfVerdef extends Structure {
        public short vd_version;
        public short vd_flags;
        public short vd_ndx;
        public short vd_cnt;
        public int vd_hash;
        public int vd_aux;
        public int vd_next;
    }

    /** GElf_Verdaux (= Elf64_Verdaux): the name of a defined version (the first aux entry). */
    @FieldOrder({ "vda_name", "vda_next" })
    public static final class GElfVerdaux extends Structure {
        public int vda_name;
        public int vda_next;
    }

    /** GElf_Verneed (= Elf64_Verneed): the versions needed from one shared object. */
    @FieldOrder({ "vn_version", "vn_cnt", "vn_file", "vn_aux", "vn_next" })
    public static final class GElfVerneed extends Structure {
        public short vn_version;
        public short vn_cnt;
        public int vn_file;
        public int vn_aux;
        public int vn_next;
    }

    /** GElf_Vernaux (= Elf64_Vernaux): one needed version. */
    @FieldOrder({ "vna_hash", "vna_flags", "vna_other", "vna_name", "vna_next" })
    public static final class GElfVernaux extends Structure {
        public int vna_hash;
        public short vna_flags;
        public short vna_other;
        public int vna_name;
        public int vna_next;
    }

    /** GElf_Nhdr (= Elf64_Nhdr, which has 32-bit fields like Elf32_Nhdr). */
    @FieldOrder({ "n_namesz", "n_descsz", "n_type" })
    public static final class GElfNhdr extends Structure {
        public int n_namesz;
        public int n_descsz;
        public int n_type;
    }

    // ---- reading sections and relocations ----
    // Used by ElfSections and ElfRelocations (cruise diff compares code and read-only data).

    static final int SHT_PROGBITS = 1;
    static final int SHT_RELA = 4;
    static final int SHT_NOBITS = 8;

    /** GElf_Rela (= Elf64_Rela) as offsets into a caller-owned buffer, like GElf_Sym. */
    static final int GELF_RELA_SIZE = 24;
    static final int R_OFFSET = 0;
    static final int R_INFO = 8;
    static final int R_ADDEND = 16;

    static native Pointer gelf_getrela(Pointer data, int ndx, Pointer dst);

    static native Pointer elf_getscn(Pointer elf, long index);

    /** The section's bytes as in the file, untranslated. */
    static native Pointer elf_rawdata(Pointer scn, Pointer data);

    // ---- end of reading sections and relocations ----

    // ---- end of reading symbols and notes ----

    // JNA instantiates and reflects on these, so they and their fields must be public.

    /** GElf_Ehdr (= Elf64_Ehdr), filled in by gelf_getehdr for both classes. */
    @FieldOrder({ "e_ident", "e_type", "e_machine", "e_version", "e_entry", "e_phoff", "e_shoff", "e_flags",
            "e_ehsize", "e_phentsize", "e_phnum", "e_shentsize", "e_shnum", "e_shstrndx" })
    public static final class GElfEhdr extends Structure {
        public byte[] e_ident = new byte[16];
        public short e_type;
        public short e_machine;
        public int e_version;
        public long e_entry;
        public long e_phoff;
        public long e_shoff;
        public int e_flags;
        public short e_ehsize;
        public short e_phentsize;
        public short e_phnum;
        public short e_shentsize;
        public short e_shnum;
        public short e_shstrndx;
    }

    /** GElf_Phdr (= Elf64_Phdr). */
    @FieldOrder({ "p_type", "p_flags", "p_offset", "p_vaddr", "p_paddr", "p_filesz", "p_memsz", "p_align" })
    public static final class GElfPhdr extends Structure {
        public int p_type;
        public int p_flags;
        public long p_offset;
        public long p_vaddr;
        public long p_paddr;
        public long p_filesz;
        public long p_memsz;
        public long p_align;
    }

    /** GElf_Dyn (= Elf64_Dyn). */
    @FieldOrder({ "d_tag", "d_val" })
    public static final class GElfDyn extends Structure {
        public long d_tag;
        public long d_val;
    }

    /** Elf_Data, read through a pointer that libelf owns until elf_end. */
    @FieldOrder({ "d_buf", "d_type", "d_version", "d_size", "d_off", "d_align" })
    public static final class ElfData extends Structure {
        public Pointer d_buf;
        public int d_type;
        public int d_version;
        public long d_size;
        public long d_off;
        public long d_align;

        public ElfData(Pointer pointer) {
            super(pointer);
            read();
        }
    }
}
