package org.cruise.core.elf;

/** A symbol's type (ELF64_ST_TYPE of st_info). */
public enum SymbolType {
    NOTYPE(0),
    OBJECT(1),
    FUNC(2),
    SECTION(3),
    FILE(4),
    COMMON(5),
    /** Thread-local data: st_value is an offset in the module's TLS block, not an address. */
    TLS(6),
    /** GNU indirect function: st_value is the resolver that picks the implementation at load time. */
    GNU_IFUNC(10),
    /** OS- or processor-specific, or unknown. */
    OTHER(-1);

    private final int value;

    SymbolType(int value) {
        this.value = value;
    }

    /** The numeric STT_* value, -1 for {@link #OTHER}. */
    public int value() {
        return value;
    }

    static SymbolType of(int stt) {
        for (SymbolType type : values()) {
            if (type.value == stt) {
                return type;
            }
        }
        return OTHER;
    }
}
