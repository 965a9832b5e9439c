// The teacher's latest message, shown prominently until dismissed.

import {h, fill} from '../dom.js';
import {timeOfDay} from '../format.js';
import {t} from '../i18n.js';

export function messageBanner({large = false} = {}) {
  const el = h('div', {class: ['banner', large && 'large'], role: 'status', hidden: true, dataset: {banner: ''}});
  let shownSeq = null;
  let dismissedSeq = null;
  return {
    el,
    show(message) {
      if (!message || message.seq === dismissedSeq) {
        el.hidden = true;
        return;
      }
      el.hidden = false;
      if (message.seq === shownSeq) return;
      shownSeq = message.seq;
      fill(el,
        h('span', {class: 'banner-icon', 'aria-hidden': 'true'}, '✉'),
        h('div', {class: 'banner-body'},
          h('span', {class: 'banner-from'}, t('banner.from', {time: timeOfDay(message.at)})),
          h('p', {class: 'banner-text'}, message.text)),
        large ? null : h('button', {type: 'button', class: 'small ghost', 'aria-label': t('banner.dismiss'),
          onclick: () => { dismissedSeq = message.seq; el.hidden = true; }}, '✕'));
    },
  };
}
