// node --test web/src/test/js — the compute a firm needs, buying it in one bid, break-even and the profit line.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {computeNeed, buyPlan, breakEvenPrice, previewRound, profitLine, computeSpent, qualityGain, servedUsers}
  from '../../main/resources/web/js/economics.js';

const asks = [{price: 5_000, quantity: 40, orders: 1}, {price: 5_540, quantity: 40, orders: 1},
  {price: 6_010, quantity: 40, orders: 1}];

test('users need whole units of compute; what is held counts', () => {
  assert.deepEqual(computeNeed({users: 65_794, capacity: 0, usersPerUnit: 1000}),
    {users: 65_794, capacity: 0, units: 66, missing: 66});
  assert.equal(computeNeed({users: 65_794, capacity: 70, usersPerUnit: 1000}).missing, 0);
});

test('one bid buys what is missing at the deepest ask it needs, and costs each ask its own price', () => {
  const plan = buyPlan({asks, missing: 66});
  assert.equal(plan.quantity, 66);
  assert.equal(plan.limit, 5_540);
  assert.equal(plan.cost, 40 * 5_000 + 26 * 5_540);
  assert.equal(plan.short, 0);
  assert.ok(Math.abs(plan.perUser - plan.cost / 66_000) < 1e-9);
});

test('the bid is cut to what the cash covers at its limit price, and says so', () => {
  const plan = buyPlan({asks, missing: 66, availableCash: 300_000});
  assert.equal(plan.cashLimited, true);
  assert.ok(plan.limit * plan.quantity <= 300_000);
  assert.equal(plan.quantity, 54); // 54 × 5,540 = 299,160; 55 × 5,540 = 304,700
  assert.equal(plan.short, 12);
});

test('a book that runs out leaves units short; an own ask in the way stops the walk there', () => {
  assert.equal(buyPlan({asks, missing: 200}).short, 80);
  const blocked = buyPlan({asks, missing: 66, ownAskPrices: [5_540]});
  assert.equal(blocked.quantity, 40);
  assert.equal(blocked.selfAsk, 5_540);
  assert.equal(buyPlan({asks: [], missing: 5}).limit, null);
});

test('break-even spreads compute, fixed cost, R&D and giveaways over the users served', () => {
  assert.equal(breakEvenPrice({compute: 360_000, fixedCost: 50_000, rnd: 0, giveaways: 10_000, served: 60_000}), 7);
  assert.equal(breakEvenPrice({compute: 1, fixedCost: 1, served: 0}), null);
});

test('a preview counts revenue only from the users the compute held can serve', () => {
  const p = previewRound({price: 10, bounty: 20, rnd: 100_000, users: 65_794, capacity: 40, usersPerUnit: 1000,
    newUsers: 1_000, fixedCost: 50_000, computePaid: 200_000});
  assert.equal(p.served, 40_000);
  assert.equal(p.unserved, 25_794);
  assert.equal(p.revenue, 400_000);
  assert.equal(p.giveaways, 20_000);
  assert.equal(p.net, 400_000 - 20_000 - 100_000 - 50_000 - 200_000);
  assert.equal(servedUsers({users: 10, capacity: 3, usersPerUnit: 1000}), 10);
});

test('the profit line adds up to the net, and the server\'s net wins', () => {
  const fr = {revenue: 657_940, computeCost: 352_040, giveaway: 20_000, rnd: 100_000, fixedCost: 50_000, fine: 0,
    subsidy: 0};
  const line = profitLine(fr);
  assert.deepEqual(line.lines.map(([k]) => k), ['revenue', 'computeCost', 'giveaway', 'rnd', 'fixedCost', 'fine', 'subsidy']);
  assert.equal(line.net, 657_940 - 352_040 - 20_000 - 100_000 - 50_000);
  assert.equal(profitLine({...fr, net: 42}).net, 42);
});

test('compute spent this round nets what was resold; R&D raises quality by k√R&D', () => {
  const fills = [{buyerFirm: 2, sellerFirm: -1, price: 5_000, quantity: 10}, {buyerFirm: 3, sellerFirm: 2, price: 6_000, quantity: 2}];
  assert.equal(computeSpent(fills, 2), 50_000 - 12_000);
  assert.ok(Math.abs(qualityGain(100_000) - 0.0316227766) < 1e-9);
});
