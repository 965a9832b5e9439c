// Joining a class by its code: #/join asks for the code, #/join/{code} looks it up and goes on to
// the match (which asks for a name and seats the student) or the tournament (which registers them).

import {h, fill, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import {t} from '../i18n.js';

/** Where a looked-up code leads in this UI. */
export function destination(found) {
  const id = encodeURIComponent(found.id);
  return found.kind === 'tournament' ? `#/tournament/${id}` : `#/play/${id}`;
}

export function mount(root, {code}) {
  let gone = false;
  const input = h('input', {name: 'code', type: 'text', maxlength: '12', required: true, autocomplete: 'off',
    autocapitalize: 'characters', spellcheck: false, class: 'code-input', value: code ?? '',
    placeholder: 'e.g. K7P M2Q'});
  const form = h('form', {class: 'card narrow', novalidate: true, dataset: {joinByCode: ''}, onsubmit: e => {
    e.preventDefault();
    go(input.value);
  }},
  h('h1', {}, t('joinCode.title')),
  h('p', {}, t('joinCode.about')),
  field(t('lobby.joinCode'), input, {errorFor: 'code'}),
  h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, t('joinCode.continue')),
    h('a', {class: 'button ghost', href: '#/'}, t('nav.backToLobby'))));
  fill(root, form);

  async function go(typed) {
    clearProblems(form);
    if (!typed.trim()) {
      showProblem(form, {field: 'code', message: t('joinCode.enterFirst')});
      input.focus();
      return;
    }
    try {
      const found = await api.lookupJoinCode(typed.trim());
      if (!gone) location.replace(destination(found));
    } catch (e) {
      if (!gone) {
        showProblem(form, {field: 'code', message: e.message});
        input.focus();
      }
    }
  }

  if (code) go(code);
  else input.focus();
  return () => { gone = true; };
}
