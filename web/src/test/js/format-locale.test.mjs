// node --test web/src/test/js — numbers and money follow the page's language (Intl.NumberFormat with
// the current locale): grouping, compact forms, percentages and the units' words.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {setLocale} from '../../main/resources/web/js/i18n.js';
import {money, signedMoney, moneyShort, moneyExact, shortCount, count, pct, decimal, perUser, unitPrice,
  unitPricePerUser, seconds, cents} from '../../main/resources/web/js/format.js';

afterEach(() => setLocale('en'));

test('English groups thousands, writes compact amounts with M and units in words', () => {
  setLocale('en');
  assert.equal(count(1_234_567), '1,234,567');
  assert.equal(money(123_456_789), '$1,234,568');
  assert.equal(moneyShort(123_456_789), '$1.2M');
  assert.equal(shortCount(1_234_567), '1.2M');
  assert.equal(pct(0.4123), '41.2%');
  assert.equal(decimal(1234.5, 2), '1,234.50');
  assert.equal(perUser(20), '20¢ per user');
  assert.equal(unitPrice(5_500), '$55.00 / unit');
  assert.equal(seconds(1_500), '1.5 s');
});

test('Chinese keeps the dollar amounts but counts in 万 and says the units in Chinese', () => {
  setLocale('zh-CN');
  assert.equal(count(1_234_567), '1,234,567');
  assert.equal(money(123_456_789), '$1,234,568');
  assert.equal(money(-120_000), '−$1,200');
  assert.equal(signedMoney(50_000), '+$500');
  assert.equal(moneyExact(5_500), '$55.00');
  assert.equal(moneyShort(123_456_789), '$123.5万');
  assert.equal(shortCount(1_234_567), '123.5万');
  assert.equal(pct(0.35, 0), '35%');
  assert.equal(cents(8.06), '8.1¢');
  assert.equal(perUser(20), '20¢/用户');
  assert.equal(unitPrice(5_500), '$55.00/单位');
  assert.equal(unitPricePerUser(5_500, 1000), '5.5¢/用户');
  assert.equal(seconds(2_000), '2 秒');
});

test('a switch of language takes effect at the next number, with no stale formatter', () => {
  setLocale('zh-CN');
  assert.equal(shortCount(20_000), '2万');
  setLocale('en');
  assert.equal(shortCount(20_000), '20K');
});
