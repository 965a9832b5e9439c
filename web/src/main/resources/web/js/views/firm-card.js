// The student's own firm at a glance: name, status, cash, users, share, quality and the compute held.

import {h, fill, badge} from '../dom.js';
import {money, count, pct, decimal} from '../format.js';

export class FirmCard {
  constructor() {
    this.title = h('h2', {class: 'firm-title'}, 'Your firm');
    this.stats = h('dl', {class: 'stats', dataset: {myFirm: ''}});
    this.el = h('section', {class: 'card firm-card'}, this.title, this.stats);
  }

  /** @param mine the player's own firm (GET /me); pub its public line (share) */
  render(mine, pub) {
    if (!mine) return;
    const f = mine.firm;
    fill(this.title, h('span', {class: 'firm-name'}, f.name), ' ', h('span', {class: 'sub'}, `firm #${f.firmId}`), ' ',
      badge(f.status));
    const users = f.loyalUsers + f.mercenaryUsers;
    fill(this.stats,
      stat('Cash', money(f.cash), f.reservedCash ? `${money(f.reservedCash)} held for bids` : 'your score', 'cash', f.cash),
      stat('Users', count(users), `${count(f.loyalUsers)} loyal · ${count(f.mercenaryUsers)} mercenary`, 'users', users),
      stat('Share', pct(pub?.share ?? 0), 'of users with a firm', 'share', pub?.share ?? 0),
      stat('Quality', decimal(f.quality, 3), 'R&D raises it', 'quality', f.quality),
      stat('Compute', `${count(f.capacity)} units`,
        f.reservedCapacity ? `${count(f.reservedCapacity)} offered for sale` : 'held this round', 'capacity', f.capacity));
  }
}

function stat(label, value, sub, key, raw) {
  return h('div', {class: 'stat', dataset: {stat: key, value: raw}},
    h('dt', {}, label), h('dd', {}, value), h('span', {class: 'stat-sub'}, sub));
}
