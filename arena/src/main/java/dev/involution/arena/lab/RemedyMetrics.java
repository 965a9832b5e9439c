package dev.involution.arena.lab;

import dev.involution.arena.engine.FirmResult;
import dev.involution.arena.engine.FirmStatus;
import dev.involution.arena.engine.FirmView;
import dev.involution.arena.engine.Indicators;
import dev.involution.arena.engine.ModelKind;
import dev.involution.arena.engine.RemedyIndicators;
import dev.involution.arena.engine.RoundReport;
import dev.involution.arena.engine.simulation.MatchResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The numbers the lab reads off a match played with the article's remedies, one value per match,
 * for behaviours 5 to 11 of the rules. Firms that trained a general model at any point are the
 * "general-model firms"; the others are the "small firms".
 */
public final class RemedyMetrics {
    private RemedyMetrics() {
    }

    static Indicators last(MatchResult r) {
        return r.reports().get(r.reports().size() - 1).indicators();
    }

    /** Firms whose own general model served in at least one round. */
    public static Set<Integer> generalModelFirms(MatchResult r) {
        Set<Integer> out = new HashSet<>();
        for (RoundReport report : r.reports()) {
            for (FirmResult f : report.firms()) {
                if (f.remedy() != null && f.remedy().model() == ModelKind.GENERAL && f.remedy().modelServing()) {
                    out.add(f.firmId());
                }
            }
        }
        return out;
    }

    public static int activeFirms(MatchResult r) {
        return last(r).activeFirms();
    }

    /** Mean final cash of the firms that never trained a general model, cents (bankrupt firms count with their cash). */
    public static double smallFirmsCash(MatchResult r) {
        Set<Integer> general = generalModelFirms(r);
        return r.firms().stream().filter(f -> !general.contains(f.id())).mapToLong(FirmView::cash).average().orElse(0);
    }

    /** Share of all users with a firm that the general-model firms hold at the end, 0 to 1. */
    public static double generalModelShare(MatchResult r) {
        Set<Integer> general = generalModelFirms(r);
        RoundReport report = r.reports().get(r.reports().size() - 1);
        return report.firms().stream().filter(f -> general.contains(f.firmId()) && f.status() == FirmStatus.ACTIVE)
                .mapToDouble(FirmResult::share).sum();
    }

    /**
     * What serving a user cost a group of firms over the match, cents per served user: compute (for
     * serving and training) plus license fees paid, over the users served.
     */
    public static double modelAndComputeCostPerUser(MatchResult r, IntPredicate firms) {
        long cost = 0;
        long served = 0;
        for (RoundReport report : r.reports()) {
            for (FirmResult f : report.firms()) {
                if (firms.test(f.firmId()) && f.status() == FirmStatus.ACTIVE) {
                    cost += f.computeCost() + (f.remedy() == null ? 0 : f.remedy().licensePaid());
                    served += f.served();
                }
            }
        }
        return served == 0 ? Double.NaN : (double) cost / served;
    }

    /** Small firms' cost per served user over the general-model firms'. */
    public static double smallToGeneralCostRatio(MatchResult r) {
        Set<Integer> general = generalModelFirms(r);
        return modelAndComputeCostPerUser(r, id -> !general.contains(id))
                / modelAndComputeCostPerUser(r, general::contains);
    }

    /** Mean consumer welfare over the rounds, cents per round. */
    public static double meanWelfare(MatchResult r) {
        return r.reports().stream().mapToLong(x -> x.indicators().consumerWelfare()).average().orElse(0);
    }

    /** Mean quality after the last round of the given firms (bankrupt ones with their last quality). */
    public static double quality(MatchResult r, IntPredicate firms) {
        RoundReport report = r.reports().get(r.reports().size() - 1);
        return report.firms().stream().filter(f -> firms.test(f.firmId())).mapToDouble(FirmResult::quality)
                .average().orElse(0);
    }

    /** Firms that were consortium members in the last round they were active. */
    public static Set<Integer> consortiumMembers(MatchResult r) {
        Set<Integer> out = new HashSet<>();
        for (RoundReport report : r.reports()) {
            for (FirmResult f : report.firms()) {
                if (f.remedy() != null && f.remedy().consortium()) {
                    out.add(f.firmId());
                }
            }
        }
        return out;
    }

    /** The consortium members' mean price over the last {@code rounds} rounds, over the competitive level. */
    public static double memberPriceOverCompetitive(MatchResult r, double competitivePrice, int rounds) {
        Set<Integer> members = consortiumMembers(r);
        List<RoundReport> reports = r.reports();
        double sum = 0;
        int n = 0;
        for (RoundReport report : reports.subList(Math.max(0, reports.size() - rounds), reports.size())) {
            for (FirmResult f : report.firms()) {
                if (members.contains(f.firmId()) && f.status() == FirmStatus.ACTIVE) {
                    sum += f.price();
                    n++;
                }
            }
        }
        return n == 0 ? 0 : sum / n / competitivePrice;
    }

    private static RemedyIndicators remedies(MatchResult r) {
        return last(r).remedies();
    }

    public static int incidents(MatchResult r) {
        RemedyIndicators x = remedies(r);
        return x == null ? 0 : x.incidentsToDate();
    }

    /** Users with a firm over the potential users after the last round. */
    public static double finalAdoption(MatchResult r) {
        RemedyIndicators x = remedies(r);
        return x == null ? 0 : x.adoption();
    }

    /** Safety firms spent because of a standard beyond their own choice, plus audit fines, over the match. */
    public static long complianceCost(MatchResult r) {
        return r.reports().stream().mapToLong(x -> x.indicators().remedies() == null ? 0
                : x.indicators().remedies().complianceCost()).sum();
    }

    /** R&amp;D spent by all firms over the match, cents. */
    public static long totalRnd(MatchResult r) {
        return r.reports().stream().mapToLong(x -> x.indicators().totalRnd()).sum();
    }

    /** Giveaways paid by all firms over the match, cents. */
    public static long giveaways(MatchResult r) {
        return r.reports().stream().mapToLong(x -> x.indicators().totalGiveaway()).sum();
    }

    public static int bankruptcies(MatchResult r) {
        return last(r).bankruptcies();
    }

    public static double finalAverageQuality(MatchResult r) {
        return last(r).averageQuality();
    }
}
