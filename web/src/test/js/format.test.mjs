// node --test web/src/test/js — one money language: dollars for amounts, cents per user for prices.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {money, signedMoney, cents, perUser, unitPrice, unitPricePerUser, centsFromDollars, dollarsFromCents}
  from '../../main/resources/web/js/format.js';

test('amounts are dollars: whole dollars from $1,000 up, cents below when there are any', () => {
  assert.equal(money(9_876_543), '$98,765');
  assert.equal(money(-120_000), '−$1,200');
  assert.equal(money(750), '$7.50');
  assert.equal(money(20_000), '$200');
  assert.equal(money(0), '$0');
  assert.equal(money(null), '–');
  assert.equal(signedMoney(50_000), '+$500');
  assert.equal(signedMoney(-50_000), '−$500');
});

test('prices per user are cents, fractions to one decimal, with the unit where asked', () => {
  assert.equal(cents(6), '6¢');
  assert.equal(cents(8.06), '8.1¢');
  assert.equal(cents(1234), '1,234¢');
  assert.equal(perUser(20), '20¢ per user');
});

test('a compute unit is priced in dollars, and what it makes per user beside it', () => {
  assert.equal(unitPrice(5_500), '$55.00 / unit');
  assert.equal(unitPricePerUser(5_500, 1000), '5.5¢ per user');
  assert.equal(unitPricePerUser(5_640, 1000), '5.6¢ per user');
});

test('R&D is typed in dollars and sent in cents', () => {
  assert.equal(centsFromDollars('1,000'), 100_000);
  assert.equal(centsFromDollars('$12.5'), 1_250);
  assert.equal(centsFromDollars(''), null);
  assert.equal(centsFromDollars('lots'), null);
  assert.equal(dollarsFromCents(100_000), '1000');
  assert.equal(dollarsFromCents(12_345), '123.45');
});
