// The UI's language: English or Simplified Chinese, from the browser's language until the visitor
// chooses (remembered in this browser). Every text goes through t(key, params) and the one
// catalogue in messages.js; a key missing in a language falls back to English.

import {MESSAGES} from './messages.js';

export const LOCALES = [{code: 'en', label: 'English'}, {code: 'zh-CN', label: '中文'}];
const KEY = 'arena.locale';

function saved() {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? null;
  } catch {
    return null;
  }
}

/** The locale for a browser language tag (navigator.language): Chinese for zh*, else English. */
export function localeFor(tag) {
  return String(tag ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

let current = MESSAGES[saved()] ? saved() : localeFor(globalThis.navigator?.language);

export function locale() {
  return current;
}

/** Switches the language and remembers the choice. */
export function setLocale(code) {
  if (!MESSAGES[code]) throw new RangeError(`unknown locale ${code}`);
  current = code;
  try {
    globalThis.localStorage?.setItem(KEY, code);
  } catch {
    // storage disabled: the choice lasts until the page is reloaded
  }
  if (globalThis.document) document.documentElement.lang = code;
}

/** The text of `key` in the current language, with {name} placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key];
  if (text === undefined) throw new RangeError(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** `key.one` or `key.other` by the count n (Chinese has one form; both keys exist). */
export function tn(key, n, params = {}) {
  return t(`${key}.${n === 1 ? 'one' : 'other'}`, {n, ...params});
}

/** Whether the catalogue has a text for `key`. */
export function has(key) {
  return key in MESSAGES.en;
}

/**
 * The text of `key` as parts, for a text with elements in it: each {name} is replaced by
 * params[name] as it is (a DOM node stays a node), the rest are strings. h() appends the parts.
 */
export function tparts(key, params = {}) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key];
  if (text === undefined) throw new RangeError(`no message ${key}`);
  return text.split(/(\{\w+\})/).filter(Boolean)
    .map(part => (/^\{\w+\}$/.test(part) && part.slice(1, -1) in params ? params[part.slice(1, -1)] : part));
}
