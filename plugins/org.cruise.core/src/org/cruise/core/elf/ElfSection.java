package org.cruise.core.elf;

/** One section header (Elf64_Shdr) with its name resolved. */
public record ElfSection(int index, String name, int type, long flags, long address, long offset, long size,
        int link, int info, long entrySize) {

    public static final int SHT_PROGBITS = 1;
    public static final int SHT_RELA = 4;
    public static final int SHT_NOBITS = 8;
    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;

    /** Occupies memory in the loaded image. */
    public boolean allocated() {
        return (flags & SHF_ALLOC) != 0;
    }

    public boolean writable() {
        return (flags & SHF_WRITE) != 0;
    }

    public boolean executable() {
        return (flags & SHF_EXECINSTR) != 0;
    }

    /** Whether the link-time address lies inside this allocated section. */
    public boolean contains(long vaddr) {
        return allocated() && Long.compareUnsigned(vaddr - address, size) < 0;
    }

    public long end() {
        return address + size;
    }
}
