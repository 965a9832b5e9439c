// The replay viewer: a match's event history (GET /events), scrubbed round by round with the same
// charts, firms table, standings and regulator feed as the live views.

import {h, fill, badge} from '../dom.js';
import {api, ApiError} from '../api.js';
import {unknownMatch} from './join.js';
import {loadMatch} from '../history.js';
import {Charts, legend} from '../charts.js';
import {firmsTable, renderFirms} from './firms.js';
import {renderFeed} from './feed.js';
import {renderStandings} from './standings.js';
import {marketHealth, healthGrid} from './summary.js';
import {count, decimal, cents, money, pct} from '../format.js';
import {t} from '../i18n.js';

const PLAY_MS = 800;

export function mount(root, {matchId, round}) {
  const progress = h('p', {class: 'loading', role: 'status'}, 'Loading the match history…');
  fill(root, progress);
  let cleanup = () => {};
  let cancelled = false;

  (async () => {
    let model;
    try {
      ({model} = await loadMatch(matchId,
        (n, of) => { progress.textContent = `Loading the match history… ${count(n)} of ${count(of)} events`; }));
      if (cancelled) return;
    } catch (e) {
      if (cancelled) return;
      if (e instanceof ApiError && e.status === 404) unknownMatch(root, matchId);
      else fill(root, h('p', {class: 'notice error', role: 'alert'}, e.message));
      return;
    }
    if (!cancelled) cleanup = show(root, model, round);
  })();

  return () => {
    cancelled = true;
    cleanup();
  };
}

function show(root, model, initialRound) {
  const total = model.rounds.length;
  const s = model.summary;
  const slider = h('input', {type: 'range', min: total ? '1' : '0', max: String(total), step: '1',
    value: String(clamp(initialRound ?? total, total)), 'aria-label': 'Round', dataset: {scrubber: ''}});
  const label = h('span', {class: 'scrub-label', dataset: {replayRound: ''}});
  const playButton = h('button', {type: 'button', class: 'primary', onclick: () => toggle()}, 'Play');
  const step = delta => () => go(Number(slider.value) + delta);
  const controls = h('div', {class: 'scrubber'},
    slider,
    h('div', {class: 'scrub-buttons'},
      h('button', {type: 'button', title: 'First round', 'aria-label': 'First round', onclick: () => go(1)}, '«'),
      h('button', {type: 'button', title: 'Previous round', dataset: {step: 'prev'}, onclick: step(-1)}, '‹ Prev'),
      h('button', {type: 'button', title: 'Next round', dataset: {step: 'next'}, onclick: step(1)}, 'Next ›'),
      h('button', {type: 'button', title: 'Last round', 'aria-label': 'Last round', onclick: () => go(total)}, '»'),
      playButton, label));
  const chartsEl = h('div', {class: 'charts'});
  const table = firmsTable();
  const standings = h('ol', {class: 'standings', dataset: {standings: ''}});
  const feed = h('ol', {class: 'feed', dataset: {feed: ''}, tabindex: '0', 'aria-label': t('play.feed')});
  const roundFacts = h('dl', {class: 'health', dataset: {roundFacts: ''}});
  const health = h('div', {});

  fill(root,
    h('header', {class: 'match-header'},
      h('div', {class: 'match-heading'}, h('span', {class: 'eyebrow'}, 'Replay'),
        h('h1', {class: 'match-title'}, s.name),
        h('div', {class: 'match-meta'}, badge(s.status), h('span', {class: 'meta-item'}, `${total} rounds settled`),
          h('span', {class: 'meta-item policy'}, 'Regulator: ', h('strong', {}, s.policy)),
          h('a', {class: 'meta-item', href: api.exportUrl(model.matchId, 'rounds'), download: ''}, 'rounds.csv'),
          h('a', {class: 'meta-item', href: `#/debrief/${encodeURIComponent(model.matchId)}`}, 'Debrief')))),
    h('section', {class: 'card scrub-card'}, controls),
    total === 0 ? h('p', {class: 'notice'}, 'No round of this match has been settled yet.') : null,
    h('div', {class: 'play-grid replay-grid'},
      h('div', {class: 'play-side'},
        h('section', {class: 'card'}, h('h2', {}, 'This round'), roundFacts),
        h('section', {class: 'card'}, h('h2', {}, 'Standings'), standings),
        h('section', {class: 'card'}, h('h2', {}, 'Regulator feed'), feed)),
      h('div', {class: 'play-main'},
        h('section', {class: 'card'}, h('h2', {}, 'Market'), legend(model), chartsEl),
        h('section', {class: 'card'}, h('h2', {}, 'Firms'), h('div', {class: 'table-scroll'}, table)),
        h('section', {class: 'card'}, h('h2', {}, 'Market health so far'), health))));

  const charts = new Charts(chartsEl, {fixedRounds: true});
  let timer = null;

  function render(n) {
    slider.value = String(n);
    label.textContent = total ? `Round ${n} of ${total}` : 'No rounds yet';
    label.dataset.round = n;
    history.replaceState(null, '', `#/replay/${encodeURIComponent(model.matchId)}/${n}`);
    charts.update(model, n);
    const r = model.rounds[n - 1];
    if (!r) return;
    const firms = r.firms.map(fr => ({...model.firms.get(fr.firmId), ...fr}));
    renderFirms(table, firms);
    const ranking = [...firms]
      .sort((a, b) => (a.status === 'BANKRUPT') - (b.status === 'BANKRUPT') || b.cash - a.cash)
      .map((f, i) => ({...f, rank: i + 1}));
    renderStandings(standings, n === total && model.standings.length ? model.ranking() : ranking);
    renderFeed(feed, model.feed, {upto: n, limit: 40});
    const i = r.indicators;
    fill(roundFacts, [
      ['HHI', count(i.hhi)], ['Largest share', pct(i.largestShare)], ['Subsidy intensity', decimal(i.subsidyIntensity)],
      ['Spiral index', String(i.spiralIndex)], ['Average price', `${cents(Math.round(i.averagePrice * 10) / 10)} per user`],
      ['Consumer welfare', money(i.consumerWelfare)], ['Involution index', decimal(i.involutionIndex)],
      ['Bankruptcies', String(i.bankruptcies)],
    ].map(([k, v]) => h('div', {class: 'health-item', dataset: {fact: k}}, h('dt', {}, k), h('dd', {}, v))));
    fill(health, healthGrid(marketHealth(model, n)));
  }

  function go(n) {
    render(clamp(n, total));
  }

  function toggle() {
    if (timer) {
      stop();
      return;
    }
    if (Number(slider.value) >= total) go(1);
    playButton.textContent = 'Pause';
    timer = setInterval(() => {
      if (Number(slider.value) >= total) stop();
      else go(Number(slider.value) + 1);
    }, PLAY_MS);
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    playButton.textContent = 'Play';
  }

  slider.addEventListener('input', () => go(Number(slider.value)));
  go(Number(slider.value));
  return () => {
    stop();
    charts.destroy();
  };
}

function clamp(n, total) {
  if (!total) return 0;
  return Math.min(total, Math.max(1, Math.round(Number(n) || total)));
}
