package dev.involution.arena.engine;

import dev.involution.arena.engine.book.OrderBook;
import dev.involution.arena.engine.regulator.Intervention;
import dev.involution.arena.engine.regulator.InterventionKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Steps 2 to 5 of settlement under the article's remedies (the {@link Market} conducts the round and
 * calls {@link #settle}): the public farms and basic research are paid, each firm's model is
 * trained (or not), users of each use case choose, capacity serves them (users left unserved leave),
 * the accounts are kept with license fees, the levy, safety and the regulator's budget, quality grows
 * with R&amp;D, grants and consortium spillovers, and incidents happen. It also admits the firms'
 * {@link RemedyDecisions}. Every draw comes from the market's seeded random in a fixed order.
 */
final class RemedyMarket {
    private final MarketConfig config;
    private final Remedies rules;
    private RegulatorBudget budget;
    private final ResearchFrontier frontier;
    private int shockRounds;
    private int incidentsToDate;

    // this round's figures, for the report (derived from the round, so not hashed)
    private final boolean[] publicModel;
    private double[][] quality = new double[0][];
    private int incidents;
    private int serious;
    private long complianceCost;
    private long licenseToFirms;

    RemedyMarket(MarketConfig config) {
        this.config = config;
        this.rules = config.remedies();
        this.budget = new RegulatorBudget(rules.publicFunds());
        this.frontier = new ResearchFrontier(rules.research());
        this.publicModel = new boolean[rules.useCaseCount()];
    }

    /** The outside pool of each slot before the start: each use case's share of the market, split loyal / mercenary. */
    static long[] initialPools(MarketConfig config) {
        List<UseCase> cases = config.remedies().useCases();
        long[] pools = new long[2 * cases.size()];
        long left = config.marketSize();
        for (int u = 0; u < cases.size(); u++) {
            long size = u == cases.size() - 1 ? left : Math.min(left, Math.round(config.marketSize() * cases.get(u).share()));
            left -= size;
            long loyal = Math.round(size * config.demand().loyalShare());
            pools[2 * u + Segment.LOYAL.ordinal()] = loyal;
            pools[2 * u + Segment.MERCENARY.ordinal()] = size - loyal;
        }
        return pools;
    }

    // ---- decisions -----------------------------------------------------------------------

    /** Whether these choices may apply for firm {@code f}: OK, or what is wrong with them. */
    ResultCode admit(Firm f, RemedyDecisions d, List<Firm> firms, RulesInForce inForce, int round) {
        if (d == null) {
            return ResultCode.INVALID_MODEL;
        }
        ResultCode check = d.validate(rules.useCaseCount());
        if (!check.ok()) {
            return check;
        }
        if (d.model() == ModelKind.LICENSED) {
            if (d.licensor() >= firms.size() || d.licensor() == f.id) {
                return ResultCode.INVALID_LICENSOR;
            }
            Firm owner = firms.get(d.licensor());
            if (!owner.active() || owner.remedy.decisions.model() != ModelKind.GENERAL) {
                return ResultCode.INVALID_LICENSOR;
            }
        }
        if (d.model() == ModelKind.PUBLIC && !farmInForce(inForce, d.focus(), round)) {
            return ResultCode.NO_PUBLIC_MODEL;
        }
        if (d.consortium() && !f.remedy.decisions.consortium()
                && inForce.anyActive(InterventionKind.CONSORTIUM_BAN, f.id, round)) {
            return ResultCode.CONSORTIUM_BANNED;
        }
        return ResultCode.OK;
    }

    private static boolean farmInForce(RulesInForce inForce, int useCase, int round) {
        Intervention farms = inForce.active(InterventionKind.PUBLIC_FARMS, Intervention.ALL_FIRMS, round);
        return farms != null && (farms.value() & (1L << useCase)) != 0;
    }

    // ---- settlement ----------------------------------------------------------------------

    /** What a settlement produces per firm id for the market's results. */
    record Flows(long[] newUsers, long[] served, long[] fines, long[] subsidies) {
    }

    /**
     * Steps 2 to 5 of the round under the remedies; moves users between the firms and the outside
     * pools, changes the firms' cash, quality and trust and the budget.
     *
     * @return the consumer welfare the round's offers gave (before the choice)
     */
    long settle(List<Firm> firms, long[] outside, RulesInForce inForce, int round, SeededRandom random, Flows flows) {
        budget.newRound();
        incidents = 0;
        serious = 0;
        complianceCost = 0;
        licenseToFirms = 0;
        fundPublicWork(inForce, round, random);
        trainModels(firms);
        quality = qualities(firms);
        long welfare = welfare(firms);
        choose(firms, outside, random, flows.newUsers());
        serve(firms, outside, flows.served());
        account(firms, inForce, round, flows);
        grow(firms, inForce, round);
        incidents(firms, outside, random);
        for (Firm f : firms) {
            if (f.active()) {
                f.remedy.lastPrice = f.price;
            }
        }
        shockRounds = serious > 0 ? rules.safety().shockRounds() : Math.max(0, shockRounds - 1);
        return welfare;
    }

    /** The public farms train their models (each whole, or not at all) and basic research is paid, from the budget. */
    private void fundPublicWork(RulesInForce inForce, int round, SeededRandom random) {
        long perFarm = rules.models().specializedTrainingUnits() * config.supply().baseCost();
        for (int u = 0; u < publicModel.length; u++) {
            publicModel[u] = farmInForce(inForce, u, round)
                    && budget.spendWhole(RegulatorBudget.Flow.PUBLIC_FARMS, perFarm);
        }
        long research = inForce.activeTotal(InterventionKind.BASIC_RESEARCH, Intervention.ALL_FIRMS, round);
        long paid = research > 0 ? budget.spend(RegulatorBudget.Flow.RESEARCH, research) : 0;
        frontier.advance(paid, random);
    }

    /** Own models train with the compute held; licensed and public models serve when their source did. */
    private void trainModels(List<Firm> firms) {
        for (Firm f : firms) {
            f.remedy.clearRound();
            if (!f.active()) {
                continue;
            }
            ModelKind kind = f.remedy.decisions.model();
            long need = kind == ModelKind.GENERAL ? rules.models().generalTrainingUnits()
                    : kind == ModelKind.SPECIALIZED ? rules.models().specializedTrainingUnits() : 0;
            if (need > 0 && f.capacity >= need) {
                f.remedy.trainingUnits = need;
                f.remedy.modelServing = true;
            }
        }
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            RemedyDecisions d = f.remedy.decisions;
            if (d.model() == ModelKind.LICENSED) {
                Firm owner = firms.get(d.licensor());
                f.remedy.modelServing = owner.active() && owner.remedy.decisions.model() == ModelKind.GENERAL
                        && owner.remedy.modelServing;
            } else if (d.model() == ModelKind.PUBLIC) {
                f.remedy.modelServing = publicModel[d.focus()];
            }
        }
    }

    /** Consumer welfare of the firms' offers before the first round. */
    long startingWelfare(List<Firm> firms) {
        quality = qualities(firms);
        return welfare(firms);
    }

    /** What the firm's model multiplies its quality by in a use case this round. */
    private double modelFactor(Firm f, int useCase) {
        ModelRules m = rules.models();
        if (!f.remedy.modelServing) {
            return m.basicQuality();
        }
        return switch (f.remedy.decisions.model()) {
            case GENERAL, LICENSED -> m.generalQuality();
            case SPECIALIZED, PUBLIC -> useCase == f.remedy.decisions.focus() ? m.specializedQuality() : m.basicQuality();
            default -> m.basicQuality();
        };
    }

    private double[][] qualities(List<Firm> firms) {
        double level = frontier.level();
        double[][] q = new double[firms.size()][rules.useCaseCount()];
        for (Firm f : firms) {
            double own = f.effectiveQuality(config.demand()) * f.remedy.trust * level;
            for (int u = 0; u < q[f.id].length; u++) {
                q[f.id][u] = own * modelFactor(f, u);
            }
        }
        return q;
    }

    private double baseUtility(Firm f, int useCase) {
        Demand d = config.demand();
        UseCase uc = rules.useCases().get(useCase);
        return d.qualityWeight() * uc.qualityWeight() * StrictMath.log(Math.max(quality[f.id][useCase], 1e-9))
                - d.priceWeight() * uc.priceWeight() * f.price;
    }

    /** Consumer welfare of the round's offers: each use case's inclusive value over no service, in cents. */
    private long welfare(List<Firm> firms) {
        Demand d = config.demand();
        double total = 0;
        for (int u = 0; u < rules.useCaseCount(); u++) {
            double top = d.outsideUtility();
            for (Firm f : firms) {
                if (f.active()) {
                    top = Math.max(top, baseUtility(f, u));
                }
            }
            double sum = StrictMath.exp(d.outsideUtility() - top);
            for (Firm f : firms) {
                if (f.active()) {
                    sum += StrictMath.exp(baseUtility(f, u) - top);
                }
            }
            double size = config.marketSize() * rules.useCases().get(u).share();
            total += size * (top + StrictMath.log(sum) - d.outsideUtility())
                    / (d.priceWeight() * rules.useCases().get(u).priceWeight());
        }
        return Math.round(total);
    }

    /** Users re-decide within each use case; loyal users of a firm that raised its price re-decide more. */
    private void choose(List<Firm> firms, long[] outside, SeededRandom random, long[] newUsers) {
        Demand d = config.demand();
        double outsideUtility = d.outsideUtility() + (shockRounds > 0 ? rules.safety().adoptionShock() : 0);
        int n = firms.size();
        double[] loyalRates = new double[n];
        double[] mercenaryRates = new double[n];
        for (Firm f : firms) {
            long last = f.remedy.lastPrice;
            double rise = last > 0 ? Math.max(0, (double) f.price / last - 1) : f.price > 0 ? 1 : 0;
            loyalRates[f.id] = Math.min(1.0, d.loyalRedecide() + rules.priceShockSensitivity() * rise);
            mercenaryRates[f.id] = d.mercenaryRedecide();
        }
        for (int u = 0; u < rules.useCaseCount(); u++) {
            double[] base = new double[n];
            for (Firm f : firms) {
                if (f.active()) {
                    base[f.id] = baseUtility(f, u);
                }
            }
            for (Segment s : Segment.values()) {
                int slot = 2 * u + s.ordinal();
                ConsumerChoice.Pull pull = new ConsumerChoice.Pull(base, s.bountyWeight(d), s.loyaltyBonus(d),
                        outsideUtility);
                double[] rates = s == Segment.LOYAL ? loyalRates : mercenaryRates;
                outside[slot] = ConsumerChoice.redecide(slot, pull, s.redecideRate(d), rates, firms, outside[slot],
                        random, newUsers);
            }
        }
    }

    /** Capacity left after training serves users; users left unserved leave, and the firm loses trust. */
    private void serve(List<Firm> firms, long[] outside, long[] served) {
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            long users = f.totalUsers();
            long units = Math.max(0, f.capacity - f.remedy.trainingUnits);
            long capacityUsers = units > Long.MAX_VALUE / config.usersPerUnit() ? Long.MAX_VALUE
                    : units * config.usersPerUnit();
            served[f.id] = Math.min(users, capacityUsers);
            f.unservedFraction = users == 0 ? 0 : (double) (users - served[f.id]) / users;
            if (f.unservedFraction > 0) {
                leave(f, outside, f.unservedFraction);
                f.remedy.trust = Math.max(0.05, f.remedy.trust - rules.unservedMemory() * f.unservedFraction);
            }
        }
    }

    /** The given fraction of each of the firm's slots (rounded down) goes to no service. */
    /** Sends the fraction of the firm's users in each slot to no service; the users it lost. */
    private static long leave(Firm f, long[] outside, double fraction) {
        long lost = 0;
        for (int slot = 0; slot < f.users.length; slot++) {
            long gone = (long) Math.floor(f.users[slot] * fraction);
            f.users[slot] -= gone;
            outside[slot] += gone;
            lost += gone;
        }
        return lost;
    }

    /** Step 4: revenue, giveaways, R&amp;D, the fixed cost, fines, subsidies, license fees, safety and the levy. */
    private void account(List<Firm> firms, RulesInForce inForce, int round, Flows flows) {
        SafetyRules safety = rules.safety();
        long[] revenue = new long[firms.size()];
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            FirmRemedy r = f.remedy;
            long served = flows.served()[f.id];
            revenue[f.id] = f.price * served;
            long standard = 0;
            for (Intervention i : inForce.all()) {
                if (i.kind() == InterventionKind.SAFETY_STANDARD && i.activeIn(round) && i.appliesTo(f.id)) {
                    standard = Math.max(standard, i.value());
                }
            }
            long users = f.totalUsers();
            long required = standard > 0 && users > safety.standardThreshold() ? (standard * users + 999) / 1000 : 0;
            long shortfall = Math.max(0, required - r.decisions.safety());
            long audit = Math.round(safety.auditFineMultiple() * shortfall);
            r.safetySpent = Math.max(required, r.decisions.safety());
            complianceCost += shortfall + audit;
            flows.fines()[f.id] = inForce.activeTotal(InterventionKind.FINE, f.id, round) + audit;
            budget.receive(RegulatorBudget.Flow.FINES, flows.fines()[f.id]);
            r.levy = revenue[f.id] * inForce.activeTotal(InterventionKind.LEVY, f.id, round) / 10_000;
            budget.receive(RegulatorBudget.Flow.LEVY, r.levy);
            if (r.modelServing && r.decisions.model() == ModelKind.LICENSED) {
                Firm owner = firms.get(r.decisions.licensor());
                r.licensePaid = owner.remedy.decisions.licenseFee() * served;
                owner.remedy.licenseEarned += r.licensePaid;
                licenseToFirms += r.licensePaid;
            } else if (r.modelServing && r.decisions.model() == ModelKind.PUBLIC) {
                r.licensePaid = rules.models().publicLicenseFee() * served;
                budget.receive(RegulatorBudget.Flow.PUBLIC_FEES, r.licensePaid);
            }
        }
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            FirmRemedy r = f.remedy;
            long rate = inForce.activeTotal(InterventionKind.RND_SUBSIDY, f.id, round);
            flows.subsidies()[f.id] = rate > 0 ? budget.spend(RegulatorBudget.Flow.SUBSIDIES, f.rnd * rate / 10_000) : 0;
            long grant = inForce.activeTotal(InterventionKind.RND_GRANT, f.id, round);
            r.grant = grant > 0 ? budget.spend(RegulatorBudget.Flow.GRANTS, grant) : 0;
            long giveaway = f.effectiveBounty * flows.newUsers()[f.id];
            f.cash += revenue[f.id] - giveaway - f.rnd - config.fixedCost() - flows.fines()[f.id]
                    + flows.subsidies()[f.id] - r.licensePaid + r.licenseEarned - r.safetySpent - r.levy;
        }
    }

    /** Step 5: quality grows with R&amp;D, grants and the consortium's spillovers. */
    private void grow(List<Firm> firms, RulesInForce inForce, int round) {
        long memberRnd = 0;
        int members = 0;
        for (Firm f : firms) {
            if (member(f, inForce, round)) {
                memberRnd += f.rnd;
                members++;
            }
        }
        Innovation innovation = config.innovation();
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            double effective = f.rnd + f.remedy.grant;
            if (members >= 2 && member(f, inForce, round)) {
                effective += rules.consortiumSpillover() * (memberRnd - f.rnd);
            }
            f.quality = f.quality * (1 - innovation.depreciation()) + innovation.rndEfficiency() * StrictMath.sqrt(effective);
        }
    }

    private static boolean member(Firm f, RulesInForce inForce, int round) {
        return f.active() && f.remedy.decisions.consortium()
                && !inForce.anyActive(InterventionKind.CONSORTIUM_BAN, f.id, round);
    }

    /** Trust grows back; then each active firm may have an incident (one draw each, in seat order). */
    private void incidents(List<Firm> firms, long[] outside, SeededRandom random) {
        SafetyRules s = rules.safety();
        for (Firm f : firms) {
            if (!f.active()) {
                continue;
            }
            f.remedy.trust = Math.min(1.0, f.remedy.trust + s.trustRecovery());
            long users = f.totalUsers();
            double draw = random.nextDouble();
            if (users == 0) {
                continue;
            }
            double perUser = (double) f.remedy.safetySpent / users;
            double chance = Math.min(0.9, s.incidentRate() * users / 100_000.0 * StrictMath.exp(-perUser / s.safetyScale()));
            if (draw < chance) {
                f.remedy.incident = true;
                f.remedy.incidents++;
                incidents++;
                incidentsToDate++;
                f.remedy.trust = Math.max(0.05, f.remedy.trust - s.trustLoss());
                if (users >= s.seriousShare() * config.marketSize()) {
                    f.remedy.serious = true;
                    serious++;
                }
                f.remedy.incidentUsers = leave(f, outside, s.userLoss());
            }
        }
    }

    // ---- results -------------------------------------------------------------------------

    /** The firm's remedies part of the round's result. */
    FirmRemedyResult result(Firm f) {
        FirmRemedy r = f.remedy;
        RemedyDecisions d = r.decisions;
        List<Double> q = new ArrayList<>(rules.useCaseCount());
        for (int u = 0; u < rules.useCaseCount(); u++) {
            q.add(f.id < quality.length ? quality[f.id][u] : 0.0);
        }
        return new FirmRemedyResult(d.model(), d.focus(), d.licensor(), d.licenseFee(), d.consortium(), r.modelServing,
                r.trainingUnits, r.licensePaid, r.licenseEarned, r.safetySpent, r.levy, r.grant, r.incident, r.serious,
                r.incidentUsers, r.trust, f.usersByUseCase(), q);
    }

    /** The firm's quality as reported: its effective quality averaged over the use cases by their size. */
    double reportedQuality(Firm f) {
        if (f.id >= quality.length) {
            return f.quality;
        }
        double q = 0;
        for (int u = 0; u < rules.useCaseCount(); u++) {
            q += rules.useCases().get(u).share() * quality[f.id][u];
        }
        return q;
    }

    RemedyIndicators indicators(List<Firm> firms, long[] outside, RulesInForce inForce, int round) {
        int members = 0;
        long memberPrices = 0;
        for (Firm f : firms) {
            if (member(f, inForce, round)) {
                members++;
                memberPrices += f.price;
            }
        }
        double signal = members >= 2 ? memberPrices / (double) members / rules.competitivePrice(config) : 0;
        List<Integer> models = new ArrayList<>();
        for (int u = 0; u < publicModel.length; u++) {
            if (publicModel[u]) {
                models.add(u);
            }
        }
        List<Long> byUseCase = new ArrayList<>();
        long withFirms = 0;
        for (int u = 0; u < rules.useCaseCount(); u++) {
            long sum = 0;
            for (Firm f : firms) {
                if (f.active()) {
                    sum += f.users[2 * u] + f.users[2 * u + 1];
                }
            }
            byUseCase.add(sum);
            withFirms += sum;
        }
        RegulatorBudget b = budget;
        return new RemedyIndicators(frontier.level(), frontier.fund(), frontier.breakthroughs(), b.balance(),
                b.thisRound(RegulatorBudget.Flow.FINES), b.thisRound(RegulatorBudget.Flow.LEVY),
                b.thisRound(RegulatorBudget.Flow.PUBLIC_FEES), b.thisRound(RegulatorBudget.Flow.SUBSIDIES),
                b.thisRound(RegulatorBudget.Flow.GRANTS), b.thisRound(RegulatorBudget.Flow.PUBLIC_FARMS),
                b.thisRound(RegulatorBudget.Flow.RESEARCH), models, incidents, serious, incidentsToDate,
                (double) withFirms / config.marketSize(), shockRounds, complianceCost, members, signal,
                licenseToFirms, byUseCase);
    }

    long budgetBalance() {
        return budget.balance();
    }

    // ---- snapshot and hash ---------------------------------------------------------------

    MarketSnapshot.RemedyState snapshot(long[] outside) {
        return new MarketSnapshot.RemedyState(java.util.Arrays.stream(outside).boxed().toList(), budget.snapshot(), frontier.snapshot(), shockRounds,
                incidentsToDate);
    }

    void restore(MarketSnapshot.RemedyState s, long[] outside) {
        for (int slot = 0; slot < outside.length; slot++) {
            outside[slot] = s.outside().get(slot);
        }
        budget = RegulatorBudget.restore(s.budget());
        frontier.restore(s.frontier());
        shockRounds = s.shockRounds();
        incidentsToDate = s.incidentsToDate();
    }

    long hash(long h) {
        h = budget.hash(h);
        h = frontier.hash(h);
        h = OrderBook.mix(h ^ shockRounds);
        return OrderBook.mix(h ^ incidentsToDate);
    }
}
