package org.cruise.core.elf;

/** A symbol's binding (ELF64_ST_BIND of st_info). */
public enum SymbolBinding {
    /** Visible in its own object file only: a C static function or variable. */
    LOCAL(0),
    GLOBAL(1),
    WEAK(2),
    /** GNU extension: one definition per process even across libraries (C++ inline statics). */
    GNU_UNIQUE(10),
    /** OS- or processor-specific, or unknown. */
    OTHER(-1);

    private final int value;

    SymbolBinding(int value) {
        this.value = value;
    }

    /** The numeric STB_* value, -1 for {@link #OTHER}. */
    public int value() {
        return value;
    }

    static SymbolBinding of(int stb) {
        for (SymbolBinding binding : values()) {
            if (binding.value == stb) {
                return binding;
            }
        }
        return OTHER;
    }
}
