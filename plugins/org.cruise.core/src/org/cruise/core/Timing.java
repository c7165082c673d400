package org.cruise.core;

/**
 * Where an operation's time goes, printed to stderr when CRUISE_TIMING is set in the
 * environment: for tuning on a real target without a profiler. One instance per operation.
 */
public final class Timing {
    private static final boolean ON = System.getenv("CRUISE_TIMING") != null;
    private final String name;
    private final StringBuilder line = new StringBuilder();
    private long last = System.nanoTime();

    public Timing(String name) {
        this.name = name;
    }

    public void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            line.append(String.format(" %s %.1f ms;", phase, (now - last) / 1e6));
            last = now;
        }
    }

    public void report() {
        if (ON) {
            System.err.println("cruise timing (" + name + "):" + line);
        }
    }
}
