// The class monitor's numbers, pure: one row per firm from the match model's state (the last
// settled round, what each firm did last, the compute bought this round), and the flags a teacher
// acts on. House bots get rows but never flags.

import {t} from './i18n.js';

export const IDLE_ROUNDS = 3;
/** Near bankruptcy: cash under this fraction of the starting cash... */
export const LOW_CASH_SHARE = 0.1;
/** ...or, losing money, cash that lasts fewer rounds than this at the last round's loss. */
export const RUNWAY_ROUNDS = 3;

/** The flags, in the order they are counted; their labels are in the message catalogue (monitor.flag.*). */
export const FLAGS = {'no-compute': true, idle: true, 'near-bankruptcy': true};

/** The net of a round's result: the change of the firm's cash over the round. */
export function netOf(fr) {
  return fr.revenue - fr.computeCost - fr.giveaway - fr.rnd - fr.fixedCost - (fr.fine ?? 0) + (fr.subsidy ?? 0);
}

/**
 * @param firms        the firms now (firmId, name, kind, status, cash, share, users)
 * @param lastRound    the last settled round ({round, firms: FirmResult[]}) or null
 * @param lastAction   Map firmId → {kind, round, text}
 * @param seatedIn     Map firmId → the round it took its seat in
 * @param computePaid  firmId → cents paid for compute so far this round
 * @param startCash    the match's starting cash
 * @param live         whether the match is under way (RUNNING or PAUSED): idleness counts only then
 */
export function monitorRows({firms, lastRound, lastAction, seatedIn, computePaid, startCash, live}) {
  const settled = lastRound?.round ?? 0;
  const results = new Map((lastRound?.firms ?? []).map(fr => [fr.firmId, fr]));
  return firms.map(f => {
    const fr = results.get(f.firmId) ?? null;
    const action = lastAction.get(f.firmId) ?? null;
    const since = action ? action.round : (seatedIn.get(f.firmId) ?? 0);
    const idleRounds = Math.max(0, settled - since);
    const net = fr ? netOf(fr) : null;
    const paid = computePaid(f.firmId);
    const student = f.kind !== 'HOUSE';
    const active = f.status !== 'BANKRUPT';
    const flags = [];
    if (student && active) {
      if (fr && fr.capacity === 0 && paid === 0) flags.push('no-compute');
      if (live && idleRounds >= IDLE_ROUNDS) flags.push('idle');
      if (f.cash < startCash * LOW_CASH_SHARE || (net !== null && net < 0 && f.cash + RUNWAY_ROUNDS * net < 0)) {
        flags.push('near-bankruptcy');
      }
    }
    return {
      firmId: f.firmId, name: f.name, student, status: f.status ?? 'ACTIVE', cash: f.cash, net, share: f.share ?? 0,
      users: fr?.users ?? f.users ?? 0, served: fr?.served ?? null, capacity: fr?.capacity ?? null,
      computeThisRound: paid, lastAction: action, idleRounds, flags,
    };
  }).sort((a, b) => (b.student - a.student) || (b.flags.length > 0) - (a.flags.length > 0) || a.firmId - b.firmId);
}

/** How many students carry each flag. */
export function flagCounts(rows) {
  const counts = Object.fromEntries(Object.keys(FLAGS).map(k => [k, 0]));
  for (const r of rows) for (const flag of r.flags) counts[flag]++;
  return counts;
}

/** A one-click message for a student's first flag: what to do about it, in the teacher's language. */
export function tipFor(flag) {
  return flag in FLAGS ? t(`monitor.tip.${flag}`, {n: IDLE_ROUNDS}) : '';
}
