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
import {count, decimal, perUser, money, pct} from '../format.js';
import {policyLabel} from '../catalog.js';
import {t} from '../i18n.js';

const PLAY_MS = 800;

export function mount(root, {matchId, round}) {
  const progress = h('p', {class: 'loading', role: 'status'}, t('replay.loading'));
  fill(root, progress);
  let cleanup = () => {};
  let cancelled = false;

  (async () => {
    let model;
    try {
      ({model} = await loadMatch(matchId,
        (n, of) => { progress.textContent = t('replay.loadingCount', {n: count(n), of: count(of)}); }));
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
    value: String(clamp(initialRound ?? total, total)), 'aria-label': t('replay.round'), dataset: {scrubber: ''}});
  const label = h('span', {class: 'scrub-label', dataset: {replayRound: ''}});
  const playButton = h('button', {type: 'button', class: 'primary', onclick: () => toggle()}, t('replay.play'));
  const step = delta => () => go(Number(slider.value) + delta);
  const controls = h('div', {class: 'scrubber'},
    slider,
    h('div', {class: 'scrub-buttons'},
      h('button', {type: 'button', title: t('replay.first'), 'aria-label': t('replay.first'), onclick: () => go(1)}, '«'),
      h('button', {type: 'button', title: t('replay.prevTitle'), dataset: {step: 'prev'}, onclick: step(-1)}, t('replay.prev')),
      h('button', {type: 'button', title: t('replay.nextTitle'), dataset: {step: 'next'}, onclick: step(1)}, t('replay.next')),
      h('button', {type: 'button', title: t('replay.last'), 'aria-label': t('replay.last'), onclick: () => go(total)}, '»'),
      playButton, label));
  const chartsEl = h('div', {class: 'charts'});
  const table = firmsTable();
  const standings = h('ol', {class: 'standings', dataset: {standings: ''}});
  const feed = h('ol', {class: 'feed', dataset: {feed: ''}, tabindex: '0', 'aria-label': t('play.feed')});
  const roundFacts = h('dl', {class: 'health', dataset: {roundFacts: ''}});
  const health = h('div', {});

  fill(root,
    h('header', {class: 'match-header'},
      h('div', {class: 'match-heading'}, h('span', {class: 'eyebrow'}, t('replay.eyebrow')),
        h('h1', {class: 'match-title'}, s.name),
        h('div', {class: 'match-meta'}, badge(s.status), h('span', {class: 'meta-item'}, t('replay.settled', {n: total})),
          h('span', {class: 'meta-item policy'}, t('play.regulator'), h('strong', {}, policyLabel(s.policy))),
          h('a', {class: 'meta-item', href: api.exportUrl(model.matchId, 'rounds'), download: ''}, t('replay.roundsCsv')),
          h('a', {class: 'meta-item', href: `#/debrief/${encodeURIComponent(model.matchId)}`}, t('replay.debrief'))))),
    h('section', {class: 'card scrub-card'}, controls),
    total === 0 ? h('p', {class: 'notice'}, t('replay.noRound')) : null,
    h('div', {class: 'play-grid replay-grid'},
      h('div', {class: 'play-side'},
        h('section', {class: 'card'}, h('h2', {}, t('replay.thisRound')), roundFacts),
        h('section', {class: 'card'}, h('h2', {}, t('play.standings')), standings),
        h('section', {class: 'card'}, h('h2', {}, t('play.feed')), feed)),
      h('div', {class: 'play-main'},
        h('section', {class: 'card'}, h('h2', {}, t('play.market')), legend(model), chartsEl),
        h('section', {class: 'card'}, h('h2', {}, t('play.firms')), h('div', {class: 'table-scroll'}, table)),
        h('section', {class: 'card'}, h('h2', {}, t('replay.healthSoFar')), health))));

  const charts = new Charts(chartsEl, {fixedRounds: true});
  let timer = null;

  function render(n) {
    slider.value = String(n);
    label.textContent = total ? t('replay.roundOf', {n, total}) : t('replay.noRounds');
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
      ['HHI', 'hhi', count(i.hhi)], ['Largest share', 'largestShare', pct(i.largestShare)],
      ['Subsidy intensity', 'subsidyIntensity', decimal(i.subsidyIntensity)],
      ['Spiral index', 'spiralIndex', String(i.spiralIndex)],
      ['Average price', 'averagePrice', perUser(Math.round(i.averagePrice * 10) / 10)],
      ['Consumer welfare', 'consumerWelfare', money(i.consumerWelfare)],
      ['Involution index', 'involutionIndex', decimal(i.involutionIndex)],
      ['Bankruptcies', 'bankruptcies', String(i.bankruptcies)],
    ].map(([k, key, v]) => h('div', {class: 'health-item', dataset: {fact: k}}, h('dt', {}, t(`fact.${key}`)), h('dd', {}, v))));
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
    playButton.textContent = t('replay.pause');
    timer = setInterval(() => {
      if (Number(slider.value) >= total) stop();
      else go(Number(slider.value) + 1);
    }, PLAY_MS);
  }

  function stop() {
    clearInterval(timer);
    timer = null;
    playButton.textContent = t('replay.play');
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
