// A live match: the stream's snapshot, the history before it (for the charts and the feed), then
// live events, all folded into one MatchModel. Views listen for 'change' and re-render.

import {MatchStream} from './stream.js';
import {MatchModel} from './model.js';
import {loadEvents} from './history.js';
import {api} from './api.js';

export class LiveMatch extends EventTarget {
  constructor(matchId, {token = null} = {}) {
    super();
    this.matchId = matchId;
    this.token = token;
    this.model = null;
    this.pending = null;
    this.generation = 0;
    this.connection = 'connecting';
    this.stream = new MatchStream(matchId, {
      onSnapshot: msg => this.onSnapshot(msg),
      onEvent: e => this.onEvent(e),
      onState: (state, info) => {
        this.connection = state;
        this.connectionInfo = info;
        this.emit('connection');
      },
    }, token);
  }

  start() {
    this.stream.start();
    return this;
  }

  close() {
    this.generation++;
    this.stream.close();
  }

  emit(kind, event = null) {
    this.dispatchEvent(new CustomEvent('change', {detail: {kind, event}}));
  }

  async onSnapshot(msg) {
    const generation = ++this.generation;
    this.pending = [];
    this.book = msg.book;
    const model = new MatchModel(this.matchId);
    try {
      const history = await loadEvents(this.matchId, 1, msg.seq);
      if (generation !== this.generation) return;
      for (const e of history) model.apply(e);
    } catch (e) {
      if (generation !== this.generation) return;
      this.historyError = e; // charts start from now; the match view itself is complete
    }
    model.applySnapshot(msg.match);
    for (const e of this.pending) model.apply(e);
    this.pending = null;
    this.model = model;
    this.emit('reset');
  }

  onEvent(e) {
    if (this.pending) {
      this.pending.push(e);
      return;
    }
    if (!this.model) return;
    if (this.model.apply(e)) this.emit('event', e);
    if (e.type === 'match-started') this.refreshFirms();
  }

  /** The start hands every firm its first users; only the public view says how many. */
  async refreshFirms() {
    const generation = this.generation;
    try {
      const details = await api.match(this.matchId);
      if (generation !== this.generation || !this.model) return;
      for (const f of details.firms) {
        const known = this.model.firms.get(f.firmId);
        if (known) Object.assign(known, {users: f.users, share: f.share, cash: f.cash, quality: f.quality});
      }
      this.emit('firms');
    } catch {
      // the next settled round brings the same numbers
    }
  }
}
