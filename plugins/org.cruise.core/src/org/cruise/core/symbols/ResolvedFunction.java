package org.cruise.core.symbols;

import java.util.List;

/**
 * A function name as the user gave it ("handle_request", "libc:puts", "util.c:helper") and where
 * it runs in the process. Several entries when the compiler made specialised copies that callers
 * enter instead of the function itself: a return of any of them is a return of the function.
 *
 * @param name the name as given
 * @param module path of the module defining it
 * @param entries at least one; the plain symbol first when it exists, then clones by name
 */
public record ResolvedFunction(String name, String module, List<FunctionEntry> entries) {

    public ResolvedFunction {
        entries = List.copyOf(entries);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a resolved function has at least one entry");
        }
    }

    /** The first entry: the plain symbol when it exists. */
    public FunctionEntry primary() {
        return entries.get(0);
    }

    @Override
    public String toString() {
        return name + " -> " + entries + " in " + module;
    }
}
