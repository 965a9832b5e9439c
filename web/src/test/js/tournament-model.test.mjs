// node --test web/src/test/js — the tournament page's pure helpers against TournamentView shapes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {seatOf, isEntrant, matchToPlay, nextMatch, scheduleByRound, matchLink, seatsForDisplay, applyDelta}
  from '../../main/resources/web/js/tournament-model.js';

const seat = (entrantId, firmId, rank = 0) => ({entrantId, name: entrantId ?? 'filler', kind: entrantId ? 'player' : 'filler',
  strategy: entrantId ? null : 'random', firmId, rank, score: rank ? 1000 * (10 - rank) : 0, status: rank ? 'ACTIVE' : null});
const view = {
  summary: {tournamentId: 't', status: 'RUNNING'},
  entrants: [{entrantId: 'me', name: 'me', kind: 'player'}, {entrantId: 'you', name: 'you', kind: 'player'}],
  matches: [
    {number: 3, round: 2, matchId: null, status: 'SCHEDULED', seed: 3, seats: [seat('me', 1), seat('you', 2)]},
    {number: 1, round: 1, matchId: 'm1', status: 'FINISHED', seed: 1, seats: [seat('me', 1, 2), seat(null, 2, 1)]},
    {number: 2, round: 1, matchId: 'm2', status: 'RUNNING', seed: 2, seats: [seat('you', 1), seat(null, 2)]},
  ],
};

test('seats and entry are found by the player id', () => {
  assert.equal(seatOf(view.matches[0], 'me').firmId, 1);
  assert.equal(seatOf(view.matches[2], 'me'), null);
  assert.equal(seatOf(view.matches[0], null), null);
  assert.ok(isEntrant(view, 'you'));
  assert.ok(!isEntrant(view, 'stranger'));
});

test('the match to play is a running one with a match id and the player seated', () => {
  assert.equal(matchToPlay(view, 'you').matchId, 'm2');
  assert.equal(matchToPlay(view, 'me'), null);
  assert.equal(nextMatch(view, 'me').number, 3);
});

test('the schedule groups by round, in order, with a round status', () => {
  const rounds = scheduleByRound(view);
  assert.deepEqual(rounds.map(r => [r.round, r.status, r.matches.map(m => m.number)]),
    [[1, 'RUNNING', [1, 2]], [2, 'SCHEDULED', [3]]]);
});

test('links: play my match, watch others, replay finished, none without a match id', () => {
  assert.equal(matchLink(view.matches[2], 'you').href, '#/play/m2');
  assert.equal(matchLink(view.matches[2], 'me').kind, 'watch');
  assert.equal(matchLink(view.matches[1], 'me').kind, 'replay');
  assert.equal(matchLink(view.matches[0], 'me'), null);
});

test('finished seats show by rank', () => {
  assert.deepEqual(seatsForDisplay(view.matches[1]).map(s => s.rank), [1, 2]);
  assert.deepEqual(seatsForDisplay(view.matches[0]).map(s => s.firmId), [1, 2]);
});

test('a round of a tournament stopped early is finished, or cancelled when none of it was played', () => {
  const stopped = {matches: [
    {number: 1, round: 1, matchId: 'a', status: 'FINISHED', seats: []},
    {number: 2, round: 1, matchId: null, status: 'CANCELLED', seats: []},
    {number: 3, round: 2, matchId: null, status: 'CANCELLED', seats: []},
  ]};
  assert.deepEqual(scheduleByRound(stopped).map(r => r.status), ['FINISHED', 'CANCELLED']);
  assert.equal(matchLink(stopped.matches[1], 'me'), null);
});

const row = (rank, entrantId, rating) => ({rank, entrantId, name: entrantId, kind: 'player', rating, matches: 1});

test('a delta replaces changed matches by number, sets moved rows at their rank and keeps the rest', () => {
  const before = {...view, seq: 7, leaderboard: [row(1, 'me', 3), row(2, 'you', 1)]};
  const finished = {...view.matches[2], status: 'FINISHED', seats: [seat('you', 1, 1), seat(null, 2, 2)]};
  const drawn = {number: 4, round: 3, matchId: null, status: 'SCHEDULED', seed: 4, seats: [seat('me', 1)]};
  const delta = {type: 'delta', seq: 9, prev: 7, summary: {tournamentId: 't', status: 'RUNNING', matchesPlayed: 2},
    withdrew: [], entrants: [], matches: [drawn, finished], leaderboard: [row(1, 'you', 4), row(2, 'me', 3)],
    leaderboardSize: 2};
  const after = applyDelta(before, delta);
  assert.equal(after.seq, 9);
  assert.equal(after.summary.matchesPlayed, 2);
  assert.deepEqual(after.matches.map(m => m.number), [1, 2, 3, 4]);
  assert.equal(after.matches[1].status, 'FINISHED');
  assert.equal(after.matches[2], before.matches[0], 'an unchanged match is the same object');
  assert.deepEqual(after.leaderboard.map(r => r.entrantId), ['you', 'me']);
  assert.equal(before.seq, 7, 'the view given is not changed');
  assert.equal(before.matches.length, 3);
});

test('a delta removes withdrawn entrants, appends new ones and grows or cuts the board', () => {
  const before = {...view, seq: 2, leaderboard: [row(1, 'me', 0), row(2, 'you', 0)]};
  const delta = {seq: 3, prev: 2, summary: view.summary, withdrew: ['me'],
    entrants: [{entrantId: 'new', name: 'new', kind: 'player'}, {entrantId: 'newer', name: 'newer', kind: 'player'}],
    matches: [], leaderboard: [row(1, 'you', 0), row(2, 'new', 0), row(3, 'newer', 0)], leaderboardSize: 3};
  const after = applyDelta(before, delta);
  assert.deepEqual(after.entrants.map(e => e.entrantId), ['you', 'new', 'newer']);
  assert.deepEqual(after.leaderboard.map(r => r.entrantId), ['you', 'new', 'newer']);
  const cut = applyDelta(after, {seq: 4, prev: 3, summary: view.summary, withdrew: ['newer'], entrants: [],
    matches: [], leaderboard: [], leaderboardSize: 2});
  assert.deepEqual(cut.leaderboard.map(r => r.entrantId), ['you', 'new']);
});

test('a delta that does not follow on from the view is refused (a gap: reconnect with ?from=)', () => {
  const before = {...view, seq: 5, leaderboard: []};
  assert.equal(applyDelta(before, {seq: 8, prev: 6, summary: view.summary, withdrew: [], entrants: [], matches: [],
    leaderboard: [], leaderboardSize: 0}), null);
  assert.equal(applyDelta(null, {seq: 1, prev: 0}), null);
});
