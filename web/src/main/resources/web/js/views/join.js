// Before play: a match this browser holds no seat in offers a name and Join when a newcomer may
// take a seat, and otherwise says why not (over, reserved, full, in its last rounds) with a way on;
// a match that does not exist says so.

import {h, fill, field} from '../dom.js';
import {submitWithName} from './name.js';
import * as session from '../session.js';
import {joinable, whyNotJoinable} from '../lobby-model.js';

/** Not seated: a name and a Join button, or why this match takes no newcomer. */
export function joinFirst(root, details) {
  const m = details.summary;
  const id = encodeURIComponent(m.matchId);
  const watch = h('a', {class: 'button', href: `#/watch/${id}`}, 'Watch it');
  const lobby = h('a', {class: 'button', href: '#/'}, 'Back to the lobby');
  if (!joinable(m)) {
    const reserved = m.practice || m.tournamentId;
    const why = m.status === 'FINISHED' ? 'This match is over.'
      : reserved ? 'The seats of this match are reserved for its players.'
        : `This match is ${whyNotJoinable(m)}: too late to take a seat.`;
    fill(root, h('section', {class: 'card narrow', dataset: {notJoinable: m.status}},
      h('h1', {}, m.name),
      h('p', {}, why),
      h('p', {class: 'actions'}, m.status === 'FINISHED'
        ? h('a', {class: 'button primary', href: `#/replay/${id}`}, 'Replay it') : watch, lobby)));
    return;
  }
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', required: true, value: session.chosenName(),
    autocomplete: 'nickname'});
  const form = h('form', {class: 'card narrow', novalidate: true, onsubmit: submitWithName(() => form, name, async chosen => {
    await session.join(m.matchId, chosen);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  })},
  h('h1', {}, m.name),
  h('p', {}, `Round ${Math.max(m.round, 1)} of ${m.rounds}, ${m.firms} of ${m.seats} seats taken. Join it with a firm of your own.`),
  field('Your firm’s name', name, {errorFor: 'name'}),
  h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, 'Join'), watch));
  fill(root, form);
}

/** A match id the arena does not know. */
export function unknownMatch(root, matchId) {
  fill(root, h('section', {class: 'card narrow', dataset: {unknownMatch: matchId}},
    h('h1', {}, 'No such match'),
    h('p', {}, `The arena has no match with the id “${matchId}”. It may have been mistyped, or come from another arena.`),
    h('p', {class: 'actions'}, h('a', {class: 'button primary', href: '#/'}, 'Pick a match in the lobby'))));
}
