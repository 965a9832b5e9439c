// node --test web/src/test/js — the tournament page's pure helpers against TournamentView shapes.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {seatOf, isEntrant, matchToPlay, nextMatch, scheduleByRound, matchLink, seatsForDisplay}
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
