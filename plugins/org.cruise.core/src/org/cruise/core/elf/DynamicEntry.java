package org.cruise.core.elf;

/** One entry of the dynamic section (Elf64_Dyn): a tag and its value or address. */
public record DynamicEntry(long tag, long value) {

    public static final long DT_NULL = 0;
    public static final long DT_SONAME = 14;
    public static final long DT_FLAGS_1 = 0x6ffffffbL;

    /** DT_FLAGS_1 bit set by the linker on position-independent executables (binutils >= 2.26). */
    public static final long DF_1_PIE = 0x08000000L;
}
