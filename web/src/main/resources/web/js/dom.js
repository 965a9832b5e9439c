import {t, has} from './i18n.js';

// Building DOM without HTML strings: every piece of text becomes a text node, so names and messages
// from other people can never turn into markup. Nothing here parses HTML.

/**
 * h('tr', {class: 'row', dataset: {firm: 3}, onclick: fn}, 'text', child, [more])
 * Props: class, dataset, text, on<event> (functions only), properties the element has (value,
 * disabled, checked, ...) and plain attributes. No style attributes (the CSP forbids them).
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') {
      el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (key === 'dataset') {
      for (const [k, v] of Object.entries(value)) if (v !== undefined && v !== null) el.dataset[k] = String(v);
    } else if (key === 'text') {
      el.textContent = String(value);
    } else if (key.startsWith('on')) {
      if (typeof value !== 'function') throw new TypeError(`${key} must be a function`);
      el.addEventListener(key.slice(2), value);
    } else if (key === 'style') {
      throw new TypeError('no style attributes: use classes or setVar()');
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces an element's children. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** Sets a CSS custom property through the CSSOM (allowed by the CSP, unlike style attributes). */
export function setVar(el, name, value) {
  el.style.setProperty(name, String(value));
  return el;
}

export function text(el, value) {
  const s = String(value ?? '');
  if (el.textContent !== s) el.textContent = s;
  return el;
}

/** A status badge: OPEN, RUNNING, PAUSED, FINISHED, ACTIVE, BANKRUPT. */
export function badge(status) {
  const s = String(status ?? '').toUpperCase();
  return h('span', {class: `badge badge-${s.toLowerCase()}`, dataset: {status: s}}, statusText(s));
}

/** A status as people read it, in the page's language (the API's word for one it does not know). */
export function statusText(status) {
  const key = `status.${String(status ?? '').toLowerCase()}`;
  return has(key) ? t(key) : String(status ?? '').toLowerCase();
}

export function field(label, input, {hint, errorFor} = {}) {
  return h('label', {class: 'field'},
    h('span', {class: 'field-label'}, label),
    input,
    hint ? h('span', {class: 'field-hint'}, hint) : null, // text, or a node the caller updates
    errorFor ? h('span', {class: 'field-error', dataset: {errorFor}, role: 'alert'}) : null);
}

/**
 * A form's outcome ("Filled: 60 units."), marked with the round it happened in. It stays through the
 * next round and goes after that ({@link expireOutcome}), so an old outcome never passes for news.
 */
export function showOutcome(el, round, text) {
  el.dataset.round = round ?? '';
  el.textContent = round ? t('common.inRound', {text, round}) : text;
}

/** Clears an outcome once the round after the one it happened in is over too. */
export function expireOutcome(el, round) {
  const at = Number(el.dataset.round);
  if (el.textContent && Number.isFinite(at) && at > 0 && round > at + 1) el.textContent = '';
}

/** Shows the server's validation messages next to the field they name, or in the form's own slot. */
export function showProblem(form, error) {
  clearProblems(form);
  const field = (error && error.field) || '';
  const slot = form.querySelector(`[data-error-for="${cssEscape(field)}"]`)
    ?? form.querySelector(`[data-error-for="${cssEscape(field.replace(/\[\d+\]$/, ''))}"]`)
    ?? form.querySelector('[data-error-for="form"]');
  if (slot) {
    slot.textContent = error?.message ?? String(error);
    slot.closest('.field')?.classList.add('has-error');
  }
}

export function clearProblems(form) {
  for (const slot of form.querySelectorAll('[data-error-for]')) {
    slot.textContent = '';
    slot.closest('.field')?.classList.remove('has-error');
  }
}

function cssEscape(s) {
  return window.CSS && CSS.escape ? CSS.escape(s) : s.replace(/["\\\]]/g, '\\$&');
}
