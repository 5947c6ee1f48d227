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

    /**
     * Up to three candidates within a small edit distance, closest first. Bounded for any input
     * (issue 14: two 300,000-character names took minutes): the distance is computed only within the
     * small band the limit allows, so each comparison costs the length times seven at most.
     */
    public static List<String> closest(String name, Iterable<String> candidates) {
        String n = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, n.length() / 3));
        record Scored(String candidate, int distance) {
        }
        return StreamSupport.stream(candidates.spliterator(), false)
                .distinct()
                .map(c -> {
                    String lower = c.toLowerCase(Locale.ROOT);
                    int d = distance(n, lower, limit);
                    boolean prefix = n.length() >= 3 && lower.startsWith(n);
                    return new Scored(c, d <= limit || prefix ? d : -1);
                })
                .filter(s -> s.distance() >= 0)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .limit(3)
                .map(Scored::candidate)
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

    /**
     * The names joined by ", " as far as they fit in {@code budget} characters, whole names only, then
     * " and N more": a list of a mechanism's parameters stays inside the longest message a problem keeps
     * ({@code Problem.MAX_MESSAGE}) instead of being cut in the middle of a name.
     */
    public static String listWithin(List<String> names, int budget) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String rest = " and " + (names.size() - i) + " more";
            String next = (i == 0 ? "" : ", ") + names.get(i);
            boolean last = i == names.size() - 1;
            if (shown.length() + next.length() + (last ? 0 : rest.length()) > budget) {
                return shown + (i == 0 ? names.size() + " names" : rest);
            }
            shown.append(next);
        }
        return shown.toString();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        return distance(a, b, Math.max(a.length(), b.length()));
    }

    /**
     * Levenshtein distance when it is at most {@code limit}, else a number above the limit: only the
     * diagonal band of width 2 limit + 1 is computed (Ukkonen), and a row whose best is above the
     * limit ends the work.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int big = limit + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j <= limit ? j : big;
        }
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = (int) Math.min(b.length(), (long) i + limit);
            cur[0] = i <= limit ? i : big;
            if (from > 1) {
                cur[from - 1] = big;
            }
            int best = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, big);
                best = Math.min(best, cur[j]);
            }
            if (to < b.length()) {
                cur[to + 1] = big;
            }
            if (best > limit) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
