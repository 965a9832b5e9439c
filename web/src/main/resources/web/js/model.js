// The state of one match in the browser, built from the public match view (a stream snapshot or
// GET /api/matches/{id}) and from events (the stream, or the history for replays). The same
// reducer serves the live views and the replay, so they always agree.

import {titleCase, pct, decimal, cents, count, money, perUser} from './format.js';
import {policyAbout, policyLabel, strategyLabel, describeSettings} from './catalog.js';
import {t, has, locale} from './i18n.js';
import {describeIntervention} from './reasons.js';
import {computeSpent} from './economics.js';

const FEED_LIMIT = 500;

export function isRegulatorEvent(type) {
  return typeof type === 'string' && (type.startsWith('intervention') || type.startsWith('policy'));
}

export class MatchModel {
  constructor(matchId) {
    this.matchId = matchId;
    this.seq = 0;
    this.summary = {matchId, name: '', status: 'OPEN', round: 0, rounds: 0, roundMillis: 0, seats: 0, firms: 0,
      policy: '', demo: false, deadline: 0};
    this.settings = null;
    this.firms = new Map();
    this.rounds = [];
    this.feed = [];
    this.standings = [];
    this.remainingMillis = 0;
    this.interventions = [];
    this.interventionCount = 0;
    this.trades = 0;
    this.messages = [];
    /** What each firm did last (decisions, an order, a cancel, ready) and in which round; firmId → {kind, round, at, text}. */
    this.lastAction = new Map();
    /** The round each firm took its seat in. */
    this.seatedIn = new Map();
    /** Cents each firm paid for compute in the current round (bought minus resold), from the trades seen. */
    this.computeThisRound = new Map();
  }

  /** What the firm paid for compute so far this round, as far as this page has seen its trades. */
  computePaid(firmId) {
    return this.computeThisRound.get(firmId) ?? 0;
  }

  /** Firms in seat order. */
  firmList() {
    return [...this.firms.values()].sort((a, b) => a.firmId - b.firmId);
  }

  /** The latest teacher's message this firm's player should see: to everyone, or to this firm (null: everyone's only). */
  lastMessageFor(firmId = null) {
    for (let i = this.messages.length - 1; i >= 0; i--) {
      const m = this.messages[i];
      if (m.firmId === null || m.firmId === undefined || m.firmId === firmId) return m;
    }
    return null;
  }

  act(firmId, kind, at, text) {
    this.lastAction.set(firmId, {kind, round: this.summary.round, at, text});
  }

  firmName(firmId) {
    return firmId === -1 ? t('model.farms') : this.firms.get(firmId)?.name ?? t('common.firmN', {id: firmId});
  }

  /** The public match view (MatchDetails) is the truth at its seq. */
  applySnapshot(details) {
    this.seq = details.seq;
    this.summary = {...details.summary};
    this.remainingMillis = details.remainingMillis ?? 0;
    for (const f of details.firms ?? []) {
      const known = this.firms.get(f.firmId) ?? {};
      this.firms.set(f.firmId, {...known, ...f});
    }
    const last = details.lastRound;
    if (last && !this.rounds.some(r => r.round === last.round)) {
      this.rounds.push({round: last.round, at: null, firms: last.firms, indicators: last.indicators});
      this.rounds.sort((a, b) => a.round - b.round);
    }
    if (details.standings?.length) this.standings = details.standings;
    if (Array.isArray(details.interventions)) this.interventions = details.interventions;
  }

  apply(e) {
    if (typeof e.seq === 'number' && e.seq <= this.seq) return false;
    const s = this.summary;
    switch (e.type) {
      case 'match-created': {
        const st = e.settings;
        this.settings = st;
        Object.assign(s, {name: st.name, rounds: st.market.rounds, roundMillis: st.roundMillis,
          seats: st.market.maxFirms, policy: st.policy, demo: st.demo, status: 'OPEN', round: 0});
        this.note(e, 'lifecycle', t('model.created'), t('model.createdText', {rounds: st.market.rounds, policy: policyLabel(st.policy)}));
        break;
      }
      case 'seat-taken': {
        const holder = e.holder;
        const market = this.settings?.market;
        this.firms.set(holder.firmId, {firmId: holder.firmId, name: holder.name, kind: holder.kind,
          strategy: holder.strategy, status: 'ACTIVE', price: market?.defaultPrice ?? 0, bounty: 0, rnd: 0,
          users: 0, share: 0, cash: market?.startCash ?? 0, quality: market?.startQuality ?? 1});
        s.firms = this.firms.size;
        this.seatedIn.set(holder.firmId, s.round);
        this.note(e, 'seat', t('model.joined', {name: holder.name}),
          holder.kind === 'HOUSE' ? t('model.houseBot', {strategy: strategyLabel(holder.strategy)}) : t('model.player'),
          {firmId: holder.firmId});
        break;
      }
      case 'match-started':
        this.computeThisRound.clear();
        Object.assign(s, {status: 'RUNNING', round: 1, deadline: e.deadline});
        this.note(e, 'lifecycle', t('model.started'), t('model.startedText'));
        break;
      case 'decisions-set': {
        const f = this.firms.get(e.firmId);
        if (f) Object.assign(f, {price: e.decisions.price, bounty: e.decisions.bounty, rnd: e.decisions.rnd});
        this.act(e.firmId, 'decisions', e.at, t('model.actDecisions', {price: cents(e.decisions.price),
          bounty: cents(e.decisions.bounty), rnd: money(e.decisions.rnd)}));
        break;
      }
      case 'order-placed':
        this.act(e.firmId, 'order', e.at, t(e.side === 'SELL' ? 'model.actAsk' : 'model.actBid', {n: count(e.quantity)}));
        this.trades += e.fills?.length ?? 0;
        for (const firmId of new Set((e.fills ?? []).flatMap(f => [f.buyerFirm, f.sellerFirm]))) {
          if (firmId >= 0) this.computeThisRound.set(firmId, this.computePaid(firmId) + computeSpent(e.fills, firmId));
        }
        break;
      case 'order-cancelled':
        this.act(e.firmId, 'cancel', e.at, t('model.actCancel'));
        break;
      case 'firm-ready':
        this.act(e.firmId, 'ready', e.at, t('model.actReady', {round: e.round}));
        break;
      case 'round-settled':
        this.settle(e);
        break;
      case 'match-paused':
        Object.assign(s, {status: 'PAUSED', deadline: 0});
        this.remainingMillis = e.remainingMillis;
        this.note(e, 'lifecycle', t('model.paused'), t('model.pausedText'));
        break;
      case 'match-resumed':
        Object.assign(s, {status: 'RUNNING', deadline: e.deadline});
        this.remainingMillis = 0;
        this.note(e, 'lifecycle', t('model.resumed'), t('model.resumedText', {round: s.round}));
        break;
      case 'match-finished':
        Object.assign(s, {status: 'FINISHED', deadline: 0});
        this.standings = (e.standings ?? []).map(st => ({rank: st.rank, firmId: st.firmId, name: st.name,
          status: st.status, score: st.score}));
        this.note(e, 'lifecycle', e.stopped ? t('model.stopped') : t('model.finished'),
          this.standings.length ? t('model.winner', {name: this.standings[0].name}) : '');
        break;
      case 'message-broadcast':
        this.messages.push({seq: e.seq, at: e.at, text: e.text, firmId: e.firmId ?? null});
        this.note(e, 'message', e.firmId === null || e.firmId === undefined ? t('model.message')
          : t('model.messageTo', {name: this.firmName(e.firmId)}), e.text, {firmId: e.firmId ?? undefined});
        break;
      default:
        if (isRegulatorEvent(e.type)) this.regulator(e);
    }
    if (typeof e.seq === 'number') this.seq = e.seq;
    return true;
  }

  settle(e) {
    const r = e.report;
    const s = this.summary;
    this.computeThisRound.clear();
    this.rounds.push({round: r.round, at: e.at, firms: r.firms, indicators: r.indicators});
    for (const fr of r.firms) {
      const f = this.firms.get(fr.firmId) ?? {firmId: fr.firmId, name: fr.name, kind: 'PLAYER'};
      const wasActive = f.status !== 'BANKRUPT';
      Object.assign(f, {status: fr.status, price: fr.price, bounty: fr.bounty, rnd: fr.rnd, users: fr.users,
        share: fr.share, cash: fr.cash, quality: fr.quality});
      this.firms.set(fr.firmId, f);
      if (wasActive && fr.status === 'BANKRUPT') {
        this.note(e, 'bankruptcy', t('model.bankrupt', {name: fr.name}), t('model.bankruptText', {round: r.round}),
          {firmId: fr.firmId});
      }
    }
    s.round = e.nextDeadline > 0 ? r.round + 1 : r.round;
    s.deadline = e.nextDeadline;
    const i = r.indicators;
    this.note(e, 'round', t('model.settled', {round: r.round}), '', {round: r.round, facts: [
      [t('fact.hhi'), count(i.hhi)], [t('fact.subsidyIntensity'), decimal(i.subsidyIntensity)],
      [t('fact.spiralIndex'), String(i.spiralIndex)], [t('fact.averagePrice'), perUser(Math.round(i.averagePrice * 10) / 10)],
      [t('fact.largestShare'), pct(i.largestShare)],
    ]});
  }

  /**
   * Regulator events: intervention-imposed / intervention-lifted {intervention: {id, kind, firmId,
   * value, fromRound, untilRound, reason}} and policy-changed {policy, settings}. Shapes it does not
   * know still show, with their rule (or kind), reason, until when, firm and other plain fields.
   */
  regulator(e) {
    if (e.intervention && typeof e.intervention === 'object') {
      this.intervention(e, e.intervention);
      return;
    }
    if (e.type === 'policy-changed') {
      this.summary.policy = e.policy;
      const about = describeSettings(e.policy, e.settings);
      this.note(e, 'intervention', t('model.policyChanged', {policy: policyLabel(e.policy)}),
        t('model.policyChangedText', {policy: policyLabel(e.policy), about: policyAbout(e.policy) || t('model.unknownPolicy')}),
        {event: e.type, facts: about ? [[t('model.thresholds'), about]] : []});
      return;
    }
    const x = flatten(e);
    const rule = x.rule ?? x.kind;
    const until = x.until ?? x.untilRound;
    if (e.type.endsWith('imposed') || e.type === 'intervention') this.interventionCount++;
    if (typeof e.policy === 'string') this.summary.policy = e.policy;
    const facts = [];
    if (typeof x.firmId === 'number') facts.push([t('model.fact.firm'), x.firmId < 0 ? t('reason.allFirms') : this.firmName(x.firmId)]);
    if (until !== undefined && until !== null) facts.push([t('model.fact.until'), describeUntil(until)]);
    for (const [k, v] of Object.entries(x)) {
      if (SHOWN_APART.has(k) || v === null || typeof v === 'object') continue;
      facts.push([titleCase(k).toLowerCase(), String(v)]);
    }
    const title = (has(`rule.${e.type}`) ? t(`rule.${e.type}`) : titleCase(e.type)) + (rule ? `: ${humanize(rule)}` : '');
    this.note(e, 'intervention', title, x.reason ?? '', {event: e.type, facts, firmId: x.firmId >= 0 ? x.firmId : undefined});
  }

  /** An intervention imposed or lifted: what, on whom, how much, which rounds, and why. */
  intervention(e, i) {
    const lifted = e.type.endsWith('lifted');
    if (lifted) {
      this.interventions = this.interventions.filter(x => x.id !== i.id);
    } else {
      this.interventionCount++;
      this.interventions = [...this.interventions.filter(x => x.id !== i.id), i];
    }
    const facts = [[t('model.fact.who'), this.whom(i.firmId)]];
    const value = describeValue(i.kind, i.value);
    if (value) facts.push([valueLabel(i.kind), value]);
    facts.push([t(lifted ? 'model.fact.held' : 'model.fact.holds'), describeRounds(i.fromRound, i.untilRound)]);
    this.note(e, 'intervention', t(lifted ? 'model.lifted' : 'model.imposed', {rule: humanize(i.kind)}),
      describeIntervention(i, id => this.firmName(id)),
      {event: e.type, rule: i.kind, facts, firmId: i.firmId >= 0 ? i.firmId : undefined});
  }

  whom(firmId) {
    return typeof firmId !== 'number' || firmId < 0 ? t('reason.allFirms') : this.firmName(firmId);
  }

  note(e, kind, title, text, extra = {}) {
    this.feed.push({seq: e.seq, at: e.at, kind, title, text, settled: this.rounds.length,
      round: this.summary.round, facts: [], ...extra});
    if (this.feed.length > FEED_LIMIT * 2) this.feed.splice(0, this.feed.length - FEED_LIMIT);
  }

  /** Live ranking: active firms by cash, then bankrupt ones; the final standings once finished. */
  ranking() {
    if (this.standings.length) {
      return this.standings.map(st => ({...this.firms.get(st.firmId), ...st, cash: st.score}));
    }
    return this.firmList()
      .sort((a, b) => (a.status === 'BANKRUPT') - (b.status === 'BANKRUPT') || b.cash - a.cash)
      .map((f, i) => ({...f, rank: i + 1}));
  }
}

const SHOWN_APART = new Set(['seq', 'at', 'type', 'rule', 'kind', 'reason', 'until', 'untilRound', 'firmId', 'id']);

/** An event's plain fields, with those of its nested objects lifted (the event's own win). */
function flatten(e) {
  const out = {};
  for (const v of Object.values(e)) {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, inner] of Object.entries(v)) if (inner === null || typeof inner !== 'object') out[k] = inner;
    }
  }
  for (const [k, v] of Object.entries(e)) if (v === null || typeof v !== 'object') out[k] = v;
  return out;
}

/** An intervention's value as its kind means it (see InterventionKind on the server); '' when unused. */
export function describeValue(kind, value) {
  switch (kind) {
    case 'GIVEAWAY_CAP': return t('value.cap', {value: cents(value)});
    case 'PRICE_FLOOR': return t('value.floor', {value: cents(value)});
    case 'FINE': return money(value);
    case 'SHARE_CAP': return pct(value / 10_000, 0);
    case 'RND_SUBSIDY': return t('value.subsidy', {pct: pct(value / 10_000, 0)});
    case 'COMPUTE_VOUCHER': return t('value.voucher', {n: count(value)});
    case 'LEVY': return t('value.levy', {pct: pct(value / 10_000, 1)});
    case 'BASIC_RESEARCH':
    case 'RND_GRANT': return t('value.perRound', {value: money(value)});
    // Thousandths of a cent per user a round (RemedySettings.safetyStandard).
    case 'SAFETY_STANDARD': return t('value.safety', {value: cents(value / 1000)});
    // One bit per use case with a public model.
    case 'PUBLIC_FARMS': return t('value.useCases', {n: count(useCases(value))});
    default: return '';
  }
}

function useCases(mask) {
  let n = 0;
  for (let m = mask; m > 0; m = Math.floor(m / 2)) n += m % 2;
  return n;
}

export function valueLabel(kind) {
  const key = {GIVEAWAY_CAP: 'cap', PRICE_FLOOR: 'floor', FINE: 'fine', SHARE_CAP: 'shareCap', RND_SUBSIDY: 'subsidy',
    COMPUTE_VOUCHER: 'vouchers', LEVY: 'levy', BASIC_RESEARCH: 'research', RND_GRANT: 'grant',
    SAFETY_STANDARD: 'safety', PUBLIC_FARMS: 'publicModels'}[kind] ?? 'value';
  return t(`value.label.${key}`);
}

export function describeRounds(from, until) {
  if (typeof from !== 'number') return typeof until === 'number' ? t('reason.until', {round: until}) : '';
  return from === until ? t('reason.round', {round: from}) : t('model.roundsFromTo', {from, until});
}

/** GIVEAWAY_CAP → "giveaway cap" (in the page's language when the catalogue knows the rule). */
export function humanize(code) {
  if (has(`rule.${code}`)) return t(`rule.${code}`);
  return String(code).toLowerCase().replace(/[_-]+/g, ' ');
}

/** "until" may be a round number, an instant (ISO text) or epoch milliseconds. */
export function describeUntil(until) {
  if (typeof until === 'number') {
    return until > 1e11 ? new Date(until).toLocaleTimeString(locale()) : t('reason.round', {round: until});
  }
  const date = Date.parse(until);
  return Number.isNaN(date) ? String(until) : new Date(date).toLocaleTimeString(locale());
}
