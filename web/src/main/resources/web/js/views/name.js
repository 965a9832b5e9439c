// Forms that need the player's name first (join a match, enter a tournament): one submit handler
// that checks the name, remembers it, does the action and shows the server's refusal in the form.

import {showProblem, clearProblems} from '../dom.js';
import * as session from '../session.js';
import {t} from '../i18n.js';

/**
 * @param form   () => the form (it is built after its handler)
 * @param input  the name field
 * @param action async (name) => what the form does with it
 */
export function submitWithName(form, input, action) {
  return async e => {
    e.preventDefault();
    clearProblems(form());
    const chosen = input.value.trim();
    if (!chosen) {
      showProblem(form(), {field: 'name', message: t('name.first')});
      input.focus();
      return;
    }
    try {
      session.chooseName(chosen);
      await action(chosen);
    } catch (err) {
      showProblem(form(), err);
    }
  };
}
