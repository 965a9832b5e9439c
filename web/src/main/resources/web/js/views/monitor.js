// The class monitor in the teacher console: the round clock, then one row per firm (students
// first, flagged ones on top) with cash, last round's net profit, share, served vs users, compute,
// what it did last and its status; flags for no compute, idleness and near bankruptcy, each with a
// one-click tip to that student, and a button to write to them.

import {h, fill, badge} from '../dom.js';
import {LiveMatch} from '../live.js';
import {Countdown} from './countdown.js';
import {monitorRows, flagCounts, FLAGS, tipFor, IDLE_ROUNDS} from '../monitor-model.js';
import {money, signedMoney, pct, count} from '../format.js';
import {t, tn} from '../i18n.js';

export class ClassMonitor {
  /**
   * @param matchId the match to follow
   * @param send    async (text, firmId) => sends a message to one firm
   * @param write   (firmId) => points the message form at this firm
   * @param onRows  (rows) => after each render, with the rows shown
   */
  constructor(matchId, {send, write, onRows = () => {}}) {
    this.send = send;
    this.write = write;
    this.onRows = onRows;
    this.sent = new Map();
    this.clock = new Countdown();
    this.counts = h('p', {class: 'monitor-counts', dataset: {monitorCounts: ''}});
    this.body = h('tbody', {});
    this.el = h('section', {class: 'monitor', dataset: {monitor: matchId}, 'aria-label': t('monitor.title')},
      h('div', {class: 'monitor-head'}, h('h3', {}, t('monitor.title')), this.clock.el),
      this.counts,
      h('div', {class: 'table-scroll'}, h('table', {class: 'table monitor-table'},
        h('caption', {class: 'sr-only'}, t('monitor.caption')),
        h('thead', {}, h('tr', {},
          ['firm', 'cash', 'net', 'share', 'served', 'compute', 'lastAction', 'status', 'flags', 'actions']
            .map((col, i) => h('th', {scope: 'col', class: [i >= 1 && i <= 5 && 'num']},
              col === 'actions' ? h('span', {class: 'sr-only'}, t(`monitor.col.${col}`)) : t(`monitor.col.${col}`))))),
        this.body)));
    this.live = new LiveMatch(matchId);
    this.live.addEventListener('change', () => this.schedule());
    this.live.start();
  }

  schedule() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.render());
  }

  render() {
    this.frame = 0;
    const model = this.live.model;
    if (!model) return;
    this.clock.set(model.summary, model.remainingMillis);
    const status = model.summary.status;
    const rows = monitorRows({firms: model.firmList(), lastRound: model.rounds.at(-1) ?? null,
      lastAction: model.lastAction, seatedIn: model.seatedIn, computePaid: id => model.computePaid(id),
      startCash: model.settings?.market?.startCash ?? 10_000_000, live: status === 'RUNNING' || status === 'PAUSED'});
    const counts = flagCounts(rows);
    const students = rows.filter(r => r.student).length;
    fill(this.counts, tn('monitor.students', students),
      Object.keys(FLAGS).map((flag, i) => [i ? ' · ' : '',
        h('span', {class: ['flag-count', counts[flag] > 0 && 'has'], dataset: {flagCount: flag, value: counts[flag]}},
          t('monitor.count', {n: counts[flag], label: flagLabel(flag)}))]));
    fill(this.body, rows.length ? rows.map(r => this.row(r))
      : h('tr', {}, h('td', {colspan: 10, class: 'muted'}, t('monitor.nobody'))));
    this.onRows(rows);
  }

  row(r) {
    const served = r.served === null ? '–' : `${count(r.served)} / ${count(r.users)}`;
    const compute = r.capacity === null ? '–' : t('monitor.units', {n: count(r.capacity)})
      + (r.computeThisRound ? t('monitor.now', {money: money(r.computeThisRound)}) : '');
    const last = r.lastAction ? t('monitor.lastAction', r.lastAction) : t('monitor.nothingYet');
    const tip = r.flags.length ? tipFor(r.flags[0]) : null;
    const sentFor = this.sent.get(r.firmId);
    return h('tr', {dataset: {firm: r.firmId, flags: r.flags.join(' ')}, class: [r.flags.length && 'flagged']},
      h('th', {scope: 'row'}, r.name, r.student ? null : h('span', {class: 'tag'}, t('monitor.houseBot')),
        h('span', {class: 'sub'}, t('firm.number', {id: r.firmId}))),
      h('td', {class: 'num', dataset: {col: 'cash'}}, money(r.cash)),
      h('td', {class: ['num', r.net < 0 && 'neg'], dataset: {col: 'net'}}, r.net === null ? '–' : signedMoney(r.net)),
      h('td', {class: 'num'}, pct(r.share)),
      h('td', {class: 'num', dataset: {col: 'served'}}, served),
      h('td', {class: 'num', dataset: {col: 'compute'}}, compute),
      h('td', {class: 'last-action'}, last),
      h('td', {}, badge(r.status)),
      h('td', {}, r.flags.map(f => h('span', {class: `flag flag-${f}`, dataset: {flag: f}}, flagLabel(f)))),
      h('td', {}, r.student ? h('div', {class: 'actions'},
        tip ? h('button', {type: 'button', class: 'small primary', dataset: {tip: r.firmId}, title: tip,
          disabled: sentFor === r.flags[0], onclick: () => this.tip(r, tip)},
        sentFor === r.flags[0] ? t('monitor.tipSent') : t('monitor.sendTip')) : null,
        h('button', {type: 'button', class: 'small', dataset: {write: r.firmId},
          'aria-label': t('monitor.writeTo', {name: r.name}), onclick: () => this.write(r.firmId)}, t('monitor.write'))) : null));
  }

  async tip(r, text) {
    this.sent.set(r.firmId, r.flags[0]);
    this.schedule();
    try {
      await this.send(text, r.firmId);
    } catch {
      this.sent.delete(r.firmId);
      this.schedule();
    }
  }

  destroy() {
    this.live.close();
    this.clock.destroy();
    if (this.frame) cancelAnimationFrame(this.frame);
  }
}

function flagLabel(flag) {
  return t(`monitor.flag.${flag}`, {n: IDLE_ROUNDS});
}
