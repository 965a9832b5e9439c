// The firms table: every firm's posted decisions and results, one colour per firm (a bankrupt firm
// greyed out with its badge). Prices in cents per user, amounts in dollars.

import {h, fill, badge} from '../dom.js';
import {firmColor} from '../colors.js';
import {cents, count, money, pct, decimal} from '../format.js';
import {strategyLabel} from '../catalog.js';
import {t} from '../i18n.js';

const COLUMNS = [
  {key: 'price', titled: true, fmt: cents},
  {key: 'bounty', titled: true, fmt: cents},
  {key: 'rnd', titled: true, fmt: money},
  {key: 'users', fmt: count},
  {key: 'share', fmt: pct},
  {key: 'cash', fmt: money},
  {key: 'quality', fmt: x => decimal(x, 3)},
];

export function firmsTable() {
  return h('table', {class: 'table firms'},
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, t('firms.col.firm')),
      COLUMNS.map(c => h('th', {scope: 'col', class: 'num', title: c.titled ? t(`firms.col.${c.key}.title`) : null},
        t(`firms.col.${c.key}`))))),
    h('tbody', {}));
}

/** Fills the table's body; each row is data-firm, each number cell data-col with its raw data-value. */
export function renderFirms(table, firms, {me = null, compact = false} = {}) {
  const rows = firms.map(f => {
    const chip = h('span', {class: 'chip'});
    chip.style.setProperty('--firm', firmColor(f.firmId));
    const who = f.kind === 'HOUSE' ? t('firms.bot', {strategy: strategyLabel(f.strategy ?? '')}) : compact ? null : t('firms.player');
    return h('tr', {class: [f.firmId === me && 'me', f.status === 'BANKRUPT' && 'out'], dataset: {firm: f.firmId}},
      h('th', {scope: 'row', class: 'firm-cell'}, chip,
        h('span', {class: 'firm-name', dataset: {col: 'name'}}, f.name),
        f.firmId === me ? h('span', {class: 'you'}, t('common.you')) : null,
        who ? h('span', {class: 'firm-kind'}, who) : null,
        f.status === 'BANKRUPT' ? badge(f.status) : null),
      COLUMNS.map(c => h('td', {class: 'num', dataset: {col: c.key, value: f[c.key] ?? ''}},
        f[c.key] === undefined ? '–' : c.fmt(f[c.key]))));
  });
  fill(table.tBodies[0], rows.length ? rows : h('tr', {}, h('td', {colspan: 1 + COLUMNS.length, class: 'muted'},
    t('standings.none'))));
}
