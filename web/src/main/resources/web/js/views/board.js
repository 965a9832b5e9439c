// What the play view and the projector view share, kept current from a LiveMatch: the title bar,
// the teacher's latest message, the charts with their colour key, the firms table, the regulator
// feed with the rules in force, the standings and, once the match is over, its summary. Each view
// lays these elements out its own way.

import {h, fill} from '../dom.js';
import {Charts, legend} from '../charts.js';
import {MatchHeader} from './header.js';
import {messageBanner} from './banner.js';
import {firmsTable, renderFirms} from './firms.js';
import {renderFeed} from './feed.js';
import {renderRules} from './rules.js';
import {renderStandings} from './standings.js';
import {summaryCard} from './summary.js';
import {t} from '../i18n.js';

const CHART_EVENTS = new Set(['round-settled', 'seat-taken']);

export class MatchBoard {
  /**
   * @param live    the LiveMatch to show
   * @param options subtitle; notes (the header's state line, see MatchHeader); large (projector);
   *                me() the viewer's firm id or null; feedLimit; standingsLimit; compactFirms;
   *                onEvent(detail) for each change (connection changes included); onRender(model)
   *                after each render
   */
  constructor(live, {subtitle = null, notes = undefined, large = false, me = () => null, feedLimit = 80,
    standingsLimit = 32, compactFirms = false, onEvent = () => {}, onRender = () => {}} = {}) {
    this.live = live;
    this.options = {me, feedLimit, standingsLimit, compactFirms, onRender};
    this.header = new MatchHeader({subtitle, notes});
    this.banner = messageBanner({large});
    this.summary = h('div', {});
    this.legend = h('div', {});
    this.chartsEl = h('div', {class: 'charts'});
    this.table = firmsTable();
    this.standings = h('ol', {class: 'standings', dataset: {standings: ''}});
    this.feed = h('ol', {class: 'feed', dataset: {feed: ''}, tabindex: '0', 'aria-label': t('play.feed')});
    this.rules = h('ul', {class: 'rules', dataset: {rules: ''}, hidden: true});
    this.charts = new Charts(this.chartsEl, {large});
    this.chartsDirty = true;
    this.frame = 0;
    live.addEventListener('change', ({detail}) => {
      if (detail.kind === 'connection') {
        this.header.setConnection(live.connection, live.connectionInfo);
        onEvent(detail);
        this.schedule();
        return;
      }
      if (detail.kind === 'reset' || CHART_EVENTS.has(detail.event?.type)) this.chartsDirty = true;
      onEvent(detail);
      this.schedule();
    });
  }

  /** Redraws the charts (and their colour key) at the next render. */
  invalidateCharts() {
    this.chartsDirty = true;
    this.schedule();
  }

  schedule() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.render());
  }

  render() {
    this.frame = 0;
    const model = this.live.model;
    if (!model) return;
    const me = this.options.me();
    this.header.render(model);
    this.banner.show(model.lastMessageFor(me ?? null));
    renderFirms(this.table, model.firmList(), {me, compact: this.options.compactFirms});
    renderStandings(this.standings, model.ranking(), {me, limit: this.options.standingsLimit});
    renderFeed(this.feed, model.feed, {limit: this.options.feedLimit});
    renderRules(this.rules, model);
    if (this.chartsDirty) {
      fill(this.legend, legend(model, me));
      this.charts.update(model);
      this.chartsDirty = false;
    }
    const finished = model.summary.status === 'FINISHED';
    if (finished && !this.summary.firstChild) fill(this.summary, summaryCard(model, me));
    if (!finished && this.summary.firstChild) fill(this.summary);
    this.options.onRender(model);
  }

  destroy() {
    this.charts.destroy();
    this.header.destroy();
    if (this.frame) cancelAnimationFrame(this.frame);
  }
}
