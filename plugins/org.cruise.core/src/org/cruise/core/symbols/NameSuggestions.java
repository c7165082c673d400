package org.cruise.core.symbols;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

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

    /**
     * Optimal string alignment distance (adjacent transpositions count as one edit), giving up
     * with limit + 1 as soon as the answer must exceed limit: most candidates are far away.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
