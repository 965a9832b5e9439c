// The regulator's interventions in force (from the match view, kept current by the events): what,
// on whom, how much, which rounds and why.

import {h, fill} from '../dom.js';
import {humanize, describeUntil, describeValue, describeRounds} from '../model.js';
import {describeIntervention} from '../reasons.js';
import {t} from '../i18n.js';

/**
 * @param options firmId: only the rules that apply to this firm (all firms' rules included);
 *                title: the heading; empty: what to say when none applies (else the list hides)
 */
export function renderRules(el, model, {firmId = null, title = t('rules.inForce'), empty = null} = {}) {
  const rules = (model.interventions ?? []).filter(r => firmId === null || typeof r.firmId !== 'number'
    || r.firmId < 0 || r.firmId === firmId);
  el.hidden = rules.length === 0 && !empty;
  fill(el, rules.length || empty ? h('li', {class: 'rules-heading'}, h('h3', {}, title)) : null,
    rules.length ? null : h('li', {class: 'rule rule-none'}, empty),
    rules.map(r => {
      const rule = r.rule ?? r.kind;
      const until = r.until ?? r.untilRound;
      const who = typeof r.firmId === 'number' ? (r.firmId < 0 ? t('reason.allFirms') : model.firmName(r.firmId)) : null;
      const value = describeValue(rule, r.value);
      const rounds = typeof r.fromRound === 'number' ? describeRounds(r.fromRound, until)
        : until !== undefined && until !== null ? t('rules.until', {until: describeUntil(until)}) : null;
      return h('li', {class: 'rule', dataset: {rule: rule ?? '', firm: r.firmId}},
        h('strong', {}, rule ? humanize(rule) : t('rules.intervention')),
        value ? h('span', {class: 'rule-value'}, ` · ${value}`) : null,
        who ? h('span', {class: 'rule-who'}, ` · ${who}`) : null,
        rounds ? h('span', {class: 'rule-until'}, ` · ${rounds}`) : null,
        r.reason || r.figures?.length
          ? h('p', {class: 'rule-reason'}, describeIntervention(r, id => model.firmName(id))) : null);
    }));
}
