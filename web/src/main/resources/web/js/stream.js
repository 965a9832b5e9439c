// The match stream: a WebSocket that sends a snapshot, then every event with a gap-free "seq".
// After a drop it reconnects with ?from=<last seq + 1>, so nothing is missed or seen twice. It starts
// over from a fresh snapshot only when resuming cannot work: the server is up but its match is behind
// what this page has seen (its data was reset), or a gap shows up.

import {api} from './api.js';
import {observeServerTime} from './clock.js';
import {reconnectDelay} from './backoff.js';

const SILENCE_MS = 25_000;       // the server sends a heartbeat after 10 s without events

export class MatchStream {
  /**
   * @param matchId
   * @param handlers {onSnapshot(msg), onEvent(event), onState(state, info)}; state is one of
   *        'connecting', 'live', 'reconnecting', 'closed'
   * @param token    a player token to say hello with (names the player in the teacher's list)
   */
  constructor(matchId, handlers, token = null) {
    this.matchId = matchId;
    this.handlers = handlers;
    this.token = token;
    this.lastSeq = null;
    this.failures = 0;
    this.reconnects = 0;
    this.resyncs = 0;
    this.snapshots = 0;
    this.lastResync = '';
    this.closed = false;
    this.ws = null;
    this.timer = null;
    this.watchdog = null;
  }

  start() {
    this.connect();
    return this;
  }

  close() {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.watchdog);
    if (this.ws) this.ws.close(1000, 'bye');
    this.setState('closed');
  }

  setState(state) {
    this.state = state;
    this.handlers.onState?.(state, {seq: this.lastSeq, reconnects: this.reconnects, resyncs: this.resyncs,
      snapshots: this.snapshots, lastResync: this.lastResync});
  }

  connect() {
    if (this.closed) return;
    const from = this.lastSeq === null ? null : this.lastSeq + 1;
    this.setState(this.reconnects === 0 && this.lastSeq === null ? 'connecting' : 'reconnecting');
    let ws;
    try {
      ws = new WebSocket(api.streamUrl(this.matchId, from));
    } catch {
      this.retry();
      return;
    }
    this.ws = ws;
    let heard = false;
    ws.onopen = () => {
      if (this.token) ws.send(JSON.stringify({type: 'hello', token: this.token}));
      this.arm();
    };
    ws.onmessage = message => {
      if (ws !== this.ws) return;
      heard = true;
      this.failures = 0;
      this.arm();
      let msg;
      try {
        msg = JSON.parse(message.data);
      } catch {
        return;
      }
      this.receive(msg);
    };
    ws.onclose = () => {
      if (ws !== this.ws || this.closed) return;
      clearTimeout(this.watchdog);
      if (!heard) this.failures++;
      this.retry();
    };
  }

  receive(msg) {
    observeServerTime(msg.at);
    if (msg.type === 'heartbeat') {
      if (this.state !== 'live') this.setState('live');
      return;
    }
    if (msg.type === 'snapshot') {
      this.snapshots++;
      this.lastSeq = msg.seq;
      this.setState('live');
      this.handlers.onSnapshot(msg);
      return;
    }
    if (typeof msg.seq !== 'number') return;
    if (this.lastSeq !== null && msg.seq <= this.lastSeq) return; // already seen
    if (this.lastSeq !== null && msg.seq > this.lastSeq + 1) {
      // should not happen: the server fills gaps; start over rather than show a hole
      this.resync(`gap: ${msg.type} ${msg.seq} after ${this.lastSeq}`);
      return;
    }
    this.lastSeq = msg.seq;
    if (this.state !== 'live') this.setState('live');
    this.handlers.onEvent(msg);
  }

  /** Drops the connection and starts again from a fresh snapshot. */
  resync(reason) {
    this.resyncs++;
    this.lastResync = reason;
    this.lastSeq = null;
    this.failures = 0;
    const ws = this.ws;
    this.ws = null;
    if (ws) ws.close(1000, 'resync');
    this.reconnects++;
    this.connect();
  }

  async retry() {
    if (this.closed) return;
    this.reconnects++;
    this.setState('reconnecting');
    if (this.lastSeq !== null && this.failures >= 2) {
      try {
        const details = await api.match(this.matchId);
        if (details.seq < this.lastSeq) {
          this.resyncs++;
          this.lastResync = `the server is at ${details.seq}, this page was at ${this.lastSeq}`;
          this.lastSeq = null;
          this.failures = 0;
        }
      } catch {
        // the server is down (keep resuming) or no longer knows the match (nothing better to do)
      }
      if (this.closed) return;
    }
    const delay = reconnectDelay(this.failures);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  /** A connection that stays silent past two heartbeats is dead even if the socket does not know it yet. */
  arm() {
    clearTimeout(this.watchdog);
    this.watchdog = setTimeout(() => {
      const ws = this.ws;
      if (!ws || this.closed) return;
      this.ws = null;
      ws.close();
      this.failures++;
      this.retry();
    }, SILENCE_MS);
  }
}
