// The global leaderboard: every player's rating over all tournaments' matches, polled while shown.

import {h, fill} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {leaderboardTable} from './leaderboard-table.js';
import {timeOfDay, seconds} from '../format.js';
import {t} from '../i18n.js';

const POLL_MS = 10_000;

export function mount(root) {
  const table = leaderboardTable({test: 'leaderboard', empty: t('leaderboard.empty')});
  const status = h('p', {class: 'muted', role: 'status', dataset: {test: 'leaderboard-status'}});
  fill(root,
    h('div', {class: 'page-head'},
      h('div', {},
        h('h1', {}, t('nav.leaderboard')),
        h('p', {class: 'lead'}, t('leaderboard.lead'))),
      h('a', {class: 'button', href: '#/tournaments'}, t('nav.tournaments'))),
    h('section', {class: 'card'}, table.el, status));

  let stopped = false;
  async function refresh() {
    try {
      const entries = await api.leaderboard();
      if (stopped) return;
      table.render(entries, {me: session.player()?.playerId ?? null});
      status.textContent = t('board.updated', {time: timeOfDay(Date.now()), every: seconds(POLL_MS)});
    } catch (e) {
      if (!stopped) status.textContent = e.message;
    }
  }

  refresh();
  const timer = setInterval(refresh, POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
