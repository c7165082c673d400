package org.cruise.core.symbols;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the suffixes GCC (and LLVM) append to a function's symbol when they copy or split it mean
 * for CRUISE, which stops processes at the return of a function and so needs to know which copies
 * are <em>entered by a call</em> and return to their caller.
 * <p>
 * Entry clones are whole copies of the function, each a complete implementation entered by
 * {@code call} and left by {@code ret}, just specialised:
 * <ul>
 * <li>{@code .constprop.N}: a constant argument propagated into the body (IPA-CP);</li>
 * <li>{@code .isra.N}: parameters removed or passed by value (IPA-SRA);</li>
 * <li>{@code .lto_priv.N}: a static renamed by link-time optimisation;</li>
 * <li>{@code .clone.N}, {@code .specialize.N}: other specialised copies;</li>
 * <li>{@code .localalias}: a second, local name for the very same code;</li>
 * <li>{@code .llvm.N}: LLVM's promotion of a static under ThinLTO.</li>
 * </ul>
 * Fragments are parts of a function, not the function:
 * <ul>
 * <li>{@code .part.N}: partial inlining put the function's head (typically an early-return test)
 * into every caller and only the rest into this symbol. It is called and returns like a function,
 * but calls that take the early return never reach it, so it does not stand for the function;</li>
 * <li>{@code .cold}: blocks the compiler expects to run rarely, moved out of line. They are
 * reached by a jump from inside the function and leave through its frame: they have no entry and
 * no return of their own.</li>
 * </ul>
 * A suffix chain (f.isra.0.part.0, f.constprop.0.cold) is an entry clone only if every link is.
 */
public final class CompilerClones {

    /** One recognised clone symbol split into the function it was made from and the suffix chain. */
    public record Clone(String base, String suffix, boolean entry, boolean cold) {

        /** A fragment: part of the function, not a complete copy of it. */
        public boolean fragment() {
            return !entry;
        }
    }

    private static final String ENTRY_LINK = "\\.(?:constprop|isra|lto_priv|clone|specialize|llvm)\\.[0-9]+"
            + "|\\.localalias(?:\\.[0-9]+)?";
    private static final String FRAGMENT_LINK = "\\.part\\.[0-9]+|\\.cold(?:\\.[0-9]+)?";
    private static final Pattern CLONE = Pattern.compile(
            "([A-Za-z_$][A-Za-z0-9_$]*)((?:" + ENTRY_LINK + "|" + FRAGMENT_LINK + ")+)");
    private static final Pattern FRAGMENT = Pattern.compile(FRAGMENT_LINK);
    private static final Pattern COLD = Pattern.compile("\\.cold(?:\\.[0-9]+)?");

    private CompilerClones() {
    }

    /** The clone a symbol name denotes, or empty for a plain name or an unknown suffix. */
    public static Optional<Clone> parse(String symbol) {
        Matcher m = CLONE.matcher(symbol);
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(2);
        boolean fragment = FRAGMENT.matcher(suffix).find();
        return Optional.of(new Clone(m.group(1), suffix, !fragment, COLD.matcher(suffix).find()));
    }

    /**
     * The name a user would give for this symbol: the base of an entry clone (resolving it finds
     * the clone), the symbol itself otherwise.
     */
    public static String userName(String symbol) {
        return parse(symbol).filter(Clone::entry).map(Clone::base).orElse(symbol);
    }
}
