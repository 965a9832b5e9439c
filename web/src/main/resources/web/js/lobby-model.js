// What the lobby offers whom: the class matches a newcomer can join (open ones first), the demo to
// watch, the visitor's own matches, and the finished ones behind "past matches". Pure functions on
// the match list (GET /api/matches), no DOM.

import {t} from './i18n.js';

/** How many last rounds of a match are closed to newcomers: a fifth of the match, at least 3. */
export function closingRounds(rounds) {
  return Math.max(3, Math.ceil(rounds * 0.2));
}

/** Rounds still to play, the current one included (all of them before the start). */
export function roundsLeft(m) {
  if (m.status === 'OPEN' || m.round <= 0) return m.rounds;
  if (m.status === 'FINISHED') return 0;
  return Math.max(0, m.rounds - m.round + 1);
}

/** Whether the match is in its last rounds, too late for a newcomer to play it. */
export function inLastRounds(m) {
  return (m.status === 'RUNNING' || m.status === 'PAUSED') && roundsLeft(m) < closingRounds(m.rounds);
}

/**
 * Whether a newcomer may be offered a seat: a class match (not the demo, not someone's practice,
 * not a tournament's) that is open or under way with enough rounds left and a free seat.
 */
export function joinable(m) {
  return !m.demo && !m.practice && !m.tournamentId && m.status !== 'FINISHED' && m.firms < m.seats
    && !inLastRounds(m);
}

/**
 * What the play view says to a visitor without a seat in a match that takes no newcomer: over,
 * the demo (its seats are for bots), reserved (practice, tournament), or too late (full, last rounds).
 */
export function notJoinableText(m) {
  if (m.status === 'FINISHED') return t('join.over');
  if (m.demo) return t('join.demo');
  if (m.practice || m.tournamentId) return t('join.reserved');
  return t('join.tooLate', {why: whyNotJoinable(m)});
}

/** Why a class match is not offered to a newcomer, or null when it is. */
export function whyNotJoinable(m) {
  if (m.status === 'FINISHED') return t('why.finished');
  if (m.firms >= m.seats) return t('why.full');
  if (inLastRounds(m)) return roundsLeft(m) === 1 ? t('why.lastRound') : t('why.lastRounds', {n: roundsLeft(m)});
  return null;
}

const STATUS_ORDER = {OPEN: 0, RUNNING: 1, PAUSED: 2, FINISHED: 3};

/**
 * The lobby's sections. {@code seatIn(matchId)} says whether this browser holds a seat there.
 *   mine:    matches the visitor is playing (not finished), to return to
 *   classes: class matches not finished, joinable first, open ones before running ones, newest first
 *   demo:    the newest demo match being played (to watch), or null
 *   past:    finished matches, newest first (others' practice matches left out)
 */
export function lobbySections(matches, seatIn = () => false) {
  const list = [...(matches ?? [])];
  const newestFirst = (a, b) => list.indexOf(b) - list.indexOf(a);
  const playing = m => m.status !== 'FINISHED';
  const mine = list.filter(m => playing(m) && seatIn(m.matchId)).sort(newestFirst);
  const classes = list.filter(m => playing(m) && !m.demo && !m.practice && !m.tournamentId && !seatIn(m.matchId))
    .sort((a, b) => (joinable(b) - joinable(a)) || (STATUS_ORDER[a.status] - STATUS_ORDER[b.status])
      || newestFirst(a, b));
  const demo = list.filter(m => m.demo && playing(m)).sort(newestFirst)[0] ?? null;
  const past = list.filter(m => m.status === 'FINISHED' && (!m.practice || seatIn(m.matchId))).sort(newestFirst);
  return {mine, classes, demo, past};
}
