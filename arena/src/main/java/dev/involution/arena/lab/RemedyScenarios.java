package dev.involution.arena.lab;

import dev.involution.arena.engine.MarketConfig;
import dev.involution.arena.engine.Remedies;
import dev.involution.arena.engine.regulator.Policies;
import dev.involution.arena.engine.regulator.PolicySettings;
import dev.involution.arena.engine.regulator.RegulatorPolicy;
import dev.involution.arena.engine.regulator.RemedySettings;
import dev.involution.arena.engine.simulation.MatchResult;
import dev.involution.arena.house.HouseBotMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The scenarios behind behaviours 5 to 9 and 11 of the rules (the article's remedies): for one seed,
 * the matches each behaviour compares and the numbers it compares them on, read with
 * {@link RemedyMetrics}. {@link RemedyReport} plays them over many seeds and puts confidence
 * intervals on the comparisons.
 */
public final class RemedyScenarios {
    /** Two general-model incumbents and four small specialists. */
    public static final List<String> GENERAL_VS_SMALL =
            List.of("incumbent", "incumbent", "specialist", "specialist", "specialist", "specialist");
    public static final List<String> RESEARCH_LINEUP =
            List.of("innovator", "cost-plus", "cost-plus", "specialist", "incumbent", "tit-for-tat");
    public static final List<String> CONSORTIUM_LINEUP =
            List.of("consortium", "consortium", "consortium", "cost-plus", "cost-plus", "cost-plus");
    public static final List<String> SAFETY_LINEUP = List.of("safety-skimper", "safety-skimper", "safety-skimper",
            "safety-skimper", "cost-plus", "specialist");
    public static final List<String> DEGENERATE_LINEUP =
            List.of("idle", "price-gouger", "cost-plus", "subsidizer", "innovator", "undercutter");
    /** The budget a round that basic research or R&amp;D grants spend in behaviour 7, cents. */
    public static final long RESEARCH_BUDGET = 400_000;
    /** The safety standard of behaviour 9, cents per 1,000 users a round. */
    public static final long STANDARD = 500;
    /** Rounds over which behaviour 8 reads the consortium's prices (the end of the match). */
    public static final int PRICE_ROUNDS = 20;

    private RemedyScenarios() {
    }

    /** The market of the remedies' scenarios: the defaults with the remedies, these rounds, six seats. */
    public static MarketConfig market(int rounds) {
        return MarketConfig.defaults().withRounds(rounds).withMaxFirms(6).withRemedies(Remedies.defaults());
    }

    /** One match of a lineup under a policy, seated as the lab seats them. */
    public static MatchResult play(MarketConfig config, RegulatorPolicy policy, long seed, List<String> lineup) {
        List<String> names = new ArrayList<>(lineup.size());
        for (int i = 0; i < lineup.size(); i++) {
            names.add(LabMatch.seatName(lineup.get(i), i));
        }
        return HouseBotMatch.play(config.withMaxFirms(lineup.size()), names, lineup, policy, seed);
    }

    static RegulatorPolicy preset(String name) {
        return Policies.create(name, PolicySettings.defaults());
    }

    /**
     * One comparison of a behaviour: {@code a} should be above {@code b} ({@code aAbove}) or below it.
     * {@code b} may be a fixed threshold (the same value for every seed).
     */
    public record Claim(String behaviour, String text, String labelA, String labelB, boolean aAbove) {
    }

    /** The claims, in the order {@link #measure} returns their values (a then b for each). */
    public static final List<Claim> CLAIMS = List.of(
            new Claim("5", "Specialization opens the market: more firms active at the end", "public models",
                    "general models only", true),
            new Claim("5", "… small firms' final cash is higher (cents)", "public models", "general models only", true),
            new Claim("5", "… concentration (final HHI) is lower", "public models", "general models only", false),
            new Claim("5", "… consumer welfare is not lower (cents a round)", "public models", "general models only",
                    true),
            new Claim("6", "General models entrench incumbents: their owners hold most users (share)",
                    "general-model firms", "half", true),
            new Claim("6", "… small firms' model and compute cost per served user is several times theirs (ratio)",
                    "small / general", "2", true),
            new Claim("7", "Basic research raises final average quality more than the same budget as grants",
                    "basic research", "R&D grants", true),
            new Claim("8", "Consortium members reach higher quality than the same firms alone", "with spillovers",
                    "alone", true),
            new Claim("8", "… without antitrust watch their prices rise above the competitive level (ratio)",
                    "laissez-faire", "competitive level", true),
            new Claim("8", "… with antitrust watch their prices come back down (ratio to competitive)", "antitrust",
                    "laissez-faire", false),
            new Claim("9", "Safety standards: fewer incidents", "standard", "no standard", false),
            new Claim("9", "… adoption ends higher (users with a firm / potential users)", "standard", "no standard",
                    true),
            new Claim("9", "… at a compliance cost (cents over the match)", "standard", "nothing", true),
            new Claim("11", "No degenerate play pays: never buying compute ends behind cost-plus (final cash)",
                    "cost-plus", "idle", true),
            new Claim("11", "… nor does a one-round tenfold price (final cash)", "cost-plus", "price-gouger", true));

    /** Plays every scenario on one seed; for each claim, its a and b values. */
    public static double[][] measure(long seed, int rounds) {
        MarketConfig market = market(rounds);
        MatchResult general = play(market, preset(Policies.LAISSEZ_FAIRE), seed, GENERAL_VS_SMALL);
        MatchResult open = play(market, preset(Policies.ARTICLE), seed, GENERAL_VS_SMALL);
        MatchResult research = play(market, Policies.remedial("research",
                RemedySettings.none().withSpending(RESEARCH_BUDGET, 0)), seed, RESEARCH_LINEUP);
        MatchResult grants = play(market, Policies.remedial("grants",
                RemedySettings.none().withSpending(0, RESEARCH_BUDGET)), seed, RESEARCH_LINEUP);
        MatchResult shared = play(market, preset(Policies.LAISSEZ_FAIRE), seed, CONSORTIUM_LINEUP);
        MatchResult alone = play(market.withRemedies(market.remedies().withConsortiumSpillover(0)),
                preset(Policies.LAISSEZ_FAIRE), seed, CONSORTIUM_LINEUP);
        MatchResult watched = play(market, preset(Policies.ANTITRUST), seed, CONSORTIUM_LINEUP);
        MatchResult unsafe = play(market, Policies.remedial("none", RemedySettings.none()), seed, SAFETY_LINEUP);
        MatchResult standard = play(market, Policies.remedial("standard", new RemedySettings(false, 0, 0, STANDARD, 0,
                false, 1.25, false, -1, 1.0, 0, 10)), seed, SAFETY_LINEUP);
        MatchResult degenerate = play(market, preset(Policies.LAISSEZ_FAIRE), seed, DEGENERATE_LINEUP);

        Set<Integer> members = RemedyMetrics.consortiumMembers(shared);
        double competitive = market.remedies().competitivePrice(market);
        double sharedPrice = RemedyMetrics.memberPriceOverCompetitive(shared, competitive, PRICE_ROUNDS);
        return new double[][] {
                {RemedyMetrics.activeFirms(open), RemedyMetrics.activeFirms(general)},
                {RemedyMetrics.smallFirmsCash(open), RemedyMetrics.smallFirmsCash(general)},
                {RemedyMetrics.last(open).hhi(), RemedyMetrics.last(general).hhi()},
                {RemedyMetrics.meanWelfare(open), RemedyMetrics.meanWelfare(general)},
                {RemedyMetrics.generalModelShare(general), 0.5},
                {RemedyMetrics.smallToGeneralCostRatio(general), 2.0},
                {RemedyMetrics.finalAverageQuality(research), RemedyMetrics.finalAverageQuality(grants)},
                {RemedyMetrics.quality(shared, members::contains), RemedyMetrics.quality(alone, members::contains)},
                {sharedPrice, 1.0},
                {RemedyMetrics.memberPriceOverCompetitive(watched, competitive, PRICE_ROUNDS), sharedPrice},
                {RemedyMetrics.incidents(standard), RemedyMetrics.incidents(unsafe)},
                {RemedyMetrics.finalAdoption(standard), RemedyMetrics.finalAdoption(unsafe)},
                {RemedyMetrics.complianceCost(standard), 0},
                {degenerate.firms().get(2).cash(), degenerate.firms().get(0).cash()},
                {degenerate.firms().get(2).cash(), degenerate.firms().get(1).cash()}};
    }
}
