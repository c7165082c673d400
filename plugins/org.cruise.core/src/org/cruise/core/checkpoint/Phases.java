package org.cruise.core.checkpoint;

/**
 * Where a checkpoint's time goes, printed to stderr when CRUISE_TIMING is set in the
 * environment: for tuning on a real target without a profiler.
 */
final class Phases {
    private static final boolean ON = System.getenv("CRUISE_TIMING") != null;
    private static final StringBuilder LINE = new StringBuilder();
    private static long last;

    private Phases() {
    }

    static void start() {
        if (ON) {
            LINE.setLength(0);
            last = System.nanoTime();
        }
    }

    static void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            LINE.append(String.format(" %s %.1f ms;", phase, (now - last) / 1e6));
            last = now;
        }
    }

    /** A remark in the timing line, e.g. why a route was not taken. */
    static void note(String remark) {
        if (ON) {
            LINE.append(" [").append(remark).append("];");
        }
    }

    static void report() {
        if (ON) {
            System.err.println("cruise timing:" + LINE);
        }
    }
}
