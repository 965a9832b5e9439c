// Standings: live by cash (bankrupt firms last), final once the match is over.

import {h, fill} from '../dom.js';
import {firmColor} from '../colors.js';
import {money} from '../format.js';
import {t} from '../i18n.js';

export function renderStandings(el, ranking, {me = null, limit = 32} = {}) {
  if (!ranking.length) {
    fill(el, h('li', {class: 'muted'}, t('standings.none')));
    return;
  }
  fill(el, ranking.slice(0, limit).map(f => {
    const chip = h('span', {class: 'chip'});
    chip.style.setProperty('--firm', firmColor(f.firmId));
    return h('li', {class: ['standing', f.firmId === me && 'me', f.status === 'BANKRUPT' && 'out'],
      dataset: {firm: f.firmId, rank: f.rank}},
      h('span', {class: 'rank'}, String(f.rank)), chip,
      h('span', {class: 'standing-name'}, f.name, f.firmId === me ? h('span', {class: 'you'}, t('common.you')) : null),
      h('span', {class: 'standing-cash'}, f.status === 'BANKRUPT' ? t('status.bankrupt') : money(f.cash)));
  }));
}
