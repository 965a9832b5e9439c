// A match's event history from GET /api/matches/{id}/events, page by page.

import {api} from './api.js';
import {MatchModel} from './model.js';

export const PAGE = 10_000; // the server's largest page

/** Events with from <= seq <= to (to may be Infinity: everything so far). */
export async function loadEvents(matchId, from = 1, to = Infinity, onProgress = () => {}) {
  const events = [];
  let next = from;
  while (next <= to) {
    const limit = Number.isFinite(to) ? Math.min(PAGE, to - next + 1) : PAGE;
    const page = await api.events(matchId, next, limit);
    if (!page.length) break;
    for (const e of page) events.push(e);
    next = page[page.length - 1].seq + 1;
    onProgress(events.length);
    if (page.length < limit) break;
  }
  return events;
}

/** A whole match: its public view, its event history and the model built from both. */
export async function loadMatch(matchId, onProgress = () => {}) {
  const details = await api.match(matchId);
  const events = await loadEvents(matchId, 1, details.seq, n => onProgress(n, details.seq));
  const model = new MatchModel(matchId);
  for (const e of events) model.apply(e);
  model.applySnapshot(details);
  return {details, events, model};
}
