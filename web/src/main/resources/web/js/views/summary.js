// The end-of-match summary: the winner, the final standings and the market's health.

import {h} from '../dom.js';
import {firmColor} from '../colors.js';
import {money, count, decimal, pct, cents} from '../format.js';
import {t} from '../i18n.js';

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
    [t('health.welfare'), money(health.consumerWelfare), t('health.welfare.hint')],
    [t('health.quality'), decimal(health.averageQuality, 3), t('health.quality.hint')],
    [t('health.hhi'), count(health.hhi), t('health.hhi.hint')],
    [t('health.price'), cents(Math.round(health.averagePrice * 10) / 10), t('health.price.hint')],
    [t('health.giveaways'), money(health.giveaways), t('health.giveaways.hint')],
    [t('health.rnd'), money(health.rnd), t('health.rnd.hint')],
    [t('health.involution'), decimal(health.involutionIndex, 2), t('health.involution.hint')],
    [t('health.shares'), pct(health.shareMoved), t('health.shares.hint')],
    [t('health.spiral'), t('health.spiral.value', {n: health.peakSpiral}), t('health.spiral.hint')],
    [t('health.bankruptcies'), String(health.bankruptcies), ''],
    [t('health.interventions'), String(health.interventions), t('health.interventions.hint')],
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
    h('h2', {}, t('summary.over')),
    winner ? h('p', {class: 'winner'}, chip(winner.firmId), h('strong', {}, winner.name), t('summary.wins', {money: money(winner.cash)}),
      winner.firmId === me ? t('summary.thatsYou') : '') : null,
    h('div', {class: 'summary-grid'},
      h('div', {},
        h('h3', {}, t('summary.final')),
        h('ol', {class: 'final-standings'}, ranking.map(f => h('li', {class: [f.firmId === me && 'me']},
          chip(f.firmId), h('span', {class: 'standing-name'}, f.name),
          h('span', {class: 'standing-cash'}, f.status === 'BANKRUPT' ? t('status.bankrupt') : money(f.cash)))))),
      health ? h('div', {}, h('h3', {}, t('summary.health')), healthGrid(health)) : null));
}
