package org.interphase.dsl.validation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

/**
 * "Did you mean" suggestions: the known names closest to a misspelt one (edit distance, case
 * ignored), used in messages and by quick fixes.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to three candidates within a small edit distance, closest first. */
    public static List<String> closest(String name, Iterable<String> candidates) {
        String n = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, n.length() / 3));
        return StreamSupport.stream(candidates.spliterator(), false)
                .distinct()
                .filter(c -> distance(n, c.toLowerCase(Locale.ROOT)) <= limit
                        || (n.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(n)))
                .sorted(Comparator.comparingInt((String c) -> distance(n, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
    }

    /** "; did you mean X?" or "; did you mean X, Y or Z?", or "" when nothing is close. */
    public static String didYouMean(String name, Iterable<String> candidates) {
        List<String> close = closest(name, candidates);
        if (close.isEmpty()) {
            return "";
        }
        if (close.size() == 1) {
            return "; did you mean " + close.get(0) + "?";
        }
        return "; did you mean " + String.join(", ", close.subList(0, close.size() - 1)) + " or "
                + close.get(close.size() - 1) + "?";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
