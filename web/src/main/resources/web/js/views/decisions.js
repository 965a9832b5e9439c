// The student's decisions for the round: price (cents per user), giveaway (cents per new user) and
// R&D (dollars this round), with what they would cost or bring at the current users before they are
// applied, and after applying what is in force, with every part a rule of the regulator changed.

import {h, fill, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import {money, signedMoney, cents, count, decimal, centsFromDollars, dollarsFromCents} from '../format.js';
import {previewRound, qualityGain} from '../economics.js';
import {describeAdjustment, describeIntervention} from '../reasons.js';
import {numberOrNull} from './book.js';
import {RemedyFields} from './remedies.js';
import {t, tn} from '../i18n.js';

export class DecisionsForm {
  constructor({matchId, token, onSaved}) {
    this.matchId = matchId;
    this.token = token;
    this.onSaved = onSaved;
    this.dirty = false;
    const input = (name, attrs) => {
      const el = h('input', {name, type: 'number', min: '0', inputmode: 'decimal', ...attrs});
      el.addEventListener('input', () => {
        this.dirty = true;
        this.renderPreview();
      });
      return el;
    };
    this.price = input('price', {step: '1', inputmode: 'numeric', placeholder: t('decisions.pricePlaceholder')});
    this.bounty = input('bounty', {step: '1', inputmode: 'numeric', placeholder: '0'});
    this.rnd = input('rnd', {step: '0.01', placeholder: '0'});
    this.remedies = new RemedyFields(() => {
      this.dirty = true;
    });
    this.save = h('button', {type: 'submit', class: 'primary'}, t('decisions.apply'));
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.adjustments = h('ul', {class: 'adjustments', dataset: {adjustments: ''}, hidden: true});
    this.inForce = h('p', {class: 'hint', dataset: {inForce: ''}});
    this.blocked = h('p', {class: 'form-block', dataset: {blocked: 'decisions'}, hidden: true});
    this.hint = h('p', {class: 'hint', dataset: {decisionsHint: ''}, hidden: true});
    this.preview = h('dl', {class: 'preview', dataset: {preview: ''}});
    this.form = h('form', {class: 'decisions', novalidate: true, onsubmit: e => this.submit(e)},
      h('div', {class: 'decision-fields'},
        field(t('decisions.price'), unit(this.price, null, t('decisions.price.unit')),
          {hint: t('decisions.price.hint'), errorFor: 'price'}),
        field(t('decisions.bounty'), unit(this.bounty, null, t('decisions.bounty.unit')),
          {hint: t('decisions.bounty.hint'), errorFor: 'bounty'}),
        field(t('decisions.rnd'), unit(this.rnd, '$', t('decisions.rnd.unit')), {hint: t('decisions.rnd.hint'), errorFor: 'rnd'})),
      this.remedies.el,
      h('h3', {}, t('decisions.preview')), this.preview,
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      this.blocked, this.hint,
      h('div', {class: 'row'}, this.save, this.result), this.adjustments, this.inForce);
    this.el = h('section', {class: 'card decisions-card'}, h('h2', {}, t('decisions.title')), this.form);
    this.ctx = null;
  }

  /**
   * @param ctx {model, mine, usersPerUnit, fixedCost, innovation, newUsers (expected this round),
   *            blocked (why decisions are not possible now, or null), hint (a note while they are)}
   */
  render(ctx) {
    this.ctx = ctx;
    const {mine, blocked, hint} = ctx;
    if (!mine) return;
    const d = mine.firm.decisions;
    if (!this.dirty && !this.form.contains(document.activeElement)) this.show(d);
    this.inForce.textContent = t('decisions.inForce', {price: cents(d.price), bounty: cents(d.bounty), rnd: money(d.rnd)})
      + RemedyFields.describe(d, money);
    Object.assign(this.inForce.dataset, {price: d.price, bounty: d.bounty, rnd: d.rnd});
    this.blocked.hidden = !blocked;
    this.blocked.textContent = blocked ?? '';
    this.hint.hidden = Boolean(blocked) || !hint;
    this.hint.textContent = hint ?? '';
    this.save.disabled = Boolean(blocked) || this.busy;
    for (const input of [this.price, this.bounty, this.rnd]) input.disabled = Boolean(blocked);
    this.remedies.disable(Boolean(blocked));
    this.renderPreview();
  }

  show(d) {
    this.price.value = d.price;
    this.bounty.value = d.bounty;
    this.rnd.value = dollarsFromCents(d.rnd);
    this.remedies.show(d);
  }

  /** The decisions typed so far (the ones in force for a field left empty). */
  typed() {
    const d = this.ctx?.mine?.firm.decisions ?? {price: 0, bounty: 0, rnd: 0};
    const whole = (v, fallback) => (v === '' ? fallback : Number(v));
    const rnd = centsFromDollars(this.rnd.value);
    return {price: whole(this.price.value, d.price), bounty: whole(this.bounty.value, d.bounty), rnd: rnd ?? d.rnd};
  }

  renderPreview() {
    const ctx = this.ctx;
    if (!ctx?.mine) return;
    const f = ctx.mine.firm;
    const typed = this.typed();
    const users = f.loyalUsers + f.mercenaryUsers;
    if (![typed.price, typed.bounty, typed.rnd].every(Number.isFinite)) {
      fill(this.preview);
      return;
    }
    const p = previewRound({price: typed.price, bounty: typed.bounty, rnd: typed.rnd, users, capacity: f.capacity,
      usersPerUnit: ctx.usersPerUnit, newUsers: ctx.newUsers, fixedCost: ctx.fixedCost,
      computePaid: ctx.model.computePaid(f.firmId)});
    const item = (key, label, value, note, cls = null) => h('div', {class: ['preview-item', cls], dataset: {previewItem: key, value}},
      h('dt', {}, label), h('dd', {}, value === null ? '' : signedMoney(value)), note ? h('dd', {class: 'hint'}, note) : null);
    fill(this.preview,
      item('revenue', t('line.revenue'), p.revenue, p.unserved > 0
        ? t('decisions.revenueShort', {price: cents(typed.price), served: count(p.served), users: count(users)})
        : t('decisions.revenue', {price: cents(typed.price), served: count(p.served)}), p.unserved > 0 ? 'warn' : null),
      item('giveaways', t('line.giveaway'), -p.giveaways, typed.bounty === 0
        ? (ctx.newUsers > 0 ? t('decisions.noGiveawayNew', {n: count(ctx.newUsers)}) : t('decisions.noGiveaway'))
        : ctx.newUsers > 0
          ? t('decisions.giveawayTo', {bounty: cents(typed.bounty), n: count(ctx.newUsers), cost: money(p.giveaways)})
          : t('decisions.giveawayEach', {bounty: cents(typed.bounty), per: money(typed.bounty * 1000)})),
      item('rnd', t('line.rnd'), -typed.rnd, typed.rnd > 0
        ? t('decisions.qualityGain', {gain: decimal(qualityGain(typed.rnd, ctx.innovation), 3)}) : t('decisions.qualityDecays')),
      item('fixedCost', t('line.fixedCost'), -ctx.fixedCost, t('decisions.everyRound')),
      item('compute', t('decisions.computeBought'), -p.computePaid, t('decisions.alreadyPaid')),
      item('net', t('decisions.net'), p.net, null, p.net < 0 ? 'bad' : 'good'));
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    this.adjustments.hidden = true;
    const rndCents = centsFromDollars(this.rnd.value);
    const body = {price: numberOrNull(this.price.value), bounty: numberOrNull(this.bounty.value),
      rnd: rndCents === null && this.rnd.value.trim() !== '' ? this.rnd.value : rndCents, ...this.remedies.body()};
    this.busy = true;
    this.save.disabled = true;
    try {
      const answer = await api.decisions(this.matchId, this.token, body);
      this.dirty = false;
      this.show(answer);
      const changed = answer.adjustments ?? [];
      this.result.dataset.adjusted = changed.length;
      this.result.textContent = changed.length
        ? tn('decisions.appliedInPart', changed.length)
        : t('decisions.saved');
      const name = id => this.ctx?.model.firmName(id) ?? t('common.firmN', {id});
      fill(this.adjustments, changed.map(a => h('li', {class: 'adjustment', dataset: {field: a.field, code: a.code,
        requested: a.requested, applied: a.applied}},
      h('strong', {}, describeAdjustment(a)), ' ',
      a.intervention ? h('span', {class: 'rule-reason'}, describeIntervention(a.intervention, name)) : null)));
      this.adjustments.hidden = !changed.length;
      this.onSaved();
    } catch (e) {
      showProblem(this.form, e);
    } finally {
      this.busy = false;
      this.save.disabled = Boolean(this.ctx?.blocked);
    }
  }
}

/** An input with its unit printed beside it ("$" before, "¢ per user" after). */
function unit(input, before, after) {
  return h('span', {class: 'with-unit'}, before ? h('span', {class: 'unit'}, before) : null, input,
    after ? h('span', {class: 'unit'}, after) : null);
}
