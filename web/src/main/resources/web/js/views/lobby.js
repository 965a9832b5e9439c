// The lobby: every match with its status, round, seats and regulator policy; choose a name and
// join, or go back to the seat this browser already holds.

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {seconds} from '../format.js';

export function mount(root) {
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', autocomplete: 'nickname', required: true,
    placeholder: 'e.g. Ada’s AI', value: session.chosenName()});
  const form = h('form', {class: 'name-form', novalidate: true, onsubmit: e => e.preventDefault()},
    field('Your firm’s name', name, {hint: 'Shown to everyone in the match.', errorFor: 'name'}),
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}));
  name.addEventListener('input', () => session.chooseName(name.value.trim()));
  const body = h('tbody', {});
  const status = h('p', {class: 'muted', role: 'status'});
  fill(root,
    h('section', {class: 'hero'},
      h('h1', {}, 'Involution Arena'),
      h('p', {class: 'lead'}, 'Run an AI company. Buy compute, set your price, hand out giveaways, invest in R&D — ',
        'and try not to burn all your cash in a price war while the regulator watches.'),
      h('p', {class: 'hero-links'}, h('a', {class: 'button', href: '#/tournaments', dataset: {test: 'tournaments-link'}},
        'Tournaments'), ' ', h('a', {class: 'button ghost', href: '#/leaderboard'}, 'Leaderboard'),
      h('span', {class: 'hint'}, ' Play a series of matches against rotating rivals and climb the rating.'))),
    h('div', {class: 'lobby-grid'},
      h('section', {class: 'card'}, h('h2', {}, '1. Choose a name'), form,
        h('p', {class: 'hint'}, 'This browser remembers your seat: after a reload you are back where you were.')),
      h('section', {class: 'card matches-card'}, h('h2', {}, '2. Pick a match'),
        h('table', {class: 'table matches', dataset: {matches: ''}},
          h('thead', {}, h('tr', {}, h('th', {}, 'Match'), h('th', {}, 'Status'), h('th', {}, 'Round'),
            h('th', {}, 'Seats'), h('th', {}, 'Regulator'), h('th', {}, ''))),
          body),
        status)));

  async function join(match) {
    clearProblems(form);
    const chosen = name.value.trim();
    if (!chosen && session.seatIn(match.matchId) === null) {
      showProblem(form, {field: 'name', message: 'Choose a name first.'});
      name.focus();
      return;
    }
    try {
      await session.join(match.matchId, chosen || session.player()?.name);
      location.hash = `#/play/${encodeURIComponent(match.matchId)}`;
    } catch (e) {
      showProblem(form, e);
    }
  }

  function row(m) {
    const seated = session.seatIn(m.matchId) !== null;
    const full = m.firms >= m.seats;
    const open = m.status !== 'FINISHED';
    const actions = [];
    if (seated) {
      actions.push(h('a', {class: 'button primary', href: `#/play/${encodeURIComponent(m.matchId)}`}, 'Return to your seat'));
    } else if (open) {
      actions.push(h('button', {type: 'button', class: 'primary', disabled: full, dataset: {join: m.matchId},
        onclick: () => join(m)}, full ? 'Full' : 'Join'));
    }
    if (open) actions.push(h('a', {class: 'button', href: `#/watch/${encodeURIComponent(m.matchId)}`}, 'Watch'));
    if (m.round > 1 || m.status === 'FINISHED') {
      actions.push(h('a', {class: 'button', href: `#/replay/${encodeURIComponent(m.matchId)}`}, 'Replay'));
    }
    return h('tr', {dataset: {match: m.matchId, status: m.status}},
      h('th', {scope: 'row'}, h('span', {class: 'match-name'}, m.name), m.demo ? h('span', {class: 'tag'}, 'demo') : null,
        h('span', {class: 'sub'}, `${seconds(m.roundMillis)} rounds`)),
      h('td', {}, badge(m.status)),
      h('td', {class: 'num'}, m.round > 0 ? `${m.round} / ${m.rounds}` : `– / ${m.rounds}`),
      h('td', {class: 'num'}, `${m.firms} / ${m.seats}`),
      h('td', {class: 'nowrap'}, m.policy),
      h('td', {}, h('div', {class: 'actions'}, actions)));
  }

  let shown = null;
  async function refresh() {
    try {
      const matches = await api.matches();
      const order = {RUNNING: 0, PAUSED: 1, OPEN: 2, FINISHED: 3};
      matches.sort((a, b) => (order[a.status] ?? 4) - (order[b.status] ?? 4));
      status.textContent = '';
      const key = JSON.stringify(matches.map(({deadline, ...rest}) => rest));
      if (key === shown) return;
      shown = key;
      fill(body, matches.length ? matches.map(row)
        : h('tr', {}, h('td', {colspan: 6, class: 'muted'}, 'No matches yet. Your teacher creates one in the Teacher console.')));
    } catch (e) {
      status.textContent = e.message;
    }
  }

  refresh();
  const timer = setInterval(refresh, 3000);
  return () => clearInterval(timer);
}
