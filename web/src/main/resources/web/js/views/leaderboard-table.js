// A leaderboard as a table: rank, name, kind, rating (mu - 3 sigma), mu ± sigma, matches, wins, mean
// place and mean final cash. One row per entrant with results (data-entrant), the visitor's own row
// marked; those who have not played a match yet are counted below the table, not ranked.

import {h, fill} from '../dom.js';
import {money, decimal, count} from '../format.js';
import {t, tn, has} from '../i18n.js';

const kindText = kind => (has(`board.kind.${kind}`) ? t(`board.kind.${kind}`) : kind ?? '');

export function leaderboardTable({test = 'leaderboard', empty = t('board.noResults')} = {}) {
  const body = h('tbody', {});
  const table = h('table', {class: 'table leaderboard', dataset: {test}},
    h('thead', {}, h('tr', {},
      h('th', {class: 'num', scope: 'col'}, '#'),
      h('th', {scope: 'col'}, t('board.col.name')),
      h('th', {scope: 'col'}, t('board.col.kind')),
      h('th', {class: 'num', scope: 'col', title: t('board.col.rating.title')}, t('board.col.rating')),
      h('th', {class: 'num keep-case', scope: 'col', title: t('board.col.mu.title')}, 'μ ± σ'),
      h('th', {class: 'num', scope: 'col'}, t('board.col.matches')),
      h('th', {class: 'num', scope: 'col'}, t('board.col.wins')),
      h('th', {class: 'num', scope: 'col'}, t('board.col.meanRank')),
      h('th', {class: 'num', scope: 'col'}, t('board.col.meanScore')))),
    body);
  const waiting = h('p', {class: 'hint', dataset: {test: 'no-results-yet'}, hidden: true});
  let shown = null;
  return {
    el: h('div', {}, h('div', {class: 'table-scroll'}, table), waiting),
    /** Renders the entries (best first); me is the visitor's player id. Unchanged data leaves the DOM alone. */
    render(entries, {me = null} = {}) {
      const key = JSON.stringify([entries, me]);
      if (key === shown) return;
      shown = key;
      const without = (entries ?? []).filter(e => !e.matches).length;
      waiting.hidden = without === 0;
      waiting.textContent = tn('board.waiting', without);
      entries = (entries ?? []).filter(e => e.matches > 0);
      if (!entries.length) {
        fill(body, h('tr', {class: 'empty'}, h('td', {colspan: 9, class: 'muted'}, empty)));
        return;
      }
      fill(body, entries.map((e, i) => {
        const mine = me !== null && e.entrantId === me;
        return h('tr', {class: [mine && 'me'], dataset: {entrant: e.entrantId ?? '', rank: e.rank, matches: e.matches,
          kind: e.kind}},
        h('td', {class: 'num rank-cell', dataset: {col: 'rank', value: e.rank}}, String(i + 1)),
        h('th', {scope: 'row', dataset: {col: 'name'}}, h('span', {class: 'entrant-name'}, e.name),
          mine ? h('span', {class: 'you'}, t('common.you')) : null),
        h('td', {class: 'muted', dataset: {col: 'kind', value: e.kind}}, kindText(e.kind)),
        h('td', {class: 'num strong', dataset: {col: 'rating', value: e.rating}}, decimal(e.rating, 2)),
        h('td', {class: 'num', dataset: {col: 'mu', value: e.mu}}, `${decimal(e.mu, 2)} ± ${decimal(e.sigma, 2)}`),
        h('td', {class: 'num', dataset: {col: 'matches', value: e.matches}}, count(e.matches)),
        h('td', {class: 'num', dataset: {col: 'wins', value: e.wins}}, count(e.wins)),
        h('td', {class: 'num', dataset: {col: 'meanRank', value: e.meanRank}}, e.matches ? decimal(e.meanRank, 2) : '–'),
        h('td', {class: 'num', dataset: {col: 'meanScore', value: e.meanScore}}, e.matches ? money(e.meanScore) : '–'));
      }));
    },
  };
}
