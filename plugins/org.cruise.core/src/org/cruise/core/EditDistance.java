package org.cruise.core;

/** How far apart two names are, for "did you mean" suggestions (config keys, function names). */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one
     * substring: an adjacent transposition counts as one edit, so 'stroe' is one edit from
     * 'store'), giving up with limit + 1 as soon as the answer must exceed limit: most
     * candidates are far away.
     */
    public static int between(String a, String b, int limit) {
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

    /** The full distance, without a limit. */
    public static int between(String a, String b) {
        return between(a, b, Integer.MAX_VALUE - 1);
    }
}
