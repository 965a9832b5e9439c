// The story of a match for its debrief, pure: the key moments (the giveaway spiral's start and
// end, each intervention and what changed after it, bankruptcies, big share swings) computed from
// the match's event history, and the series its charts show.

import {describeIntervention} from './reasons.js';
import {pct, cents, decimal, count} from './format.js';
import {t, tn} from './i18n.js';
import {humanize} from './model.js';

/** A spiral counts from this many consecutive rounds of falling prices with rising giveaways. */
export const SPIRAL_ROUNDS = 2;
/** A firm's share moving this much (0 to 1) within SWING_ROUNDS rounds is a swing. */
export const SWING = 0.10;
export const SWING_ROUNDS = 3;
/** What changed after an intervention is read this many rounds after it took effect. */
export const AFTER_ROUNDS = 3;

/** The settled rounds ({round, firms, indicators}) and imposed interventions of an event history. */
export function roundsOf(events) {
  const rounds = [];
  const interventions = [];
  for (const e of events) {
    if (e.type === 'round-settled') rounds.push({round: e.report.round, firms: e.report.firms, indicators: e.report.indicators});
    else if (e.type === 'intervention-imposed' && e.intervention) interventions.push(e.intervention);
  }
  rounds.sort((a, b) => a.round - b.round);
  return {rounds, interventions};
}

/** The market indicators compared before and after an intervention. */
export const WATCHED = [
  {key: 'averagePrice', get label() { return t('watched.averagePrice'); }, format: v => cents(Math.round(v * 10) / 10)},
  {key: 'subsidyIntensity', get label() { return t('watched.subsidyIntensity'); }, format: v => decimal(v, 2)},
  {key: 'spiralIndex', get label() { return t('watched.spiralIndex'); }, format: v => String(v)},
  {key: 'hhi', get label() { return t('watched.hhi'); }, format: v => count(Math.round(v))},
];

/**
 * The key moments, in round order. Each: {round, kind, title, detail, firmId?, changes?} where kind is
 * spiral-start, spiral-end, intervention, bankruptcy or share-swing, and an intervention's changes
 * list [{key, label, before, after, text}] from the round that triggered it to AFTER_ROUNDS later.
 */
export function keyMoments(events) {
  const {rounds, interventions} = roundsOf(events);
  const names = new Map();
  for (const r of rounds) for (const f of r.firms) names.set(f.firmId, f.name);
  const name = id => names.get(id) ?? t('common.firmN', {id});
  const byRound = new Map(rounds.map(r => [r.round, r]));
  const moments = [];

  let spiralFrom = null;
  for (const r of rounds) {
    const s = r.indicators.spiralIndex ?? 0;
    if (spiralFrom === null && s >= SPIRAL_ROUNDS) {
      spiralFrom = r.round - s + 1;
      moments.push({round: spiralFrom, kind: 'spiral-start', title: t('moment.spiralStart'),
        detail: t('moment.spiralStartText', {from: spiralFrom, index: s, round: r.round,
          intensity: decimal(r.indicators.subsidyIntensity, 2)})});
    } else if (spiralFrom !== null && s === 0) {
      moments.push({round: r.round, kind: 'spiral-end', title: t('moment.spiralEnd'),
        detail: t('moment.spiralEndText', {n: r.round - spiralFrom, price: cents(Math.round(r.indicators.averagePrice * 10) / 10),
          intensity: decimal(r.indicators.subsidyIntensity, 2)})});
      spiralFrom = null;
    }
  }

  const open = new Map(); // kind and firm → the moment of a rule still in force, renewed rather than repeated
  for (const i of [...interventions].sort((a, b) => a.fromRound - b.fromRound)) {
    const key = `${i.kind}:${i.firmId}`;
    const running = open.get(key);
    if (running && i.fromRound <= running.untilRound + 1) {
      running.renewals++;
      running.untilRound = Math.max(running.untilRound, i.untilRound);
      running.renewed = tn('moment.renewed', running.renewals, {round: running.untilRound});
      continue;
    }
    const trigger = byRound.get(i.fromRound - 1) ?? byRound.get(i.fromRound);
    const laterRound = Math.min(i.fromRound + AFTER_ROUNDS - 1, rounds.at(-1)?.round ?? i.fromRound);
    const later = byRound.get(laterRound);
    const changes = trigger && later && later.round > trigger.round ? WATCHED.map(w => {
      const before = trigger.indicators[w.key];
      const after = later.indicators[w.key];
      return {key: w.key, label: w.label, before, after,
        text: t('moment.change', {label: w.label, before: w.format(before), after: w.format(after)})};
    }) : [];
    const moment = {round: i.fromRound, kind: 'intervention', rule: i.kind,
      title: i.firmId >= 0 ? t('moment.regulatorOn', {rule: humanize(i.kind), name: name(i.firmId)})
        : t('moment.regulator', {rule: humanize(i.kind)}),
      detail: describeIntervention(i, name), firmId: i.firmId >= 0 ? i.firmId : undefined, changes,
      changesUntil: changes.length ? later.round : null, untilRound: i.untilRound, renewals: 0, renewed: null};
    open.set(key, moment);
    moments.push(moment);
  }

  const status = new Map();
  for (const r of rounds) {
    for (const f of r.firms) {
      if (f.status === 'BANKRUPT' && status.get(f.firmId) !== 'BANKRUPT') {
        moments.push({round: r.round, kind: 'bankruptcy', firmId: f.firmId, title: t('moment.bankrupt', {name: f.name}),
          detail: t('moment.bankruptText', {round: r.round, price: cents(f.price), bounty: cents(f.bounty)})});
      }
      status.set(f.firmId, f.status);
    }
  }

  for (const [firmId] of names) {
    const shares = rounds.map(r => ({round: r.round, share: r.firms.find(f => f.firmId === firmId)?.share ?? 0}));
    for (let k = 0; k < shares.length; k++) {
      for (let j = k + 1; j < shares.length && shares[j].round - shares[k].round <= SWING_ROUNDS; j++) {
        const move = shares[j].share - shares[k].share;
        if (Math.abs(move) >= SWING) {
          moments.push({round: shares[j].round, kind: 'share-swing', firmId,
            title: t(move > 0 ? 'moment.gains' : 'moment.loses', {name: name(firmId), share: pct(Math.abs(move), 0)}),
            detail: t('moment.swingText', {from: pct(shares[k].share), fromRound: shares[k].round,
              to: pct(shares[j].share), toRound: shares[j].round})});
          k = j; // the next swing starts where this one ended
          break;
        }
      }
    }
  }

  const order = {'spiral-start': 0, intervention: 1, 'share-swing': 2, bankruptcy: 3, 'spiral-end': 4};
  return moments.sort((a, b) => a.round - b.round || order[a.kind] - order[b.kind]);
}

/** A market indicator round by round: [[round...], [value...]]. */
export function indicatorSeries(rounds, key) {
  return [rounds.map(r => r.round), rounds.map(r => r.indicators[key] ?? null)];
}

/**
 * Two matches' series of one indicator on the same rounds axis (1 to the longer match), for a
 * chart that compares them: [[round...], [a...], [b...]] with null where a match has no round.
 */
export function alignedSeries(roundsA, roundsB, key) {
  const last = Math.max(roundsA.at(-1)?.round ?? 0, roundsB.at(-1)?.round ?? 0);
  const xs = Array.from({length: last}, (_, i) => i + 1);
  const at = rounds => {
    const byRound = new Map(rounds.map(r => [r.round, r.indicators[key] ?? null]));
    return xs.map(x => byRound.get(x) ?? null);
  };
  return [xs, at(roundsA), at(roundsB)];
}
