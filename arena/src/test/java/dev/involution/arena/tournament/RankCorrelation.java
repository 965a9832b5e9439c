package dev.involution.arena.tournament;

import java.util.List;

/** Spearman's rank correlation, to compare two rankings of the same strategies. */
final class RankCorrelation {
    private RankCorrelation() {
    }

    /** 1 when both orderings of the same items (no ties) agree, -1 when one is the other reversed. */
    static double spearman(List<String> a, List<String> b) {
        if (a.size() != b.size() || !a.containsAll(b)) {
            throw new IllegalArgumentException("not two orderings of the same items: " + a + ", " + b);
        }
        double n = a.size();
        double d2 = 0;
        for (int i = 0; i < a.size(); i++) {
            double d = i - b.indexOf(a.get(i));
            d2 += d * d;
        }
        return 1 - 6 * d2 / (n * (n * n - 1));
    }
}
