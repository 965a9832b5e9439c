// node --test web/src/test/js — the regulator's reasons and a decision's adjustments in dollars and cents per user.
import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {describeIntervention, describeAdjustment, formatFigure} from '../../main/resources/web/js/reasons.js';
import {setLocale} from '../../main/resources/web/js/i18n.js';

afterEach(() => setLocale('en'));

const spiral = [
  {name: 'spiralIndex', value: 5, unit: 'COUNT'}, {name: 'round', value: 12, unit: 'ROUND'},
  {name: 'averagePriceBefore', value: 9.1, unit: 'CENTS_PER_USER'}, {name: 'averagePrice', value: 8.2, unit: 'CENTS_PER_USER'},
  {name: 'subsidyIntensity', value: 0.8412, unit: 'RATIO'}];

test('a fine quotes dollars, not raw cents', () => {
  const text = describeIntervention({kind: 'FINE', firmId: 2, value: 200_000, untilRound: 13,
    reason: 'Fine of 200000 cents on Ada (revenue 777000, compute 880611 cents) ...',
    figures: [{name: 'revenue', value: 777_000, unit: 'CENTS'}, {name: 'computeCost', value: 880_611, unit: 'CENTS'}, ...spiral]},
  id => (id === 2 ? 'Ada' : '?'));
  assert.equal(text, 'Fine of $2,000 on Ada for selling below cost (revenue $7,770, compute $8,806) while the spiral '
    + 'lasts: spiral index 5 in round 12: the average price fell from 9.1¢ to 8.2¢ per user while subsidy intensity was 0.84.');
  assert.doesNotMatch(text, /777000|cents/);
});

// The consortium watch's figures (CoordinationWatch): no revenue, compute or spiral, so its fine is no below-cost fine.
const coordination = [
  {name: 'coordinationSignal', value: 1.4512, unit: 'RATIO'}, {name: 'threshold', value: 1.2, unit: 'RATIO'},
  {name: 'competitivePrice', value: 8, unit: 'CENTS_PER_USER'}, {name: 'members', value: 3, unit: 'COUNT'}];

test('the consortium watch\'s fine is an overcharge fine for price coordination, in English and Chinese', () => {
  const fine = {kind: 'FINE', firmId: 1, value: 45_000, untilRound: 9,
    reason: 'Fine of 45000 cents on Bo: its overcharge ...', figures: coordination};
  const en = describeIntervention(fine, () => 'Bo');
  assert.equal(en, 'Fine of $450 on Bo, its overcharge over the competitive level while the consortium coordinated '
    + 'prices: the consortium\'s 3 members price at 1.45 times the competitive level of 8¢ per user (the watch acts '
    + 'from 1.20).');
  setLocale('zh-CN');
  const zh = describeIntervention(fine, () => 'Bo');
  assert.match(zh, /^研究联盟协调价格期间，Bo 因超出竞争水平的收费被罚款 \$450：研究联盟的 3 家成员/);
  assert.match(zh, /1\.45 倍/);
  for (const text of [en, zh]) {
    assert.doesNotMatch(text, /null|undefined|NaN|spiral|螺旋|below cost|低于成本/);
  }
});

test('the consortium watch\'s price cap and its renewal say why, in the page\'s language', () => {
  assert.equal(describeIntervention({kind: 'PRICE_CAP', firmId: 1, value: 8, untilRound: 14, figures: coordination},
    () => 'Bo'), 'Price cap of 8¢ per user on Bo until round 14: the consortium\'s 3 members price at 1.45 times the '
    + 'competitive level of 8¢ per user (the watch acts from 1.20).');
  const renewed = {kind: 'PRICE_CAP', firmId: 1, value: 8, untilRound: 19, figures: [
    {name: 'price', value: 8, unit: 'CENTS_PER_USER'}, {name: 'round', value: 14, unit: 'ROUND'}]};
  assert.equal(describeIntervention(renewed, () => 'Bo'), 'Price cap of 8¢ per user on Bo renewed until round 19: '
    + 'it still prices at the cap (8¢) in round 14 while in the consortium.');
  setLocale('zh-CN');
  assert.match(describeIntervention(renewed, () => 'Bo'), /^Bo 每用户 8¢ 的价格上限延续至第 19 轮：第 14 轮/);
});

test('caps, floors and shares read in cents per user and percent', () => {
  assert.match(describeIntervention({kind: 'GIVEAWAY_CAP', firmId: -1, value: 10, untilRound: 18, figures: spiral}),
    /^Giveaway cap of 10¢ per new user until round 18: spiral index 5/);
  assert.equal(describeIntervention({kind: 'SHARE_CAP', firmId: 0, value: 3500, untilRound: 20,
    figures: [{name: 'share', value: 0.41, unit: 'SHARE'}, {name: 'shareCap', value: 0.35, unit: 'SHARE'},
      {name: 'hhi', value: 3100, unit: 'COUNT'}]}, () => 'Big AI'),
  'Market-share cap: Big AI holds 41.0% of users (cap 35.0%, HHI 3,100); it cannot gain users until round 20.');
  assert.equal(formatFigure({name: 'revenue', value: 750, unit: 'CENTS'}), '$7.50');
});

test('without figures the server\'s reason stays', () => {
  assert.equal(describeIntervention({kind: 'FINE', firmId: 1, value: 5, reason: 'as recorded'}), 'as recorded');
});

test('an adjustment says what was asked, what applies and why', () => {
  assert.equal(describeAdjustment({field: 'bounty', requested: 25, applied: 10,
    intervention: {kind: 'GIVEAWAY_CAP', value: 10, untilRound: 14}}),
  'Giveaway 25¢ → 10¢ per new user: the giveaway cap is 10¢ until round 14.');
  assert.equal(describeAdjustment({field: 'price', requested: 3, applied: 11,
    intervention: {kind: 'TRADING_HALT', value: 0, untilRound: 9}}),
  'Price 3¢ → 11¢ per user: a cooling-off halt freezes it until round 9.');
});
