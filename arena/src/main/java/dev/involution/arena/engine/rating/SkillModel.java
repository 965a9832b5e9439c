package dev.involution.arena.engine.rating;

import com.pocketcombats.openskill.Adjudicator;
import com.pocketcombats.openskill.RatingModelConfig;
import com.pocketcombats.openskill.aggregate.DefaultTeamRatingAggregator;
import com.pocketcombats.openskill.data.MatchMakingRating;
import com.pocketcombats.openskill.data.RatingAdjustment;
import com.pocketcombats.openskill.data.SimplePlayerResult;
import com.pocketcombats.openskill.data.SimpleTeamResult;
import com.pocketcombats.openskill.data.TeamResult;
import com.pocketcombats.openskill.model.PlackettLuce;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Weng-Lin Plackett-Luce ratings for free-for-all matches, each player its own team (Weng and Lin
 * 2011, "A Bayesian Approximation Method for Online Ranking", Algorithm 4, as in OpenSkill). The
 * arithmetic is done by the {@code com.pocketcombats:openskill} library; this class adapts it to
 * {@link SkillRating} lists and checks the input. Stateless, so safe to share.
 */
public final class SkillModel {
    /** Skill difference that gives about a 76% chance of beating someone: {@code 25 / 6}. */
    public static final double DEFAULT_BETA = SkillRating.INITIAL_SIGMA / 2.0;
    /** Floor of the factor that shrinks sigma, so sigma stays positive. */
    public static final double DEFAULT_KAPPA = 0.0001;
    /**
     * Dynamics: added in quadrature to every sigma before a match, so ratings can keep moving.
     * {@code 25 / 300}, the default of OpenSkill (openskill.js {@code tau = mu / 300}) and of the
     * openskill library.
     */
    public static final double DEFAULT_TAU = SkillRating.INITIAL_MU / 300.0;

    private static final SkillModel STANDARD = new SkillModel(DEFAULT_BETA, DEFAULT_KAPPA, DEFAULT_TAU);

    private final double beta;
    private final double kappa;
    private final double tau;
    private final DefaultTeamRatingAggregator teams;
    private final Adjudicator<Integer> adjudicator;

    /** A model with the given parameters; {@link #standard()} has the published defaults. */
    public SkillModel(double beta, double kappa, double tau) {
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and positive: " + beta);
        }
        if (!(kappa > 0) || !(kappa < 1)) {
            throw new IllegalArgumentException("kappa must be in (0, 1): " + kappa);
        }
        if (!(tau >= 0) || !Double.isFinite(tau)) {
            throw new IllegalArgumentException("tau must be finite and not negative: " + tau);
        }
        this.beta = beta;
        this.kappa = kappa;
        this.tau = tau;
        RatingModelConfig config = RatingModelConfig.builder()
                .setBeta(beta)
                .setKappa(kappa)
                .setTau(tau)
                .setLimitSigma(false)
                .setBalance(false)
                .build();
        this.teams = new DefaultTeamRatingAggregator(config);
        this.adjudicator = new Adjudicator<>(config, new PlackettLuce(config));
    }

    /** The published defaults: mu 25, sigma 25/3, beta 25/6, kappa 0.0001, tau 25/300. */
    public static SkillModel standard() {
        return STANDARD;
    }

    public double beta() {
        return beta;
    }

    public double kappa() {
        return kappa;
    }

    public double tau() {
        return tau;
    }

    /**
     * New ratings after one match, in the order given.
     *
     * @param players the ratings before the match, at least two
     * @param ranks {@code ranks[i]} is player i's place, 1 = best; equal ranks are a tie, and only
     *              the order of the ranks matters (places 1, 2, 2, 4 rate as 1, 2, 2, 3)
     */
    public List<SkillRating> rate(List<SkillRating> players, int[] ranks) {
        Objects.requireNonNull(players, "players");
        Objects.requireNonNull(ranks, "ranks");
        int n = players.size();
        if (n < 2) {
            throw new IllegalArgumentException("a match needs at least 2 players, got " + n);
        }
        if (ranks.length != n) {
            throw new IllegalArgumentException(
                    "one rank per player: " + n + " players, " + ranks.length + " ranks");
        }
        List<TeamResult<Integer>> match = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SkillRating player = Objects.requireNonNull(players.get(i), "player rating");
            if (ranks[i] < 1) {
                throw new IllegalArgumentException("ranks start at 1: " + Arrays.toString(ranks));
            }
            SimplePlayerResult<Integer> one = new SimplePlayerResult<>(i, player.mu(), player.sigma());
            // the team's rating includes tau, as OpenSkill's rate() adds it before the model runs
            MatchMakingRating team = teams.computeTeamRating(List.of(one));
            match.add(new SimpleTeamResult<>(team.mu(), team.sigma(), ranks[i], List.of(one)));
        }
        SkillRating[] rated = new SkillRating[n];
        for (RatingAdjustment<Integer> adjustment : adjudicator.rate(match)) {
            rated[adjustment.playerId()] = new SkillRating(adjustment.mu(), adjustment.sigma());
        }
        return List.of(rated);
    }
}
