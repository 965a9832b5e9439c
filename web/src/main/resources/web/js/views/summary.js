// The end-of-match summary: the winner, the final standings and the market's health.

import {h} from '../dom.js';
import {firmColor} from '../colors.js';
import {money, count, decimal, pct, cents} from '../format.js';

/** Market health over rounds 1..upto (all settled rounds by default). */
export function marketHealth(model, upto = model.rounds.length) {
  const rounds = model.rounds.slice(0, upto);
  if (!rounds.length) return null;
  const last = rounds[rounds.length - 1].indicators;
  const first = rounds[0];
  const lastRound = rounds[rounds.length - 1];
  let moved = 0;
  for (const f of lastRound.firms) {
    const before = first.firms.find(x => x.firmId === f.firmId)?.share ?? 0;
    moved += Math.abs(f.share - before);
  }
  return {
    rounds: rounds.length,
    consumerWelfare: last.consumerWelfare,
    averageQuality: last.averageQuality,
    hhi: last.hhi,
    averagePrice: last.averagePrice,
    giveaways: rounds.reduce((sum, r) => sum + (r.indicators.totalGiveaway ?? 0), 0),
    rnd: rounds.reduce((sum, r) => sum + (r.indicators.totalRnd ?? 0), 0),
    involutionIndex: last.involutionIndex,
    bankruptcies: last.bankruptcies,
    peakSpiral: Math.max(...rounds.map(r => r.indicators.spiralIndex ?? 0)),
    shareMoved: moved / 2,
    interventions: model.interventionCount,
  };
}

export function healthFacts(health) {
  return [
    ['Consumer welfare', money(health.consumerWelfare), 'per round: what the offers are worth to all potential users'],
    ['Average quality', decimal(health.averageQuality, 3), 'user-weighted quality of the services'],
    ['Concentration (HHI)', count(health.hhi), 'above 2,500 is highly concentrated'],
    ['Average price', cents(Math.round(health.averagePrice * 10) / 10), 'per user per round'],
    ['Giveaway spend', money(health.giveaways), 'paid to win users, all rounds'],
    ['R&D spend', money(health.rnd), 'invested in quality, all rounds'],
    ['Involution index', decimal(health.involutionIndex, 2), 'money burned per unit of welfare gained'],
    ['Shares moved', pct(health.shareMoved), 'of the market changed hands, first to last round'],
    ['Longest spiral', `${health.peakSpiral} rounds`, 'falling prices with rising giveaways'],
    ['Bankruptcies', String(health.bankruptcies), ''],
    ['Interventions', String(health.interventions), 'by the regulator'],
  ];
}

export function healthGrid(health) {
  return h('dl', {class: 'health'}, healthFacts(health).map(([label, value, hint]) =>
    h('div', {class: 'health-item'}, h('dt', {}, label), h('dd', {}, value), hint ? h('dd', {class: 'hint'}, hint) : null)));
}

export function summaryCard(model, me = null) {
  const ranking = model.ranking();
  const winner = ranking[0];
  const health = marketHealth(model);
  const chip = id => {
    const c = h('span', {class: 'chip'});
    c.style.setProperty('--firm', firmColor(id));
    return c;
  };
  return h('section', {class: 'card summary', dataset: {summary: ''}},
    h('h2', {}, 'Match over'),
    winner ? h('p', {class: 'winner'}, chip(winner.firmId), h('strong', {}, winner.name), ` wins with ${money(winner.cash)}`,
      winner.firmId === me ? ' — that is you!' : '') : null,
    h('div', {class: 'summary-grid'},
      h('div', {},
        h('h3', {}, 'Final standings'),
        h('ol', {class: 'final-standings'}, ranking.map(f => h('li', {class: [f.firmId === me && 'me']},
          chip(f.firmId), h('span', {class: 'standing-name'}, f.name),
          h('span', {class: 'standing-cash'}, f.status === 'BANKRUPT' ? 'bankrupt' : money(f.cash)))))),
      health ? h('div', {}, h('h3', {}, 'Market health'), healthGrid(health)) : null));
}
