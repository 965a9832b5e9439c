// The debrief's charts: one market indicator per chart, this match (and the one it is compared
// with, on the same axes), with the key moments marked as vertical lines; under each chart, its
// numbers as a table (the chart's text alternative, and what the exported file keeps readable).

import uPlot from './vendor/uplot.js';
import {h} from './dom.js';
import {cents, decimal, shortCount, moneyShort, count, money} from './format.js';
import {alignedSeries, indicatorSeries} from './debrief-model.js';
import {t} from './i18n.js';

export const METRICS = [
  {key: 'averagePrice', axis: v => cents(v),
    cell: v => cents(Math.round(v * 10) / 10)},
  {key: 'subsidyIntensity', axis: v => decimal(v, 2),
    cell: v => decimal(v, 2)},
  {key: 'spiralIndex', axis: v => (Number.isInteger(v) ? String(v) : ''),
    cell: v => String(v)},
  {key: 'hhi', axis: v => shortCount(v), cell: v => count(v)},
  {key: 'consumerWelfare', axis: v => moneyShort(v),
    cell: v => money(v)},
];

const COLORS = ['#4338ca', '#db2777'];
const MARKED = new Set(['spiral-start', 'spiral-end', 'intervention']);

/**
 * @param a       {name, rounds, moments} this match
 * @param b       the same for the match it is compared with, or null
 */
export function debriefCharts(a, b) {
  const plots = [];
  const cards = METRICS.map(metric => {
    const data = b ? alignedSeries(a.rounds, b.rounds, metric.key) : indicatorSeries(a.rounds, metric.key);
    const box = h('div', {class: 'chart-box', dataset: {chartBox: metric.key}});
    const names = b ? [a.name, b.name] : [a.name];
    const card = h('section', {class: 'chart-card', dataset: {chart: metric.key}},
      h('h3', {class: 'chart-title'}, t(`metric.${metric.key}`), ' ', h('small', {}, t(`metric.${metric.key}.unit`))),
      b ? h('p', {class: 'chart-key'}, names.map((n, i) => h('span', {class: `key key-${i}`}, n))) : null,
      box,
      numbers(metric, data, names));
    const marks = a.moments.filter(m => MARKED.has(m.kind)).map(m => m.round);
    plots.push({box, metric, data, names, marks});
    return card;
  });
  const el = h('div', {class: 'chart-grid debrief-charts'}, cards);
  const live = [];
  const draw = () => {
    for (const p of plots) {
      if (live.some(x => x.box === p.box) || p.box.clientWidth === 0) continue;
      live.push({box: p.box, plot: plot(p)});
    }
  };
  const resizer = new ResizeObserver(() => {
    draw();
    for (const {box, plot: u} of live) if (Math.abs(u.width - box.clientWidth) > 1) u.setSize({width: box.clientWidth, height: 200});
  });
  resizer.observe(el);
  return {el, draw, destroy: () => { resizer.disconnect(); for (const x of live) x.plot.destroy(); }};
}

function plot({box, metric, data, names, marks}) {
  const axis = {stroke: '#4b5563', font: '11px system-ui, sans-serif', grid: {stroke: '#e5e7eb', width: 1},
    ticks: {stroke: '#d1d5db', width: 1}};
  const opts = {
    width: Math.max(200, box.clientWidth),
    height: 200,
    legend: {show: false},
    cursor: {drag: {x: false, y: false}},
    scales: {x: {time: false}, y: {range: (u, min, max) => [Math.min(0, min ?? 0), (max ?? 1) * 1.1 || 1]}},
    axes: [{...axis, values: (u, vals) => vals.map(v => (Number.isInteger(v) ? String(v) : ''))},
      {...axis, size: 64, values: (u, vals) => vals.map(v => metric.axis(v))}],
    series: [{label: t('chart.round')}, ...names.map((n, i) => ({label: n, stroke: COLORS[i], width: 2,
      paths: metric.key === 'spiralIndex' ? uPlot.paths.stepped({align: 1}) : undefined}))],
    hooks: {draw: [u => {
      const ctx = u.ctx;
      ctx.save();
      ctx.strokeStyle = '#9ca3af';
      ctx.setLineDash([4, 4]);
      ctx.lineWidth = 1;
      for (const round of marks) {
        const x = Math.round(u.valToPos(round, 'x', true));
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
      }
      ctx.restore();
    }]},
  };
  return new uPlot(opts, data, box);
}

/** The chart's numbers, folded away: one row per round, one column per match. */
function numbers(metric, data, names) {
  const [xs, ...series] = data;
  return h('details', {class: 'chart-numbers'},
    h('summary', {}, t('chart.numbers', {title: t(`metric.${metric.key}`)})),
    h('div', {class: 'table-scroll'}, h('table', {class: 'table compact', dataset: {numbers: metric.key}},
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('chart.round')), names.map(n => h('th', {scope: 'col', class: 'num'}, n)))),
      h('tbody', {}, xs.map((x, i) => h('tr', {}, h('th', {scope: 'row'}, String(x)),
        series.map(s => h('td', {class: 'num'}, s[i] === null || s[i] === undefined ? '–' : metric.cell(s[i])))))))));
}
