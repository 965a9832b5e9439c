// The global leaderboard: every player's rating over all tournaments' matches, polled while shown.

import {h, fill} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {leaderboardTable} from './leaderboard-table.js';
import {timeOfDay} from '../format.js';

const POLL_MS = 10_000;

export function mount(root) {
  const table = leaderboardTable({test: 'leaderboard', empty: 'No tournament match has been played yet.'});
  const status = h('p', {class: 'muted', role: 'status', dataset: {test: 'leaderboard-status'}});
  fill(root,
    h('div', {class: 'page-head'},
      h('div', {},
        h('h1', {}, 'Leaderboard'),
        h('p', {class: 'lead'}, 'Every player’s rating over all tournament matches. The rating is μ − 3σ: ',
          'a cautious estimate of skill, so a few lucky matches do not top the board.')),
      h('a', {class: 'button', href: '#/tournaments'}, 'Tournaments')),
    h('section', {class: 'card'}, table.el, status));

  let stopped = false;
  async function refresh() {
    try {
      const entries = await api.leaderboard();
      if (stopped) return;
      table.render(entries, {me: session.player()?.playerId ?? null});
      status.textContent = `Updated ${timeOfDay(Date.now())}; refreshes every ${POLL_MS / 1000} s.`;
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
