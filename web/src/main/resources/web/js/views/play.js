// The play view: the student's controls first (their firm, the compute this round needs with one
// click to buy it, their decisions with what they would cost, the last round's profit line and the
// full order book), then the market: charts of every firm, the firms table, the regulator feed and
// the standings. A form that cannot be used says why (paused, reconnecting, not started, bankrupt);
// once the match is over the forms give way to the summary.

import {h, fill} from '../dom.js';
import {api, ApiError} from '../api.js';
import * as session from '../session.js';
import {LiveMatch} from '../live.js';
import {MatchBoard} from './board.js';
import {BookPanel} from './book.js';
import {FirmCard} from './firm-card.js';
import {ComputePanel} from './compute.js';
import {DecisionsForm} from './decisions.js';
import {ProfitCard} from './profit.js';
import {RemediesBoard} from './remedies-board.js';
import {joinFirst, unknownMatch} from './join.js';
import {renderRules} from './rules.js';
import {policyAbout, policyLabel} from '../catalog.js';
import {playState, decisionsHint} from '../play-state.js';
import {DEFAULT_NOTES} from './header.js';
import {t} from '../i18n.js';

const REFRESH_ON = new Set(['order-placed', 'order-cancelled', 'round-settled', 'match-started', 'match-resumed',
  'match-paused', 'match-finished', 'decisions-set', 'intervention-imposed', 'intervention-lifted']);

const NOTES = {
  ...DEFAULT_NOTES,
  reconnecting: 'notes.play.reconnecting',
  PAUSED: 'notes.play.paused',
  FINISHED: 'notes.play.finished',
};

export function mount(root, {matchId}) {
  let cleanup = () => {};
  let cancelled = false;
  fill(root, h('p', {class: 'loading', role: 'status'}, t('common.opening')));
  (async () => {
    let details;
    try {
      details = await api.match(matchId);
    } catch (e) {
      if (cancelled) return;
      if (e instanceof ApiError && e.status === 404) unknownMatch(root, matchId);
      else fill(root, h('p', {class: 'notice error', role: 'alert'}, e.message));
      return;
    }
    if (cancelled) return;
    const player = session.player();
    if (!player) {
      joinFirst(root, details);
      return;
    }
    try {
      const mine = await api.me(matchId, player.token);
      if (cancelled) return;
      session.rememberSeat(matchId, mine.firm.firmId);
      cleanup = play(root, matchId, player, mine);
    } catch (e) {
      if (cancelled) return;
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
        if (e.status === 401) session.forgetPlayer();
        joinFirst(root, details);
      } else {
        fill(root, h('p', {class: 'notice error', role: 'alert'}, e.message));
      }
    }
  })();
  return () => {
    cancelled = true;
    cleanup();
  };
}

function play(root, matchId, player, firstMine) {
  const live = new LiveMatch(matchId, {token: player.token});
  let mine = firstMine;
  let bookData = null;
  const myFirmId = firstMine.firm.firmId;
  const firmCard = new FirmCard();
  const compute = new ComputePanel({matchId, token: player.token, onBought: () => refreshTrading()});
  const decisions = new DecisionsForm({matchId, token: player.token, onSaved: () => refreshTrading()});
  const profit = new ProfitCard();
  const remedies = new RemediesBoard({me: myFirmId});
  const book = new BookPanel({matchId, token: player.token, onChanged: () => refreshTrading()});
  const policy = h('p', {class: 'my-policy', dataset: {myPolicy: ''}});
  const myRules = h('ul', {class: 'rules my-rules', dataset: {myRules: ''}, hidden: true});
  const regulator = h('section', {class: 'card regulator-card'}, policy, myRules);
  const notice = h('div', {});
  const controls = h('div', {class: 'controls'}, compute.el, decisions.el);
  const over = h('section', {class: 'card over-card', dataset: {over: ''}, hidden: true},
    h('h2', {}, t('play.overTitle')),
    h('p', {}, t('play.overAbout')),
    h('p', {class: 'actions'}, h('a', {class: 'button primary', href: `#/replay/${encodeURIComponent(matchId)}`}, t('join.replayIt')),
      h('a', {class: 'button', href: '#/'}, t('nav.backToLobby'))));
  const board = new MatchBoard(live, {
    subtitle: t('play.playing'),
    notes: NOTES,
    me: () => myFirmId,
    onEvent: detail => {
      if (detail.kind === 'reset') {
        bookData = live.book ?? bookData;
        refreshTrading();
      } else if (detail.kind === 'connection' && live.connection === 'live') {
        refreshTrading();
      } else if (REFRESH_ON.has(detail.event?.type)) {
        refreshTrading();
      }
    },
    onRender: model => render(model),
  });

  fill(root,
    board.header.el, board.banner.el, notice, board.summary,
    h('div', {class: 'play-grid'},
      h('div', {class: 'play-side'}, firmCard.el, over, controls, regulator, profit.el, book.el,
        howToPlay()),
      h('div', {class: 'play-main'},
        h('section', {class: 'card'}, h('h2', {}, t('play.market')), board.legend, board.chartsEl),
        remedies.el,
        h('section', {class: 'card'}, h('h2', {}, t('play.firms')), h('div', {class: 'table-scroll'}, board.table)),
        h('div', {class: 'two-col'},
          h('section', {class: 'card'}, h('h2', {}, t('play.feed')), board.rules, board.feed),
          h('section', {class: 'card'}, h('h2', {}, t('play.standings')), board.standings)))));

  function render(model) {
    const market = model.settings?.market;
    const usersPerUnit = market?.usersPerUnit ?? 1000;
    const fixedCost = market?.fixedCost ?? 50_000;
    const innovation = market?.innovation ?? {rndEfficiency: 0.0001, depreciation: 0.02};
    const status = model.summary.status;
    const state = playState({status, live: live.connection === 'live', firm: mine?.firm.status});
    const last = model.rounds.at(-1)?.firms.find(f => f.firmId === myFirmId);
    const newUsers = last?.newUsers ?? 0;
    firmCard.render(mine, model.firms.get(myFirmId));
    const p = model.summary.policy;
    policy.dataset.myPolicy = p ?? '';
    fill(policy, p ? [t('play.regulator'), h('strong', {}, policyLabel(p)), h('span', {class: 'sub'}, ` — ${policyAbout(p)}`)]
      : null);
    renderRules(myRules, model, {firmId: myFirmId, title: t('play.rulesForYou'),
      empty: p && p !== 'laissez-faire' ? t('play.noRule') : null});
    controls.hidden = state.finished;
    over.hidden = !state.finished;
    book.el.hidden = state.finished;
    if (!state.finished) {
      compute.render({model, mine, book: bookData, usersPerUnit, fixedCost, newUsers, blocked: state.orders});
      decisions.render({model, mine, usersPerUnit, fixedCost, innovation, newUsers, blocked: state.decisions,
        hint: decisionsHint(status)});
      book.render(bookData, mine, state.orders, usersPerUnit);
    }
    profit.render(model, myFirmId);
    remedies.render(model);
  }

  let inFlight = null;
  let again = false;
  async function refreshTrading() {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      try {
        const [me, depth] = await Promise.all([api.me(matchId, player.token), api.book(matchId)]);
        mine = me;
        bookData = depth;
        fill(notice);
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          session.forgetPlayer(); // the server does not know this browser's token: route again, to join
          window.dispatchEvent(new HashChangeEvent('hashchange'));
          return;
        }
        fill(notice, h('p', {class: 'notice error', role: 'alert'}, e.message));
      } finally {
        inFlight = null;
      }
      board.schedule();
      if (again) {
        again = false;
        refreshTrading();
      }
    })();
    return inFlight;
  }

  live.start();

  function cleanup() {
    live.close();
    board.destroy();
    profit.destroy();
    remedies.destroy();
  }
  return cleanup;
}

function howToPlay() {
  return h('details', {class: 'card howto'}, h('summary', {}, t('play.howTo')),
    h('ul', {}, ['play.howTo1', 'play.howTo2', 'play.howTo3', 'play.howTo4'].map(key => h('li', {}, t(key)))));
}
