// The regulator feed: interventions with their reasons, the teacher's messages, bankruptcies, the
// match's lifecycle and (optionally) one line per settled round. Newest first; text only.

import {h, fill} from '../dom.js';
import {timeOfDay} from '../format.js';
import {firmColor} from '../colors.js';
import {t} from '../i18n.js';

const ICONS = {message: '✉', intervention: '⚖', bankruptcy: '✕', lifecycle: '●', round: '◦', seat: '+'};

/**
 * @param items   model.feed entries
 * @param options rounds: include round reports; seats: include joins; limit; upto: rounds settled shown (replay)
 */
export function renderFeed(el, items, {rounds = true, seats = false, limit = 80, upto = Infinity} = {}) {
  const shown = [];
  for (let i = items.length - 1; i >= 0 && shown.length < limit; i--) {
    const item = items[i];
    if (item.settled > upto) continue;
    if (item.kind === 'round' && !rounds) continue;
    if (item.kind === 'seat' && !seats) continue;
    shown.push(item);
  }
  if (!shown.length) {
    fill(el, h('li', {class: 'feed-empty'}, t('feed.empty')));
    return;
  }
  fill(el, shown.map(item => {
    const icon = h('span', {class: 'feed-icon', 'aria-hidden': 'true'}, ICONS[item.kind] ?? '•');
    if (typeof item.firmId === 'number') icon.style.setProperty('--firm', firmColor(item.firmId));
    return h('li', {class: ['feed-item', `feed-${item.kind}`], dataset: {kind: item.kind, seq: item.seq, event: item.event, rule: item.rule}},
      icon,
      h('div', {class: 'feed-body'},
        h('div', {class: 'feed-head'},
          h('strong', {class: 'feed-title'}, item.title),
          h('span', {class: 'feed-when'}, item.at ? timeOfDay(item.at) : '', item.round ? t('common.roundN', {round: item.round}) : '')),
        item.text ? h('p', {class: 'feed-text'}, item.text) : null,
        item.facts?.length
          ? h('dl', {class: 'feed-facts'}, item.facts.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', {}, v))))
          : null));
  }));
}
