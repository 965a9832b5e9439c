// The live compute order book: depth on both sides with the player's own orders marked, a form to
// place bids (or asks, to resell capacity) and the player's resting orders with a cancel button.

import {h, fill, field, showProblem, clearProblems, setVar} from '../dom.js';
import {api, randomKey} from '../api.js';
import {cents, count} from '../format.js';

const LEVELS = 6;

export class BookPanel {
  constructor({matchId, token, onChanged}) {
    this.matchId = matchId;
    this.token = token;
    this.onChanged = onChanged;
    this.depth = h('table', {class: 'table depth', dataset: {book: ''}},
      h('thead', {}, h('tr', {}, h('th', {class: 'num'}, 'Price'), h('th', {class: 'num'}, 'Units'),
        h('th', {class: 'num'}, 'Orders'), h('th', {class: 'num'}, 'Yours'))),
      h('tbody', {}));
    this.side = h('select', {name: 'side'}, h('option', {value: 'BUY'}, 'Buy (bid)'), h('option', {value: 'SELL'}, 'Sell (ask)'));
    this.price = h('input', {name: 'price', type: 'number', min: '1', step: '1', inputmode: 'numeric', required: true,
      placeholder: 'e.g. 5000'});
    this.quantity = h('input', {name: 'quantity', type: 'number', min: '1', step: '1', inputmode: 'numeric',
      required: true, placeholder: 'units'});
    this.submit = h('button', {type: 'submit', class: 'primary'}, 'Place order');
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.form = h('form', {class: 'order-form', novalidate: true, onsubmit: e => this.place(e)},
      h('div', {class: 'row'},
        field('Side', this.side, {errorFor: 'side'}),
        field('Price ¢/unit', this.price, {errorFor: 'price'}),
        field('Quantity', this.quantity, {errorFor: 'quantity'})),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      h('div', {class: 'row'}, this.submit, this.result));
    this.hint = h('p', {class: 'hint'});
    this.orders = h('ul', {class: 'my-orders', dataset: {myOrders: ''}});
    this.el = h('section', {class: 'card book-card'},
      h('h2', {}, 'Compute order book'),
      h('p', {class: 'hint'}, 'Compute farms sell at the asks. Buy enough units to serve your users this round: ',
        'one unit serves 1,000 users, and capacity expires when the round ends.'),
      this.depth, this.form, this.hint,
      h('h3', {}, 'Your resting orders'), this.orders);
  }

  render(book, mine, status, need) {
    this.renderDepth(book, mine);
    this.renderOrders(mine, status);
    const running = status === 'RUNNING';
    this.submit.disabled = !running;
    this.submit.title = running ? '' : 'Orders can be placed while the match runs';
    if (need) {
      fill(this.hint, `You hold ${count(need.capacity)} units for ${count(need.users)} users: `,
        need.missing > 0 ? h('strong', {}, `about ${count(need.missing)} more units needed this round.`)
          : 'enough to serve them all.');
    }
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
        h('td', {class: 'num price'}, cents(level.price)), bar, h('td', {class: 'num'}, count(level.orders)),
        h('td', {class: 'num'}, yours > 0 ? count(yours) : ''));
    };
    const spread = book?.asks?.length && book?.bids?.length
      ? `spread ${cents(book.asks[0].price - book.bids[0].price)}` : '';
    fill(this.depth.tBodies[0],
      asks.length ? asks.map(l => row('SELL', l)) : h('tr', {class: 'ask'}, h('td', {colspan: 4, class: 'muted'}, 'No asks')),
      h('tr', {class: 'spread'}, h('td', {colspan: 4}, spread)),
      bids.length ? bids.map(l => row('BUY', l)) : h('tr', {class: 'bid'}, h('td', {colspan: 4, class: 'muted'}, 'No bids')));
  }

  renderOrders(mine, status) {
    const orders = mine?.openOrders ?? [];
    if (!orders.length) {
      fill(this.orders, h('li', {class: 'muted'}, 'None. Unfilled orders expire at the end of the round.'));
      return;
    }
    fill(this.orders, orders.map(o => h('li', {class: ['my-order', o.side === 'BUY' ? 'bid' : 'ask'],
      dataset: {orderId: o.orderId}},
      h('span', {}, `${o.side === 'BUY' ? 'Bid' : 'Ask'} ${count(o.remainingQuantity)} units at ${cents(o.price)}`),
      h('button', {type: 'button', class: 'small', disabled: status !== 'RUNNING',
        onclick: () => this.cancel(o.orderId)}, 'Cancel'))));
  }

  async place(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    const order = {side: this.side.value, price: numberOrNull(this.price.value),
      quantity: numberOrNull(this.quantity.value), clientOrderId: randomKey()};
    this.submit.disabled = true;
    try {
      const r = await api.placeOrder(this.matchId, this.token, order);
      const bought = r.fills.reduce((n, t) => n + t.quantity, 0);
      this.result.textContent = r.status === 'RESTING' ? `Order #${r.orderId} rests in the book.`
        : r.status === 'FILLED' ? `Filled: ${count(bought)} units.`
          : `${count(bought)} units filled, ${count(r.restingQuantity)} rest in the book.`;
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
      this.result.textContent = `Order #${orderId} cancelled.`;
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
