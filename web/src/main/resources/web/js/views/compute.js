// Compute first: what the student's users need this round, what buying it at the current asks
// costs (per user too), the price that breaks even, and one click that buys what is missing: a real
// limit bid at the price of the deepest ask it needs, shown before it is sent.

import {h, fill, showOutcome, expireOutcome} from '../dom.js';
import {api, randomKey} from '../api.js';
import {count, money, signedMoney, cents, unitPrice, unitPricePerUser, perUser} from '../format.js';
import {computeNeed, buyPlan, breakEvenPrice, servedUsers, cheapestPerUser} from '../economics.js';

export class ComputePanel {
  constructor({matchId, token, onBought}) {
    this.matchId = matchId;
    this.token = token;
    this.onBought = onBought;
    this.plan = null;
    this.round = null;
    this.need = h('p', {class: 'need', dataset: {need: ''}});
    this.planText = h('p', {class: 'plan', dataset: {buyPlan: ''}});
    this.button = h('button', {type: 'button', class: 'primary big', dataset: {buyWhatINeed: ''}, onclick: () => this.buy()},
      'Buy what I need');
    this.terms = h('p', {class: 'hint', dataset: {buyTerms: ''}});
    this.blocked = h('p', {class: 'form-block', dataset: {blocked: 'orders'}, hidden: true});
    this.result = h('p', {class: 'form-result', role: 'status', dataset: {buyResult: ''}});
    this.error = h('p', {class: 'field-error', role: 'alert', dataset: {errorFor: 'buy'}});
    this.breakEven = h('p', {class: 'break-even', dataset: {breakEven: ''}});
    this.warning = h('p', {class: 'price-check', dataset: {priceCheck: ''}});
    this.cheapest = h('p', {class: 'hint', dataset: {cheapest: ''}});
    this.el = h('section', {class: 'card compute-card', dataset: {compute: ''}},
      h('h2', {}, 'Compute for this round'),
      this.need, this.planText,
      h('div', {class: 'buy-row'}, this.button), this.terms, this.blocked, this.result, this.error,
      this.breakEven, this.warning, this.cheapest);
  }

  /**
   * @param ctx {model, mine, book, usersPerUnit, fixedCost, newUsers (expected this round), blocked (why
   *            orders are not possible now, or null)}
   */
  render(ctx) {
    const {model, mine, book, usersPerUnit, fixedCost, newUsers, blocked} = ctx;
    if (!mine) return;
    const f = mine.firm;
    if (this.round !== model.summary.round) { // a refusal belongs to its round; an outcome lasts one more
      this.round = model.summary.round;
      this.error.textContent = '';
    }
    expireOutcome(this.result, this.round);
    const users = f.loyalUsers + f.mercenaryUsers;
    const need = computeNeed({users, capacity: f.capacity, usersPerUnit});
    const asks = book?.asks ?? [];
    const ownAskPrices = (mine.openOrders ?? []).filter(o => o.side === 'SELL').map(o => o.price);
    const bidding = (mine.openOrders ?? []).filter(o => o.side === 'BUY').reduce((n, o) => n + o.remainingQuantity, 0);
    const plan = buyPlan({asks, missing: need.missing, availableCash: f.cash - f.reservedCash, ownAskPrices, usersPerUnit});
    this.plan = plan.quantity > 0 ? plan : null;

    Object.assign(this.need.dataset, {units: need.units, missing: need.missing});
    fill(this.need, `Your ${count(users)} users need `, h('strong', {}, `${count(need.units)} units`),
      ` this round (a unit serves ${count(usersPerUnit)} users). You hold ${count(f.capacity)}.`,
      bidding ? ` You also bid for ${count(bidding)} more in the book (not bought yet).` : '');

    Object.assign(this.planText.dataset, {quantity: plan.quantity, limit: plan.limit ?? '', cost: plan.cost});
    if (need.missing === 0) {
      fill(this.planText, h('strong', {class: 'good'}, 'You hold enough compute for all your users this round.'));
    } else if (plan.quantity > 0) {
      fill(this.planText, `At the asks now, ${count(plan.quantity)} units cost ≈ `, h('strong', {}, money(plan.cost)),
        `: ${perUser(round1(plan.perUser))} served.`,
        plan.cashLimited ? ` Your cash covers ${count(plan.quantity)} of the ${count(need.missing)} missing.` : '',
        plan.short && !plan.cashLimited && !plan.selfAsk ? ` The book offers only ${count(plan.quantity)} right now.` : '',
        plan.selfAsk ? ` Your own ask at ${unitPrice(plan.selfAsk)} is in the way: cancel it in the order book first.` : '');
    } else {
      fill(this.planText, h('strong', {class: 'bad'}, asks.length
        ? 'Your cash does not cover a unit at the asks now.' : 'No compute is on offer right now.'));
    }

    fill(this.button, this.plan ? `Buy ${count(plan.quantity)} units for ≈ ${money(plan.cost)}` : 'Buy what I need');
    this.button.hidden = need.missing === 0;
    this.button.disabled = !this.plan || Boolean(blocked) || this.busy;
    fill(this.terms, this.plan ? `A limit bid for ${count(plan.quantity)} units at up to ${unitPrice(plan.limit)} `
      + `(${unitPricePerUser(plan.limit, usersPerUnit)}); each unit is paid at its ask's price.` : '');
    this.terms.hidden = !this.plan || need.missing === 0;
    this.blocked.hidden = !blocked;
    this.blocked.textContent = blocked ?? '';

    const d = f.decisions;
    const computePaid = model.computePaid(f.firmId);
    const served = servedUsers({users, capacity: f.capacity + plan.quantity, usersPerUnit});
    const giveaways = d.bounty * newUsers;
    const compute = computePaid + plan.cost;
    const even = breakEvenPrice({compute, fixedCost, rnd: d.rnd, giveaways, served});
    this.breakEven.dataset.value = even ?? '';
    this.breakEven.textContent = even === null ? ''
      : `Break-even price ≈ ${perUser(round1(even))}: compute, the ${money(fixedCost)} fixed cost, R&D and giveaways `
        + `over the ${count(served)} users you can serve.`;
    const margin = d.price * served - (compute + fixedCost + d.rnd + giveaways);
    this.warning.className = ['price-check', even !== null && d.price < even ? 'bad' : 'good'].join(' ');
    this.warning.textContent = even === null ? ''
      : d.price < even
        ? `Your price of ${cents(d.price)} per user is under break-even: at these numbers the round loses ≈ ${money(-margin)}.`
        : `Your price of ${cents(d.price)} per user is above break-even: at these numbers the round earns ≈ ${signedMoney(margin)}.`;
    const cheap = cheapestPerUser(asks, usersPerUnit);
    this.cheapest.textContent = cheap === null ? '' : `Cheapest compute now: ${unitPrice(asks[0].price)} = ${perUser(round1(cheap))}.`;
  }

  async buy() {
    const plan = this.plan;
    if (!plan) return;
    this.busy = true;
    this.button.disabled = true;
    this.result.textContent = '';
    this.error.textContent = '';
    try {
      const r = await api.placeOrder(this.matchId, this.token, {side: 'BUY', price: plan.limit, quantity: plan.quantity,
        clientOrderId: randomKey()});
      const units = r.fills.reduce((n, t) => n + t.quantity, 0);
      const paid = r.fills.reduce((n, t) => n + t.quantity * t.price, 0);
      this.result.dataset.units = units;
      showOutcome(this.result, this.round, r.restingQuantity === 0
        ? `Bought ${count(units)} units for ${money(paid)}`
        : `Bought ${count(units)} units for ${money(paid)}; ${count(r.restingQuantity)} more wait in the book at up to `
          + `${unitPrice(plan.limit)} until the round ends (cancel them there if you like)`);
    } catch (e) {
      this.error.textContent = e.message;
    } finally {
      this.busy = false;
      this.onBought();
    }
  }
}

function round1(x) {
  return Math.round(x * 10) / 10;
}
