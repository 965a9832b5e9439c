// node --test web/src/test/js — what the lobby offers: open class matches first, never a match in its last rounds.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {closingRounds, inLastRounds, joinable, whyNotJoinable, notJoinableText, lobbySections}
  from '../../main/resources/web/js/lobby-model.js';

const match = (id, extra = {}) => ({matchId: id, name: id, status: 'RUNNING', round: 5, rounds: 60, seats: 8, firms: 4,
  demo: false, practice: false, tournamentId: null, ...extra});

test('the last fifth of a match (at least 3 rounds) is closed to newcomers', () => {
  assert.equal(closingRounds(60), 12);
  assert.equal(closingRounds(8), 3);
  assert.equal(inLastRounds(match('a', {round: 48})), false);
  assert.equal(inLastRounds(match('a', {round: 50})), true);
  assert.equal(inLastRounds(match('a', {round: 58, status: 'PAUSED'})), true);
  assert.equal(joinable(match('a', {round: 58})), false);
  assert.equal(whyNotJoinable(match('a', {round: 58})), 'in its last 3 rounds');
  assert.equal(whyNotJoinable(match('a', {round: 60})), 'in its last round');
});

test('a match that takes no newcomer says why, the demo included (never "null")', () => {
  assert.equal(notJoinableText(match('a', {status: 'FINISHED'})), 'This match is over.');
  assert.match(notJoinableText(match('a', {demo: true, status: 'OPEN', round: 0})), /demo match .* bots/);
  assert.match(notJoinableText(match('a', {demo: true})), /demo match/);
  assert.match(notJoinableText(match('a', {tournamentId: 't'})), /reserved/);
  assert.match(notJoinableText(match('a', {practice: true})), /reserved/);
  assert.equal(notJoinableText(match('a', {firms: 8})), 'This match is full: too late to take a seat.');
  assert.equal(notJoinableText(match('a', {round: 60})), 'This match is in its last round: too late to take a seat.');
  for (const extra of [{demo: true}, {practice: true}, {tournamentId: 't'}, {firms: 8}, {round: 58}, {status: 'FINISHED'}]) {
    assert.doesNotMatch(notJoinableText(match('a', extra)), /null|undefined/, JSON.stringify(extra));
  }
});

test('the demo, practice matches, tournament matches and full or finished ones are not offered', () => {
  assert.equal(joinable(match('a')), true);
  assert.equal(joinable(match('a', {status: 'OPEN', round: 0})), true);
  for (const extra of [{demo: true}, {practice: true}, {tournamentId: 't'}, {firms: 8}, {status: 'FINISHED'}]) {
    assert.equal(joinable(match('a', extra)), false, JSON.stringify(extra));
  }
});

test('sections: yours, class matches joinable and open first, the newest demo, past matches newest first', () => {
  const list = [
    match('old-demo', {demo: true, status: 'FINISHED'}),
    match('late', {round: 59}),
    match('running'),
    match('open', {status: 'OPEN', round: 0}),
    match('demo', {demo: true}),
    match('practice-of-another', {practice: true}),
    match('my-practice', {practice: true}),
    match('done', {status: 'FINISHED'}),
    match('others-practice-done', {practice: true, status: 'FINISHED'}),
  ];
  const s = lobbySections(list, id => id === 'my-practice');
  assert.deepEqual(s.mine.map(m => m.matchId), ['my-practice']);
  assert.deepEqual(s.classes.map(m => m.matchId), ['open', 'running', 'late']);
  assert.equal(s.demo.matchId, 'demo');
  assert.deepEqual(s.past.map(m => m.matchId), ['done', 'old-demo']);
});
