// The tournament lobby: every tournament with its status, entrants and progress; choose a name and
// join an open live tournament (registering as a player first, as the match lobby does).

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {count, titleCase} from '../format.js';

const ORDER = {RUNNING: 0, PAUSED: 1, STOPPING: 2, OPEN: 3, FINISHED: 4};

export function mount(root) {
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', autocomplete: 'nickname', required: true,
    placeholder: 'e.g. Ada’s AI', value: session.chosenName()});
  const form = h('form', {class: 'name-form', novalidate: true, onsubmit: e => e.preventDefault()},
    field('Your name', name, {hint: 'Shown on the leaderboard and in every match you play.', errorFor: 'name'}),
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}));
  name.addEventListener('input', () => session.chooseName(name.value.trim()));
  const me = session.player();
  if (me) name.value = me.name;
  name.disabled = Boolean(me);
  const body = h('tbody', {});
  const status = h('p', {class: 'muted', role: 'status'});
  fill(root,
    h('section', {class: 'hero'},
      h('h1', {}, 'Tournaments'),
      h('p', {class: 'lead'}, 'A series of matches with rotating seats: everyone plays one match per round against ',
        'different rivals, and every result moves your rating on the ', h('a', {href: '#/leaderboard'}, 'leaderboard'), '.')),
    h('div', {class: 'lobby-grid'},
      h('section', {class: 'card'}, h('h2', {}, '1. Choose a name'), form,
        h('p', {class: 'hint'}, me ? `This browser plays as ${me.name}.`
          : 'This browser remembers you: after a reload you are still registered.')),
      h('section', {class: 'card matches-card'}, h('h2', {}, '2. Join a tournament'),
        h('div', {class: 'table-scroll'}, h('table', {class: 'table tournaments', dataset: {test: 'tournaments'}},
          h('thead', {}, h('tr', {}, h('th', {}, 'Tournament'), h('th', {}, 'Status'), h('th', {}, 'Round'),
            h('th', {class: 'num'}, 'Entrants'), h('th', {}, 'Progress'), h('th', {}, ''))),
          body)),
        status)));

  async function join(t) {
    clearProblems(form);
    const chosen = name.value.trim() || session.player()?.name || '';
    if (!chosen) {
      showProblem(form, {field: 'name', message: 'Choose a name first.'});
      name.focus();
      return;
    }
    try {
      await session.enterTournament(t.tournamentId, chosen);
      location.hash = `#/tournament/${encodeURIComponent(t.tournamentId)}`;
    } catch (e) {
      showProblem(form, e);
    }
  }

  function row(t) {
    const id = encodeURIComponent(t.tournamentId);
    const entered = session.hasEntered(t.tournamentId);
    const actions = [];
    if (t.status === 'OPEN' && t.mode === 'live') {
      actions.push(entered
        ? h('span', {class: 'tag entered', dataset: {entered: t.tournamentId}}, 'registered')
        : h('button', {type: 'button', class: 'primary', dataset: {joinTournament: t.tournamentId}, onclick: () => join(t)},
          'Join'));
    }
    actions.push(h('a', {class: ['button', entered && t.status !== 'OPEN' && 'primary'], href: `#/tournament/${id}`,
      dataset: {openTournament: t.tournamentId}}, entered && t.status !== 'OPEN' ? 'Your tournament' : 'Open'));
    return h('tr', {dataset: {tournament: t.tournamentId, status: t.status}},
      h('th', {scope: 'row'}, h('a', {class: 'match-name', href: `#/tournament/${id}`}, t.name),
        h('span', {class: 'sub'}, `${titleCase(t.format)} · ${t.mode === 'fast' ? 'fast (house bots)' : 'live'} · `
          + `${t.seatsPerMatch} seats a match`)),
      h('td', {}, badge(t.status)),
      h('td', {class: 'num'}, t.round > 0 ? `${t.round} / ${t.rounds}` : `– / ${t.rounds}`),
      h('td', {class: 'num', dataset: {col: 'entrants', value: t.entrants}}, count(t.entrants)),
      h('td', {dataset: {col: 'progress', value: t.matchesPlayed}}, progress(t)),
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
        : h('tr', {}, h('td', {colspan: 6, class: 'muted'}, 'No tournaments yet. Your teacher creates one in the Teacher console.')));
    } catch (e) {
      status.textContent = e.message;
    }
  }

  refresh();
  const timer = setInterval(refresh, 3000);
  return () => clearInterval(timer);
}

/** Matches played out of all drawn so far, as a bar and numbers. */
export function progress(t) {
  const total = t.matchesTotal || 0;
  return h('span', {class: 'progress-cell'},
    h('progress', {max: String(Math.max(total, 1)), value: String(t.matchesPlayed || 0)}),
    h('span', {class: 'progress-text'}, `${count(t.matchesPlayed)} / ${count(total)} matches`));
}
