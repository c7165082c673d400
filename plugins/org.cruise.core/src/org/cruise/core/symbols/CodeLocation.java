package org.cruise.core.symbols;

/**
 * A run-time code address described symbolically.
 *
 * @param address the address
 * @param module path of the mapped file containing it, null if no file mapping does (JIT code,
 *        the vDSO, an unmapped address)
 * @param function the function symbol containing it, null if none does
 * @param offset address minus the function's run-time start; 0 without a function
 */
public record CodeLocation(long address, String module, String function, long offset) {

    /** gdb's spelling: "read+18", "0x7f12... in libfoo.so", or the bare hex address. */
    @Override
    public String toString() {
        if (function != null) {
            return offset == 0 ? function : function + "+" + offset;
        }
        String hex = "0x" + Long.toHexString(address);
        return module == null ? hex : hex + " in " + module.substring(module.lastIndexOf('/') + 1);
    }
}
