// The debrief of a match, for the projector after class: the timeline of key moments (the spiral,
// each intervention and what followed, bankruptcies, share swings), the market's charts with those
// moments marked, the market's health and the final standings; compared, on the same axes, with
// another match; and exportable as one self-contained HTML file.

import {h, fill, badge} from '../dom.js';
import {api, ApiError} from '../api.js';
import {loadMatch} from '../history.js';
import {unknownMatch} from './join.js';
import {keyMoments, roundsOf} from '../debrief-model.js';
import {debriefCharts} from '../debrief-charts.js';
import {marketHealth, healthFacts} from './summary.js';
import {standaloneHtml, download} from '../debrief-export.js';
import {money, count} from '../format.js';
import {t} from '../i18n.js';
import {policyLabel} from '../catalog.js';

export function mount(root, {matchId, otherId}) {
  fill(root, h('p', {class: 'loading', role: 'status'}, t('replay.loading')));
  let cleanup = () => {};
  let cancelled = false;
  (async () => {
    const load = async id => {
      try {
        return story(await loadMatch(id));
      } catch (e) {
        if (cancelled) return null;
        if (e instanceof ApiError && e.status === 404) unknownMatch(root, id);
        else fill(root, h('p', {class: 'notice error', role: 'alert'}, e.message));
        return null;
      }
    };
    const a = await load(matchId);
    const b = a && otherId ? await load(otherId) : null;
    if (!cancelled && a && (b || !otherId)) cleanup = show(root, a, b);
  })();
  return () => {
    cancelled = true;
    cleanup();
  };
}

/** What the page shows of one match. */
function story({details, events, model}) {
  const {rounds} = roundsOf(events);
  return {id: details.summary.matchId, name: details.summary.name, summary: details.summary, seed: details.seed,
    rounds, moments: keyMoments(events), health: marketHealth(model), ranking: model.ranking()};
}

function show(root, a, b) {
  const s = a.summary;
  const article = h('article', {class: 'debrief', dataset: {debrief: a.id, compared: b?.id}});
  const exportButton = h('button', {type: 'button', class: 'primary', dataset: {exportHtml: ''},
    onclick: async () => {
      exportButton.disabled = true;
      try {
        download(await standaloneHtml(article, t('debrief.fileTitle', {name: a.name})), `debrief-${a.id}${b ? `-vs-${b.id}` : ''}.html`);
        exported.textContent = t('debrief.downloaded');
      } finally {
        exportButton.disabled = false;
      }
    }}, t('debrief.download'));
  const exported = h('span', {class: 'form-result', role: 'status', dataset: {exported: ''}});
  const compare = h('select', {name: 'compare', dataset: {compare: ''}, 'aria-label': t('debrief.compareLabel')},
    h('option', {value: ''}, b ? t('debrief.comparedWith', {name: b.name}) : t('debrief.compareWith')));
  compare.addEventListener('change', () => {
    location.hash = compare.value === '-' ? `#/debrief/${encodeURIComponent(a.id)}`
      : `#/debrief/${encodeURIComponent(a.id)}/${encodeURIComponent(compare.value)}`;
  });
  api.matches().then(list => {
    const others = list.filter(m => m.status === 'FINISHED' && m.matchId !== a.id && m.matchId !== b?.id).reverse();
    compare.append(...(b ? [h('option', {value: '-'}, t('debrief.noComparison'))] : []),
      ...others.map(m => h('option', {value: m.matchId}, `${m.name} (${m.matchId}, ${policyLabel(m.policy)})`)));
  }, () => {});

  const charts = debriefCharts(a, b);
  fill(article,
    h('header', {class: 'match-header'},
      h('div', {class: 'match-heading'}, h('span', {class: 'eyebrow'}, t('replay.debrief')),
        h('h1', {class: 'match-title'}, a.name, b ? h('span', {class: 'versus'}, t('debrief.versus', {name: b.name})) : null),
        h('div', {class: 'match-meta'}, badge(s.status),
          h('span', {class: 'meta-item'}, t('header.rounds', {rounds: count(a.rounds.length)})),
          h('span', {class: 'meta-item policy'}, t('play.regulator'), h('strong', {}, policyLabel(s.policy))),
          h('span', {class: 'meta-item'}, t('debrief.seed', {seed: a.seed})),
          b ? h('span', {class: 'meta-item'}, t('debrief.comparedMeta', {name: b.name, policy: policyLabel(b.summary.policy),
            seed: b.seed})) : null)),
      h('div', {class: 'actions', dataset: {noExport: ''}}, exportButton, compare,
        h('a', {class: 'button', href: `#/replay/${encodeURIComponent(a.id)}`}, t('link.replay')), exported)),
    s.status !== 'FINISHED' ? h('p', {class: 'notice'}, t('debrief.notOver')) : null,
    h('div', {class: 'debrief-grid'},
      h('section', {class: 'card'}, h('h2', {}, t('debrief.whatHappened')), timeline(a)),
      h('div', {},
        h('section', {class: 'card'}, h('h2', {}, t('summary.health')), healthTable(a, b)),
        h('section', {class: 'card'}, h('h2', {}, t('summary.final')), standings(a, b)))),
    h('section', {class: 'card'}, h('h2', {}, b ? t('debrief.twoMatches') : t('debrief.market')),
      h('p', {class: 'hint'}, t('debrief.dashed')),
      charts.el),
    b ? h('section', {class: 'card'}, h('h2', {}, t('debrief.whatHappenedIn', {name: b.name})), timeline(b)) : null);
  fill(root, article);
  charts.draw();
  return () => charts.destroy();
}


function timeline(m) {
  if (!m.moments.length) {
    return h('p', {class: 'muted', dataset: {timelineEmpty: ''}},
      m.rounds.length ? t('debrief.calm') : t('debrief.noRound'));
  }
  return h('ol', {class: 'timeline', dataset: {timeline: m.id}}, m.moments.map(x => h('li',
    {class: `moment moment-${x.kind}`, dataset: {moment: x.kind, round: x.round, rule: x.rule}},
    h('span', {class: 'moment-round'}, t('tournament.round', {round: x.round})),
    h('div', {class: 'moment-body'},
      h('span', {class: 'moment-kind'}, t(`debrief.kind.${x.kind}`)),
      h('h3', {class: 'moment-title'}, x.title),
      h('p', {class: 'moment-detail'}, x.detail),
      x.renewed ? h('p', {class: 'moment-detail'}, x.renewed) : null,
      x.changes?.length ? h('p', {class: 'moment-after', dataset: {changes: ''}},
        t('debrief.byRound', {round: x.changesUntil, changes: x.changes.map(c => c.text).join(t('debrief.separator'))})) : null))));
}

function healthTable(a, b) {
  const fa = a.health ? healthFacts(a.health) : [];
  const fb = b?.health ? healthFacts(b.health) : [];
  if (!fa.length) return h('p', {class: 'muted'}, t('debrief.noRound'));
  return h('div', {class: 'table-scroll'}, h('table', {class: 'table health-table', dataset: {health: ''}},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('debrief.indicator')), h('th', {scope: 'col', class: 'num'}, a.name),
      b ? h('th', {scope: 'col', class: 'num'}, b.name) : null)),
    h('tbody', {}, fa.map(([label, value, hint], i) => h('tr', {},
      h('th', {scope: 'row'}, label, hint ? h('span', {class: 'sub'}, hint) : null),
      h('td', {class: 'num'}, value),
      b ? h('td', {class: 'num'}, fb[i]?.[1] ?? '–') : null)))));
}

function standings(a, b) {
  const list = m => h('ol', {class: 'final-standings', dataset: {standings: m.id}}, m.ranking.map(f => h('li', {},
    h('span', {class: 'standing-name'}, f.name),
    h('span', {class: 'standing-cash'}, f.status === 'BANKRUPT' ? t('status.bankrupt') : money(f.cash)))));
  return b ? h('div', {class: 'side-by-side'}, h('div', {}, h('h3', {}, a.name), list(a)), h('div', {}, h('h3', {}, b.name), list(b)))
    : list(a);
}
