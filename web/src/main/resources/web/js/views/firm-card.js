// The student's own firm at a glance: name, status, cash, users, share, quality and the compute held.

import {h, fill, badge} from '../dom.js';
import {money, count, pct, decimal} from '../format.js';
import {t} from '../i18n.js';

export class FirmCard {
  constructor() {
    this.title = h('h2', {class: 'firm-title'}, t('firm.yours'));
    this.stats = h('dl', {class: 'stats', dataset: {myFirm: ''}});
    this.el = h('section', {class: 'card firm-card'}, this.title, this.stats);
  }

  /** @param mine the player's own firm (GET /me); pub its public line (share) */
  render(mine, pub) {
    if (!mine) return;
    const f = mine.firm;
    fill(this.title, h('span', {class: 'firm-name'}, f.name), ' ', h('span', {class: 'sub'}, t('firm.number', {id: f.firmId})), ' ',
      badge(f.status));
    const users = f.loyalUsers + f.mercenaryUsers;
    fill(this.stats,
      stat(t('firm.cash'), money(f.cash), f.reservedCash ? t('firm.heldForBids', {money: money(f.reservedCash)}) : t('firm.score'), 'cash', f.cash),
      stat(t('firm.users'), count(users), t('firm.userMix', {loyal: count(f.loyalUsers), mercenary: count(f.mercenaryUsers)}), 'users', users),
      stat(t('firm.share'), pct(pub?.share ?? 0), t('firm.shareOf'), 'share', pub?.share ?? 0),
      stat(t('firm.quality'), decimal(f.quality, 3), t('firm.rndRaises'), 'quality', f.quality),
      stat(t('firm.compute'), t('firm.units', {n: count(f.capacity)}),
        f.reservedCapacity ? t('firm.offered', {n: count(f.reservedCapacity)}) : t('firm.heldThisRound'), 'capacity', f.capacity));
  }
}

function stat(label, value, sub, key, raw) {
  return h('div', {class: 'stat', dataset: {stat: key, value: raw}},
    h('dt', {}, label), h('dd', {}, value), h('dd', {class: 'stat-sub'}, sub));
}
