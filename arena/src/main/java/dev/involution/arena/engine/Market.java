package dev.involution.arena.engine;

import dev.involution.arena.engine.book.FastOrderBook;
import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.book.Side;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The market of one match: firms, the compute order book, consumers, settlement and indicators.
 * Pure and deterministic: given the configuration, the seed and the same commands in the same
 * order, every result and the {@link #stateHash()} are identical. No clock, no I/O; the match actor
 * and the headless runner both drive it.
 *
 * <p>Life: firms {@link #join} in the {@link MarketPhase#LOBBY} (and later while seats remain),
 * {@link #start()} hands out the initial users and opens round 1; during a round firms place and
 * cancel orders and set decisions; {@link #settleRound()} settles it and opens the next, until the
 * last round has been settled and the market is {@link MarketPhase#FINISHED}.
 */
public final class Market {
    // package-private: MarketSnapshots takes and restores them
    final MarketConfig config;
    final long seed;
    SeededRandom random;
    final OrderBook book;
    final List<Firm> firms = new ArrayList<>();
    final List<RoundReport> reports = new ArrayList<>();
    final IndicatorTracker indicators;
    /** Users with no AI service, by slot (loyal and mercenary of each use case). */
    final long[] outside;
    /** The article's remedies; null under the classic rules. */
    final RemedyMarket remedy;

    MarketPhase phase = MarketPhase.LOBBY;
    int round;
    long nextOrderId = 1;
    final ComputeFarms farms;
    int bankruptcies;
    final RulesInForce rules = new RulesInForce();
    final OrderDesk desk;

    public Market(MarketConfig config, long seed) {
        this(config, seed, new FastOrderBook(1024));
    }

    /** A market on the given (empty) book: used to hold two book implementations to the same results. */
    public Market(MarketConfig config, long seed, OrderBook book) {
        List<ConfigProblem> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid market configuration: " + problems);
        }
        this.config = config;
        this.seed = seed;
        this.random = new SeededRandom(seed);
        this.book = book;
        this.farms = new ComputeFarms(config);
        this.desk = new OrderDesk(this, firms, book, rules, config.usersPerUnit());
        this.indicators = new IndicatorTracker(config.spiralSubsidyThreshold());
        this.remedy = config.hasRemedies() ? new RemedyMarket(config) : null;
        this.outside = config.hasRemedies() ? RemedyMarket.initialPools(config) : ClassicSettlement.initialPools(config);
    }

    // ---- seats and lifecycle -------------------------------------------------------------

    /** Seats a new firm with the configured starting cash; its id is the number of firms seated before it. */
    public JoinResult join(String name) {
        return join(name, config.startCash());
    }

    /** Seats a new firm with its own starting cash (a deep-pocketed entrant, say). */
    public JoinResult join(String name, long startCash) {
        if (startCash < 0) {
            throw new IllegalArgumentException("starting cash must not be negative");
        }
        if (phase == MarketPhase.FINISHED) {
            return new JoinResult(ResultCode.MATCH_FINISHED, -1);
        }
        if (firms.size() >= config.maxFirms()) {
            return new JoinResult(ResultCode.MATCH_FULL, -1);
        }
        Firm firm = new Firm(firms.size(), name, startCash, config.startQuality(), config.defaultPrice(),
                config.userSlots(), remedy == null ? null : new FirmRemedy(config.defaultPrice()));
        firms.add(firm);
        return new JoinResult(ResultCode.OK, firm.id);
    }

    /** Seat number and outcome of a {@link #join}. */
    public record JoinResult(ResultCode code, int firmId) {
    }

    /**
     * Starts round 1: each segment's initially adopted users are split evenly over the seated firms
     * (the remainder to the lowest ids) and the farms post their first supply ladder.
     */
    public ResultCode start() {
        if (phase != MarketPhase.LOBBY) {
            return phase == MarketPhase.FINISHED ? ResultCode.MATCH_FINISHED : ResultCode.OK;
        }
        if (firms.size() < MarketConfig.MIN_FIRMS) {
            return ResultCode.NOT_ENOUGH_FIRMS;
        }
        for (int slot = 0; slot < outside.length; slot++) {
            long adopted = Math.round(outside[slot] * config.initialAdoption());
            long each = adopted / firms.size();
            long rest = adopted % firms.size();
            for (Firm f : firms) {
                f.users[slot] = each + (f.id < rest ? 1 : 0);
            }
            outside[slot] -= adopted;
        }
        indicators.setBaselineWelfare(remedy == null ? IndicatorTracker.consumerWelfare(config, firms)
                : remedy.startingWelfare(firms));
        phase = MarketPhase.RUNNING;
        openRound();
        return ResultCode.OK;
    }

    private void openRound() {
        round++;
        farms.openRound();
        for (Firm f : firms) {
            f.openRound();
        }
        farms.postLadder(book, random, () -> nextOrderId++);
        farms.grantVouchers(rules.all(), round, firms);
    }

    // ---- orders --------------------------------------------------------------------------

    /**
     * Places a limit order for firm {@code firmId}. A bid must be covered by the firm's cash not
     * committed to its other bids ({@code price x quantity}); an ask by its capacity not committed
     * to other asks. Rejections change nothing. Constant time: see {@link OrderDesk}.
     */
    public OrderReceipt placeOrder(int firmId, Side side, long price, long quantity) {
        return desk.place(checkActing(firmId), firmId, side, price, quantity, round);
    }

    /** Cancels one of the firm's resting orders and releases the cash or capacity it held. */
    public ResultCode cancelOrder(int firmId, long orderId) {
        ResultCode check = checkActing(firmId);
        return check.ok() ? desk.cancel(firmId, orderId) : check;
    }

    long peekOrderId() {
        return nextOrderId;
    }

    void takeOrderId() {
        nextOrderId++;
    }

    void paidToFarms(long amount) {
        farms.paid(amount);
    }

    // ---- decisions -----------------------------------------------------------------------

    /**
     * Sets the firm's price, giveaway bounty and R&amp;D spend for the current round, as far as the
     * regulator's rules in force allow ({@link #admitDecisions}): the parts a rule changes apply as
     * the rule says, the rest as asked.
     */
    public ResultCode setDecisions(int firmId, Decisions decisions) {
        AdmittedDecisions admitted = admitDecisions(firmId, decisions);
        if (!admitted.ok()) {
            return admitted.code();
        }
        Firm firm = firms.get(firmId);
        firm.price = admitted.decisions().price();
        firm.bounty = admitted.decisions().bounty();
        firm.rnd = admitted.decisions().rnd();
        return ResultCode.OK;
    }

    /**
     * What these decisions would set, changing nothing: refused if the firm cannot act or a field is
     * out of bounds; otherwise the decisions that apply under the rules in force. A cooling-off halt
     * keeps the firm's price and bounty; else a bounty above the lowest giveaway cap comes down to
     * it and a price under the highest price floor goes up to it. R&amp;D always applies as asked.
     */
    public AdmittedDecisions admitDecisions(int firmId, Decisions requested) {
        ResultCode check = checkActing(firmId);
        if (check.ok()) {
            check = requested.validate();
        }
        if (!check.ok()) {
            return AdmittedDecisions.refused(check);
        }
        return rules.admit(firms.get(firmId), requested, round);
    }

    /**
     * Sets the firm's choices under the article's remedies (model, focus use case, license fee,
     * consortium membership, safety spend); refused, changing nothing, under the classic rules or
     * when a choice is not possible now.
     */
    public ResultCode setRemedyDecisions(int firmId, RemedyDecisions decisions) {
        ResultCode check = admitRemedyDecisions(firmId, decisions);
        if (check.ok()) {
            firms.get(firmId).remedy.decisions = decisions;
        }
        return check;
    }

    /** Whether {@link #setRemedyDecisions} would accept these choices, changing nothing. */
    public ResultCode admitRemedyDecisions(int firmId, RemedyDecisions decisions) {
        if (remedy == null) {
            return ResultCode.REMEDIES_OFF;
        }
        ResultCode check = checkActing(firmId);
        if (!check.ok()) {
            return check;
        }
        return remedy.admit(firms.get(firmId), decisions, firms, rules, round);
    }

    private ResultCode checkActing(int firmId) {
        if (firmId < 0 || firmId >= firms.size()) {
            return ResultCode.UNKNOWN_FIRM;
        }
        if (!firms.get(firmId).active()) {
            return ResultCode.FIRM_BANKRUPT;
        }
        if (phase == MarketPhase.LOBBY) {
            return ResultCode.MATCH_NOT_STARTED;
        }
        if (phase == MarketPhase.FINISHED) {
            return ResultCode.MATCH_FINISHED;
        }
        return ResultCode.OK;
    }

    // ---- the regulator's interventions ----------------------------------------------------

    /**
     * Puts an intervention in force (the market gives it its id). Caps and floors take effect at
     * once: posted bounties above a new cap come down to it, prices under a new floor go up to
     * it; a voucher for the current round is granted at once.
     */
    public Intervention impose(Intervention proposal) {
        if (proposal.firmId() != Intervention.ALL_FIRMS && (proposal.firmId() < 0 || proposal.firmId() >= firms.size())) {
            throw new IllegalArgumentException("no firm " + proposal.firmId());
        }
        if (proposal.value() < 0 || proposal.untilRound() < proposal.fromRound()) {
            throw new IllegalArgumentException("invalid intervention " + proposal);
        }
        Intervention i = rules.add(proposal);
        if (i.activeIn(round)) {
            RulesInForce.takeEffect(i, firms);
            if (i.kind() == InterventionKind.COMPUTE_VOUCHER) {
                farms.grantVoucher(i, firms);
            }
        }
        return i;
    }

    /** Lifts an intervention before or at its end. */
    public ResultCode lift(long interventionId) {
        return rules.lift(interventionId) ? ResultCode.OK : ResultCode.UNKNOWN_INTERVENTION;
    }

    /** Interventions in force or waiting to be lifted, oldest first. */
    public List<Intervention> interventions() {
        return rules.all();
    }

    /** Interventions whose last round has passed: the match lifts them. */
    public List<Intervention> expiredInterventions() {
        return rules.expired(round, phase == MarketPhase.FINISHED);
    }

    /** The intervention in force that this order would break, or null. */
    public Intervention ruleAgainstOrder(int firmId, Side side, long quantity) {
        return desk.ruleAgainst(firmId, side, quantity, round);
    }

    /** Cents the firm's resting bids hold (price x remaining units), kept as a running total. */
    public long reservedCash(int firmId) {
        return firms.get(firmId).reservedCash;
    }

    /** Units the firm's resting bids would buy, kept as a running total. */
    public long reservedUnits(int firmId) {
        return firms.get(firmId).reservedUnits;
    }

    /** Units of the firm's capacity its resting asks hold, kept as a running total. */
    public long reservedCapacity(int firmId) {
        return firms.get(firmId).reservedCapacity;
    }

    /**
     * How many more units the firm may bid for under a market-share cap in force (its current users'
     * need less the units it holds and bids for), or {@link Long#MAX_VALUE} when no cap holds it.
     */
    public long unitsAllowedUnderShareCap(int firmId) {
        return desk.unitsAllowedUnderShareCap(firmId, round);
    }

    /** The result code that names the rule an intervention sets (for a refusal or an adjustment). */
    public static ResultCode codeOf(Intervention rule) {
        return RulesInForce.codeOf(rule);
    }

    // ---- settlement ----------------------------------------------------------------------

    /**
     * Settles the current round (GAME.md "Settlement at each tick", steps 1 to 7) and opens the
     * next one, or finishes the match after the last round.
     *
     * @return the round's report, or null if the market is not running
     */
    public RoundReport settleRound() {
        if (phase != MarketPhase.RUNNING) {
            return null;
        }
        // 1. close the book
        desk.expireAll();
        // 2. consumers choose (a cooling-off halt suspends giveaways; a share cap stops gains)
        for (Firm f : firms) {
            f.effectiveBounty = rules.anyActive(InterventionKind.TRADING_HALT, f.id, round) ? 0 : f.bounty;
            f.acquisitionBlocked = rules.anyActive(InterventionKind.SHARE_CAP, f.id, round);
        }
        long[] newUsers = new long[firms.size()];
        long[] served = new long[firms.size()];
        long[] fines = new long[firms.size()];
        long[] subsidies = new long[firms.size()];
        long welfare = remedy == null
                ? ClassicSettlement.settle(config, firms, outside, rules, round, random, newUsers, served, fines, subsidies)
                : remedy.settle(firms, outside, rules, round, random,
                new RemedyMarket.Flows(newUsers, served, fines, subsidies));
        // 6. bankruptcy: a firm out of cash is out; its result still shows the users it had
        List<FirmResult> results = new ArrayList<>(firms.size());
        for (Firm f : firms) {
            boolean fails = f.active() && f.cash < 0;
            if (fails) {
                bankruptcies++;
                RoundResults.goBankrupt(f, outside, round);
            }
            results.add(RoundResults.result(f, round, config, remedy, newUsers[f.id], served[f.id], fines[f.id], subsidies[f.id]));
            if (fails) {
                Arrays.fill(f.users, 0);
            }
        }
        results = RoundResults.withShares(results);
        // 7. publish
        Indicators ind = indicators.next(round, results, welfare, farms.paidThisRound(), bankruptcies);
        if (remedy != null) {
            ind = ind.withRemedies(remedy.indicators(firms, outside, rules, round));
        }
        RoundReport report = new RoundReport(round, results, ind);
        reports.add(report);
        if (round >= config.rounds()) {
            phase = MarketPhase.FINISHED;
        } else {
            openRound();
        }
        return report;
    }

    // ---- views ---------------------------------------------------------------------------

    public MarketConfig config() {
        return config;
    }

    public long seed() {
        return seed;
    }

    public MarketPhase phase() {
        return phase;
    }

    /** The round being played (1-based); 0 in the lobby; the last round once finished. */
    public int round() {
        return round;
    }

    public int firmCount() {
        return firms.size();
    }

    public FirmView firm(int firmId) {
        return firms.get(firmId).view();
    }

    public List<FirmView> firms() {
        List<FirmView> views = new ArrayList<>(firms.size());
        for (Firm f : firms) {
            views.add(f.view());
        }
        return views;
    }

    /** The compute order book, for reading depth and resting orders. */
    public OrderBook book() {
        return book;
    }

    /** Reports of every settled round, oldest first. */
    public List<RoundReport> reports() {
        return Collections.unmodifiableList(reports);
    }

    /** Users of each segment with no AI service (over every use case). */
    public long outsideUsers(Segment segment) {
        long sum = 0;
        for (int slot = segment.ordinal(); slot < outside.length; slot += 2) {
            sum += outside[slot];
        }
        return sum;
    }

    /** The regulator's budget balance under the remedies, cents (0 under the classic rules). */
    public long regulatorBudget() {
        return remedy == null ? 0 : remedy.budgetBalance();
    }

    /** Cents paid to the compute farms since the start. */
    public long computePaidToFarms() {
        return farms.paidTotal();
    }

    /** Everything this market is, as plain data. */
    public MarketSnapshot snapshot() {
        return MarketSnapshots.take(this);
    }

    /** Rebuilds the market a snapshot was taken of; it has the same state hash. */
    public static Market restore(MarketSnapshot s) {
        return MarketSnapshots.restore(s);
    }

    /** A hash of everything that decides future outcomes; equal markets have equal hashes. */
    public long stateHash() {
        return MarketSnapshots.hash(this);
    }
}
