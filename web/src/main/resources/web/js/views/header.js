// The match's title bar, which stays at the top of the screen as the page scrolls: name, status,
// round, regulator policy, a link to its tournament (if any), the round clock, whether the live
// connection is up and, when something stops play (a pause, the end, a lost connection), a line
// that says so.

import {h, fill, badge} from '../dom.js';
import {Countdown} from './countdown.js';
import {seconds} from '../format.js';
import {t} from '../i18n.js';
import {policyLabel} from '../catalog.js';

const CONNECTION = {
  connecting: () => t('header.connecting'),
  live: () => t('header.live'),
  reconnecting: () => t('header.reconnecting'),
  closed: () => t('header.offline'),
};

/** What the state line says, by default, as message keys (a view may say more about its own controls). */
export const DEFAULT_NOTES = {
  reconnecting: 'notes.reconnecting',
  OPEN: 'notes.open',
  PAUSED: 'notes.paused',
  FINISHED: 'notes.finished',
};

export class MatchHeader {
  /** @param options subtitle (above the title); notes: the state line's texts (see DEFAULT_NOTES) */
  constructor({subtitle = null, notes = DEFAULT_NOTES} = {}) {
    this.notes = notes;
    this.status = null;
    this.state = 'connecting';
    this.title = h('h1', {class: 'match-title'});
    this.meta = h('div', {class: 'match-meta'});
    this.connection = h('span', {class: 'connection', dataset: {state: 'connecting'}, role: 'status'}, CONNECTION.connecting());
    this.note = h('p', {class: 'state-note', dataset: {stateNote: ''}, role: 'status', hidden: true});
    this.countdown = new Countdown();
    this.countdown.el.hidden = true;
    this.title.textContent = t('header.connectingTitle');
    this.el = h('header', {class: 'match-header'},
      h('div', {class: 'match-bar'},
        h('div', {class: 'match-heading'}, subtitle ? h('span', {class: 'eyebrow'}, subtitle) : null, this.title, this.meta),
        this.countdown.el, this.connection),
      this.note);
  }

  render(model) {
    const s = model.summary;
    this.title.textContent = s.name || t('header.match');
    fill(this.meta, badge(s.status),
      h('span', {class: 'meta-item', dataset: {round: s.round}}, s.round > 0 ? t('header.roundOf', s) : t('header.rounds', s)),
      h('span', {class: 'meta-item wide-only'}, t('header.seats', {firms: s.firms, seats: s.seats})),
      h('span', {class: 'meta-item wide-only'}, t('teacher.rounds', {seconds: seconds(s.roundMillis)})),
      h('span', {class: 'meta-item policy'}, t('play.regulator'), h('strong', {}, policyLabel(s.policy))),
      s.tournamentId ? h('a', {class: 'meta-item', href: `#/tournament/${encodeURIComponent(s.tournamentId)}`,
        dataset: {tournamentLink: s.tournamentId}}, t('header.backToTournament')) : null);
    this.countdown.el.hidden = false;
    this.countdown.set(s, model.remainingMillis);
    this.status = s.status;
    this.renderNote();
  }

  setConnection(state, info) {
    this.state = state;
    this.connection.dataset.state = state;
    if (info?.seq !== undefined && info.seq !== null) this.connection.dataset.seq = info.seq;
    this.connection.dataset.reconnects = info?.reconnects ?? 0;
    this.connection.dataset.resyncs = info?.resyncs ?? 0;
    this.connection.dataset.snapshots = info?.snapshots ?? 0;
    if (info?.lastResync) this.connection.dataset.lastResync = info.lastResync;
    this.connection.textContent = CONNECTION[state]?.() ?? state;
    this.renderNote();
  }

  /** Whether the connection is down after it was up once (the page shows what it last knew). */
  offline() {
    return this.status !== null && this.state !== 'live';
  }

  renderNote() {
    const key = this.offline() ? 'reconnecting' : this.status;
    const text = this.notes[key] ? t(this.notes[key]) : null;
    this.note.hidden = !text;
    this.note.dataset.stateNote = text ? key : '';
    if (this.note.textContent !== (text ?? '')) this.note.textContent = text ?? '';
  }

  destroy() {
    this.countdown.destroy();
  }
}
