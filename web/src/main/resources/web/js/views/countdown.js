// The round clock: time left until the next tick, from the server's deadline.

import {h} from '../dom.js';
import {clock} from '../format.js';
import {serverNow} from '../clock.js';
import {t} from '../i18n.js';

export class Countdown {
  constructor() {
    this.el = h('div', {class: 'countdown', role: 'timer', 'aria-live': 'off'},
      h('span', {class: 'countdown-label'}), h('span', {class: 'countdown-time'}));
    this.summary = null;
    this.timer = setInterval(() => this.tick(), 250);
  }

  set(summary, remainingMillis = 0) {
    this.summary = summary;
    this.remaining = remainingMillis;
    this.tick();
  }

  tick() {
    const s = this.summary;
    if (!s) return;
    const [label, time] = this.el.children;
    let left = null;
    let caption;
    if (s.status === 'RUNNING' && s.deadline > 0) {
      left = s.deadline - serverNow();
      caption = t('clock.endsIn', s);
    } else if (s.status === 'PAUSED') {
      left = this.remaining;
      caption = t('clock.paused');
    } else if (s.status === 'OPEN') {
      caption = t('clock.waiting');
    } else {
      caption = t('clock.over');
    }
    label.textContent = caption;
    time.textContent = left === null ? '' : clock(left);
    this.el.classList.toggle('urgent', s.status === 'RUNNING' && left !== null && left < 5_000);
    this.el.dataset.status = s.status;
  }

  destroy() {
    clearInterval(this.timer);
  }
}
