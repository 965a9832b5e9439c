// The choices of a match played with the article's remedies, posted with the decisions: the model the
// firm serves with, its focus use case, the firm it licenses from, the fee it asks for its own
// general model, consortium membership and safety spend. Shown only in such a match (the firm's
// decisions then carry a model).

import {h, field} from '../dom.js';
import {centsFromDollars, dollarsFromCents} from '../format.js';

/** The use cases of the remedies' default rules, by index. */
export const USE_CASES = ['general assistant', 'coding', 'education', 'health'];

export const MODELS = [
  ['NONE', 'Basic open model (free, quality ×1.0)'],
  ['GENERAL', 'Train your own general model (60 compute units a round, ×1.8 everywhere)'],
  ['SPECIALIZED', 'Train your own specialized model (15 units a round, ×2.4 in your focus)'],
  ['LICENSED', "License a rival's general model (its fee per served user, ×1.8 everywhere)"],
  ['PUBLIC', 'Public specialized model (1¢ per served user, ×2.4 in your focus)'],
];

/** Whether these decisions are those of a match with the remedies. */
export function hasRemedies(decisions) {
  return decisions != null && typeof decisions.model === 'string';
}

export class RemedyFields {
  constructor(onInput) {
    const changed = () => {
      this.renderVisibility();
      onInput();
    };
    this.model = h('select', {name: 'model', onchange: changed},
      ...MODELS.map(([value, label]) => h('option', {value}, label)));
    this.focus = h('select', {name: 'focus', onchange: changed},
      ...USE_CASES.map((name, i) => h('option', {value: String(i)}, name)));
    this.licensor = h('input', {name: 'licensor', type: 'number', min: '0', step: '1', inputmode: 'numeric',
      placeholder: 'firm #', oninput: changed});
    this.licenseFee = h('input', {name: 'licenseFee', type: 'number', min: '0', step: '1', inputmode: 'numeric',
      placeholder: '0', oninput: changed});
    this.consortium = h('input', {name: 'consortium', type: 'checkbox', onchange: changed});
    this.safety = h('input', {name: 'safety', type: 'number', min: '0', step: '0.01', inputmode: 'decimal',
      placeholder: '0', oninput: changed});
    this.licensorField = field('Licensed from', this.licensor,
      {hint: 'the firm # whose general model you serve (it must train one)', errorFor: 'licensor'});
    this.focusField = field('Focus use case', this.focus,
      {hint: 'where a specialized or public model gives its best quality', errorFor: 'focus'});
    this.el = h('fieldset', {class: 'remedy-fields', dataset: {remedies: ''}, hidden: true},
      h('legend', {}, "The article's remedies"),
      field('Model', this.model, {hint: 'your quality in each use case comes from the model you serve', errorFor: 'model'}),
      this.focusField, this.licensorField,
      field('License fee', h('span', {class: 'with-unit'}, this.licenseFee, h('span', {class: 'unit'}, '¢ per served user')),
        {hint: 'what rivals pay you to license your own general model', errorFor: 'licenseFee'}),
      field('Safety', h('span', {class: 'with-unit'}, h('span', {class: 'unit'}, '$'), this.safety,
        h('span', {class: 'unit'}, 'a round')),
      {hint: 'cuts the chance of an incident (about 0.6¢ per user keeps it low)', errorFor: 'safety'}),
      h('label', {class: 'field check'}, this.consortium,
        h('span', {class: 'field-label'}, 'Member of the research consortium'),
        h('span', {class: 'field-hint'}, "share R&D results with the other members; the regulator watches members' prices")));
  }

  /** Shows the fields in a match with the remedies, filled with the choices in force. */
  show(decisions) {
    this.el.hidden = !hasRemedies(decisions);
    if (this.el.hidden) return;
    this.model.value = decisions.model;
    this.focus.value = String(decisions.focus ?? 0);
    this.licensor.value = decisions.licensor >= 0 ? decisions.licensor : '';
    this.licenseFee.value = decisions.licenseFee ?? 0;
    this.consortium.checked = Boolean(decisions.consortium);
    this.safety.value = dollarsFromCents(decisions.safety ?? 0);
    this.renderVisibility();
  }

  renderVisibility() {
    this.licensorField.hidden = this.model.value !== 'LICENSED';
    this.focusField.hidden = !['SPECIALIZED', 'PUBLIC'].includes(this.model.value);
  }

  disable(disabled) {
    for (const input of [this.model, this.focus, this.licensor, this.licenseFee, this.consortium, this.safety]) {
      input.disabled = disabled;
    }
  }

  /** The choices to post, or an empty object outside a match with the remedies. */
  body() {
    if (this.el.hidden) return {};
    const whole = v => (v.trim() === '' ? 0 : Number(v));
    const safety = centsFromDollars(this.safety.value);
    return {model: this.model.value, focus: Number(this.focus.value),
      licensor: this.model.value === 'LICENSED' ? whole(this.licensor.value) : -1,
      licenseFee: whole(this.licenseFee.value), consortium: this.consortium.checked,
      safety: safety === null && this.safety.value.trim() !== '' ? this.safety.value : (safety ?? 0)};
  }

  /** "model LICENSED from firm #0, consortium member, safety $500.00 a round". */
  static describe(d, money) {
    if (!hasRemedies(d)) return '';
    const model = d.model === 'LICENSED' ? `licensed from firm #${d.licensor}`
      : ['SPECIALIZED', 'PUBLIC'].includes(d.model) ? `${d.model.toLowerCase()} for ${USE_CASES[d.focus] ?? `use case ${d.focus}`}`
        : d.model === 'GENERAL' ? `own general model (license fee ${d.licenseFee}¢)` : 'basic model';
    return ` Model: ${model}; ${d.consortium ? 'consortium member' : 'not in the consortium'}; safety ${money(d.safety)} a round.`;
  }
}
