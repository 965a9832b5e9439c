// The firms table: every firm's posted decisions and results, one colour per firm (a bankrupt firm
// greyed out with its badge). Prices in cents per user, amounts in dollars.

import {h, fill, badge} from '../dom.js';
import {firmColor} from '../colors.js';
import {cents, count, money, pct, decimal} from '../format.js';

const COLUMNS = [
  {key: 'price', label: 'Price ¢', title: 'cents each served user pays per round', fmt: cents},
  {key: 'bounty', label: 'Giveaway ¢', title: 'cents paid for each new user', fmt: cents},
  {key: 'rnd', label: 'R&D $', title: 'dollars invested in quality this round', fmt: money},
  {key: 'users', label: 'Users', fmt: count},
  {key: 'share', label: 'Share', fmt: pct},
  {key: 'cash', label: 'Cash', fmt: money},
  {key: 'quality', label: 'Quality', fmt: x => decimal(x, 3)},
];

export function firmsTable() {
  return h('table', {class: 'table firms'},
    h('thead', {}, h('tr', {},
      h('th', {scope: 'col'}, 'Firm'),
      COLUMNS.map(c => h('th', {scope: 'col', class: 'num', title: c.title ?? null}, c.label)))),
    h('tbody', {}));
}

/** Fills the table's body; each row is data-firm, each number cell data-col with its raw data-value. */
export function renderFirms(table, firms, {me = null, compact = false} = {}) {
  const rows = firms.map(f => {
    const chip = h('span', {class: 'chip'});
    chip.style.setProperty('--firm', firmColor(f.firmId));
    const who = f.kind === 'HOUSE' ? `bot · ${f.strategy ?? ''}` : compact ? null : 'player';
    return h('tr', {class: [f.firmId === me && 'me', f.status === 'BANKRUPT' && 'out'], dataset: {firm: f.firmId}},
      h('th', {scope: 'row', class: 'firm-cell'}, chip,
        h('span', {class: 'firm-name', dataset: {col: 'name'}}, f.name),
        f.firmId === me ? h('span', {class: 'you'}, 'you') : null,
        who ? h('span', {class: 'firm-kind'}, who) : null,
        f.status === 'BANKRUPT' ? badge(f.status) : null),
      COLUMNS.map(c => h('td', {class: 'num', dataset: {col: c.key, value: f[c.key] ?? ''}},
        f[c.key] === undefined ? '–' : c.fmt(f[c.key]))));
  });
  fill(table.tBodies[0], rows.length ? rows : h('tr', {}, h('td', {colspan: 1 + COLUMNS.length, class: 'muted'},
    'No firms yet.')));
}
