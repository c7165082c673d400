package org.cruise.core.elf;

/** e_type. ET_DYN covers both shared libraries and position-independent executables. */
public enum ElfType {
    NONE(0),
    REL(1),
    EXEC(2),
    DYN(3),
    CORE(4),
    /** OS- or processor-specific, or unknown. */
    OTHER(-1);

    private final int value;

    ElfType(int value) {
        this.value = value;
    }

    /** The numeric e_type, -1 for {@link #OTHER}. */
    public int value() {
        return value;
    }

    static ElfType of(int eType) {
        for (ElfType type : values()) {
            if (type.value == eType) {
                return type;
            }
        }
        return OTHER;
    }
}
