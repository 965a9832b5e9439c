import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import {MESSAGES} from '../../main/resources/web/js/messages.js';
import {t, tn, setLocale, locale, localeFor} from '../../main/resources/web/js/i18n.js';

const placeholders = text => [...text.matchAll(/\{(\w+)\}/g)].map(m => m[1]).sort();

test('every key exists in both locales, with the same placeholders and some text', () => {
  const en = Object.keys(MESSAGES.en).sort();
  const zh = Object.keys(MESSAGES['zh-CN']).sort();
  assert.deepEqual(zh, en);
  for (const key of en) {
    assert.ok(MESSAGES.en[key].trim() && MESSAGES['zh-CN'][key].trim(), key);
    assert.deepEqual(placeholders(MESSAGES['zh-CN'][key]), placeholders(MESSAGES.en[key]), key);
  }
});

test('every key the UI asks for is in the catalogue', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../main/resources/web/js');
  const files = [];
  const walk = dir => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js') && name !== 'messages.js') files.push(path);
    }
  };
  walk(root);
  const asked = new Set();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bt\('([\w.-]+)'/g)) asked.add(m[1]);
    for (const m of source.matchAll(/\btn\('([\w.-]+)'/g)) { asked.add(`${m[1]}.one`); asked.add(`${m[1]}.other`); }
  }
  assert.ok(asked.size > 100, `only ${asked.size} keys found`);
  for (const key of asked) assert.ok(key in MESSAGES.en, `missing key ${key}`);
});

test('placeholders are filled, plurals chosen, and the browser language picks the default', () => {
  assert.equal(locale(), 'en');
  assert.equal(t('nav.playingAs', {name: 'Ada'}), 'Playing as Ada');
  assert.equal(tn('teacher.players', 1), '1 player');
  assert.equal(tn('teacher.players', 3), '3 players');
  setLocale('zh-CN');
  assert.equal(t('nav.playingAs', {name: 'Ada'}), '当前玩家：Ada');
  setLocale('en');
  assert.throws(() => t('no.such.key'), RangeError);
  assert.equal(localeFor('zh-TW'), 'zh-CN');
  assert.equal(localeFor('en-GB'), 'en');
  assert.equal(localeFor(undefined), 'en');
});

test('the catalogue merges its pages with no key defined twice, each page in both languages', async () => {
  const {PARTS} = await import('../../main/resources/web/js/messages.js');
  const seen = new Map();
  for (const [part, texts] of Object.entries(PARTS)) {
    assert.deepEqual(Object.keys(texts['zh-CN']).sort(), Object.keys(texts.en).sort(), `${part} has other keys in Chinese`);
    for (const key of Object.keys(texts.en)) {
      assert.ok(!seen.has(key), `${key} is in ${seen.get(key)} and ${part}`);
      seen.set(key, part);
    }
  }
  assert.equal(seen.size, Object.keys(MESSAGES.en).length);
});

test('no Chinese text leaves an English word untranslated (names of things excepted)', () => {
  const names = /ARENA_ADMIN_TOKEN|data-dir|admin-token|Weng-Lin|Plackett-Luce|HTML|HHI|CSV|\bAI\b|\bID\b/g;
  for (const [key, text] of Object.entries(MESSAGES['zh-CN'])) {
    const words = text.replace(/\{\w+\}/g, '').replace(names, '').match(/[A-Za-z]{2,}/g);
    assert.equal(words, null, `${key}: ${text}`);
  }
});
