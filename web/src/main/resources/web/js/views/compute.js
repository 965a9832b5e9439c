// Compute first: what the student's users need this round, what buying it at the current asks
// costs (per user too), the price that breaks even, and one click that buys what is missing: a real
// limit bid at the price of the deepest ask it needs, shown before it is sent.

import {h, fill, showOutcome, expireOutcome} from '../dom.js';
import {api, randomKey} from '../api.js';
import {count, money, signedMoney, unitPrice, unitPricePerUser, perUser} from '../format.js';
import {t, tparts} from '../i18n.js';
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
      t('compute.buyWhatINeed'));
    this.terms = h('p', {class: 'hint', dataset: {buyTerms: ''}});
    this.blocked = h('p', {class: 'form-block', dataset: {blocked: 'orders'}, hidden: true});
    this.result = h('p', {class: 'form-result', role: 'status', dataset: {buyResult: ''}});
    this.error = h('p', {class: 'field-error', role: 'alert', dataset: {errorFor: 'buy'}});
    this.breakEven = h('p', {class: 'break-even', dataset: {breakEven: ''}});
    this.warning = h('p', {class: 'price-check', dataset: {priceCheck: ''}});
    this.cheapest = h('p', {class: 'hint', dataset: {cheapest: ''}});
    this.el = h('section', {class: 'card compute-card', dataset: {compute: ''}},
      h('h2', {}, t('compute.title')),
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
    fill(this.need, tparts('compute.need', {users: count(users),
      units: h('strong', {}, t('compute.units', {n: count(need.units)})), perUnit: count(usersPerUnit),
      held: count(f.capacity)}), bidding ? t('compute.bidding', {n: count(bidding)}) : '');

    Object.assign(this.planText.dataset, {quantity: plan.quantity, limit: plan.limit ?? '', cost: plan.cost});
    if (need.missing === 0) {
      fill(this.planText, h('strong', {class: 'good'}, t('compute.enough')));
    } else if (plan.quantity > 0) {
      fill(this.planText, tparts('compute.plan', {n: count(plan.quantity), cost: h('strong', {}, money(plan.cost)),
        perUser: perUser(round1(plan.perUser))}),
        plan.cashLimited ? t('compute.cashLimited', {n: count(plan.quantity), missing: count(need.missing)}) : '',
        plan.short && !plan.cashLimited && !plan.selfAsk ? t('compute.short', {n: count(plan.quantity)}) : '',
        plan.selfAsk ? t('compute.selfAsk', {price: unitPrice(plan.selfAsk)}) : '');
    } else {
      fill(this.planText, h('strong', {class: 'bad'}, asks.length
        ? t('compute.noCash') : t('compute.noOffer')));
    }

    fill(this.button, this.plan ? t('compute.buyN', {n: count(plan.quantity), cost: money(plan.cost)}) : t('compute.buyWhatINeed'));
    this.button.hidden = need.missing === 0;
    this.button.disabled = !this.plan || Boolean(blocked) || this.busy;
    fill(this.terms, this.plan ? t('compute.terms', {n: count(plan.quantity), limit: unitPrice(plan.limit),
      perUser: unitPricePerUser(plan.limit, usersPerUnit)}) : '');
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
      : t('compute.breakEven', {price: perUser(round1(even)), fixed: money(fixedCost), served: count(served)});
    const margin = d.price * served - (compute + fixedCost + d.rnd + giveaways);
    this.warning.className = ['price-check', even !== null && d.price < even ? 'bad' : 'good'].join(' ');
    this.warning.textContent = even === null ? ''
      : d.price < even
        ? t('compute.under', {price: perUser(d.price), loss: money(-margin)})
        : t('compute.above', {price: perUser(d.price), gain: signedMoney(margin)});
    const cheap = cheapestPerUser(asks, usersPerUnit);
    this.cheapest.textContent = cheap === null ? ''
      : t('compute.cheapest', {price: unitPrice(asks[0].price), perUser: perUser(round1(cheap))});
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
        ? t('compute.bought', {n: count(units), paid: money(paid)})
        : t('compute.boughtPart', {n: count(units), paid: money(paid), rest: count(r.restingQuantity),
          limit: unitPrice(plan.limit)}));
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
