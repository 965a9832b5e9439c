import {test} from 'node:test';
import assert from 'node:assert/strict';
import {monitorRows, flagCounts, netOf, tipFor, IDLE_ROUNDS} from '../../main/resources/web/js/monitor-model.js';

const START = 10_000_000;
const result = (firmId, over = {}) => ({firmId, users: 5000, served: 5000, capacity: 5, revenue: 50_000,
  computeCost: 25_000, giveaway: 0, rnd: 0, fixedCost: 50_000, fine: 0, subsidy: 0, ...over});
const firm = (firmId, over = {}) => ({firmId, name: `F${firmId}`, kind: 'PLAYER', status: 'ACTIVE', cash: START,
  share: 0.25, users: 5000, ...over});

function rows({firms, lastRound, actions = {}, seated = {}, paid = {}, live = true}) {
  return monitorRows({firms, lastRound, lastAction: new Map(Object.entries(actions).map(([k, v]) => [Number(k), v])),
    seatedIn: new Map(Object.entries(seated).map(([k, v]) => [Number(k), v])), computePaid: id => paid[id] ?? 0,
    startCash: START, live});
}

test('a student who bought no compute last round and none this round is flagged', () => {
  const r = rows({firms: [firm(1), firm(2)], lastRound: {round: 1, firms: [result(1, {capacity: 0, served: 0}), result(2)]},
    actions: {1: {kind: 'decisions', round: 1}, 2: {kind: 'order', round: 1}}});
  assert.deepEqual(r.find(x => x.firmId === 1).flags, ['no-compute']);
  assert.deepEqual(r.find(x => x.firmId === 2).flags, []);
  assert.equal(r[0].firmId, 1, 'flagged students first');
});

test('compute bought this round lifts the flag at once', () => {
  const r = rows({firms: [firm(1)], lastRound: {round: 1, firms: [result(1, {capacity: 0})]}, paid: {1: 5000},
    actions: {1: {kind: 'order', round: 2}}});
  assert.deepEqual(r[0].flags, []);
});

test('no flag before the first round is settled', () => {
  assert.deepEqual(rows({firms: [firm(1)], lastRound: null})[0].flags, []);
});

test(`idle after ${IDLE_ROUNDS} settled rounds without an action since the seat or the last action`, () => {
  const base = {firms: [firm(1), firm(2)], seated: {1: 0, 2: 0}};
  const at = round => ({round, firms: [result(1), result(2)]});
  assert.deepEqual(rows({...base, lastRound: at(2)}).map(x => x.flags), [[], []]);
  const r = rows({...base, lastRound: at(3), actions: {2: {kind: 'decisions', round: 1}}});
  assert.deepEqual(r.find(x => x.firmId === 1).flags, ['idle']);
  assert.equal(r.find(x => x.firmId === 1).idleRounds, 3);
  assert.deepEqual(r.find(x => x.firmId === 2).flags, []);
  assert.deepEqual(rows({...base, lastRound: at(3), live: false}).find(x => x.firmId === 1).flags, [],
    'a finished match has no idle students');
});

test('near bankruptcy: little cash left, or a loss that eats the cash within a few rounds', () => {
  const lastRound = {round: 4, firms: [result(1), result(2, {giveaway: 2_000_000}), result(3)]};
  const r = rows({firms: [firm(1, {cash: 900_000}), firm(2, {cash: 5_000_000}), firm(3)], lastRound,
    actions: {1: {round: 4}, 2: {round: 4}, 3: {round: 4}}});
  const flags = Object.fromEntries(r.map(x => [x.firmId, x.flags]));
  assert.deepEqual(flags[1], ['near-bankruptcy']);
  assert.deepEqual(flags[2], ['near-bankruptcy']);
  assert.deepEqual(flags[3], []);
  assert.deepEqual(flagCounts(r), {'no-compute': 0, idle: 0, 'near-bankruptcy': 2});
});

test('house bots and bankrupt firms are never flagged; students come first', () => {
  const r = rows({firms: [firm(0, {kind: 'HOUSE', cash: 0}), firm(1, {status: 'BANKRUPT', cash: -5})],
    lastRound: {round: 5, firms: [result(0, {capacity: 0}), result(1, {capacity: 0})]}});
  assert.deepEqual(r.map(x => [x.firmId, x.flags]), [[1, []], [0, []]]);
});

test('the net is the change of cash over the round, and every flag has a tip', () => {
  assert.equal(netOf(result(1, {fine: 100, subsidy: 40})), 50_000 - 25_000 - 50_000 - 100 + 40);
  for (const flag of ['no-compute', 'idle', 'near-bankruptcy']) assert.ok(tipFor(flag).length > 20);
});
