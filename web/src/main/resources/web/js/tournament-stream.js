// The tournament stream: a WebSocket that sends the whole TournamentView as one text message on
// connect and after every change. Each message replaces what came before, so nothing needs resuming:
// after a drop it reconnects with backoff and the first message brings the page up to date.
// (The match stream in stream.js resumes event by event; a tournament has no events to resume.)

import {api} from './api.js';
import {reconnectDelay} from './backoff.js';


export class TournamentStream {
  /**
   * @param tournamentId
   * @param handlers {onView(view), onState(state, info)}; state is one of 'connecting', 'live',
   *        'reconnecting', 'closed'
   */
  constructor(tournamentId, handlers) {
    this.tournamentId = tournamentId;
    this.handlers = handlers;
    this.lastSeq = null;
    this.failures = 0;
    this.reconnects = 0;
    this.views = 0;
    this.closed = false;
    this.ws = null;
    this.timer = null;
    this.state = null;
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
    this.handlers.onState?.(state, {seq: this.lastSeq, reconnects: this.reconnects, views: this.views});
  }

  connect() {
    if (this.closed) return;
    this.setState(this.reconnects === 0 ? 'connecting' : 'reconnecting');
    let ws;
    try {
      ws = new WebSocket(api.tournamentStreamUrl(this.tournamentId));
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    let first = true;
    ws.onmessage = message => {
      if (ws !== this.ws) return;
      let view;
      try {
        view = JSON.parse(message.data);
      } catch {
        return;
      }
      if (!view || typeof view !== 'object' || !view.summary) return; // a heartbeat or something newer than this page
      this.failures = 0;
      // The first message after a (re)connect is the truth even if its seq went down (a reset server);
      // later ones only count when they are newer.
      if (!first && this.lastSeq !== null && typeof view.seq === 'number' && view.seq <= this.lastSeq) return;
      first = false;
      this.lastSeq = typeof view.seq === 'number' ? view.seq : this.lastSeq;
      this.views++;
      if (this.state !== 'live') this.setState('live');
      this.handlers.onView(view);
    };
    ws.onclose = () => {
      if (ws !== this.ws || this.closed) return;
      this.ws = null;
      if (first) this.failures++;
      this.retry();
    };
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
