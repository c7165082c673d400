package org.cruise.core.checkpoint;

import org.cruise.core.Timing;

/**
 * The phases of the checkpoint in progress (CRUISE_TIMING; see {@link Timing}). Static because
 * the freeze routes and the write tracking mark phases of whichever checkpoint the tracer thread
 * is taking, without a timing object passed through every call; checkpoints are taken one at a time.
 */
final class Phases {
    private static final Timing TIMING = new Timing("checkpoint");

    private Phases() {
    }

    static void start() {
        TIMING.restart();
    }

    static void mark(String phase) {
        TIMING.mark(phase);
    }

    static void mark(String phase, long value, String unit) {
        TIMING.mark(phase, value, unit);
    }

    /** A remark in the timing line, e.g. why a route was not taken. */
    static void note(String remark) {
        TIMING.note(remark);
    }

    static void report() {
        TIMING.report();
    }
}
