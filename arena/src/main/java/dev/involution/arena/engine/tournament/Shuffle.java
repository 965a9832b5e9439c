package dev.involution.arena.engine.tournament;

import dev.involution.arena.engine.SeededRandom;

/** Fisher-Yates shuffles driven by a {@link SeededRandom}. */
final class Shuffle {
    private Shuffle() {
    }

    static void shuffle(int[] values, SeededRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = (int) random.nextLong(i + 1L);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    static int[] identity(int n) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        return values;
    }
}
