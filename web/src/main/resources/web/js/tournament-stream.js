// The tournament stream: a WebSocket that sends the whole TournamentView once (a snapshot), then a
// delta after every change (see applyDelta in tournament-model.js). The page always gets the whole
// view. A delta that does not follow on from the view (a gap), a resync (this tab fell behind) or a
// dropped connection: it reconnects with ?from= the view's seq and gets only what it missed (or a
// new snapshot). When a reconnect with ?from= fails before any message (the server was reset, say),
// the next attempt asks for a fresh snapshot.

import {api} from './api.js';
import {reconnectDelay} from './backoff.js';
import {applyDelta} from './tournament-model.js';


export class TournamentStream {
  /**
   * @param tournamentId
   * @param handlers {onView(view), onState(state, info)}; state is one of 'connecting', 'live',
   *        'reconnecting', 'closed'
   */
  constructor(tournamentId, handlers) {
    this.tournamentId = tournamentId;
    this.handlers = handlers;
    this.view = null;
    this.lastSeq = null;
    this.failures = 0;
    this.reconnects = 0;
    this.views = 0;
    this.deltas = 0;
    this.closed = false;
    this.ws = null;
    this.timer = null;
    this.state = null;
    this.resume = true;
  }

  start() {
    this.connect();
    return this;
  }

  close() {
    this.closed = true;
    clearTimeout(this.timer);
    const ws = this.ws;
    this.ws = null;
    if (ws) ws.close(1000, 'bye');
    this.setState('closed');
  }

  setState(state) {
    this.state = state;
    this.handlers.onState?.(state, {seq: this.lastSeq, reconnects: this.reconnects, views: this.views,
      deltas: this.deltas});
  }

  connect() {
    if (this.closed) return;
    this.setState(this.reconnects === 0 ? 'connecting' : 'reconnecting');
    const from = this.resume && this.view ? this.view.seq : null;
    let ws;
    try {
      ws = new WebSocket(api.tournamentStreamUrl(this.tournamentId, from));
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    let first = true;
    ws.onmessage = message => {
      if (ws !== this.ws) return;
      let m;
      try {
        m = JSON.parse(message.data);
      } catch {
        return;
      }
      if (!m || typeof m !== 'object') return;
      if (first) {
        first = false;
        this.failures = 0;
        this.resume = true;
      }
      if (m.type === 'snapshot' && m.view?.summary) {
        this.show(m.view);
      } else if (m.type === 'delta') {
        if (this.view && typeof m.seq === 'number' && m.seq <= this.view.seq) return;
        const next = applyDelta(this.view, m);
        if (next) {
          this.deltas++;
          this.show(next);
        } else {
          this.reconnectNow(ws); // a gap: ask for what was missed
        }
      } else if (m.type === 'resync') {
        this.reconnectNow(ws);
      }
    };
    ws.onclose = () => {
      if (ws !== this.ws || this.closed) return;
      this.ws = null;
      if (first) {
        this.failures++;
        if (from !== null) this.resume = false;
      }
      this.retry();
    };
  }

  show(view) {
    this.view = view;
    this.lastSeq = view.seq;
    this.views++;
    if (this.state !== 'live') this.setState('live');
    this.handlers.onView(view);
  }

  reconnectNow(ws) {
    this.ws = null;
    ws.close(1000, 'resync');
    this.reconnects++;
    this.connect();
  }

  retry() {
    if (this.closed) return;
    this.reconnects++;
    this.setState('reconnecting');
    const delay = reconnectDelay(this.failures);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), delay);
  }
}
