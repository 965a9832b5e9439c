// The class's join code, for the console and the projector: the code in large type, the address
// students open (one per network address of the arena) and its QR code, drawn from the modules the
// arena computed (no image from elsewhere, nothing parsed as markup).

import {h, fill} from '../dom.js';
import {t} from '../i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A QR code as an SVG: one path of unit squares, one per dark module; scaled by CSS. */
export function qrSvg(rows, label) {
  const size = rows.length;
  const d = [];
  rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) if (row[x] === '1') d.push(`M${x} ${y}h1v1h-1z`);
  });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('class', 'qr');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d.join(''));
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}

/** "K7PM2Q" shown as "K7P M2Q", easier to read out to a class. */
export function spaced(code) {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/**
 * The join panel of a match or tournament. `load()` asks the arena for the code (an admin call);
 * a refusal (the demo, a practice match, a finished one) is shown instead of a code.
 */
export class JoinCodePanel {
  constructor(load, {large = false} = {}) {
    this.load = load;
    this.el = h('div', {class: ['join-code', large && 'large'], dataset: {joinPanel: ''}});
    this.choice = 0;
  }

  async refresh() {
    try {
      this.view = await this.load();
      this.render();
    } catch (e) {
      fill(this.el, h('p', {class: 'muted', dataset: {joinRefused: e.problem?.code ?? ''}}, e.message));
    }
  }

  render() {
    const v = this.view;
    const link = v.links[Math.min(this.choice, v.links.length - 1)];
    const others = v.links.length > 1
      ? h('label', {class: 'field'}, h('span', {class: 'field-label'}, t('joinCode.address')),
        h('select', {name: 'origin', dataset: {joinOrigin: ''}, onchange: e => {
          this.choice = Number(e.target.value);
          this.render();
        }}, v.links.map((l, i) => h('option', {value: String(i), selected: i === this.choice}, l.origin))))
      : null;
    fill(this.el,
      h('div', {class: 'join-text'},
        h('p', {class: 'join-step'}, t('joinCode.open')),
        h('p', {class: 'join-address', dataset: {joinAddress: link.origin}}, link.origin),
        h('p', {class: 'join-step'}, t('joinCode.enter')),
        h('p', {class: 'join-code-value', dataset: {joinCode: v.code}, 'aria-label': t('joinCode.aria', {code: v.code.split('').join(' ')})},
          spaced(v.code)),
        h('p', {class: 'hint'}, t('joinCode.scan'), h('a', {href: link.url, dataset: {joinUrl: link.url}}, t('joinCode.link'))),
        others),
      h('figure', {class: 'join-qr', dataset: {joinQr: link.url}},
        qrSvg(link.qr, t('joinCode.qr', {url: link.url}))));
  }
}
