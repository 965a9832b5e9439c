package dev.involution.arena.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks firms: active firms by final cash (more is better, ties by seat), then bankrupt firms in
 * reverse order of exit (the last to go bankrupt ranks highest among them).
 */
public final class Standings {
    private static final Comparator<FirmView> ORDER = Comparator
            .comparing((FirmView f) -> f.status() == FirmStatus.BANKRUPT)
            .thenComparing(f -> f.active() ? -f.cash() : -f.exitRound())
            .thenComparingInt(FirmView::id);

    private Standings() {
    }

    public static List<Standing> rank(List<FirmView> firms) {
        List<FirmView> sorted = new ArrayList<>(firms);
        sorted.sort(ORDER);
        List<Standing> standings = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            FirmView f = sorted.get(i);
            standings.add(new Standing(i + 1, f.id(), f.name(), f.status(), f.cash(), f.exitRound()));
        }
        return standings;
    }
}
