package org.cruise.core.symbols;

import org.cruise.core.elf.ElfSymbol;

/**
 * One run-time entry point of a resolved function: the function itself or one of its entry
 * clones (see {@link CompilerClones}).
 *
 * @param symbol the symbol's name, e.g. "scale" or "scale.constprop.0"
 * @param address run-time address of its first instruction
 * @param size code size in bytes (0 if the symbol does not say)
 * @param sourceFile the source file of a static function, null for a global one
 * @param elfSymbol the symbol as read from the file (link-time value, binding, section)
 */
public record FunctionEntry(String symbol, long address, long size, String sourceFile, ElfSymbol elfSymbol) {

    @Override
    public String toString() {
        return symbol + " at 0x" + Long.toHexString(address) + (sourceFile != null ? " (" + sourceFile + ")" : "");
    }
}
