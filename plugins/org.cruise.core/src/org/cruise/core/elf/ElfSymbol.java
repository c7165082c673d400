package org.cruise.core.elf;

/**
 * One entry of a symbol table (.symtab or .dynsym), as read by {@link ElfSymbols}.
 *
 * @param index position in its table (relocations name symbols by this index)
 * @param name the name without any version suffix ("memcpy", not "memcpy@@GLIBC_2.14")
 * @param version the symbol version ("GLIBC_2.14"), or null for unversioned symbols
 * @param defaultVersion false for a non-default ("hidden", single '@') version kept only for old
 *        binaries; true otherwise, including unversioned symbols. New links bind to the default
 * @param value st_value: for a defined symbol of an executable or shared object, its link-time
 *        virtual address (add the module's load bias for the run-time address); for
 *        {@link SymbolType#TLS}, an offset in the TLS block
 * @param size st_size in bytes, 0 when unknown (assembly labels)
 * @param sectionIndex st_shndx with extended indices resolved: {@link #SHN_UNDEF} for a symbol
 *        this file imports, {@link #SHN_ABS}, {@link #SHN_COMMON}, or the defining section
 * @param sectionName the defining section's name (".text"), or null for the special indices
 * @param sourceFile for {@link SymbolBinding#LOCAL} symbols of a .symtab, the source file they come
 *        from (the name of the preceding STT_FILE symbol, as the compiler wrote it, e.g. "server.c");
 *        null for global symbols, for .dynsym and for linker-made locals
 */
public record ElfSymbol(int index, String name, String version, boolean defaultVersion, long value, long size,
        SymbolType type, SymbolBinding binding, SymbolVisibility visibility, int sectionIndex, String sectionName,
        String sourceFile) {

    public static final int SHN_UNDEF = 0;
    public static final int SHN_ABS = 0xfff1;
    public static final int SHN_COMMON = 0xfff2;

    /** Whether this file defines the symbol (rather than importing it from another module). */
    public boolean isDefined() {
        return sectionIndex != SHN_UNDEF;
    }

    /** A function this file defines: STT_FUNC or STT_GNU_IFUNC. */
    public boolean isFunction() {
        return isDefined() && (type == SymbolType.FUNC || type == SymbolType.GNU_IFUNC);
    }

    /** A variable this file defines: STT_OBJECT, STT_COMMON or STT_TLS. */
    public boolean isData() {
        return isDefined() && (type == SymbolType.OBJECT || type == SymbolType.COMMON || type == SymbolType.TLS);
    }

    /** A C static (file-scope) symbol. */
    public boolean isLocal() {
        return binding == SymbolBinding.LOCAL;
    }

    /** Address just past the symbol (value + size). */
    public long end() {
        return value + size;
    }

    /** Whether the link-time address lies inside [value, value + size). */
    public boolean contains(long address) {
        return Long.compareUnsigned(address, value) >= 0 && Long.compareUnsigned(address - value, size) < 0;
    }

    /**
     * The name as binutils prints it: "memcpy@@GLIBC_2.14" for a default version,
     * "memcpy@GLIBC_2.2.5" for a hidden one and for an import of a version, or just "main".
     */
    public String versionedName() {
        return version == null ? name : name + (defaultVersion && isDefined() ? "@@" : "@") + version;
    }

    @Override
    public String toString() {
        return versionedName() + " " + type + " " + binding + " 0x" + Long.toHexString(value) + "+" + size
                + (sourceFile != null ? " (" + sourceFile + ")" : "");
    }
}
