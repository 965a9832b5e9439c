// Policy lab report: draws the charts with uPlot from the JSON data block of report.html.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('lab-data').textContent);
  const policies = data.policies;
  const palette = ['#4c72b0', '#dd8452', '#55a868', '#c44e52', '#8172b3', '#937860', '#da8bc3', '#8c8c8c'];
  const color = i => palette[i % palette.length];
  const xs = policies.map((_, i) => i);

  function fmt(v) {
    if (v == null || !isFinite(v)) return '–';
    const a = Math.abs(v);
    if (a >= 1e9) return (v / 1e9).toFixed(2) + 'G';
    if (a >= 1e6) return (v / 1e6).toFixed(2) + 'M';
    if (a >= 1e4) return (v / 1e3).toFixed(1) + 'k';
    if (a >= 100) return v.toFixed(0);
    if (a >= 1) return v.toFixed(2);
    return v.toPrecision(3);
  }

  function width(el) {
    return Math.max(280, Math.floor(el.clientWidth || 480));
  }

  // The 95% confidence interval as whiskers over each bar, in uPlot's draw hook.
  function whiskers(u) {
    const ctx = u.ctx;
    const lows = u.data[2];
    const highs = u.data[3];
    const cap = 6 * devicePixelRatio;
    ctx.save();
    ctx.strokeStyle = '#222';
    ctx.lineWidth = 1.5 * devicePixelRatio;
    for (let i = 0; i < lows.length; i++) {
      if (lows[i] == null || highs[i] == null) continue;
      const x = Math.round(u.valToPos(i, 'x', true));
      const yl = Math.round(u.valToPos(lows[i], 'y', true));
      const yh = Math.round(u.valToPos(highs[i], 'y', true));
      ctx.beginPath();
      ctx.moveTo(x, yl); ctx.lineTo(x, yh);
      ctx.moveTo(x - cap, yl); ctx.lineTo(x + cap, yl);
      ctx.moveTo(x - cap, yh); ctx.lineTo(x + cap, yh);
      ctx.stroke();
    }
    ctx.restore();
  }

  function metricChart(el, metric) {
    const mean = metric.mean;
    const low = metric.low.map((v, i) => v == null ? mean[i] : v);
    const high = metric.high.map((v, i) => v == null ? mean[i] : v);
    const top = Math.max(0, ...high.filter(v => v != null));
    const bottom = Math.min(0, ...low.filter(v => v != null));
    const hidden = { show: true, stroke: '#222', width: 0, points: { show: false }, paths: () => null,
      value: (u, v) => fmt(v) };
    const opts = {
      width: width(el),
      height: 240,
      legend: { show: true },
      cursor: { points: { show: false } },
      scales: {
        x: { time: false, range: [-0.5, policies.length - 0.5] },
        y: { range: () => [bottom, top === bottom ? bottom + 1 : top + (top - bottom) * 0.08] },
      },
      axes: [
        { splits: () => xs, values: (u, splits) => splits.map(i => policies[i] ?? ''), grid: { show: false } },
        { values: (u, vals) => vals.map(fmt), size: 60 },
      ],
      series: [
        { label: 'policy', value: (u, v) => v == null ? '' : policies[v] },
        {
          label: 'mean', fill: color(0), width: 0, value: (u, v) => fmt(v), points: { show: false },
          paths: uPlot.paths.bars({ size: [0.6, 90], disp: { fill: { unit: 3, values: () => policies.map((_, i) => color(i)) } } }),
        },
        Object.assign({ label: '95% CI low' }, hidden),
        Object.assign({ label: '95% CI high' }, hidden),
      ],
      hooks: { draw: [whiskers] },
    };
    return new uPlot(opts, [xs, mean, low, high], el);
  }

  function seriesChart(el, entry) {
    const rounds = Array.from({ length: data.rounds }, (_, i) => i + 1);
    const opts = {
      width: width(el),
      height: 240,
      scales: { x: { time: false } },
      axes: [{ label: 'round' }, { values: (u, vals) => vals.map(fmt), size: 60 }],
      series: [{ label: 'round' }].concat(policies.map((p, i) => ({
        label: p, stroke: color(i), width: 2, value: (u, v) => fmt(v), points: { show: false },
      }))),
    };
    return new uPlot(opts, [rounds].concat(entry.values), el);
  }

  const charts = [];
  const byKey = Object.fromEntries(data.metrics.map(m => [m.key, m]));
  document.querySelectorAll('[data-metric]').forEach(el => {
    const metric = byKey[el.dataset.metric];
    if (metric) charts.push([el, metricChart(el, metric)]);
  });
  document.querySelectorAll('[data-series]').forEach(el => {
    const entry = data.series[el.dataset.series];
    if (entry) charts.push([el, seriesChart(el, entry)]);
  });
  let pending = null;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => charts.forEach(([el, u]) => u.setSize({ width: width(el), height: 240 })), 150);
  });
})();
