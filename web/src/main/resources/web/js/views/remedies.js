// The choices of a match played with the article's remedies, posted with the decisions: the model the
// firm serves with, its focus use case, the firm it licenses from, the fee it asks for its own
// general model, consortium membership and safety spend. Shown only in such a match (the firm's
// decisions then carry a model).

import {h, field} from '../dom.js';
import {centsFromDollars, dollarsFromCents} from '../format.js';
import {t} from '../i18n.js';

/** The use cases of the remedies' default rules, by index, with their message keys. */
export const USE_CASES = ['general assistant', 'coding', 'education', 'health'];
const USE_CASE_KEYS = {'general assistant': 'generalAssistant', coding: 'coding', education: 'education', health: 'health'};

export const MODELS = ['NONE', 'GENERAL', 'SPECIALIZED', 'LICENSED', 'PUBLIC'];

/** A use case's name in the UI's language: the match's own name where the catalogue does not know it. */
export function useCaseLabel(name, index) {
  const key = USE_CASE_KEYS[name];
  return key ? t(`remedies.useCase.${key}`) : name ?? t('remedies.useCaseN', {n: index});
}

/** The short name of a model kind ("licensed"), or the code itself for a kind this page does not know. */
export function modelLabel(kind) {
  return MODELS.includes(kind) ? t(`remedies.modelShort.${kind}`) : String(kind);
}

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
      ...MODELS.map(value => h('option', {value}, t(`remedies.model.${value}`))));
    this.focus = h('select', {name: 'focus', onchange: changed},
      ...USE_CASES.map((name, i) => h('option', {value: String(i)}, useCaseLabel(name, i))));
    this.licensor = h('input', {name: 'licensor', type: 'number', min: '0', step: '1', inputmode: 'numeric',
      placeholder: t('remedies.licensorPlaceholder'), oninput: changed});
    this.licenseFee = h('input', {name: 'licenseFee', type: 'number', min: '0', step: '1', inputmode: 'numeric',
      placeholder: '0', oninput: changed});
    this.consortium = h('input', {name: 'consortium', type: 'checkbox', onchange: changed});
    this.safety = h('input', {name: 'safety', type: 'number', min: '0', step: '0.01', inputmode: 'decimal',
      placeholder: '0', oninput: changed});
    this.licensorField = field(t('remedies.licensor'), this.licensor, {hint: t('remedies.licensorHint'), errorFor: 'licensor'});
    this.focusField = field(t('remedies.focus'), this.focus, {hint: t('remedies.focusHint'), errorFor: 'focus'});
    this.el = h('fieldset', {class: 'remedy-fields', dataset: {remedies: ''}, hidden: true},
      h('legend', {}, t('remedies.legend')),
      field(t('remedies.model'), this.model, {hint: t('remedies.modelHint'), errorFor: 'model'}),
      this.focusField, this.licensorField,
      field(t('remedies.licenseFee'), h('span', {class: 'with-unit'}, this.licenseFee,
        h('span', {class: 'unit'}, t('remedies.licenseFeeUnit'))), {hint: t('remedies.licenseFeeHint'), errorFor: 'licenseFee'}),
      field(t('remedies.safety'), h('span', {class: 'with-unit'}, h('span', {class: 'unit'}, '$'), this.safety,
        h('span', {class: 'unit'}, t('remedies.safetyUnit'))), {hint: t('remedies.safetyHint'), errorFor: 'safety'}),
      h('label', {class: 'field check'}, this.consortium,
        h('span', {class: 'field-label'}, t('remedies.consortium')),
        h('span', {class: 'field-hint'}, t('remedies.consortiumHint'))));
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

  /** " Model: licensed from firm #0; consortium member; safety $500.00 a round." */
  static describe(d, money) {
    if (!hasRemedies(d)) return '';
    const useCase = useCaseLabel(USE_CASES[d.focus], d.focus);
    const model = d.model === 'LICENSED' ? t('remedies.describe.licensed', {firm: d.licensor})
      : d.model === 'SPECIALIZED' ? t('remedies.describe.specialized', {useCase})
        : d.model === 'PUBLIC' ? t('remedies.describe.public', {useCase})
          : d.model === 'GENERAL' ? t('remedies.describe.general', {fee: d.licenseFee}) : t('remedies.describe.none');
    return t('remedies.describe', {model, consortium: t(d.consortium ? 'remedies.describe.member' : 'remedies.describe.notMember'),
      safety: money(d.safety)});
  }
}
