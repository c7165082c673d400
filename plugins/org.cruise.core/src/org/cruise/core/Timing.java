package org.cruise.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an operation's time goes, printed to stderr when CRUISE_TIMING is set in the
 * environment: for tuning on a real target without a profiler. One instance per operation.
 * Marks only record the clock; the text is made in {@link #report()}, after the measured work
 * (formatting costs more than some of the phases measured).
 */
public final class Timing {
    private static final boolean ON = System.getenv("CRUISE_TIMING") != null;
    private final String name;
    private final List<String> phases = new ArrayList<>();
    private final List<Long> times = new ArrayList<>();
    private long last = System.nanoTime();

    public Timing(String name) {
        this.name = name;
    }

    public void mark(String phase) {
        if (ON) {
            long now = System.nanoTime();
            phases.add(phase);
            times.add(now - last);
            last = now;
        }
    }

    public void report() {
        if (ON) {
            StringBuilder line = new StringBuilder("cruise timing (").append(name).append("):");
            for (int i = 0; i < phases.size(); i++) {
                line.append(String.format(" %s %.2f ms;", phases.get(i), times.get(i) / 1e6));
            }
            System.err.println(line);
            phases.clear();
            times.clear();
        }
    }
}
