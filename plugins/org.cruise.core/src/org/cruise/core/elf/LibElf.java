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
