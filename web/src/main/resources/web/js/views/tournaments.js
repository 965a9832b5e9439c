// The tournament lobby: every tournament with its status, entrants and progress; choose a name and
// join an open live tournament (registering as a player first, as the match lobby does).

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {count} from '../format.js';
import {t, tparts} from '../i18n.js';

const ORDER = {RUNNING: 0, PAUSED: 1, STOPPING: 2, OPEN: 3, FINISHED: 4};

export function mount(root) {
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', autocomplete: 'nickname', required: true,
    placeholder: t('lobby.namePlaceholder'), value: session.chosenName()});
  const form = h('form', {class: 'name-form', novalidate: true, onsubmit: e => e.preventDefault()},
    field(t('tournaments.yourName'), name, {hint: t('tournaments.nameHint'), errorFor: 'name'}),
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}));
  name.addEventListener('input', () => session.chooseName(name.value.trim()));
  const me = session.player();
  if (me) name.value = me.name;
  name.disabled = Boolean(me);
  const body = h('tbody', {});
  const status = h('p', {class: 'muted', role: 'status'});
  fill(root,
    h('section', {class: 'hero'},
      h('h1', {}, t('nav.tournaments')),
      h('p', {class: 'lead'}, tparts('tournaments.lead', {leaderboard: h('a', {href: '#/leaderboard'}, t('tournaments.leaderboardLink'))}))),
    h('div', {class: 'lobby-grid'},
      h('section', {class: 'card'}, h('h2', {}, t('lobby.chooseName')), form,
        h('p', {class: 'hint'}, me ? t('tournaments.playsAs', {name: me.name}) : t('tournaments.remembers'))),
      h('section', {class: 'card matches-card'}, h('h2', {}, t('tournaments.join')),
        h('div', {class: 'table-scroll'}, h('table', {class: 'table tournaments', dataset: {test: 'tournaments'}},
          h('thead', {}, h('tr', {}, h('th', {}, t('tournaments.col.tournament')), h('th', {}, t('teacher.col.status')),
            h('th', {}, t('teacher.col.round')), h('th', {class: 'num'}, t('tournaments.col.entrants')),
            h('th', {}, t('tournaments.col.progress')), h('th', {}, h('span', {class: 'sr-only'}, t('teacher.col.controls'))))),
          body)),
        status)));

  async function join(tour) {
    clearProblems(form);
    const chosen = name.value.trim() || session.player()?.name || '';
    if (!chosen) {
      showProblem(form, {field: 'name', message: t('name.first')});
      name.focus();
      return;
    }
    try {
      await session.enterTournament(tour.tournamentId, chosen);
      location.hash = `#/tournament/${encodeURIComponent(tour.tournamentId)}`;
    } catch (e) {
      showProblem(form, e);
    }
  }

  function row(tour) {
    const id = encodeURIComponent(tour.tournamentId);
    const entered = session.hasEntered(tour.tournamentId);
    const actions = [];
    if (tour.status === 'OPEN' && tour.mode === 'live') {
      actions.push(entered
        ? h('span', {class: 'tag entered', dataset: {entered: tour.tournamentId}}, t('tournaments.registered'))
        : h('button', {type: 'button', class: 'primary', dataset: {joinTournament: tour.tournamentId}, onclick: () => join(tour)},
          t('lobby.join')));
    }
    actions.push(h('a', {class: ['button', entered && tour.status !== 'OPEN' && 'primary'], href: `#/tournament/${id}`,
      dataset: {openTournament: tour.tournamentId}}, entered && tour.status !== 'OPEN' ? t('tournaments.yours') : t('teacher.open')));
    return h('tr', {dataset: {tournament: tour.tournamentId, status: tour.status}},
      h('th', {scope: 'row'}, h('a', {class: 'match-name', href: `#/tournament/${id}`}, tour.name),
        h('span', {class: 'sub'}, `${t(`format.${tour.format}`)} · ${modeText(tour.mode)} · `
          + t('tournaments.seatsAMatch', {n: tour.seatsPerMatch}))),
      h('td', {}, badge(tour.status)),
      h('td', {class: 'num'}, tour.round > 0 ? `${tour.round} / ${tour.rounds}` : `– / ${tour.rounds}`),
      h('td', {class: 'num', dataset: {col: 'entrants', value: tour.entrants}}, count(tour.entrants)),
      h('td', {dataset: {col: 'progress', value: tour.matchesPlayed}}, progress(tour)),
      h('td', {}, h('div', {class: 'actions'}, actions)));
  }

  let shown = null;
  async function refresh() {
    try {
      const list = await api.tournaments();
      list.sort((a, b) => (ORDER[a.status] ?? 4) - (ORDER[b.status] ?? 4) || b.createdAt - a.createdAt);
      status.textContent = '';
      const key = JSON.stringify([list, session.enteredTournaments()]);
      if (key === shown) return;
      shown = key;
      fill(body, list.length ? list.map(row)
        : h('tr', {}, h('td', {colspan: 6, class: 'muted'}, t('tournaments.none'))));
    } catch (e) {
      status.textContent = e.message;
    }
  }

  refresh();
  const timer = setInterval(refresh, 3000);
  return () => clearInterval(timer);
}

/** Matches played out of all drawn so far, as a bar and numbers. */
export function progress(tour) {
  const total = tour.matchesTotal || 0;
  return h('span', {class: 'progress-cell'},
    h('progress', {max: String(Math.max(total, 1)), value: String(tour.matchesPlayed || 0)}),
    h('span', {class: 'progress-text'}, t('tournaments.progress', {played: count(tour.matchesPlayed), total: count(total)})));
}

/** A tournament's mode in running text: "live", or "fast (house bots)". */
export function modeText(mode) {
  return mode === 'fast' ? t('tournaments.fastMode') : t('mode.live');
}
