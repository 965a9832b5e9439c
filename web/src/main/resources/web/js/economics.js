// A firm's arithmetic for one round, as the rules (docs/GAME.md) define it: how much compute its
// users need, what buying it at the current asks costs, the price that breaks even, what a decision
// would cost, and the round's profit line. Pure functions on the API's numbers (cents, units, users).

import {t} from './i18n.js';

/** Units of compute to serve {@code users} for a round, and how many of them are still missing. */
export function computeNeed({users, capacity, usersPerUnit = 1000}) {
  const units = Math.ceil(Math.max(0, users) / usersPerUnit);
  return {users, capacity, units, missing: Math.max(0, units - capacity)};
}

/** The cost of the first {@code quantity} units along the asks (best first), and the deepest price reached. */
function walk(asks, quantity) {
  let left = quantity;
  let cost = 0;
  let limit = 0;
  for (const level of asks) {
    if (left <= 0) break;
    const take = Math.min(left, level.quantity);
    cost += take * level.price;
    limit = level.price;
    left -= take;
  }
  return {quantity: quantity - Math.max(0, left), cost, limit};
}

/**
 * How to buy {@code missing} units now: a limit bid at the price of the deepest ask it needs (so it
 * fills at once, each unit at its ask's price), for as many units as the asks offer and the cash
 * covers (a bid must be covered at its limit price: limit × quantity). Asks at a price where the firm
 * itself offers units are left out: the bid would trade with its own ask, which is refused.
 *
 * @return {quantity, limit, cost, perUser (cents per user served), short (units the asks or the cash
 *          leave missing), cashLimited, selfAsk (the price of an own ask in the way, or null)}
 */
export function buyPlan({asks = [], missing, availableCash = Infinity, ownAskPrices = [], usersPerUnit = 1000}) {
  const own = new Set(ownAskPrices);
  const usable = [];
  let selfAsk = null;
  for (const level of asks) {
    if (own.has(level.price)) {
      selfAsk = level.price;
      break;
    }
    usable.push(level);
  }
  const offered = usable.reduce((n, l) => n + l.quantity, 0);
  let quantity = Math.min(missing, offered);
  let plan = walk(usable, quantity);
  let cashLimited = false;
  if (quantity > 0 && plan.limit * quantity > availableCash) {
    cashLimited = true;
    let lo = 0;
    let hi = quantity;
    while (lo < hi) { // the most units whose limit × quantity the cash covers
      const mid = Math.ceil((lo + hi) / 2);
      const p = walk(usable, mid);
      if (p.limit * mid <= availableCash) lo = mid;
      else hi = mid - 1;
    }
    quantity = lo;
    plan = walk(usable, quantity);
  }
  return {
    quantity,
    limit: quantity > 0 ? plan.limit : null,
    cost: quantity > 0 ? plan.cost : 0,
    perUser: quantity > 0 ? plan.cost / (quantity * usersPerUnit) : null,
    short: Math.max(0, missing - quantity),
    cashLimited,
    selfAsk,
  };
}

/** The cheapest compute on offer, in cents per user served, or null when nothing is offered. */
export function cheapestPerUser(asks = [], usersPerUnit = 1000) {
  return asks.length ? asks[0].price / usersPerUnit : null;
}

/**
 * The price per user at which this round's revenue pays for its costs: compute, the fixed cost,
 * R&D and the expected giveaways, spread over the users that will be served. Null without users.
 */
export function breakEvenPrice({compute, fixedCost, rnd = 0, giveaways = 0, served}) {
  if (!served || served <= 0) return null;
  return (compute + fixedCost + rnd + giveaways) / served;
}

/** Users served this round: as many as there are, up to what the compute held serves. */
export function servedUsers({users, capacity, usersPerUnit = 1000}) {
  return Math.min(users, capacity * usersPerUnit);
}

/**
 * What a round would bring at these decisions, before they are applied: revenue from the users the
 * held compute serves, giveaways to the expected new users, R&D, the fixed cost, and the compute
 * already paid this round. All in cents; the new users are an estimate (last round's).
 */
export function previewRound({price, bounty, rnd, users, capacity, usersPerUnit = 1000, newUsers = 0, fixedCost,
  computePaid = 0}) {
  const served = servedUsers({users, capacity, usersPerUnit});
  const revenue = price * served;
  const giveaways = bounty * newUsers;
  const net = revenue - giveaways - rnd - fixedCost - computePaid;
  return {served, unserved: Math.max(0, users - served), revenue, giveaways, rnd, fixedCost, computePaid, net};
}

/** What R&D of {@code rndCents} adds to quality at the settlement: k × √R&D (before the round's decay). */
export function qualityGain(rndCents, innovation = {rndEfficiency: 0.0001}) {
  return innovation.rndEfficiency * Math.sqrt(Math.max(0, rndCents));
}

/**
 * A firm's profit line for a settled round (its FirmRound / FirmResult), in the order money moves:
 * each line [key, label, signed cents], then the net. The net is the server's, or the sum when the
 * server did not send one.
 */
export function profitLine(fr) {
  const lines = [
    ['revenue', t('line.revenue'), fr.revenue ?? 0],
    ['computeCost', t('line.computeCost'), -(fr.computeCost ?? 0)],
    ['giveaway', t('line.giveaway'), -(fr.giveaway ?? 0)],
    ['rnd', t('line.rnd'), -(fr.rnd ?? 0)],
    ['fixedCost', t('line.fixedCost'), -(fr.fixedCost ?? 0)],
    ['fine', t('line.fine'), -(fr.fine ?? 0)],
    ['subsidy', t('line.subsidy'), fr.subsidy ?? 0],
  ];
  const sum = lines.reduce((n, [, , v]) => n + v, 0);
  return {lines, net: typeof fr.net === 'number' ? fr.net : sum};
}

/** Compute bought (positive) and sold (negative) by a firm in a list of fills, in cents. */
export function computeSpent(fills, firmId) {
  let spent = 0;
  for (const f of fills ?? []) {
    if (f.buyerFirm === firmId) spent += f.price * f.quantity;
    if (f.sellerFirm === firmId) spent -= f.price * f.quantity;
  }
  return spent;
}
