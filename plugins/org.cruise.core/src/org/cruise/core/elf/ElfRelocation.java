package org.cruise.core.elf;

/**
 * One RELA relocation of a linked file (.rela.dyn, .rela.plt), as read by {@link ElfRelocations}.
 *
 * @param offset r_offset: the link-time address of the word the loader fills in
 * @param type the relocation type (x86-64: {@link #R_X86_64_RELATIVE}, {@link #R_X86_64_JUMP_SLOT}, ...)
 * @param symbol the symbol it binds to (from the table the section links to), or null for none
 *        (RELATIVE relocations, whose value is the load base plus {@link #addend()})
 * @param addend r_addend
 */
public record ElfRelocation(long offset, int type, ElfSymbol symbol, long addend) {

    public static final int R_X86_64_64 = 1;
    public static final int R_X86_64_COPY = 5;
    public static final int R_X86_64_GLOB_DAT = 6;
    public static final int R_X86_64_JUMP_SLOT = 7;
    public static final int R_X86_64_RELATIVE = 8;
    public static final int R_X86_64_IRELATIVE = 37;

    /** The bound symbol's name, or null. */
    public String symbolName() {
        return symbol == null || symbol.name().isEmpty() ? null : symbol.name();
    }
}
