// Before play: a match this browser holds no seat in offers a name and Join when a newcomer may
// take a seat, and otherwise says why not (over, reserved, full, in its last rounds) with a way on;
// a match that does not exist says so.

import {h, fill, field} from '../dom.js';
import {submitWithName} from './name.js';
import * as session from '../session.js';
import {joinable, notJoinableText} from '../lobby-model.js';
import {t} from '../i18n.js';

/** Not seated: a name and a Join button, or why this match takes no newcomer. */
export function joinFirst(root, details) {
  const m = details.summary;
  const id = encodeURIComponent(m.matchId);
  const watch = h('a', {class: 'button', href: `#/watch/${id}`}, t('join.watchIt'));
  const lobby = h('a', {class: 'button', href: '#/'}, t('nav.backToLobby'));
  if (!joinable(m)) {
    const why = notJoinableText(m);
    fill(root, h('section', {class: 'card narrow', dataset: {notJoinable: m.status}},
      h('h1', {}, m.name),
      h('p', {}, why),
      h('p', {class: 'actions'}, m.status === 'FINISHED'
        ? h('a', {class: 'button primary', href: `#/replay/${id}`}, t('join.replayIt')) : watch, lobby)));
    return;
  }
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', required: true, value: session.chosenName(),
    autocomplete: 'nickname'});
  const form = h('form', {class: 'card narrow', novalidate: true, onsubmit: submitWithName(() => form, name, async chosen => {
    await session.join(m.matchId, chosen);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  })},
  h('h1', {}, m.name),
  h('p', {}, t('join.about', {round: Math.max(m.round, 1), rounds: m.rounds, firms: m.firms, seats: m.seats})),
  field(t('lobby.firmName'), name, {errorFor: 'name'}),
  h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, t('lobby.join')), watch));
  fill(root, form);
}

/** A match id the arena does not know. */
export function unknownMatch(root, matchId) {
  fill(root, h('section', {class: 'card narrow', dataset: {unknownMatch: matchId}},
    h('h1', {}, t('join.noSuchMatch')),
    h('p', {}, t('join.noSuchMatchAbout', {id: matchId})),
    h('p', {class: 'actions'}, h('a', {class: 'button primary', href: '#/'}, t('join.pickInLobby')))));
}
