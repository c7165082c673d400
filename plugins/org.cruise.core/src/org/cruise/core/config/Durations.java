package org.cruise.core.config;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as users write them in config files and options: an integer or decimal number directly
 * followed by a unit, ms, s, m or h ("500ms", "2s", "1.5m", "1h"). The unit is mandatory so that
 * "5" cannot silently mean five milliseconds to one reader and five seconds to another.
 */
public final class Durations {

    /** The accepted form, for messages. */
    public static final String EXPECTED_FORM = "a duration such as 500ms, 2s, 1.5m or 1h (a number followed by ms, s, m or h)";

    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s|m|h)");
    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    private Durations() {
    }

    /**
     * Parses {@code text} to milliseconds.
     *
     * @throws IllegalArgumentException with a message that shows the expected form, e.g.
     *         "expected a duration such as 500ms, 2s, 1.5m or 1h (...), found '5 sec'"
     */
    public static long parseMillis(String text) {
        String trimmed = text.strip();
        Matcher matcher = DURATION.matcher(trimmed);
        if (!matcher.matches()) {
            String hint = BARE_NUMBER.matcher(trimmed).matches() ? "; add a unit, e.g. " + trimmed + "s" : "";
            throw new IllegalArgumentException("expected " + EXPECTED_FORM + ", found '" + text + "'" + hint);
        }
        BigDecimal millis = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(unitMillis(matcher.group(2))));
        if (millis.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number of milliseconds");
        }
        try {
            return millis.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
    }

    /** The shortest exact form of {@code millis} that {@link #parseMillis(String)} reads back, e.g. "90s", "1h". */
    public static String format(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("negative duration: " + millis + "ms");
        }
        if (millis != 0) {
            for (String unit : new String[] { "h", "m", "s" }) {
                long size = unitMillis(unit);
                if (millis % size == 0) {
                    return millis / size + unit;
                }
            }
        }
        return millis + "ms";
    }

    private static long unitMillis(String unit) {
        return switch (unit) {
            case "ms" -> 1L;
            case "s" -> 1_000L;
            case "m" -> 60_000L;
            case "h" -> 3_600_000L;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
