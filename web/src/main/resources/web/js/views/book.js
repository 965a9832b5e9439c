// The live compute order book, for those who want more than "buy what I need": depth on both sides
// (a unit's price in dollars, and what it makes per user) with the player's own orders marked, a
// form to place bids (or asks, to resell capacity) and the player's resting orders with Cancel.

import {h, fill, field, showProblem, clearProblems, setVar, showOutcome, expireOutcome} from '../dom.js';
import {api, randomKey} from '../api.js';
import {count, money, moneyExact, unitPrice, centsFromDollars, cents} from '../format.js';
import {t} from '../i18n.js';

const LEVELS = 6;

export class BookPanel {
  constructor({matchId, token, onChanged}) {
    this.matchId = matchId;
    this.token = token;
    this.onChanged = onChanged;
    this.usersPerUnit = 1000;
    this.depth = h('table', {class: 'table depth', dataset: {book: ''}},
      h('thead', {}, h('tr', {}, h('th', {class: 'num'}, t('book.col.price')), h('th', {class: 'num'}, t('book.col.perUser')),
        h('th', {class: 'num'}, t('book.col.units')), h('th', {class: 'num'}, t('book.col.yours')))),
      h('tbody', {}));
    this.side = h('select', {name: 'side'}, h('option', {value: 'BUY'}, t('book.buy')),
      h('option', {value: 'SELL'}, t('book.sell')));
    this.price = h('input', {name: 'price', type: 'number', min: '0.01', step: '0.01', inputmode: 'decimal', required: true,
      placeholder: t('book.pricePlaceholder')});
    this.quantity = h('input', {name: 'quantity', type: 'number', min: '1', step: '1', inputmode: 'numeric',
      required: true, placeholder: t('book.unitsPlaceholder')});
    this.submit = h('button', {type: 'submit', class: 'primary'}, t('book.place'));
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.blocked = h('p', {class: 'form-block', dataset: {blocked: 'book'}, hidden: true});
    this.form = h('form', {class: 'order-form', novalidate: true, onsubmit: e => this.place(e)},
      h('div', {class: 'row'},
        field(t('book.side'), this.side, {errorFor: 'side'}),
        field(t('book.price'), this.price, {errorFor: 'price', hint: t('book.priceHint')}),
        field(t('book.units'), this.quantity, {errorFor: 'quantity'})),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      this.blocked,
      h('div', {class: 'row'}, this.submit, this.result));
    this.orders = h('ul', {class: 'my-orders', dataset: {myOrders: ''}});
    this.el = h('details', {class: 'card book-card', open: window.matchMedia?.('(min-width: 901px)').matches ?? true},
      h('summary', {}, h('h2', {}, t('book.title'))),
      h('p', {class: 'hint'}, t('book.about'), t('book.expires')),
      h('div', {class: 'table-scroll'}, this.depth), this.form,
      h('h3', {}, t('book.resting')), this.orders);
  }

  /** @param blocked why orders cannot be placed or cancelled now, or null */
  render(book, mine, blocked, usersPerUnit = 1000) {
    this.usersPerUnit = usersPerUnit;
    this.round = book?.round ?? this.round;
    expireOutcome(this.result, this.round);
    this.renderDepth(book, mine);
    this.renderOrders(mine, blocked);
    this.submit.disabled = Boolean(blocked);
    this.blocked.hidden = !blocked;
    this.blocked.textContent = blocked ?? '';
  }

  renderDepth(book, mine) {
    const own = new Map();
    for (const o of mine?.openOrders ?? []) {
      const key = `${o.side}:${o.price}`;
      own.set(key, (own.get(key) ?? 0) + o.remainingQuantity);
    }
    const asks = (book?.asks ?? []).slice(0, LEVELS).reverse();
    const bids = (book?.bids ?? []).slice(0, LEVELS);
    const max = Math.max(1, ...asks.map(l => l.quantity), ...bids.map(l => l.quantity));
    const row = (side, level) => {
      const yours = own.get(`${side}:${level.price}`) ?? 0;
      const bar = h('td', {class: 'num qty'}, count(level.quantity));
      setVar(bar, '--w', Math.round(100 * level.quantity / max));
      return h('tr', {class: [side === 'BUY' ? 'bid' : 'ask', yours > 0 && 'mine'],
        dataset: {side, price: level.price, quantity: level.quantity}},
        h('td', {class: 'num price'}, moneyExact(level.price)),
        h('td', {class: 'num'}, cents(Math.round(level.price / this.usersPerUnit * 10) / 10)), bar,
        h('td', {class: 'num'}, yours > 0 ? count(yours) : ''));
    };
    const spread = book?.asks?.length && book?.bids?.length
      ? t('book.spread', {money: money(book.asks[0].price - book.bids[0].price)}) : '';
    fill(this.depth.tBodies[0],
      asks.length ? asks.map(l => row('SELL', l)) : h('tr', {class: 'ask'}, h('td', {colspan: 4, class: 'muted'}, t('book.noAsks'))),
      h('tr', {class: 'spread'}, h('td', {colspan: 4}, spread)),
      bids.length ? bids.map(l => row('BUY', l)) : h('tr', {class: 'bid'}, h('td', {colspan: 4, class: 'muted'}, t('book.noBids'))));
  }

  renderOrders(mine, blocked) {
    const orders = mine?.openOrders ?? [];
    if (!orders.length) {
      fill(this.orders, h('li', {class: 'muted'}, t('book.none')));
      return;
    }
    fill(this.orders, orders.map(o => h('li', {class: ['my-order', o.side === 'BUY' ? 'bid' : 'ask'],
      dataset: {orderId: o.orderId}},
      h('span', {}, t(o.side === 'BUY' ? 'book.bidLine' : 'book.askLine', {n: count(o.remainingQuantity), price: unitPrice(o.price)})),
      h('button', {type: 'button', class: 'small', disabled: Boolean(blocked), title: blocked ?? '',
        onclick: () => this.cancel(o.orderId)}, t('book.cancel')))));
  }

  async place(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    const price = centsFromDollars(this.price.value);
    const order = {side: this.side.value, price: price ?? numberOrNull(this.price.value),
      quantity: numberOrNull(this.quantity.value), clientOrderId: randomKey()};
    this.submit.disabled = true;
    try {
      const r = await api.placeOrder(this.matchId, this.token, order);
      const traded = r.fills.reduce((n, t) => n + t.quantity, 0);
      showOutcome(this.result, this.round, r.status === 'RESTING' ? t('book.rests', {id: r.orderId})
        : r.status === 'FILLED' ? t('book.filled', {n: count(traded)})
          : t('book.partly', {n: count(traded), rest: count(r.restingQuantity)}));
      this.onChanged();
    } catch (e) {
      showProblem(this.form, e);
    } finally {
      this.submit.disabled = false;
    }
  }

  async cancel(orderId) {
    clearProblems(this.form);
    try {
      await api.cancelOrder(this.matchId, this.token, orderId);
      showOutcome(this.result, this.round, t('book.cancelled', {id: orderId}));
    } catch (e) {
      showProblem(this.form, e);
    }
    this.onChanged();
  }
}

/** The number typed, or null for an empty field (the server then says the field is required). */
export function numberOrNull(value) {
  if (value === '' || value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : value;
}
