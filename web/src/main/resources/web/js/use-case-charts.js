// Charts per use case in a match with the article's remedies: the users each use case has, and (in
// the play view) the viewer's share of each, round by round. One line per use case with a colour
// key, and the numbers as a table for those who cannot see the chart.

import uPlot from './vendor/uplot.js';
import {h, fill} from './dom.js';
import {shortCount, count} from './format.js';
import {fitPlots} from './charts.js';
import {t} from './i18n.js';
import {useCaseLabel} from './views/remedies.js';
import {usersByUseCase, shareByUseCase} from './remedies-model.js';

/** One colour per use case (by index), distinct from each other and readable on white. */
const COLORS = ['#1d4ed8', '#047857', '#b45309', '#be185d', '#6d28d9', '#0e7490'];

const SPECS = [
  {key: 'use-case-users', title: 'remedies.charts.users', unit: 'remedies.charts.usersUnit',
    data: (rounds, useCases) => usersByUseCase(rounds, useCases), axis: v => shortCount(v), cell: v => count(v),
    range: (min, max) => [0, Math.max(1000, max * 1.1)]},
  {key: 'use-case-share', title: 'remedies.charts.myShare', unit: 'remedies.charts.shareUnit', mine: true,
    data: (rounds, useCases, me) => shareByUseCase(rounds, useCases, me), axis: v => `${v}%`, cell: v => `${v}%`,
    range: (min, max) => [0, Math.max(10, Math.ceil(max / 10) * 10)]},
];

export class UseCaseCharts {
  /** @param options me: the viewer's firm id (adds the share chart); large: projector sizes */
  constructor({me = null, large = false} = {}) {
    this.large = large;
    this.me = me;
    this.plots = new Map();
    this.namesKey = '';
    this.key = h('ul', {class: 'legend use-case-legend'});
    this.cards = SPECS.filter(spec => !spec.mine || me !== null).map(spec => {
      const box = h('div', {class: 'chart-box'});
      const table = h('table', {class: 'table compact', dataset: {numbers: spec.key}});
      const numbers = h('details', {class: 'chart-numbers'},
        h('summary', {}, t('remedies.charts.numbers', {title: t(spec.title)})),
        scrollable({}, t('remedies.charts.numbers', {title: t(spec.title)}), table));
      const card = h('section', {class: 'chart-card', dataset: {chart: spec.key}},
        h('h3', {class: 'chart-title'}, t(spec.title), ' ', h('small', {}, t(spec.unit))), box, numbers);
      const entry = {spec, box, table, numbers, card, data: null};
      numbers.addEventListener('toggle', () => this.fillNumbers(entry));
      return entry;
    });
    this.el = h('div', {class: 'use-case-charts', dataset: {useCaseCharts: ''}}, this.key,
      h('div', {class: 'chart-grid use-case-grid'}, this.cards.map(c => c.card)));
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(this.el);
  }

  /** Draws the rounds with the remedies' indicators; useCases: the use cases' names from the rules. */
  update(rounds, useCases) {
    this.labels = useCases.map((name, i) => useCaseLabel(name, i));
    const namesKey = this.labels.join('|');
    if (namesKey !== this.namesKey) {
      this.destroyPlots();
      this.namesKey = namesKey;
      fill(this.key, this.labels.map((label, i) => {
        const chip = h('span', {class: 'chip'});
        chip.style.setProperty('--firm', COLORS[i % COLORS.length]);
        return h('li', {class: 'legend-item'}, chip, h('span', {class: 'legend-name'}, label));
      }));
    }
    this.el.dataset.rounds = String(rounds.length);
    for (const c of this.cards) {
      c.data = c.spec.data(rounds, useCases, this.me);
      this.fillNumbers(c);
      const plot = this.plots.get(c.spec.key);
      if (plot) plot.setData(c.data);
      else if (rounds.length) this.plots.set(c.spec.key, this.create(c));
    }
  }

  /** The chart's text alternative: one row per round, one column per use case, filled while unfolded. */
  fillNumbers(c) {
    if (!c.numbers.open || !c.data) return;
    const [xs, ...series] = c.data;
    fill(c.table,
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('remedies.charts.round')),
        this.labels.map(label => h('th', {scope: 'col', class: 'num'}, label)))),
      h('tbody', {}, xs.map((x, i) => h('tr', {}, h('th', {scope: 'row'}, String(x)),
        series.map(values => h('td', {class: 'num'}, values[i] === null ? '–' : c.spec.cell(values[i])))))));
  }

  create(c) {
    const font = this.large ? '15px system-ui, sans-serif' : '11px system-ui, sans-serif';
    const axis = {stroke: '#4b5563', font, grid: {stroke: '#e5e7eb', width: 1}, ticks: {stroke: '#d1d5db', width: 1}};
    const points = {show: u => u.data[0].length < 3, size: 7};
    return new uPlot({
      width: Math.max(200, c.box.clientWidth),
      height: this.height(),
      legend: {show: false},
      cursor: {drag: {x: false, y: false}, points: {size: 6}},
      scales: {x: {time: false, range: (u, min, max) => [1, Math.max(5, max ?? 1)]},
        y: {range: (u, min, max) => (max === null || max === undefined ? [0, 1] : c.spec.range(min, max))}},
      axes: [{...axis, values: (u, vals) => vals.map(v => (Number.isInteger(v) ? String(v) : ''))},
        {...axis, size: this.large ? 80 : 60, values: (u, vals) => vals.map(v => c.spec.axis(v))}],
      series: [{label: 'round'}, ...this.labels.map((label, i) => ({label, stroke: COLORS[i % COLORS.length],
        width: this.large ? 3 : 2, points}))],
    }, c.data, c.box);
  }

  height() {
    return this.large ? 250 : 170;
  }

  resize() {
    fitPlots(this.cards, this.plots, this.height());
  }

  destroyPlots() {
    for (const plot of this.plots.values()) plot.destroy();
    this.plots.clear();
  }

  destroy() {
    this.resizer.disconnect();
    this.destroyPlots();
  }
}

/** A table's box that scrolls sideways on a narrow screen, reachable and named for the keyboard. */
export function scrollable(props, label, ...children) {
  return h('div', {class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label, ...props}, ...children);
}
