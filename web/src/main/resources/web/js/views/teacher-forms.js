// The teacher console's forms: create a match (a preset, then any setting, the regulator's
// thresholds included) and switch a running match's regulator.

import {h, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import {STRATEGIES, POLICIES, PRESETS, THRESHOLD_GROUPS, policyAbout, policyLabel, describeSettings} from '../catalog.js';
import {t} from '../i18n.js';
import {remedyThresholdGroup} from '../remedy-thresholds.js';

/** Create a match: a preset fills in the defaults; every field can be changed. */
export class CreateForm {
  constructor(admin, onCreated) {
    this.admin = admin;
    this.onCreated = onCreated;
    const preset = PRESETS[0];
    this.preset = h('select', {name: 'preset'}, PRESETS.map(p => h('option', {value: p.name}, p.label)));
    this.presetHint = h('span', {}, preset.about);
    this.name = h('input', {name: 'name', type: 'text', maxlength: '64', placeholder: t('create.namePlaceholder')});
    this.rounds = h('input', {name: 'rounds', type: 'number', min: '1', step: '1', value: String(preset.rounds)});
    this.roundSeconds = h('input', {name: 'roundSeconds', type: 'number', min: '0.1', step: '0.1',
      value: String(preset.roundMillis / 1000)});
    this.seats = h('input', {name: 'seats', type: 'number', min: '2', max: '32', step: '1', value: String(preset.seats)});
    this.seed = h('input', {name: 'seed', type: 'number', min: '0', step: '1', placeholder: t('create.seedPlaceholder')});
    this.policy = policySelect();
    this.policyHint = h('span', {dataset: {policyAbout: ''}}, POLICIES[0].about);
    this.thresholds = new Thresholds('create');
    this.rules = h('select', {name: 'rules'}, ['', 'classic', 'remedies'].map(value =>
      h('option', {value}, t(`remedies.teacher.rules.${value || 'default'}`))));
    this.policy.addEventListener('change', () => {
      this.policyHint.textContent = policyAbout(this.policy.value);
      this.thresholds.highlight(this.policy.value);
    });
    this.thresholds.highlight(this.policy.value);
    this.bots = STRATEGIES.map(s => ({strategy: s.name,
      input: h('input', {name: `bots-${s.name}`, type: 'number', min: '0', max: '32', step: '1', value: '0',
        dataset: {strategy: s.name}})}));
    this.preset.addEventListener('change', () => {
      const p = PRESETS.find(x => x.name === this.preset.value);
      this.roundSeconds.value = String(p.roundMillis / 1000);
      this.seats.value = String(p.seats);
      this.presetHint.textContent = p.about;
    });
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.form = h('form', {class: 'create', novalidate: true, dataset: {createMatch: ''}, onsubmit: e => this.submit(e)},
      field(t('create.preset'), this.preset, {errorFor: 'preset', hint: this.presetHint}),
      field(t('create.name'), this.name, {errorFor: 'name'}),
      h('div', {class: 'row'},
        field(t('create.rounds'), this.rounds, {errorFor: 'rounds'}),
        field(t('create.roundSeconds'), this.roundSeconds, {errorFor: 'roundMillis'}),
        field(t('create.seats'), this.seats, {errorFor: 'maxFirms'})),
      field(t('create.policy'), this.policy, {errorFor: 'policy', hint: this.policyHint}),
      field(t('remedies.teacher.rules'), this.rules, {errorFor: 'rules', hint: t('remedies.teacher.rulesHint')}),
      this.thresholds.el,
      h('fieldset', {class: 'bots'}, h('legend', {}, t('create.bots')),
        h('p', {class: 'hint'}, t('create.botsHint')),
        h('div', {class: 'bot-rows'}, this.bots.map(b => {
          const s = STRATEGIES.find(x => x.name === b.strategy);
          return h('label', {class: 'bot-row', title: s.about}, h('span', {class: 'bot-name'}, s.label), b.input,
            h('span', {class: 'bot-about'}, s.about));
        })),
        h('span', {class: 'field-error', dataset: {errorFor: 'houseBots'}, role: 'alert'})),
      field(t('create.seed'), this.seed, {errorFor: 'seed', hint: t('create.seedHint')}),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, t('create.submit')), this.result));
    this.el = h('section', {class: 'card create-card'}, h('h2', {}, t('create.title')), this.form);
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    const houseBots = [];
    for (const b of this.bots) {
      const n = Math.max(0, Math.floor(Number(b.input.value) || 0));
      for (let i = 0; i < n; i++) houseBots.push(b.strategy);
    }
    const number = v => (v === '' ? undefined : Number(v));
    const config = {
      preset: this.preset.value,
      name: this.name.value.trim() || undefined,
      rounds: number(this.rounds.value),
      roundMillis: this.roundSeconds.value === '' ? undefined : Math.round(Number(this.roundSeconds.value) * 1000),
      seats: number(this.seats.value),
      seed: number(this.seed.value),
      houseBots,
      policy: this.policy.value,
      policySettings: this.thresholds.values(),
      rules: this.rules.value || undefined,
    };
    try {
      const created = await api.createMatch(this.admin(), config);
      this.result.textContent = t('create.created', {id: created.matchId});
      this.name.value = '';
      this.onCreated(created.matchId);
    } catch (e) {
      const problems = e.problem?.problems;
      showProblem(this.form, e);
      this.thresholds.revealProblems();
      if (Array.isArray(problems)) {
        for (const p of problems.slice(1)) {
          const slot = this.form.querySelector(`[data-error-for="${p.field}"]`);
          if (slot && !slot.textContent) slot.textContent = `${p.field} ${p.message}`;
        }
      }
    }
  }
}

function policySelect(value) {
  return h('select', {name: 'policy'}, POLICIES.map(p =>
    h('option', {value: p.name, title: p.about, selected: p.name === value}, p.label)));
}

/**
 * The regulator's thresholds, collapsed by default: empty inputs keep the server's defaults (shown as
 * placeholders); only the ones filled in are sent, as policySettings. Errors for
 * "policySettings.<name>" appear next to their input.
 */
class Thresholds {
  constructor(id, note = t('thresholds.note')) {
    this.inputs = [];
    this.groups = [...THRESHOLD_GROUPS, remedyThresholdGroup()].map(g => {
      const fields = g.fields.map(f => {
        const input = f.choice
          ? h('select', {name: `policySettings.${f.name}`, dataset: {threshold: f.name}},
            f.choice.map(([value, label]) => h('option', {value}, label)))
          : h('input', {name: `policySettings.${f.name}`, type: 'number', step: f.step, min: '0',
            placeholder: String(f.def), inputmode: 'decimal', dataset: {threshold: f.name}});
        this.inputs.push({name: f.name, input, cents: Boolean(f.cents), choice: Boolean(f.choice)});
        return h('label', {class: 'field threshold', title: f.hint},
          h('span', {class: 'field-label'}, f.label), input,
          h('span', {class: 'field-hint'}, f.hint),
          h('span', {class: 'field-error', dataset: {errorFor: `policySettings.${f.name}`}, role: 'alert'}));
      });
      const el = h('fieldset', {class: 'threshold-group'}, h('legend', {}, g.label),
        h('div', {class: 'threshold-grid'}, fields));
      return {policies: g.policies, el};
    });
    this.note = h('p', {class: 'hint'});
    this.el = h('details', {class: 'thresholds', dataset: {thresholds: id}},
      h('summary', {}, t('thresholds.title'), h('span', {class: 'sub'}, t('thresholds.optional'))),
      h('p', {class: 'hint'}, t('thresholds.shares', {note})),
      this.note,
      this.groups.map(g => g.el),
      h('span', {class: 'field-error', dataset: {errorFor: 'policySettings'}, role: 'alert'}));
  }

  /** Dims the groups the chosen policy does not use. */
  highlight(policy) {
    for (const g of this.groups) g.el.classList.toggle('unused', !g.policies.includes(policy));
    this.note.textContent = policy === 'laissez-faire' ? t('thresholds.laissez') : '';
  }

  values() {
    const out = {};
    for (const {name, input, cents, choice} of this.inputs) {
      if (choice) {
        if (input.value !== '') out[name] = input.value === 'true';
        continue;
      }
      const n = Number(input.value);
      if (input.value.trim() !== '' && Number.isFinite(n)) out[name] = cents ? Math.round(n * 100) : n;
    }
    return Object.keys(out).length ? out : undefined;
  }

  count() {
    return Object.keys(this.values() ?? {}).length;
  }

  /** Opens the section when the server named one of its thresholds. */
  revealProblems() {
    if ([...this.el.querySelectorAll('.field-error')].some(slot => slot.textContent)) this.el.open = true;
  }
}

/** Switches the regulator of the selected match (POST /api/matches/{id}/policy) and shows the answer. */
export class PolicySwitch {
  constructor(admin, match, expired, onSwitched) {
    this.admin = admin;
    this.matchId = match.matchId;
    this.expired = expired;
    this.onSwitched = onSwitched;
    this.current = h('strong', {dataset: {currentPolicy: ''}});
    this.policy = policySelect(match.policy);
    this.hint = h('span', {}, policyAbout(match.policy));
    this.thresholds = new Thresholds('switch',
      t('thresholds.switchNote'));
    this.thresholds.highlight(match.policy);
    this.policy.addEventListener('change', () => {
      this.hint.textContent = policyAbout(this.policy.value);
      this.thresholds.highlight(this.policy.value);
    });
    this.button = h('button', {type: 'submit', class: 'primary'}, t('switch.submit'));
    this.result = h('p', {class: 'form-result', role: 'status', dataset: {policyResult: ''}});
    this.form = h('form', {class: 'policy-switch', novalidate: true, dataset: {policySwitch: match.matchId},
      onsubmit: e => this.submit(e)},
    h('div', {class: 'row'},
      field(t('switch.newPolicy'), this.policy, {errorFor: 'policy'}),
      h('div', {class: 'field switch-action'}, this.button)),
    h('p', {class: 'field-hint switch-about'}, this.hint),
    this.thresholds.el,
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
    this.result);
    this.el = h('div', {class: 'regulator-panel'},
      h('h3', {}, t('switch.title')),
      h('p', {class: 'policy-now'}, t('switch.inForce'), this.current, ' ', h('span', {class: 'sub'}, t('switch.nextRound'))),
      this.form);
    this.update(match);
  }

  update(match) {
    this.current.textContent = policyLabel(match.policy);
    this.current.dataset.currentPolicy = match.policy;
    const over = match.status === 'FINISHED';
    this.button.disabled = Boolean(over || this.busy);
    this.button.title = over ? t('notes.finished') : '';
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    this.result.classList.remove('error');
    this.busy = true;
    this.button.disabled = true;
    try {
      const answer = await api.changePolicy(this.admin(), this.matchId, this.policy.value, this.thresholds.values());
      this.current.textContent = policyLabel(answer.policy);
      const about = describeSettings(answer.policy, answer.settings);
      this.result.textContent = t(about ? 'switch.nowWith' : 'switch.now', {policy: policyLabel(answer.policy), about});
      this.onSwitched();
    } catch (e) {
      if (!this.expired(e)) {
        showProblem(this.form, e);
        this.thresholds.revealProblems();
      }
    } finally {
      this.busy = false;
      this.button.disabled = false;
    }
  }
}
