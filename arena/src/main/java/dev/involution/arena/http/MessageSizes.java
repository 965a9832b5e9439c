package dev.involution.arena.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sizes of a no-op stream's messages, in a cycle: {@code B} (every message about B bytes) or a
 * list such as {@code 170*20,3042,397} (twenty of 170 bytes, then one of 3,042 and one of 397, and
 * again), so that a baseline can carry a match stream's mix of small and large messages and not
 * only their mean.
 */
final class MessageSizes {
    static final int MAX_BYTES = 16_384;
    static final int MAX_CYCLE = 1_000;
    static final String RULE = "bytes must be whole numbers of bytes from 0 to " + MAX_BYTES
            + ", each optionally repeated as B*N, separated by commas, at most " + MAX_CYCLE + " messages in all";

    private MessageSizes() {
    }

    /** The cycle of sizes {@code text} describes, or empty when it breaks {@link #RULE}. */
    static Optional<int[]> parse(String text) {
        List<Integer> cycle = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String[] parts = item.split("\\*", -1);
            if (parts.length > 2) {
                return Optional.empty();
            }
            Optional<Integer> bytes = number(parts[0]);
            Optional<Integer> times = parts.length == 2 ? number(parts[1]) : Optional.of(1);
            if (bytes.isEmpty() || bytes.get() > MAX_BYTES || times.isEmpty() || times.get() < 1
                    || cycle.size() + times.get() > MAX_CYCLE) {
                return Optional.empty();
            }
            for (int i = 0; i < times.get(); i++) {
                cycle.add(bytes.get());
            }
        }
        return Optional.of(cycle.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Optional<Integer> number(String digits) {
        if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(digits));
    }
}
