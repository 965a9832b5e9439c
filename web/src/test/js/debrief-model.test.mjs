import {test} from 'node:test';
import assert from 'node:assert/strict';
import {keyMoments, alignedSeries, roundsOf, SWING} from '../../main/resources/web/js/debrief-model.js';

const firm = (firmId, share, over = {}) => ({firmId, name: `F${firmId}`, status: 'ACTIVE', share, price: 9, bounty: 0,
  ...over});
const settled = (round, spiralIndex, firms, over = {}) => ({type: 'round-settled', report: {round, firms,
  indicators: {spiralIndex, averagePrice: 10 - round * 0.5, subsidyIntensity: 0.1 * spiralIndex, hhi: 2500, ...over}}});
const imposed = (kind, fromRound, untilRound, firmId = -1) => ({type: 'intervention-imposed',
  intervention: {id: `${kind}-${fromRound}`, kind, firmId, value: 10, fromRound, untilRound, reason: 'because'}});

const even = [firm(1, 0.25), firm(2, 0.25)];

test('the spiral begins where its index started counting and ends when the index is back to 0', () => {
  const moments = keyMoments([settled(1, 0, even), settled(2, 1, even), settled(3, 2, even), settled(4, 3, even),
    settled(5, 0, even), settled(6, 1, even)]);
  assert.deepEqual(moments.map(m => [m.round, m.kind]), [[2, 'spiral-start'], [5, 'spiral-end']]);
  assert.match(moments[1].detail, /After 3 rounds/);
});

test('an intervention says what changed from the round that triggered it to three rounds later', () => {
  const events = [settled(1, 0, even), settled(2, 2, even), imposed('GIVEAWAY_CAP', 3, 8),
    settled(3, 3, even), settled(4, 0, even), settled(5, 0, even, {subsidyIntensity: 0.05})];
  const m = keyMoments(events).find(x => x.kind === 'intervention');
  assert.equal(m.round, 3);
  assert.equal(m.rule, 'GIVEAWAY_CAP');
  assert.equal(m.changesUntil, 5);
  const subsidy = m.changes.find(c => c.key === 'subsidyIntensity');
  assert.deepEqual([subsidy.before, subsidy.after], [0.2, 0.05]);
  assert.equal(m.changes.find(c => c.key === 'spiralIndex').text, 'spiral index 2 → 0');
});

test('a rule renewed while in force is one moment that says how often', () => {
  const events = [settled(1, 0, even), imposed('PRICE_FLOOR', 2, 4), settled(2, 0, even), imposed('PRICE_FLOOR', 5, 7),
    settled(5, 0, even), imposed('PRICE_FLOOR', 12, 14), settled(12, 0, even)];
  const rules = keyMoments(events).filter(x => x.kind === 'intervention');
  assert.deepEqual(rules.map(r => [r.round, r.renewals, r.untilRound]), [[2, 1, 7], [12, 0, 14]]);
  assert.match(rules[0].renewed, /Renewed 1 time, in force until round 7/);
});

test('a bankruptcy is told once, in the round it happened', () => {
  const moments = keyMoments([settled(1, 0, even), settled(2, 0, [firm(1, 0.5), firm(2, 0, {status: 'BANKRUPT'})]),
    settled(3, 0, [firm(1, 0.5), firm(2, 0, {status: 'BANKRUPT'})])]);
  const bankrupt = moments.filter(m => m.kind === 'bankruptcy');
  assert.deepEqual(bankrupt.map(m => [m.round, m.firmId]), [[2, 2]]);
  assert.equal(bankrupt[0].title, 'F2 goes bankrupt');
});

test(`a share swing is a move of ${SWING * 100}% or more within three rounds, told once`, () => {
  const at = (round, s1) => settled(round, 0, [firm(1, s1), firm(2, 0.5 - s1)]);
  const swings = keyMoments([at(1, 0.25), at(2, 0.27), at(3, 0.30), at(4, 0.37), at(5, 0.38), at(6, 0.40)])
    .filter(m => m.kind === 'share-swing');
  assert.deepEqual(swings.map(m => [m.round, m.firmId]), [[4, 1], [4, 2]]);
  assert.match(swings[0].title, /F1 gains 12% of the market/);
  assert.match(swings[1].title, /F2 loses 12% of the market/);
  assert.equal(keyMoments([at(1, 0.25), at(2, 0.29), at(6, 0.40)]).filter(m => m.kind === 'share-swing').length, 0,
    'slow drift is no swing');
});

test('two matches line up on the same rounds, the shorter one ending in nulls', () => {
  const a = roundsOf([settled(1, 0, even), settled(2, 1, even)]).rounds;
  const b = roundsOf([settled(1, 0, even), settled(2, 2, even), settled(3, 3, even)]).rounds;
  assert.deepEqual(alignedSeries(a, b, 'spiralIndex'), [[1, 2, 3], [0, 1, null], [0, 2, 3]]);
});
