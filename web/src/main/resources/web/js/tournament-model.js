// What a page needs from a TournamentView for one visitor: their seats, the match they should be
// playing now, the schedule by round and where each match can be opened. Pure functions, no DOM.

import {t} from './i18n.js';

/** The visitor's seat in a tournament match, or null. */
export function seatOf(match, playerId) {
  if (!playerId || !match) return null;
  return (match.seats ?? []).find(s => s.entrantId === playerId) ?? null;
}

/** Whether the player is one of the tournament's entrants. */
export function isEntrant(view, playerId) {
  return Boolean(playerId) && (view?.entrants ?? []).some(e => e.entrantId === playerId);
}

/** The RUNNING match (with an arena match id) the player holds a seat in, or null. */
export function matchToPlay(view, playerId) {
  return (view?.matches ?? []).find(m => m.status === 'RUNNING' && m.matchId && seatOf(m, playerId)) ?? null;
}

/** The player's next match that has not started yet, or null. */
export function nextMatch(view, playerId) {
  return (view?.matches ?? []).filter(m => m.status === 'SCHEDULED' && seatOf(m, playerId))
    .sort((a, b) => a.round - b.round || a.number - b.number)[0] ?? null;
}

/** The matches grouped by tournament round: [{round, matches, status}], rounds in order, matches by number. */
export function scheduleByRound(view) {
  const byRound = new Map();
  for (const m of view?.matches ?? []) {
    if (!byRound.has(m.round)) byRound.set(m.round, []);
    byRound.get(m.round).push(m);
  }
  return [...byRound.entries()].sort((a, b) => a[0] - b[0]).map(([round, matches]) => {
    matches.sort((a, b) => a.number - b.number);
    const all = status => matches.every(m => m.status === status);
    const done = matches.every(m => m.status === 'FINISHED' || m.status === 'CANCELLED');
    const status = all('CANCELLED') ? 'CANCELLED' : done ? 'FINISHED' : all('SCHEDULED') ? 'SCHEDULED' : 'RUNNING';
    return {round, matches, status};
  });
}

/**
 * Where a match can be opened: play (the visitor holds a seat in a match that is on or about to be),
 * watch (someone else's), replay (finished), or null (not created yet, or a fast-mode match).
 */
export function matchLink(match, playerId) {
  if (!match?.matchId) return null;
  const id = encodeURIComponent(match.matchId);
  if (match.status === 'FINISHED') return {kind: 'replay', get label() { return t('link.replay'); }, href: `#/replay/${id}`};
  if (seatOf(match, playerId)) return {kind: 'play', get label() { return t('link.play'); }, href: `#/play/${id}`};
  return {kind: 'watch', get label() { return t('link.watch'); }, href: `#/watch/${id}`};
}

/** Seats in firm order before the match is played, by rank after. */
export function seatsForDisplay(match) {
  const seats = [...(match?.seats ?? [])];
  if (match?.status === 'FINISHED') seats.sort((a, b) => (a.rank || 1e9) - (b.rank || 1e9) || a.firmId - b.firmId);
  else seats.sort((a, b) => a.firmId - b.firmId);
  return seats;
}

/**
 * The view a stream delta leads to from `view` (see docs/API.md, "Tournament stream"), or null
 * when the delta does not follow on from it (its prev is not the view's seq): then the client
 * reconnects with ?from= its seq. Withdrawn entrants go first, then registered ones are appended;
 * matches are replaced or added by number; leaderboard rows are set at their rank and the board
 * cut or grown to leaderboardSize. The view given is not changed.
 */
export function applyDelta(view, delta) {
  if (!view || !delta || delta.prev !== view.seq) return null;
  const gone = new Set(delta.withdrew ?? []);
  const entrants = (view.entrants ?? []).filter(e => !gone.has(e.entrantId)).concat(delta.entrants ?? []);
  const byNumber = new Map((view.matches ?? []).map(m => [m.number, m]));
  for (const m of delta.matches ?? []) byNumber.set(m.number, m);
  const matches = [...byNumber.values()].sort((a, b) => a.number - b.number);
  const leaderboard = (view.leaderboard ?? []).slice(0, delta.leaderboardSize);
  while (leaderboard.length < delta.leaderboardSize) leaderboard.push(null);
  for (const row of delta.leaderboard ?? []) leaderboard[row.rank - 1] = row;
  return {...view, seq: delta.seq, summary: delta.summary, entrants, matches, leaderboard};
}
