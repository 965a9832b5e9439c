// The match's title bar: name, status, round, regulator policy, a link to its tournament (if any),
// the round clock and whether the live connection is up.

import {h, fill, badge} from '../dom.js';
import {Countdown} from './countdown.js';
import {seconds} from '../format.js';

const CONNECTION = {
  connecting: 'connecting…',
  live: 'live',
  reconnecting: 'reconnecting…',
  closed: 'offline',
};

export class MatchHeader {
  constructor({subtitle = null} = {}) {
    this.title = h('h1', {class: 'match-title'});
    this.meta = h('div', {class: 'match-meta'});
    this.connection = h('span', {class: 'connection', dataset: {state: 'connecting'}, role: 'status'}, CONNECTION.connecting);
    this.countdown = new Countdown();
    this.countdown.el.hidden = true;
    this.title.textContent = 'Connecting to the match…';
    this.el = h('header', {class: 'match-header'},
      h('div', {class: 'match-heading'}, subtitle ? h('span', {class: 'eyebrow'}, subtitle) : null, this.title, this.meta),
      this.countdown.el, this.connection);
  }

  render(model) {
    const s = model.summary;
    this.title.textContent = s.name || 'Match';
    fill(this.meta, badge(s.status),
      h('span', {class: 'meta-item', dataset: {round: s.round}}, s.round > 0 ? `Round ${s.round} of ${s.rounds}` : `${s.rounds} rounds`),
      h('span', {class: 'meta-item'}, `${s.firms} of ${s.seats} seats`),
      h('span', {class: 'meta-item'}, `${seconds(s.roundMillis)} rounds`),
      h('span', {class: 'meta-item policy'}, 'Regulator: ', h('strong', {}, s.policy)),
      s.tournamentId ? h('a', {class: 'meta-item', href: `#/tournament/${encodeURIComponent(s.tournamentId)}`,
        dataset: {tournamentLink: s.tournamentId}}, 'Back to the tournament') : null);
    this.countdown.el.hidden = false;
    this.countdown.set(s, model.remainingMillis);
  }

  setConnection(state, info) {
    this.connection.dataset.state = state;
    if (info?.seq !== undefined && info.seq !== null) this.connection.dataset.seq = info.seq;
    this.connection.dataset.reconnects = info?.reconnects ?? 0;
    this.connection.dataset.resyncs = info?.resyncs ?? 0;
    this.connection.dataset.snapshots = info?.snapshots ?? 0;
    if (info?.lastResync) this.connection.dataset.lastResync = info.lastResync;
    this.connection.textContent = CONNECTION[state] ?? state;
  }

  destroy() {
    this.countdown.destroy();
  }
}
