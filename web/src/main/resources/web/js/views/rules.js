// The regulator's interventions in force (from the match view, kept current by the events).

import {h, fill} from '../dom.js';
import {humanize, describeUntil} from '../model.js';

export function renderRules(el, model) {
  const rules = model.interventions ?? [];
  el.hidden = rules.length === 0;
  fill(el, rules.length ? h('h3', {}, 'In force now') : null, rules.map(r => {
    const rule = r.rule ?? r.kind;
    const until = r.until ?? r.untilRound;
    const who = typeof r.firmId === 'number' ? (r.firmId < 0 ? 'all firms' : model.firmName(r.firmId)) : null;
    return h('li', {class: 'rule', dataset: {rule: rule ?? ''}},
      h('strong', {}, rule ? humanize(rule) : 'intervention'),
      who ? h('span', {class: 'rule-who'}, ` · ${who}`) : null,
      until !== undefined && until !== null ? h('span', {class: 'rule-until'}, ` · until ${describeUntil(until)}`) : null,
      r.reason ? h('p', {class: 'rule-reason'}, r.reason) : null);
  }));
}
