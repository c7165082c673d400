package org.cruise.core.config;

import java.util.regex.Pattern;

/**
 * The function names users may list: a C identifier, optionally with the suffixes GCC gives to
 * clones it makes of a function (foo.constprop.0, foo.isra.0, foo.part.0, foo.cold, and chains
 * such as foo.isra.0.cold), or LIB:FUNC for a function of a shared library (libc.so.6:malloc).
 */
public final class FunctionNames {

    /** What a valid name looks like, for messages. */
    public static final String EXPECTED = "a C identifier, optionally with a compiler clone suffix"
            + " (foo, foo.constprop.0, foo.isra.0, foo.part.0, foo.cold), or LIB:FUNC (libc.so.6:malloc)";

    private static final String IDENTIFIER = "[A-Za-z_][A-Za-z0-9_]*";
    private static final String CLONE_SUFFIX = "(?:\\.(?:constprop|isra|part|lto_priv|clone|specialize)\\.[0-9]+"
            + "|\\.(?:cold|localalias)(?:\\.[0-9]+)?)";
    private static final String FUNCTION = IDENTIFIER + CLONE_SUFFIX + "*";
    private static final String LIBRARY = "[A-Za-z0-9_][A-Za-z0-9_.+-]*";
    private static final Pattern NAME = Pattern.compile("(?:" + LIBRARY + ":)?" + FUNCTION);

    private FunctionNames() {
    }

    public static boolean isValid(String name) {
        return NAME.matcher(name).matches();
    }
}
