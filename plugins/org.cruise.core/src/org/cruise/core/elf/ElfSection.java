package org.cruise.core.elf;

/**
 * One section header, as read by {@link ElfSections}.
 *
 * @param index the section's index (what st_shndx of a symbol names)
 * @param name its name from the section header string table, e.g. ".rodata"
 * @param type sh_type (SHT_PROGBITS = 1, SHT_NOBITS = 8, ...)
 * @param flags sh_flags ({@link #SHF_WRITE}, {@link #SHF_ALLOC}, {@link #SHF_EXECINSTR}, ...)
 * @param address sh_addr: the link-time address of an allocated section
 * @param offset sh_offset in the file
 * @param size sh_size in bytes (in memory; a SHT_NOBITS section occupies nothing in the file)
 * @param link sh_link (e.g. the symbol table a relocation section refers to)
 * @param info sh_info (e.g. the section a relocation section applies to)
 * @param entrySize sh_entsize for tables of fixed-size entries, else 0
 */
public record ElfSection(int index, String name, int type, long flags, long address, long offset, long size, int link,
        int info, long entrySize) {

    public static final long SHF_WRITE = 0x1;
    public static final long SHF_ALLOC = 0x2;
    public static final long SHF_EXECINSTR = 0x4;
    public static final long SHF_STRINGS = 0x20;
    public static final long SHF_TLS = 0x400;

    public static final int SHT_NOBITS = 8;

    /** Occupies memory when the program runs. */
    public boolean isAllocated() {
        return (flags & SHF_ALLOC) != 0;
    }

    public boolean isWritable() {
        return (flags & SHF_WRITE) != 0;
    }

    public boolean isExecutable() {
        return (flags & SHF_EXECINSTR) != 0;
    }

    /** Thread-local data or bss: its symbols' values are TLS offsets, not addresses. */
    public boolean isThreadLocal() {
        return (flags & SHF_TLS) != 0;
    }

    /** Has no bytes in the file (.bss). */
    public boolean isNoBits() {
        return type == SHT_NOBITS;
    }

    /** Whether the link-time address lies inside this allocated section. */
    public boolean contains(long addr) {
        return isAllocated() && Long.compareUnsigned(addr, address) >= 0
                && Long.compareUnsigned(addr - address, size) < 0;
    }

    /** Just past the section's last byte (link-time address). */
    public long end() {
        return address + size;
    }

    @Override
    public String toString() {
        return "[" + index + "] " + name + " 0x" + Long.toHexString(address) + "+" + size;
    }
}
