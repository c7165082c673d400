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

    public static final int R_X86_64_NONE = 0;
    public static final int R_X86_64_64 = 1;
    public static final int R_X86_64_COPY = 5;
    public static final int R_X86_64_GLOB_DAT = 6;
    public static final int R_X86_64_JUMP_SLOT = 7;
    public static final int R_X86_64_RELATIVE = 8;
    public static final int R_X86_64_DTPMOD64 = 16;
    public static final int R_X86_64_DTPOFF64 = 17;
    public static final int R_X86_64_TPOFF64 = 18;
    public static final int R_X86_64_IRELATIVE = 37;

    /** The type as readelf names it, for messages. */
    public String typeName() {
        return switch (type) {
        case R_X86_64_NONE -> "R_X86_64_NONE";
        case R_X86_64_64 -> "R_X86_64_64";
        case R_X86_64_COPY -> "R_X86_64_COPY";
        case R_X86_64_GLOB_DAT -> "R_X86_64_GLOB_DAT";
        case R_X86_64_JUMP_SLOT -> "R_X86_64_JUMP_SLOT";
        case R_X86_64_RELATIVE -> "R_X86_64_RELATIVE";
        case R_X86_64_DTPMOD64 -> "R_X86_64_DTPMOD64";
        case R_X86_64_DTPOFF64 -> "R_X86_64_DTPOFF64";
        case R_X86_64_TPOFF64 -> "R_X86_64_TPOFF64";
        case R_X86_64_IRELATIVE -> "R_X86_64_IRELATIVE";
        default -> "relocation type " + type;
        };
    }

    /** The bound symbol's name, or null. */
    public String symbolName() {
        return symbol == null || symbol.name().isEmpty() ? null : symbol.name();
    }
}
