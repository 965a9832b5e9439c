// The router: one page, views by location hash.
//   #/                     lobby
//   #/play/{matchId}       play view (needs a seat; offers to join)
//   #/watch/{matchId}      spectator view for a projector
//   #/replay/{matchId}[/N] replay, at round N
//   #/debrief/{matchId}[/{otherId}]  debrief of a match, compared with another
//   #/join[/{code}]        join a class by its code
//   #/teacher              teacher console
//   #/tournaments          tournament lobby
//   #/tournament/{id}      a tournament: leaderboard, schedule, the visitor's match
//   #/leaderboard          the global leaderboard
//   #/ladder               the always-on ladder: standings, rating over time, recent matches

import * as lobby from './views/lobby.js';
import * as play from './views/play.js';
import * as watch from './views/watch.js';
import * as replay from './views/replay.js';
import * as debrief from './views/debrief.js';
import * as teacher from './views/teacher.js';
import * as joinByCode from './views/join-by-code.js';
import * as tournaments from './views/tournaments.js';
import * as tournament from './views/tournament.js';
import * as leaderboard from './views/leaderboard.js';
import * as ladder from './views/ladder.js';
import * as session from './session.js';
import {h, fill} from './dom.js';
import {t, locale, setLocale, LOCALES} from './i18n.js';

const app = document.getElementById('app');
let unmount = () => {};

function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const [view, matchId, extra] = parts;
  switch (view) {
    case '':
    case undefined:
      return {name: 'lobby', view: lobby, params: {}};
    case 'play':
      return matchId ? {name: 'play', view: play, params: {matchId}} : null;
    case 'watch':
      return matchId ? {name: 'watch', view: watch, params: {matchId}} : null;
    case 'replay':
      return matchId ? {name: 'replay', view: replay, params: {matchId, round: extra ? Number(extra) : null}} : null;
    case 'join':
      return {name: 'join', nav: 'lobby', view: joinByCode, params: {code: matchId ?? null}};
    case 'debrief':
      return matchId ? {name: 'debrief', view: debrief, params: {matchId, otherId: extra ?? null}} : null;
    case 'teacher':
      return {name: 'teacher', view: teacher, params: {}};
    case 'tournaments':
      return {name: 'tournaments', view: tournaments, params: {}};
    case 'tournament':
      return matchId ? {name: 'tournament', nav: 'tournaments', view: tournament, params: {tournamentId: matchId}} : null;
    case 'leaderboard':
      return {name: 'leaderboard', view: leaderboard, params: {}};
    case 'ladder':
      return {name: 'ladder', view: ladder, params: {}};
    default:
      return null;
  }
}

function show() {
  unmount();
  unmount = () => {};
  const r = route();
  document.body.dataset.view = r ? r.name : 'not-found';
  for (const link of document.querySelectorAll('[data-nav]')) {
    link.classList.toggle('active', r !== null && link.dataset.nav === (r.nav ?? r.name));
  }
  const me = session.player();
  const identity = document.getElementById('identity');
  identity.textContent = me ? t('nav.playingAs', {name: me.name}) : '';
  if (!r) {
    fill(app, h('section', {class: 'card narrow'}, h('h1', {}, t('nav.nothingHere')),
      h('p', {}, h('a', {href: '#/'}, t('nav.backToLobby')))));
    return;
  }
  app.replaceChildren();
  unmount = r.view.mount(app, r.params) ?? (() => {});
  window.scrollTo(0, 0);
}

/** The page's fixed texts (the top bar) and the language switch, in the current language. */
function translatePage() {
  document.documentElement.lang = locale();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  const select = document.getElementById('language');
  fill(select, LOCALES.map(l => h('option', {value: l.code, lang: l.code, selected: l.code === locale()}, l.label)));
  select.setAttribute('aria-label', t('nav.language'));
}

document.getElementById('language').addEventListener('change', e => {
  setLocale(e.target.value);
  translatePage();
  show();
});

window.addEventListener('hashchange', show);
translatePage();
show();
