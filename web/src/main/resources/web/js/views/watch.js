// The spectator view for a projector: the same charts, feed and standings, no controls, large type.

import {h, fill} from '../dom.js';
import {api, ApiError} from '../api.js';
import {LiveMatch} from '../live.js';
import {MatchBoard} from './board.js';
import {unknownMatch} from './join.js';

export function mount(root, {matchId}) {
  document.body.classList.add('projector');
  let cleanup = () => {};
  let cancelled = false;
  fill(root, h('p', {class: 'loading', role: 'status'}, 'Opening the match…'));
  api.match(matchId).then(() => {
    if (!cancelled) cleanup = watch(root, matchId);
  }, e => {
    if (cancelled) return;
    if (e instanceof ApiError && e.status === 404) unknownMatch(root, matchId);
    else fill(root, h('p', {class: 'notice error', role: 'alert'}, e.message));
  });
  return () => {
    cancelled = true;
    document.body.classList.remove('projector');
    cleanup();
  };
}

function watch(root, matchId) {
  const live = new LiveMatch(matchId);
  const board = new MatchBoard(live, {subtitle: 'Live', large: true, feedLimit: 12, standingsLimit: 12,
    compactFirms: true});
  fill(root, board.header.el, board.banner.el, board.summary,
    h('div', {class: 'watch-grid'},
      h('div', {class: 'watch-main'}, board.legend, board.chartsEl),
      h('aside', {class: 'watch-side'},
        h('section', {class: 'card'}, h('h2', {}, 'Standings'), board.standings),
        h('section', {class: 'card'}, h('h2', {}, 'Regulator feed'), board.rules, board.feed))),
    h('section', {class: 'card'}, h('h2', {}, 'Firms'), h('div', {class: 'table-scroll'}, board.table)));
  live.start();
  return () => {
    live.close();
    board.destroy();
  };
}
