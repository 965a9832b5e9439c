// A tournament: its summary, the live leaderboard, the entrants and the schedule round by round, with
// a link into each match (Play for the visitor's own, Watch or Replay for the others) and a banner
// when the visitor's match is on. Live from the tournament's stream; the first view comes over HTTP.

import {h, fill, badge} from '../dom.js';
import {api, ApiError} from '../api.js';
import * as session from '../session.js';
import {TournamentStream} from '../tournament-stream.js';
import {leaderboardTable} from './leaderboard-table.js';
import {progress} from './tournaments.js';
import {submitWithName} from './name.js';
import {seatOf, isEntrant, matchToPlay, nextMatch, scheduleByRound, matchLink, seatsForDisplay} from '../tournament-model.js';
import {money, count, seconds} from '../format.js';
import {t} from '../i18n.js';
import {modeText} from './tournaments.js';
import {strategyLabel} from '../catalog.js';

const CONNECTION = {
  connecting: 'header.connecting',
  live: 'header.live',
  reconnecting: 'header.reconnecting',
  closed: 'header.offline',
};

export function mount(root, {tournamentId}) {
  const me = () => session.player()?.playerId ?? null;
  const title = h('h1', {class: 'match-title', dataset: {test: 'tournament-name'}}, t('tournament.loading'));
  const meta = h('div', {class: 'match-meta', dataset: {test: 'tournament-summary'}});
  const connection = h('span', {class: 'connection', dataset: {state: 'connecting'}, role: 'status'}, t(CONNECTION.connecting));
  const banner = h('div', {class: 'your-match', hidden: true, role: 'status', dataset: {test: 'your-match'}});
  const entry = h('div', {class: 'entry', dataset: {test: 'entry'}});
  const notice = h('div', {});
  const board = leaderboardTable({test: 'leaderboard', empty: t('tournament.boardEmpty')});
  const entrants = h('ul', {class: 'entrants', dataset: {test: 'entrants'}});
  const schedule = h('div', {class: 'schedule', dataset: {test: 'schedule'}});
  const csv = h('a', {class: 'button', href: api.tournamentResultsUrl(tournamentId),
    download: `tournament-${tournamentId}-results.csv`, dataset: {export: 'results'}}, t('tournament.csv'));

  fill(root,
    h('header', {class: 'match-header'},
      h('div', {class: 'match-heading'}, h('span', {class: 'eyebrow'}, h('a', {href: '#/tournaments'}, t('nav.tournaments'))),
        title, meta),
      connection),
    banner, notice, entry,
    h('div', {class: 'tournament-grid'},
      h('section', {class: 'card'},
        h('div', {class: 'card-head'}, h('h2', {}, t('nav.leaderboard')), csv),
        board.el,
        h('p', {class: 'hint'}, t('tournament.ratingHint'), h('a', {href: '#/leaderboard'}, t('tournament.global')))),
      h('section', {class: 'card'}, h('h2', {}, t('tournaments.col.entrants')), entrants)),
    h('section', {class: 'card'}, h('h2', {}, t('tournament.schedule')), schedule));

  let view = null;
  let stopped = false;

  function render(v) {
    view = v;
    const s = v.summary;
    const playerId = me();
    session.noteEntry(tournamentId, isEntrant(v, playerId));
    title.textContent = s.name || t('tournaments.col.tournament');
    fill(meta, badge(s.status),
      h('span', {class: 'meta-item', dataset: {round: s.round}}, s.round > 0 ? t('header.roundOf', s) : t('header.rounds', s)),
      h('span', {class: 'meta-item'}, `${t(`format.${s.format}`)} · ${modeText(s.mode)}`),
      h('span', {class: 'meta-item', dataset: {entrants: s.entrants}}, t('tournament.entrants', {n: count(s.entrants)})),
      h('span', {class: 'meta-item'}, t('tournaments.seatsAMatch', {n: s.seatsPerMatch})),
      v.settings?.match?.roundMillis ? h('span', {class: 'meta-item'}, t('teacher.rounds', {seconds: seconds(v.settings.match.roundMillis)})) : null,
      h('span', {class: 'meta-item', dataset: {played: s.matchesPlayed, total: s.matchesTotal}}, progress(s)));
    renderBanner(v, playerId);
    renderEntry(v, playerId);
    board.render(v.leaderboard ?? [], {me: playerId});
    renderEntrants(v, playerId);
    renderSchedule(v, playerId);
  }

  function renderBanner(v, playerId) {
    const now = matchToPlay(v, playerId);
    const next = now ? null : nextMatch(v, playerId);
    if (now) {
      banner.hidden = false;
      banner.className = 'your-match on';
      banner.dataset.matchId = now.matchId;
      fill(banner,
        h('div', {class: 'your-match-text'}, h('strong', {}, t('tournament.matchOn')),
          h('span', {class: 'sub'}, t('tournament.matchOnText', {round: now.round, number: now.number}))),
        h('a', {class: 'button primary big', href: `#/play/${encodeURIComponent(now.matchId)}`, dataset: {playNow: now.matchId}},
          t('tournament.playNow')));
    } else if (next && v.summary.status !== 'FINISHED') {
      banner.hidden = false;
      banner.className = 'your-match next';
      delete banner.dataset.matchId;
      fill(banner, h('div', {class: 'your-match-text'}, h('strong', {}, t('tournament.next')),
        h('span', {class: 'sub'}, t('tournament.nextText', {round: next.round, number: next.number}))));
    } else {
      banner.hidden = true;
      delete banner.dataset.matchId;
      fill(banner);
    }
  }

  function renderEntry(v, playerId) {
    const s = v.summary;
    const entered = isEntrant(v, playerId);
    if (s.status !== 'OPEN' || s.mode !== 'live') {
      delete entry.dataset.entered;
      fill(entry);
      return;
    }
    if (entry.contains(document.activeElement) && entry.dataset.entered === String(entered)) return; // typing
    entry.dataset.entered = String(entered);
    if (entered) {
      fill(entry, h('p', {class: 'notice', dataset: {test: 'registered'}},
        t('tournament.registered'),
        h('button', {type: 'button', class: 'small ghost', dataset: {withdraw: ''}, onclick: withdraw}, t('tournament.withdraw'))));
      return;
    }
    const name = h('input', {name: 'name', type: 'text', maxlength: '32', required: true,
      value: session.player()?.name ?? session.chosenName(), disabled: Boolean(session.player())});
    const form = h('form', {class: 'card join-tournament', novalidate: true,
      onsubmit: submitWithName(() => form, name, async chosen => {
        await session.enterTournament(tournamentId, chosen);
        refresh();
      })},
    h('div', {class: 'row'},
      h('label', {class: 'field'}, h('span', {class: 'field-label'}, t('tournaments.yourName')), name,
        h('span', {class: 'field-error', dataset: {errorFor: 'name'}, role: 'alert'})),
      h('div', {class: 'field'}, h('button', {type: 'submit', class: 'primary', dataset: {joinTournament: tournamentId}},
        t('tournament.join')))),
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}));
    fill(entry, form);
  }

  async function withdraw() {
    try {
      await session.withdrawFromTournament(tournamentId);
      refresh();
    } catch (e) {
      fill(notice, h('p', {class: 'notice error'}, e.message));
    }
  }

  function renderEntrants(v, playerId) {
    const list = v.entrants ?? [];
    fill(entrants, list.length ? list.map(e => h('li', {class: [e.entrantId === playerId && 'me'],
      dataset: {entrant: e.entrantId, kind: e.kind}},
    h('span', {class: 'entrant-name'}, e.name), e.entrantId === playerId ? h('span', {class: 'you'}, t('common.you')) : null,
    h('span', {class: 'sub'}, e.kind === 'house' ? t('tournament.houseBot', {strategy: strategyLabel(e.strategy)})
      : t(`tournament.kind.${e.kind === 'player' ? 'player' : 'other'}`, {kind: e.kind}))))
      : h('li', {class: 'muted'}, t('tournament.nobody')));
  }

  function renderSchedule(v, playerId) {
    const rounds = scheduleByRound(v);
    if (!rounds.length) {
      fill(schedule, h('p', {class: 'muted'}, v.summary.status === 'OPEN'
        ? t('tournament.drawnAtStart') : t('tournament.noneDrawn')));
      return;
    }
    fill(schedule, rounds.map(r => h('section', {class: 'schedule-round', dataset: {round: r.round, status: r.status}},
      h('h3', {}, t('tournament.round', {round: r.round}), ' ', badge(r.status)),
      h('div', {class: 'table-scroll'}, h('table', {class: 'table schedule-table'},
        h('thead', {}, h('tr', {}, h('th', {}, t('teacher.col.match')), h('th', {}, t('teacher.col.status')),
          h('th', {}, t('teacher.col.seats')), h('th', {}, h('span', {class: 'sr-only'}, t('teacher.open'))))),
        h('tbody', {}, r.matches.map(m => matchRow(m, playerId))))))));
  }

  function matchRow(m, playerId) {
    const mine = seatOf(m, playerId);
    const link = matchLink(m, playerId);
    const finished = m.status === 'FINISHED';
    return h('tr', {class: [mine && 'me'], dataset: {tournamentMatch: m.number, matchId: m.matchId ?? '', status: m.status}},
      // No seed here: seeds are 64-bit and lose digits as JavaScript numbers (the CSV has them exactly).
      h('th', {scope: 'row', class: 'nowrap'}, `#${m.number}`),
      h('td', {}, badge(m.status)),
      h('td', {}, h('ol', {class: ['seats', finished && 'ranked']}, seatsForDisplay(m).map(s => {
        const you = playerId !== null && s.entrantId === playerId;
        return h('li', {class: ['seat', you && 'me', s.status === 'BANKRUPT' && 'out'],
          dataset: {seat: s.firmId, entrant: s.entrantId ?? '', rank: s.rank || null, score: finished ? s.score : null}},
        finished && s.rank ? h('span', {class: 'seat-rank'}, `${s.rank}.`) : null,
        h('span', {class: 'seat-name'}, s.name),
        you ? h('span', {class: 'you'}, t('common.you')) : null,
        s.kind !== 'player' && !String(s.name).includes(s.strategy ?? s.kind)
          ? h('span', {class: 'seat-kind'}, s.strategy ? strategyLabel(s.strategy) : s.kind) : null,
        finished ? h('span', {class: 'seat-score'}, s.status === 'BANKRUPT' ? t('status.bankrupt') : money(s.score)) : null);
      }))),
      h('td', {}, h('div', {class: 'actions'}, link
        ? h('a', {class: ['button', 'small', link.kind === 'play' && m.status === 'RUNNING' && 'primary'], href: link.href,
          dataset: {matchLink: link.kind}}, link.label)
        : null)));
  }

  async function refresh() {
    try {
      const v = await api.tournament(tournamentId);
      if (stopped) return;
      if (!view || (v.seq ?? 0) >= (view.seq ?? 0)) render(v);
      fill(notice);
    } catch (e) {
      if (stopped) return;
      if (e instanceof ApiError && e.status === 404) {
        stream.close();
        fill(root, h('section', {class: 'card narrow', dataset: {test: 'no-tournament'}}, h('h1', {}, t('tournament.noSuch')),
          h('p', {}, t('tournament.noSuchText'), h('a', {href: '#/tournaments'}, t('tournament.seeAll')))));
        return;
      }
      fill(notice, h('p', {class: 'notice error'}, e.message));
    }
  }

  const stream = new TournamentStream(tournamentId, {
    onView: v => {
      if (stopped || (v.summary.tournamentId && v.summary.tournamentId !== tournamentId)) return;
      fill(notice);
      render(v);
    },
    onState: (state, info) => {
      connection.dataset.state = state;
      connection.dataset.reconnects = info.reconnects;
      connection.dataset.views = info.views;
      if (info.seq !== null && info.seq !== undefined) connection.dataset.seq = info.seq;
      connection.textContent = CONNECTION[state] ? t(CONNECTION[state]) : state;
    },
  });

  refresh();
  stream.start();
  return () => {
    stopped = true;
    stream.close();
  };
}
