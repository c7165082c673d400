package org.cruise.core.trigger;

/**
 * A function whose returns fire checkpoints, resolved to its run-time entry address in the target.
 *
 * @param name the name the user gave ("handle_request", "libfoo.so:bar")
 * @param symbol the symbol it resolved to (may be a compiler clone such as "f.constprop.0")
 * @param entry run-time address of the first instruction
 */
public record WatchedFunction(String name, String symbol, long entry) {
}
