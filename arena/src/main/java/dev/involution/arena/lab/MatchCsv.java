package dev.involution.arena.lab;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.simulation.MatchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV of one match: a row per round and firm (bankrupt firms keep their rows), with the firm's
 * results and the market's indicators of that round repeated on each of its rows.
 */
public final class MatchCsv {
    public static final List<String> COLUMNS = List.of("round", "firm", "name", "strategy", "status", "price",
            "bounty", "rnd", "users", "new_users", "served", "capacity", "share", "cash", "quality", "revenue",
            "giveaway", "compute_cost", "fine", "subsidy",
            "hhi", "largest_share", "subsidy_intensity", "below_cost_firms", "average_price", "spiral_index",
            "involution_index", "consumer_welfare", "total_giveaway", "total_revenue", "total_fines",
            "total_subsidies", "bankruptcies", "active_firms", "average_quality");

    private MatchCsv() {
    }

    /** The CSV text of a match. */
    public static String format(MatchResult result, List<String> lineup) {
        StringBuilder sb = new StringBuilder(256 * (1 + result.reports().size() * lineup.size()));
        sb.append(String.join(",", COLUMNS)).append('\n');
        for (RoundReport report : result.reports()) {
            Indicators i = report.indicators();
            for (FirmResult f : report.firms()) {
                sb.append(report.round()).append(',').append(f.firmId()).append(',');
                Csv.text(sb, f.name()).append(',');
                Csv.text(sb, lineup.get(f.firmId())).append(',');
                sb.append(f.status().name()).append(',')
                        .append(f.price()).append(',')
                        .append(f.bounty()).append(',')
                        .append(f.rnd()).append(',')
                        .append(f.users()).append(',')
                        .append(f.newUsers()).append(',')
                        .append(f.served()).append(',')
                        .append(f.capacity()).append(',');
                Csv.fixed(sb, f.share(), 6).append(',');
                sb.append(f.cash()).append(',');
                Csv.fixed(sb, f.quality(), 6).append(',');
                sb.append(f.revenue()).append(',')
                        .append(f.giveaway()).append(',')
                        .append(f.computeCost()).append(',')
                        .append(f.fine()).append(',')
                        .append(f.subsidy()).append(',')
                        .append(i.hhi()).append(',');
                Csv.fixed(sb, i.largestShare(), 6).append(',');
                Csv.fixed(sb, i.subsidyIntensity(), 6).append(',');
                sb.append(i.belowCostFirms().size()).append(',');
                Csv.fixed(sb, i.averagePrice(), 4).append(',');
                sb.append(i.spiralIndex()).append(',');
                Csv.fixed(sb, i.involutionIndex(), 6).append(',');
                sb.append(i.consumerWelfare()).append(',')
                        .append(i.totalGiveaway()).append(',')
                        .append(i.totalRevenue()).append(',')
                        .append(i.totalFines()).append(',')
                        .append(i.totalSubsidies()).append(',')
                        .append(i.bankruptcies()).append(',')
                        .append(i.activeFirms()).append(',');
                Csv.fixed(sb, i.averageQuality(), 6).append('\n');
            }
        }
        return sb.toString();
    }

    public static void write(Path file, MatchResult result, List<String> lineup) throws IOException {
        Files.writeString(file, format(result, lineup), StandardCharsets.UTF_8);
    }
}
