package org.cruise.core.elf;

/** EI_CLASS: the word size the file was built for. */
public enum ElfClass {
    ELF32(32),
    ELF64(64);

    private final int bits;

    ElfClass(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    static ElfClass of(int elfClass) {
        return switch (elfClass) {
            case 1 -> ELF32;
            case 2 -> ELF64;
            default -> null;
        };
    }
}
