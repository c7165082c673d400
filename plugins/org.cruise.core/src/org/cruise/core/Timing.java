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
    /** Per phase: a value to print after it (e.g. bytes), or NO_VALUE. */
    private final List<Long> values = new ArrayList<>();
    private final List<String> units = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long last = System.nanoTime();
    private static final long NO_VALUE = Long.MIN_VALUE;

    public Timing(String name) {
        this.name = name;
    }

    /** Whether CRUISE_TIMING is set: callers can skip work done only for the report. */
    public static boolean on() {
        return ON;
    }

    /** Starts measuring anew (a reused instance: one operation after the other). */
    public void restart() {
        if (ON) {
            clear();
            last = System.nanoTime();
        }
    }

    public void mark(String phase) {
        mark(phase, NO_VALUE, null);
    }

    /** A phase and a number that goes with it (no text is made now: this runs while the target waits). */
    public void mark(String phase, long value, String unit) {
        if (ON) {
            long now = System.nanoTime();
            phases.add(phase);
            times.add(now - last);
            values.add(value);
            units.add(unit);
            last = now;
        }
    }

    /** A remark for the report, e.g. why a route was not taken. */
    public void note(String remark) {
        if (ON) {
            notes.add(remark);
        }
    }

    private void clear() {
        phases.clear();
        times.clear();
        values.clear();
        units.clear();
        notes.clear();
    }

    public void report() {
        if (ON) {
            StringBuilder line = new StringBuilder("cruise timing (").append(name).append("):");
            for (int i = 0; i < phases.size(); i++) {
                line.append(' ').append(phases.get(i));
                if (values.get(i) != NO_VALUE) {
                    line.append(" (").append(values.get(i)).append(' ').append(units.get(i)).append(')');
                }
                line.append(String.format(" %.2f ms;", times.get(i) / 1e6));
            }
            for (String n : notes) {
                line.append(" [").append(n).append("];");
            }
            System.err.println(line);
            clear();
        }
    }
}
