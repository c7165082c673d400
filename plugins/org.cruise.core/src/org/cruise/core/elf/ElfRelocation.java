package org.cruise.core.elf;

/**
 * One Elf64_Rela entry of a dynamic relocation section, with the symbol it names resolved from
 * .dynsym (null for relocations without a symbol, such as R_X86_64_RELATIVE).
 */
public record ElfRelocation(String section, long offset, int type, int symbolIndex, ElfSymbol symbol, long addend) {

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
        default -> "type " + type;
        };
    }
}
