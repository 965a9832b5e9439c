// What the article's remedies did in a match, read from the settled rounds of a MatchModel (each
// round's firms[].remedy and indicators.remedies, as the stream and the history carry them): the
// regulator's budget with its flows, the research frontier, the consortium, the incidents and the
// users per use case. Pure functions of the rounds, so the live views and the replay agree.

/** The budget's flows: where public money comes from and where it goes (keys of RemedyIndicators). */
export const INCOME = ['fines', 'levies', 'publicFees'];
export const SPENDING = ['subsidies', 'grants', 'publicFarms', 'research'];

/** The settled rounds that carry the remedies' indicators, oldest first. */
export function remedyRounds(rounds, upto = rounds.length) {
  return rounds.slice(0, upto).filter(r => r.indicators?.remedies);
}

/** Whether the match plays the remedies' rules (its settings say so, or a settled round shows them). */
export function playsRemedies(model) {
  return Boolean(model.settings?.market?.remedies) || model.rounds.some(r => r.indicators?.remedies);
}

/** The use cases' names, from the match's rules (or as many unnamed ones as the rounds show). */
export function useCaseNames(model) {
  const named = model.settings?.market?.remedies?.useCases;
  if (Array.isArray(named) && named.length) return named.map(u => u.name);
  const last = [...model.rounds].reverse().find(r => r.indicators?.remedies);
  return (last?.indicators.remedies.usersByUseCase ?? []).map(() => undefined);
}

/**
 * The regulator's budget: the balance after the last round, and each flow in that round and summed
 * over every round so far. Null before a round with the remedies is settled.
 */
export function budget(rounds) {
  if (!rounds.length) return null;
  const last = rounds.at(-1);
  const flow = key => ({key, round: last.indicators.remedies[key] ?? 0,
    toDate: rounds.reduce((sum, r) => sum + (r.indicators.remedies[key] ?? 0), 0)});
  const total = (flows, pick) => flows.reduce((sum, f) => sum + f[pick], 0);
  const income = INCOME.map(flow);
  const spending = SPENDING.map(flow);
  return {round: last.round, balance: last.indicators.remedies.budget, income, spending,
    incomeRound: total(income, 'round'), incomeToDate: total(income, 'toDate'),
    spendingRound: total(spending, 'round'), spendingToDate: total(spending, 'toDate')};
}

/** The shared research frontier: its level now, breakthroughs and basic research paid so far, public models now. */
export function research(rounds) {
  if (!rounds.length) return null;
  const now = rounds.at(-1).indicators.remedies;
  return {frontier: now.frontier, breakthroughs: rounds.reduce((n, r) => n + (r.indicators.remedies.breakthroughs ?? 0), 0),
    fund: rounds.reduce((sum, r) => sum + (r.indicators.remedies.research ?? 0), 0), publicModels: now.publicModels ?? []};
}

/** The consortium after the last round: its members (firm ids, seat order) and the coordination signal. */
export function consortium(rounds) {
  if (!rounds.length) return null;
  const last = rounds.at(-1);
  const members = last.firms.filter(f => f.remedy?.consortium && f.status !== 'BANKRUPT').map(f => f.firmId)
    .sort((a, b) => a - b);
  return {members, signal: last.indicators.remedies.coordinationSignal ?? 0};
}

/** Every incident so far, newest first: round, firm, serious or not, users lost, trust after. */
export function incidents(rounds) {
  const out = [];
  for (const r of rounds) {
    for (const f of r.firms) {
      if (f.remedy?.incident) {
        out.push({round: r.round, firmId: f.firmId, name: f.name, serious: Boolean(f.remedy.serious),
          usersLost: f.remedy.incidentUsers ?? null, trust: f.remedy.trust});
      }
    }
  }
  return out.sort((a, b) => b.round - a.round || a.firmId - b.firmId);
}

/** Users with a firm in each use case, one series per use case: [rounds, uc0[], uc1[], ...]. */
export function usersByUseCase(rounds, useCases) {
  return [rounds.map(r => r.round),
    ...useCases.map((_, u) => rounds.map(r => r.indicators.remedies.usersByUseCase?.[u] ?? null))];
}

/** One firm's share (percent) of each use case's users, round by round: [rounds, uc0[], ...]. */
export function shareByUseCase(rounds, useCases, firmId) {
  return [rounds.map(r => r.round), ...useCases.map((_, u) => rounds.map(r => {
    const firm = r.firms.find(f => f.firmId === firmId)?.remedy?.usersByUseCase?.[u];
    const all = r.indicators.remedies.usersByUseCase?.[u];
    if (firm === undefined || firm === null || all === undefined) return null;
    return all > 0 ? Math.round((firm / all) * 1000) / 10 : 0;
  }))];
}
