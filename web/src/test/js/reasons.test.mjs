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

// The remedies' standing rules (Remedial) as the server puts them in force: on all firms, their terms as figures.
const standing = (kind, value, reason, figures) => ({kind, firmId: -1, value, untilRound: 11, reason, figures});
const farms = standing('PUBLIC_FARMS', 15, 'Public specialized farms train an open model for each of the 4 use cases '
  + 'until round 11, licensed to every firm for 1 cents per served user; paid from the regulator\'s budget.',
[{name: 'useCases', value: 4, unit: 'COUNT'}, {name: 'publicLicenseFee', value: 1, unit: 'CENTS_PER_USER'}]);
const research = standing('BASIC_RESEARCH', 300_000, 'Basic research: 300000 cents a round of the regulator\'s budget '
  + 'raise the shared frontier until round 11.', [{name: 'basicResearch', value: 300_000, unit: 'CENTS'}]);
const safety = standing('SAFETY_STANDARD', 500, 'Safety standard until round 11: a firm with more than 50000 users '
  + 'spends at least 0.50 cents per user a round on safety; audits fine any shortfall.',
[{name: 'standardThreshold', value: 50_000, unit: 'COUNT'},
  {name: 'safetyStandard', value: 0.5, unit: 'CENTS_PER_USER'}]);
const levy = standing('LEVY', 300, 'Levy of 3.0% of every firm\'s revenue to the regulator\'s budget until round 11.',
  [{name: 'levy', value: 0.03, unit: 'SHARE'}]);
const ban = standing('CONSORTIUM_BAN', 0, 'Research consortia are banned until round 11.', []);
const cap = standing('GIVEAWAY_CAP', 12, 'Standing giveaway cap of 12 cents per new user until round 11.',
  [{name: 'giveawayCap', value: 12, unit: 'CENTS_PER_USER'}]);
const floor = standing('PRICE_FLOOR', 9, 'Standing price floor of 9 cents per user until round 11.',
  [{name: 'priceFloor', value: 9, unit: 'CENTS_PER_USER'}]);
const grant = {kind: 'RND_GRANT', firmId: 3, value: 100_000, untilRound: 11,
  reason: 'R&D grant of 100000 cents a round to 深度 until round 11 (the grants budget of 600000 cents split over '
    + '6 firms).', figures: [
  {name: 'grant', value: 100_000, unit: 'CENTS'}, {name: 'grantsBudget', value: 600_000, unit: 'CENTS'},
  {name: 'firms', value: 6, unit: 'COUNT'}]};
const remedies = [farms, research, safety, levy, ban, cap, floor, grant];
const firmName = id => (id === 3 ? '深度' : '?');

test('public farms say their use cases and their license fee per served user', () => {
  assert.equal(describeIntervention(farms), 'Public specialized farms train an open model for each of the 4 use cases '
    + 'until round 11, licensed to every firm for 1¢ per served user; paid from the regulator\'s budget.');
});

test('basic research says its dollars a round', () => {
  assert.equal(describeIntervention(research),
    'Basic research: $3,000 a round of the regulator\'s budget raise the shared frontier until round 11.');
});

test('the safety standard says its threshold in users and its spend in cents per user', () => {
  assert.equal(describeIntervention(safety), 'Safety standard until round 11: a firm with more than 50,000 users '
    + 'spends at least 0.5¢ per user a round on safety; audits fine any shortfall.');
});

test('the levy says its rate as a percentage of revenue', () => {
  assert.equal(describeIntervention(levy),
    'Levy of 3.0% of every firm\'s revenue to the regulator\'s budget until round 11.');
});

test('a consortium ban says its end, with or without figures', () => {
  assert.equal(describeIntervention(ban), 'Research consortia are banned until round 11.');
  assert.equal(describeIntervention({...ban, figures: undefined}), 'Research consortia are banned until round 11.');
});

test('a standing cap and floor say their cents per user, and the triggered ones read as before', () => {
  assert.equal(describeIntervention(cap), 'Standing giveaway cap of 12¢ per new user until round 11.');
  assert.equal(describeIntervention(floor), 'Standing price floor of 9¢ per user until round 11.');
  assert.match(describeIntervention({...floor, figures: spiral}),
    /^Price floor of 9¢ per user until round 11 \(compute cost/);
  assert.match(describeIntervention({...cap, figures: [{name: 'topBounty', value: 12, unit: 'CENTS_PER_USER'},
    {name: 'round', value: 10, unit: 'ROUND'}]}), /^Giveaway cap of 12¢ per new user renewed until round 11/);
});

test('a grant says its dollars a round and, when recorded, the budget it is split from', () => {
  assert.equal(describeIntervention(grant, firmName),
    'R&D grant of $1,000 a round to 深度 until round 11 (the grants budget of $6,000 split over 6 firms).');
  assert.equal(describeIntervention({...grant, figures: grant.figures.slice(0, 1)}, firmName),
    'R&D grant of $1,000 a round to 深度 until round 11.');
});

test('a standing rule recorded without figures keeps the server\'s text', () => {
  for (const rule of [farms, research, safety, levy, cap, floor]) {
    assert.equal(describeIntervention({...rule, figures: []}), rule.reason);
  }
});

test('on a Chinese page the standing rules read in Chinese, in dollars and cents per user, never in raw cents', () => {
  setLocale('zh-CN');
  const texts = remedies.map(rule => describeIntervention(rule, firmName));
  assert.deepEqual(texts, [
    '公共专用算力中心为全部 4 个用途各训练一个开放模型，至第 11 轮，以每位服务用户 1¢ 的使用费授权给所有公司；费用由监管者预算承担。',
    '基础研究：监管者预算每轮投入 $3,000，提升共享的研究前沿，至第 11 轮。',
    '安全标准，至第 11 轮：用户超过 50,000 的公司每轮在安全上的投入不得低于每用户 0.5¢；审计将对不足部分处以罚款。',
    '征费：各公司收入的 3.0% 征收给监管者预算，至第 11 轮。',
    '禁止研究联盟，至第 11 轮。',
    '常设补贴上限：每个新用户 12¢，至第 11 轮。',
    '常设价格下限：每用户 9¢，至第 11 轮。',
    '深度 每轮获得 $1,000 的研发资助，至第 11 轮（研发资助预算 $6,000 由 6 家公司平分）。',
  ]);
  for (const text of texts) {
    assert.doesNotMatch(text, /[A-Za-z]{2,}/, text);
    assert.doesNotMatch(text, /300000|600000|100000|50000\b|cents|null|undefined|NaN/, text);
  }
  assert.equal(describeIntervention({...ban, figures: []}), '禁止研究联盟，至第 11 轮。');
});
