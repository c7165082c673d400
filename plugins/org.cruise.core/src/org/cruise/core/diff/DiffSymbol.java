package org.cruise.core.diff;

/**
 * A function or data object of one of the two programs compared by {@link ProgramDiffer}.
 *
 * @param name the symbol's name as in .symtab, e.g. "parse_request", "parse.constprop.0", "counter.1"
 * @param scope the source file of a local (static) symbol as its STT_FILE symbol names it
 *        ("server.c"), "" for a global symbol
 * @param address the link-time address (add the load bias of a PIE for the run-time address);
 *        for thread-local objects the offset in the program's TLS block
 * @param size st_size in bytes
 * @param function a function (STT_FUNC/STT_GNU_IFUNC) rather than a data object
 * @param threadLocal a thread-local object (STT_TLS)
 * @param section the name of the defining section, e.g. ".text", ".bss"
 */
public record DiffSymbol(String name, String scope, long address, long size, boolean function, boolean threadLocal,
        String section) {

    /** Whether [address, address + size) contains addr (a zero-size symbol contains only its own address). */
    public boolean contains(long addr) {
        return size == 0 ? addr == address
                : Long.compareUnsigned(addr, address) >= 0 && Long.compareUnsigned(addr - address, size) < 0;
    }

    /** "name" for a global, "name (file.c)" for a local symbol. */
    public String displayName() {
        return scope.isEmpty() ? name : name + " (" + scope + ")";
    }

    @Override
    public String toString() {
        return displayName() + " 0x" + Long.toHexString(address) + "+" + size;
    }
}
