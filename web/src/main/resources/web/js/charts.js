// Live charts with uPlot: every firm's price, user share and cash, and the market's concentration
// (HHI), subsidy intensity and spiral index, round by round.

import uPlot from './vendor/uplot.js';
import {h, fill} from './dom.js';
import {firmColor} from './colors.js';
import {cents, moneyShort, decimal, shortCount, pct} from './format.js';
import {t} from './i18n.js';

const chartTitle = spec => t(`chart.${spec.key}`);

const FIRM_CHARTS = [
  {key: 'price', value: f => f.price, axis: v => cents(v),
    incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000]},
  {key: 'share', value: f => f.share * 100, axis: v => pct(v / 100, 0)},
  {key: 'cash', value: f => f.cash, axis: v => moneyShort(v)},
];

const MARKET_CHARTS = [
  {key: 'hhi', value: i => i.hhi, color: '#312e81',
    axis: v => shortCount(v)},
  {key: 'subsidy', value: i => i.subsidyIntensity,
    color: '#db2777', axis: v => decimal(v, 2)},
  {key: 'spiral',
    value: i => i.spiralIndex, color: '#d97706', axis: v => (Number.isInteger(v) ? String(v) : ''), stepped: true},
];

/** Lines need two rounds; until then each round shows as a dot. */
const FEW_POINTS = {show: u => u.data[0].length < 3, size: 7};

export class Charts {
  /** @param options large: projector sizes; fixedRounds: x axis spans the whole match (replays) */
  constructor(container, {large = false, fixedRounds = false} = {}) {
    this.container = container;
    this.large = large;
    this.fixedRounds = fixedRounds;
    this.plots = new Map();
    this.firmKey = '';
    this.cards = [...FIRM_CHARTS, ...MARKET_CHARTS].map(spec => {
      const box = h('div', {class: 'chart-box'});
      const table = h('table', {class: 'table compact', dataset: {numbers: spec.key}});
      const numbers = h('details', {class: 'chart-numbers'}, h('summary', {}, t('chart.numbers', {title: chartTitle(spec)})),
        h('div', {class: 'table-scroll'}, table));
      const card = h('section', {class: 'chart-card', dataset: {chart: spec.key}},
        h('h3', {class: 'chart-title'}, chartTitle(spec), ' ', h('small', {}, t(`chart.${spec.key}.unit`))), box, numbers);
      const entry = {spec, box, card, table, numbers, firm: FIRM_CHARTS.includes(spec), data: null, names: []};
      numbers.addEventListener('toggle', () => this.fillNumbers(entry));
      return entry;
    });
    this.empty = h('p', {class: 'chart-empty'}, t('chart.empty'));
    this.grid = h('div', {class: 'chart-grid', hidden: true}, this.cards.map(c => c.card));
    fill(container, this.empty, this.grid);
    this.resizer = new ResizeObserver(() => this.resize());
    this.resizer.observe(container);
  }

  destroy() {
    this.resizer.disconnect();
    for (const plot of this.plots.values()) plot.destroy();
    this.plots.clear();
  }

  height() {
    return this.large ? 250 : 170;
  }

  resize() {
    fitPlots(this.cards, this.plots, this.height());
  }

  /** Draws the model's rounds 1..upto. */
  update(model, upto = model.rounds.length) {
    const firms = model.firmList();
    const key = firms.map(f => `${f.firmId}:${f.name}`).join('|');
    if (key !== this.firmKey) {
      for (const plot of this.plots.values()) plot.destroy();
      this.plots.clear();
      this.firmKey = key;
    }
    const rounds = model.rounds.slice(0, upto);
    this.empty.hidden = rounds.length > 0;
    this.grid.hidden = rounds.length === 0;
    this.container.dataset.rounds = String(rounds.length);
    if (!rounds.length) return;
    const xs = rounds.map(r => r.round);
    this.xMax = Math.max(this.fixedRounds ? 2 : 5, this.fixedRounds ? model.rounds.length : xs.length);
    for (const c of this.cards) {
      let data;
      if (c.firm) {
        data = [xs, ...firms.map(f => rounds.map(r => {
          const fr = r.firms.find(x => x.firmId === f.firmId);
          return fr && (c.spec.key !== 'price' || fr.status !== 'BANKRUPT') ? c.spec.value(fr) : null;
        }))];
      } else {
        data = [xs, rounds.map(r => c.spec.value(r.indicators))];
      }
      c.data = data;
      c.names = c.firm ? firms.map(f => f.name) : [chartTitle(c.spec)];
      this.fillNumbers(c);
      let plot = this.plots.get(c.spec.key);
      if (!plot) {
        this.plots.set(c.spec.key, this.create(c, firms, data));
      } else {
        plot.setData(data); // and re-range both axes to the data (x to this.xMax)
      }
    }
  }

  /** The chart's text alternative: its numbers as a table, one row per round, filled while unfolded. */
  fillNumbers(c) {
    if (!c.numbers.open || !c.data) return;
    const [xs, ...series] = c.data;
    fill(c.table,
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('chart.round')), c.names.map(n => h('th', {scope: 'col', class: 'num'}, n)))),
      h('tbody', {}, xs.map((x, i) => h('tr', {}, h('th', {scope: 'row'}, String(x)),
        series.map(values => h('td', {class: 'num'}, values[i] === null || values[i] === undefined ? '–'
          : c.spec.axis(Math.round(values[i] * 100) / 100)))))));
  }

  create(c, firms, data) {
    const font = this.large ? '15px system-ui, sans-serif' : '11px system-ui, sans-serif';
    const axis = {stroke: '#4b5563', font, grid: {stroke: '#e5e7eb', width: 1}, ticks: {stroke: '#d1d5db', width: 1}};
    const series = c.firm
      ? firms.map(f => ({label: f.name, stroke: firmColor(f.firmId), width: this.large ? 3 : 2, points: FEW_POINTS}))
      : [{label: chartTitle(c.spec), stroke: c.spec.color, width: this.large ? 3 : 2, fill: `${c.spec.color}1a`,
        points: FEW_POINTS, paths: c.spec.stepped ? uPlot.paths.stepped({align: 1}) : undefined}];
    const opts = {
      width: Math.max(200, c.box.clientWidth),
      height: this.height(),
      legend: {show: false},
      cursor: {drag: {x: false, y: false}, points: {size: 6}},
      scales: {x: {time: false, range: () => [1, this.xMax]}, y: {range: (u, min, max) => yRange(c.spec.key, min, max)}},
      axes: [
        {...axis, values: (u, vals) => vals.map(v => (Number.isInteger(v) ? String(v) : ''))},
        {...axis, size: this.large ? 80 : 60, values: (u, vals) => vals.map(v => c.spec.axis(v)),
          ...(c.spec.incrs ? {incrs: c.spec.incrs} : {})},
      ],
      series: [{label: t('chart.round')}, ...series],
    };
    return new uPlot(opts, data, c.box);
  }
}

/** Resizes each card's plot (keyed by its spec's key) to its box's width, when that width changed. */
export function fitPlots(cards, plots, height) {
  for (const c of cards) {
    const plot = plots.get(c.spec.key);
    const width = c.box.clientWidth;
    if (plot && width > 0 && Math.abs(plot.width - width) > 1) plot.setSize({width, height});
  }
}

function yRange(key, min, max) {
  if (min === null || max === null || min === undefined || max === undefined) return [0, 1];
  if (key === 'share') return [0, Math.max(10, Math.ceil(max / 10) * 10)];
  if (key === 'hhi') return [0, Math.max(2500, Math.ceil(max / 1000) * 1000)];
  if (key === 'spiral') return [0, Math.max(3, max + 1)];
  if (key === 'subsidy') return [0, Math.max(0.5, max * 1.15)];
  const lo = Math.min(0, min);
  const pad = (max - lo) * 0.1 || Math.abs(max) * 0.1 || 1;
  return [lo, max + pad];
}

/** The firm colour key shared by all charts: a chip and a name per firm. */
export function legend(model, meFirmId = null) {
  return h('ul', {class: 'legend'}, model.firmList().map(f => {
    const chip = h('span', {class: 'chip', dataset: {firm: f.firmId}});
    chip.style.setProperty('--firm', firmColor(f.firmId));
    return h('li', {class: ['legend-item', f.firmId === meFirmId && 'me', f.status === 'BANKRUPT' && 'out']},
      chip, h('span', {class: 'legend-name'}, f.name), f.firmId === meFirmId ? h('span', {class: 'you'}, t('common.you')) : null);
  }));
}
