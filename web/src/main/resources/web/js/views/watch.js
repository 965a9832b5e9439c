// The spectator view for a projector: the same charts, feed and standings, no controls, large type.

import {h, fill} from '../dom.js';
import {api, ApiError} from '../api.js';
import {LiveMatch} from '../live.js';
import {MatchBoard} from './board.js';
import {unknownMatch} from './join.js';
import {JoinCodePanel} from './join-code.js';
import {RemediesBoard} from './remedies-board.js';
import * as session from '../session.js';
import {t} from '../i18n.js';

export function mount(root, {matchId}) {
  document.body.classList.add('projector');
  let cleanup = () => {};
  let cancelled = false;
  fill(root, h('p', {class: 'loading', role: 'status'}, t('common.opening')));
  api.match(matchId).then(details => {
    if (!cancelled) cleanup = watch(root, matchId, details.summary);
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

/**
 * The class's join code, on a projector opened from the teacher console (the tab that holds the
 * admin token) while the match takes newcomers; nothing on anyone else's.
 */
function joinCard(summary) {
  const admin = session.adminToken();
  if (!admin || summary.status === 'FINISHED' || summary.demo || summary.practice || summary.tournamentId) return null;
  const panel = new JoinCodePanel(() => api.joinCode(admin, summary.matchId), {large: true});
  panel.refresh();
  return h('section', {class: 'card join-card'}, h('h2', {}, t('joinCode.projector')), panel.el);
}

function watch(root, matchId, summary) {
  const live = new LiveMatch(matchId);
  const remedies = new RemediesBoard({large: true, incidentLimit: 6});
  const board = new MatchBoard(live, {subtitle: t('watch.live'), large: true, feedLimit: 12, standingsLimit: 12,
    compactFirms: true, onRender: model => remedies.render(model)});
  fill(root, board.header.el, board.banner.el, board.summary,
    h('div', {class: 'watch-grid'},
      h('div', {class: 'watch-main'}, board.legend, board.chartsEl, remedies.el),
      h('aside', {class: 'watch-side'},
        joinCard(summary),
        h('section', {class: 'card'}, h('h2', {}, t('play.standings')), board.standings),
        h('section', {class: 'card'}, h('h2', {}, t('play.feed')), board.rules, board.feed))),
    h('section', {class: 'card'}, h('h2', {}, t('play.firms')), h('div', {class: 'table-scroll'}, board.table)));
  live.start();
  return () => {
    live.close();
    board.destroy();
    remedies.destroy();
  };
}
