package org.cruise.core.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.cruise.core.EditDistance;

/** Finds the known key a mistyped one was probably meant to be. */
final class KeySuggestions {

    private KeySuggestions() {
    }

    /**
     * The candidate closest to {@code typed} by edit distance (adjacent transpositions count once, so
     * 'stroe' is one edit from 'store'), if it is close enough to be a plausible typo. Case and
     * '_' versus '-' are ignored, so 'Keep_Last' suggests 'keep-last'.
     */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String normalized = typed.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(normalized, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance > allowedEdits(best)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /** Short keys allow one edit, longer ones up to three: beyond that a suggestion is a guess. */
    private static int allowedEdits(String candidate) {
        return candidate.length() <= 4 ? 1 : candidate.length() <= 8 ? 2 : 3;
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
