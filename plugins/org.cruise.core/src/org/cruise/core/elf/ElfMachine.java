package org.cruise.core.elf;

import java.util.Map;

/** e_machine values and the names users know them by. */
public final class ElfMachine {

    public static final int EM_386 = 3;
    public static final int EM_X86_64 = 62;
    public static final int EM_AARCH64 = 183;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(2, "SPARC"),
            Map.entry(EM_386, "i386"),
            Map.entry(8, "MIPS"),
            Map.entry(20, "PowerPC"),
            Map.entry(21, "PowerPC64"),
            Map.entry(22, "IBM S/390"),
            Map.entry(40, "ARM"),
            Map.entry(43, "SPARC V9"),
            Map.entry(50, "IA-64"),
            Map.entry(EM_X86_64, "x86-64"),
            Map.entry(EM_AARCH64, "AArch64"),
            Map.entry(243, "RISC-V"),
            Map.entry(247, "BPF"),
            Map.entry(258, "LoongArch"));

    private ElfMachine() {
    }

    /** "AArch64" for 183; "machine number N" for values without a well-known name. */
    public static String name(int machine) {
        String name = NAMES.get(machine);
        return name != null ? name : "machine number " + machine;
    }
}
