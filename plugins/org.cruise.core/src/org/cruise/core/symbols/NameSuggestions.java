package org.cruise.core.symbols;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.cruise.core.EditDistance;

/**
 * The known names closest to one that does not exist, for error messages: plausible typos (small
 * edit distance) first, then names that start with or contain what was typed (a user who types
 * "request" is helped by "handle_request").
 */
final class NameSuggestions {

    /** How many names a message lists. */
    static final int LIMIT = 6;

    private record Scored(String name, int rank, int distance) {
    }

    private NameSuggestions() {
    }

    static List<String> closest(String typed, Collection<String> candidates) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = wanted.length() <= 4 ? 1 : wanted.length() <= 8 ? 2 : 3;
        List<Scored> scored = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower, allowed);
            if (distance <= allowed) {
                scored.add(new Scored(candidate, 0, distance));
            } else if (wanted.length() >= 3 && lower.startsWith(wanted)) {
                scored.add(new Scored(candidate, 1, lower.length() - wanted.length()));
            } else if (wanted.length() >= 3 && (lower.contains(wanted) || lower.length() >= 4 && wanted.contains(lower))) {
                scored.add(new Scored(candidate, 2, Math.abs(lower.length() - wanted.length())));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::rank).thenComparingInt(Scored::distance)
                .thenComparing(Scored::name));
        return scored.stream().limit(LIMIT).map(Scored::name).toList();
    }

    static int distance(String a, String b, int limit) {
        return EditDistance.between(a, b, limit);
    }
}
