// The student's last round as a profit line (revenue, compute, giveaways, R&D, fixed cost, fines,
// subsidies, net) and a small cash-flow chart: the net of every round so far, gains above the line
// and losses below it.

import uPlot from '../vendor/uplot.js';
import {h, fill} from '../dom.js';
import {money, signedMoney, moneyShort, count, perUser} from '../format.js';
import {profitLine} from '../economics.js';
import {t} from '../i18n.js';

export class ProfitCard {
  constructor() {
    this.title = h('h2', {}, t('profit.title'));
    this.body = h('div', {class: 'last-round', dataset: {lastRound: ''}});
    this.chartBox = h('div', {class: 'cashflow-box'});
    this.chartCard = h('div', {class: 'cashflow', dataset: {cashflow: ''}, hidden: true},
      h('h3', {}, t('profit.cashflow')), this.chartBox);
    this.el = h('section', {class: 'card profit-card'}, this.title, this.body, this.chartCard);
    this.plot = null;
    this.shown = null;
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this.chartBox);
  }

  destroy() {
    this.resizer.disconnect();
    this.plot?.destroy();
  }

  render(model, firmId) {
    const mineIn = r => r.firms.find(x => x.firmId === firmId);
    const rounds = firmId === null ? [] : model.rounds.filter(mineIn);
    const key = `${firmId}:${rounds.length}:${rounds.at(-1)?.round}:${model.summary.status}`;
    if (key === this.shown) return;
    this.shown = key;
    const r = rounds.at(-1);
    if (!r) {
      fill(this.title, t('profit.title'));
      fill(this.body, h('p', {class: 'hint'}, model.summary.status === 'FINISHED'
        ? t('profit.endedBefore') : t('profit.empty')));
      this.chartCard.hidden = true;
      return;
    }
    const fr = mineIn(r);
    const line = profitLine(fr);
    this.body.dataset.round = r.round;
    fill(this.title, t('profit.titleRound', {round: r.round}));
    fill(this.body,
      h('p', {class: ['net-line', line.net < 0 ? 'bad' : 'good'], dataset: {net: '', value: line.net}},
        t('profit.net'), h('strong', {}, signedMoney(line.net)), t('profit.cashNow', {money: money(fr.cash)})),
      h('table', {class: 'table profit'},
        h('tbody', {}, line.lines.filter(([key, , v]) => v !== 0 || ['revenue', 'computeCost', 'fixedCost'].includes(key))
          .map(([key, label, v]) => h('tr', {dataset: {line: key, value: v}},
            h('th', {scope: 'row'}, label), h('td', {class: 'num'}, signedMoney(v)))),
        h('tr', {class: 'total', dataset: {line: 'net', value: line.net}},
          h('th', {scope: 'row'}, t('line.net')), h('td', {class: 'num'}, signedMoney(line.net))))),
      h('p', {class: 'hint served'},
        h('span', {dataset: {col: 'price', value: fr.price}}, t('profit.price', {price: perUser(fr.price)})), ' · ',
        h('span', {dataset: {col: 'served', value: fr.served}}, t('profit.served', {served: count(fr.served), users: count(fr.users)})),
        ' · ', h('span', {dataset: {col: 'newUsers', value: fr.newUsers}}, t('profit.new', {n: count(fr.newUsers)})),
        fr.served < fr.users ? h('strong', {class: 'bad'}, t('profit.unserved', {n: count(fr.users - fr.served)})) : null));
    this.chartCard.hidden = false;
    this.draw(rounds.map(x => x.round), rounds.map(x => profitLine(mineIn(x)).net));
  }

  draw(xs, nets) {
    const data = [xs, nets.map(n => (n >= 0 ? n : null)), nets.map(n => (n < 0 ? n : null))];
    if (this.plot) {
      this.plot.setData(data);
      return;
    }
    const bars = uPlot.paths.bars({size: [0.7, 24]});
    const axis = {stroke: '#4b5563', font: '11px system-ui, sans-serif', grid: {stroke: '#e5e7eb', width: 1},
      ticks: {stroke: '#d1d5db', width: 1}};
    this.plot = new uPlot({
      width: Math.max(200, this.chartBox.clientWidth),
      height: 140,
      legend: {show: false},
      cursor: {drag: {x: false, y: false}},
      scales: {x: {time: false, range: (u, min, max) => [min - 0.5, Math.max(max, min + 4) + 0.5]},
        y: {range: (u, min, max) => [Math.min(0, min ?? 0) * 1.1, Math.max(0, max ?? 0) * 1.1 || 1]}},
      axes: [{...axis, values: (u, vals) => vals.map(v => (Number.isInteger(v) ? String(v) : ''))},
        {...axis, size: 60, values: (u, vals) => vals.map(v => moneyShort(v))}],
      series: [{label: t('profit.chart.round')},
        {label: t('profit.chart.gain'), fill: '#05966999', stroke: '#047857', paths: bars, points: {show: false}},
        {label: t('profit.chart.loss'), fill: '#dc262699', stroke: '#b91c1c', paths: bars, points: {show: false}}],
    }, data, this.chartBox);
  }

  resize() {
    const width = this.chartBox.clientWidth;
    if (this.plot && width > 0 && Math.abs(this.plot.width - width) > 1) this.plot.setSize({width, height: 140});
  }
}
