// The regulator's reasons in the page's money language and the page's language. The server's reason
// text quotes cents ("revenue 777000, compute 880611 cents"); an intervention also carries the same
// numbers as named figures with units, and from those the page says it its own way ("revenue $7,770,
// compute $8,806"). An intervention without figures (recorded before they existed) keeps the
// server's text. The remedies' standing rules carry their own terms as figures (the number of use
// cases, the levy's rate, ...) and are said from those the same way.

import {cents, money, pct, decimal, count, perUser} from './format.js';
import {t} from './i18n.js';

/** A figure's value as its unit reads. */
export function formatFigure(f) {
  switch (f.unit) {
    case 'CENTS': return money(f.value);
    case 'CENTS_PER_USER': return perUser(Math.round(f.value * 100) / 100);
    case 'SHARE': return pct(f.value, 1);
    case 'RATIO': return decimal(f.value, 2);
    case 'ROUND': return t('reason.round', {round: count(f.value)});
    default: return count(f.value);
  }
}

function figures(i) {
  const byName = {};
  for (const f of i.figures ?? []) byName[f.name] = f;
  return byName;
}

const price = f => cents(Math.round(f.value * 100) / 100);

/** "spiral index 3 in round 12: the average price fell from 9.1¢ to 8.2¢ per user while subsidy intensity was 0.84" */
function spiral(f) {
  if (!f.spiralIndex) return null;
  const params = {index: count(f.spiralIndex.value), round: count(f.round?.value), price: price(f.averagePrice),
    intensity: decimal(f.subsidyIntensity?.value, 2)};
  return f.averagePriceBefore
    ? t('reason.spiralFrom', {...params, before: price(f.averagePriceBefore)})
    : t('reason.spiral', params);
}

/** "the consortium's 3 members price at 1.45 times the competitive level of 8.0¢ per user (the watch acts from 1.20)" */
function coordination(f) {
  return t('reason.coordination', {members: count(f.members?.value), signal: decimal(f.coordinationSignal.value, 2),
    competitive: price(f.competitivePrice), threshold: decimal(f.threshold?.value, 2)});
}

/** " (the grants budget of $6,000 split over 6 firms)", or nothing for a grant recorded with its amount alone */
function grantSplit(f) {
  if (!f.grantsBudget) return '';
  return t('reason.grantSplit', {budget: money(f.grantsBudget.value), firms: count(f.firms?.value)});
}

function holds(f, firm, share) {
  if (!f.share) return firm;
  return t('reason.holds', {firm, share: pct(f.share.value), detail: share});
}

/**
 * The intervention's reason as a sentence in dollars and cents per user.
 * @param i        an intervention (InterventionView): kind, firmId, value, untilRound, reason, figures
 * @param firmName (firmId) => the firm's name
 */
export function describeIntervention(i, firmName = id => t('common.firmN', {id})) {
  const until = t('reason.until', {round: i.untilRound});
  // A consortium ban's only term is its end, so even one recorded without figures reads in the page's language.
  if (i.kind === 'CONSORTIUM_BAN') return t('reason.consortiumBan', {until});
  const f = figures(i);
  if (!Object.keys(f).length) return i.reason ?? '';
  const firm = i.firmId >= 0 ? firmName(i.firmId) : t('reason.allFirms');
  const p = {why: spiral(f), until, firm, value: cents(i.value),
    fine: money(i.value), round: count(f.round?.value), revenue: money(f.revenue?.value),
    compute: money(f.computeCost?.value)};
  const dominant = f.dominantShare
    ? holds(f, firm, t('reason.dominantFrom', {share: pct(f.dominantShare.value)})) : null;
  const small = () => holds(f, firm, t('reason.under', {share: pct(f.smallShare?.value)}));
  switch (i.kind) {
    case 'WARNING':
      return t('reason.warning', p);
    case 'GIVEAWAY_CAP':
      if (dominant) return t('reason.capDominant', {...p, dominant, bounty: price(f.bounty)});
      if (f.topBounty) return t('reason.capRenewed', {...p, top: price(f.topBounty)});
      if (f.giveawayCap) return t('reason.capStanding', p);
      return t('reason.cap', p);
    case 'PRICE_FLOOR':
      if (dominant) return t('reason.floorDominant', {...p, dominant});
      if (f.lowestPrice) return t('reason.floorRenewed', {...p, lowest: price(f.lowestPrice)});
      if (f.priceFloor) return t('reason.floorStanding', p);
      return t('reason.floor', p);
    case 'FINE':
      if (f.coordinationSignal) return t('reason.fineCoordination', {...p, coordination: coordination(f)});
      if (dominant) return t('reason.fineDominant', {...p, dominant});
      return t('reason.fine', p);
    case 'PRICE_CAP':
      if (f.coordinationSignal) return t('reason.priceCap', {...p, coordination: coordination(f)});
      if (f.price) return t('reason.priceCapRenewed', {...p, price: price(f.price)});
      return i.reason ?? '';
    case 'SHARE_CAP':
      return t('reason.shareCap', {...p, holds: holds(f, firm,
        t('reason.capHhi', {cap: pct(f.shareCap?.value), hhi: count(f.hhi?.value)}))});
    case 'TRADING_HALT':
      return t('reason.halt', p);
    case 'RND_SUBSIDY':
      return t('reason.subsidy', {...p, pct: pct(i.value / 10_000, 0), holds: small()});
    case 'COMPUTE_VOUCHER':
      return t('reason.voucher', {...p, units: count(i.value), holds: small()});
    case 'RND_GRANT':
      return t('reason.grant', {...p, grant: money(f.grant?.value), split: grantSplit(f)});
    case 'PUBLIC_FARMS':
      return t('reason.publicFarms', {...p, useCases: count(f.useCases?.value), fee: price(f.publicLicenseFee)});
    case 'BASIC_RESEARCH':
      return t('reason.basicResearch', {...p, research: money(f.basicResearch?.value)});
    case 'SAFETY_STANDARD':
      return t('reason.safetyStandard', {...p, users: count(f.standardThreshold?.value),
        spend: price(f.safetyStandard)});
    case 'LEVY':
      return t('reason.levy', {...p, rate: pct(f.levy?.value)});
    default:
      return i.reason ?? '';
  }
}

/**
 * A decision's part that a rule changed (an adjustment from PUT /decisions), in a sentence:
 * "Giveaway 25¢ → 10¢ per new user: the giveaway cap holds until round 14."
 */
export function describeAdjustment(a) {
  const rule = a.intervention?.kind;
  const until = a.intervention?.untilRound;
  const why = rule === 'TRADING_HALT' ? t('adjust.halt')
    : rule === 'GIVEAWAY_CAP' ? t('adjust.cap', {value: cents(a.intervention.value)})
      : rule === 'PRICE_FLOOR' ? t('adjust.floor', {value: cents(a.intervention.value)}) : t('adjust.rule');
  const params = {from: cents(a.requested), to: cents(a.applied), why,
    until: until ? t('adjust.until', {round: until}) : ''};
  return t(a.field === 'bounty' ? 'adjust.bounty' : 'adjust.price', params);
}
