// The ladder: standings (Weng-Lin rating = mu - 3 sigma), an entrant's rating over time, the matches
// in play and the last results with replay links; a signed-in visitor can join it. Polled while shown.

import uPlot from '../vendor/uplot.js';
import {h, fill, badge} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {leaderboardTable} from './leaderboard-table.js';
import {money, decimal, timeOfDay, seconds} from '../format.js';
import {t, tn} from '../i18n.js';
import {statusText} from '../dom.js';

const POLL_MS = 5_000;

export function mount(root) {
  const table = leaderboardTable({test: 'ladder-standings', empty: t('ladder.empty')});
  const status = h('p', {class: 'muted', role: 'status', dataset: {test: 'ladder-status'}});
  const facts = h('p', {class: 'lead', dataset: {test: 'ladder-facts'}});
  const join = h('div', {class: 'ladder-join', dataset: {test: 'ladder-join'}});
  const chartTitle = h('h2', {}, t('ladder.chart'));
  const chartBox = h('div', {class: 'chart-box', dataset: {test: 'ladder-rating-chart'}});
  const chartNote = h('p', {class: 'muted', dataset: {test: 'ladder-rating-note'}});
  const playing = h('ul', {class: 'ladder-matches', dataset: {test: 'ladder-playing'}});
  const recent = h('ul', {class: 'ladder-matches', dataset: {test: 'ladder-recent'}});
  fill(root,
    h('div', {class: 'page-head'},
      h('div', {}, h('h1', {}, t('nav.ladder')), facts),
      join),
    h('section', {class: 'card'}, h('h2', {}, t('play.standings')), table.el, status),
    h('section', {class: 'card'}, chartTitle, chartNote, chartBox),
    h('div', {class: 'ladder-columns'},
      h('section', {class: 'card'}, h('h2', {}, t('ladder.playing')), playing),
      h('section', {class: 'card'}, h('h2', {}, t('ladder.recent')), recent)));

  let stopped = false;
  let selected = session.player()?.playerId ?? null;
  let plot = null;
  let plotted = '';

  table.el.addEventListener('click', event => {
    const row = event.target.closest('tr[data-entrant]');
    if (row && row.dataset.entrant) {
      selected = row.dataset.entrant;
      refresh();
    }
  });

  function renderJoin() {
    const me = session.player();
    if (!me) {
      fill(join, h('a', {class: 'button', href: '#/'}, t('ladder.pickName')));
      return;
    }
    const button = h('button', {class: 'button primary', type: 'button', dataset: {test: 'ladder-join-button'},
      onclick: async () => {
        button.disabled = true;
        try {
          const member = await api.joinLadder(me.token);
          status.textContent = t('ladder.joined', {status: statusText(member.status)});
          refresh();
        } catch (e) {
          status.textContent = e.message;
        } finally {
          button.disabled = false;
        }
      }}, t('ladder.join'));
    fill(join, button);
  }

  function matchItem(m) {
    const seats = [...m.seats].sort((a, b) => (a.rank || 99) - (b.rank || 99));
    return h('li', {class: 'ladder-match', dataset: {match: m.matchId, status: m.status}},
      badge(m.status === 'FINISHED' ? 'FINISHED' : 'RUNNING'), ' ',
      h('a', {href: m.status === 'FINISHED' ? `#/replay/${encodeURIComponent(m.matchId)}`
        : `#/watch/${encodeURIComponent(m.matchId)}`, dataset: {test: 'ladder-match-link'}},
      m.status === 'FINISHED' ? t('link.replay') : t('link.watch')), ' ',
      h('span', {class: 'muted'}, m.recordedAt ? timeOfDay(m.recordedAt) : t('ladder.starts', {time: timeOfDay(m.startAt)})), ' ',
      seats.map((s, i) => [i ? ', ' : '', h('span', {class: ['ladder-seat', s.kind === 'house' && 'muted',
        !s.acted && m.status === 'FINISHED' && s.kind === 'player' && 'no-show'],
      title: !s.acted && m.status === 'FINISHED' && s.kind === 'player' ? t('ladder.noShow') : null},
      s.rank ? `${s.rank}. ` : '', s.name, s.rank ? ` (${money(s.score)})` : '')]));
  }

  function renderChart(entrant) {
    const points = entrant?.history ?? [];
    const key = JSON.stringify([entrant?.entrantId, points.length]);
    if (key === plotted) return;
    plotted = key;
    plot?.destroy();
    plot = null;
    chartBox.replaceChildren();
    chartTitle.textContent = entrant ? t('ladder.chartOf', {name: entrant.name}) : t('ladder.chart');
    if (points.length === 0) {
      chartNote.textContent = entrant ? t('ladder.noMatch') : t('ladder.pick');
      return;
    }
    chartNote.textContent = tn('ladder.points', points.length, {now: decimal(points[points.length - 1].rating, 2)});
    const xs = points.map((p, i) => i + 1);
    plot = new uPlot({width: Math.max(280, chartBox.clientWidth || 600), height: 220,
      scales: {x: {time: false}}, axes: [{label: t('ladder.axis.match'), incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500]},
        {label: t('ladder.axis.rating')}],
      series: [{}, {label: t('ladder.series.rating'), stroke: '#312e81', width: 2},
        {label: 'μ', stroke: '#94a3b8', width: 1}]},
    [xs, points.map(p => p.rating), points.map(p => p.mu)], chartBox);
  }

  async function refresh() {
    try {
      const ladder = await api.ladder();
      if (stopped) return;
      const s = ladder.settings;
      facts.textContent = t(s.lockstep ? 'ladder.factsLockstep' : 'ladder.facts', {members: ladder.members,
        waiting: ladder.waiting, played: ladder.matchesPlayed, seats: s.seats, rounds: s.rounds,
        wait: seconds(Math.round(s.maxWaitMillis / 1000) * 1000)});
      table.render(ladder.standings, {me: session.player()?.playerId ?? null});
      fill(playing, ladder.playing.length ? ladder.playing.map(matchItem)
        : h('li', {class: 'muted'}, t('ladder.noneInPlay')));
      fill(recent, ladder.recent.length ? ladder.recent.map(matchItem) : h('li', {class: 'muted'}, t('ladder.nonePlayed')));
      const shown = selected ?? ladder.standings[0]?.entrantId ?? null;
      renderChart(shown ? await api.ladderPlayer(shown).catch(() => null) : null);
      status.textContent = t('board.updated', {time: timeOfDay(Date.now()), every: seconds(POLL_MS)});
    } catch (e) {
      if (!stopped) status.textContent = e.message;
    }
  }

  renderJoin();
  refresh();
  const timer = setInterval(refresh, POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
    plot?.destroy();
  };
}
