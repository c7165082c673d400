package org.cruise.core.elf;

/** A symbol's visibility (ELF64_ST_VISIBILITY of st_other). */
public enum SymbolVisibility {
    DEFAULT,
    INTERNAL,
    /** Not exported from its module although global inside it. */
    HIDDEN,
    PROTECTED;

    static SymbolVisibility of(int stOther) {
        return values()[stOther & 0x3];
    }
}
