import {test} from 'node:test';
import assert from 'node:assert/strict';
import {remedyRounds, playsRemedies, useCaseNames, budget, research, consortium, incidents, usersByUseCase,
  shareByUseCase} from '../../main/resources/web/js/remedies-model.js';

const indicators = (o = {}) => ({hhi: 0, remedies: {frontier: 1, researchFund: 0, breakthroughs: 0, budget: 0, fines: 0,
  levies: 0, publicFees: 0, subsidies: 0, grants: 0, publicFarms: 0, research: 0, publicModels: [], incidents: 0,
  seriousIncidents: 0, incidentsToDate: 0, adoption: 0.5, adoptionShockRounds: 0, complianceCost: 0,
  consortiumMembers: 0, coordinationSignal: 0, licensePaidToFirms: 0, usersByUseCase: [0, 0], ...o}});
const firm = (firmId, remedy = {}, status = 'ACTIVE') => ({firmId, name: `F${firmId}`, status,
  remedy: {model: 'NONE', consortium: false, incident: false, serious: false, incidentUsers: 0, trust: 1,
    usersByUseCase: [0, 0], ...remedy}});

const rounds = [
  {round: 1, firms: [firm(0, {usersByUseCase: [30, 10]}), firm(1, {consortium: true, usersByUseCase: [70, 0]})],
    indicators: indicators({budget: 1_000, fines: 200, levies: 50, publicFarms: 300, research: 100, usersByUseCase: [100, 10]})},
  {round: 2, firms: [firm(0, {incident: true, incidentUsers: 9, trust: 0.85, usersByUseCase: [21, 10]}),
    firm(1, {consortium: true, incident: true, serious: true, incidentUsers: 21, trust: 0.8, usersByUseCase: [49, 0]}),
    firm(2, {consortium: true}, 'BANKRUPT')],
  indicators: indicators({budget: 900, levies: 60, publicFees: 5, research: 100, breakthroughs: 1, frontier: 1.1,
    publicModels: [1], coordinationSignal: 1.3, usersByUseCase: [70, 10]})},
];

test('a classic match has no remedies; one with them is recognised from its rules or its rounds', () => {
  assert.equal(playsRemedies({settings: {market: {}}, rounds: [{indicators: {hhi: 1}}]}), false);
  assert.equal(playsRemedies({settings: {market: {remedies: {useCases: []}}}, rounds: []}), true);
  assert.equal(playsRemedies({settings: null, rounds}), true);
  assert.deepEqual(remedyRounds([{round: 1, indicators: {}}, ...rounds]).map(r => r.round), [1, 2]);
  assert.deepEqual(remedyRounds(rounds, 1).map(r => r.round), [1]);
  assert.deepEqual(useCaseNames({settings: {market: {remedies: {useCases: [{name: 'coding'}]}}}, rounds}), ['coding']);
  assert.equal(useCaseNames({settings: null, rounds}).length, 2);
});

test('the budget sums each flow over the rounds and keeps the last balance', () => {
  const b = budget(rounds);
  assert.equal(b.balance, 900);
  assert.equal(b.round, 2);
  assert.deepEqual(b.income.map(f => [f.key, f.round, f.toDate]), [['fines', 0, 200], ['levies', 60, 110], ['publicFees', 5, 5]]);
  assert.equal(b.incomeToDate, 315);
  assert.equal(b.spendingRound, 100);
  assert.equal(b.spendingToDate, 500);
  assert.equal(budget([]), null);
});

test('research, consortium and incidents come from the rounds', () => {
  assert.deepEqual(research(rounds), {frontier: 1.1, breakthroughs: 1, fund: 200, publicModels: [1]});
  assert.deepEqual(consortium(rounds), {members: [1], signal: 1.3}, 'a bankrupt member is out');
  const list = incidents(rounds);
  assert.deepEqual(list.map(i => [i.round, i.firmId, i.serious, i.usersLost, i.trust]),
    [[2, 0, false, 9, 0.85], [2, 1, true, 21, 0.8]]);
});

test('the use-case series: users per use case, and a firm share of each in percent', () => {
  assert.deepEqual(usersByUseCase(rounds, ['a', 'b']), [[1, 2], [100, 70], [10, 10]]);
  assert.deepEqual(shareByUseCase(rounds, ['a', 'b'], 1), [[1, 2], [70, 70], [0, 0]]);
  assert.deepEqual(shareByUseCase(rounds, ['a', 'b'], 5), [[1, 2], [null, null], [null, null]]);
});
