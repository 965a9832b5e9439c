// node --test web/src/test/js — a rule's value in the feed's facts, for the remedies' standing rules too.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {describeValue, valueLabel} from '../../main/resources/web/js/model.js';
import {setLocale} from '../../main/resources/web/js/i18n.js';

afterEach(() => setLocale('en'));

const standing = [
  ['LEVY', 300, 'levy', '3.0% of revenue'],
  ['BASIC_RESEARCH', 250_000, 'basic research', '$2,500 a round'],
  ['RND_GRANT', 40_000, 'grant', '$400 a round'],
  ['SAFETY_STANDARD', 500, 'safety spend', '0.5¢ per user a round at least'],
  ['PUBLIC_FARMS', 0b1011, 'public models', '3 use cases'],
];

for (const [kind, value, label, text] of standing) {
  test(`${kind}'s value reads "${text}"`, () => {
    assert.equal(valueLabel(kind), label);
    assert.equal(describeValue(kind, value), text);
  });
}

test('the standing rules\' values and labels read in Chinese', () => {
  setLocale('zh-CN');
  for (const [kind, value] of standing) {
    const text = `${valueLabel(kind)} ${describeValue(kind, value)}`;
    assert.doesNotMatch(text, /[A-Za-z]{3,}/, text);
  }
  assert.equal(describeValue('LEVY', 300), '收入的 3.0%');
});

test('a consortium ban has no value to show', () => {
  assert.equal(describeValue('CONSORTIUM_BAN', 0), '');
  assert.equal(valueLabel('CONSORTIUM_BAN'), 'value');
});
