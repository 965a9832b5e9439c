package dev.involution.arena.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code summary.csv}: one row per match, in the order of the policies given, then by seed. */
public final class SummaryCsv {
    public static final List<String> COLUMNS = List.of("policy", "seed", "consumer_welfare", "final_hhi",
            "giveaway_spend", "involution_index", "bankruptcies", "average_quality", "winner_seat",
            "winner_strategy", "interventions", "state_hash");

    private SummaryCsv() {
    }

    public static String format(List<MatchOutcome> outcomes) {
        StringBuilder sb = new StringBuilder(128 * (outcomes.size() + 1));
        sb.append(String.join(",", COLUMNS)).append('\n');
        for (MatchOutcome o : outcomes) {
            Csv.text(sb, o.policy()).append(',').append(o.seed()).append(',');
            Csv.fixed(sb, o.consumerWelfare(), 2).append(',');
            sb.append(o.finalHhi()).append(',').append(o.giveawaySpend()).append(',');
            Csv.fixed(sb, o.involutionIndex(), 6).append(',');
            sb.append(o.bankruptcies()).append(',');
            Csv.fixed(sb, o.averageQuality(), 6).append(',');
            sb.append(o.winnerSeat()).append(',');
            Csv.text(sb, o.winnerStrategy()).append(',');
            sb.append(o.interventions()).append(',');
            sb.append(Long.toHexString(o.stateHash())).append('\n');
        }
        return sb.toString();
    }

    public static void write(Path file, List<MatchOutcome> outcomes) throws IOException {
        Files.writeString(file, format(outcomes), StandardCharsets.UTF_8);
    }
}
