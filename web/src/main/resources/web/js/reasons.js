// The regulator's reasons in the page's money language. The server's reason text quotes cents
// ("revenue 777000, compute 880611 cents"); an intervention also carries the same numbers as named
// figures with units, and from those the page says it its own way ("revenue $7,770, compute $8,806").
// An intervention without figures (recorded before they existed) keeps the server's text.

import {cents, money, pct, decimal, count} from './format.js';

/** A figure's value as its unit reads. */
export function formatFigure(f) {
  switch (f.unit) {
    case 'CENTS': return money(f.value);
    case 'CENTS_PER_USER': return `${cents(Math.round(f.value * 100) / 100)} per user`;
    case 'SHARE': return pct(f.value, 1);
    case 'RATIO': return decimal(f.value, 2);
    case 'ROUND': return `round ${count(f.value)}`;
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
  const before = f.averagePriceBefore ? `from ${price(f.averagePriceBefore)} ` : '';
  return `spiral index ${count(f.spiralIndex.value)} in round ${count(f.round?.value)}: the average price fell `
    + `${before}to ${price(f.averagePrice)} per user while subsidy intensity was ${decimal(f.subsidyIntensity?.value, 2)}`;
}

function holds(f, firm, share) {
  if (!f.share) return firm;
  return `${firm} holds ${pct(f.share.value)} of users (${share})`;
}

/**
 * The intervention's reason as a sentence in dollars and cents per user.
 * @param i        an intervention (InterventionView): kind, firmId, value, untilRound, reason, figures
 * @param firmName (firmId) => the firm's name
 */
export function describeIntervention(i, firmName = id => `firm #${id}`) {
  const f = figures(i);
  if (!Object.keys(f).length) return i.reason ?? '';
  const firm = i.firmId >= 0 ? firmName(i.firmId) : 'all firms';
  const why = spiral(f);
  const until = `until round ${i.untilRound}`;
  const dominant = f.dominantShare ? holds(f, firm, `dominant from ${pct(f.dominantShare.value)}`) : null;
  switch (i.kind) {
    case 'WARNING':
      return `Warning to all firms: ${why}. Curb giveaways and below-cost prices or the regulator will act.`;
    case 'GIVEAWAY_CAP':
      if (dominant) {
        return `No giveaways for a dominant firm: ${dominant} and paid ${price(f.bounty)} per new user; `
          + `giveaways banned for it ${until}.`;
      }
      if (f.topBounty) {
        return `Giveaway cap of ${cents(i.value)} per new user renewed ${until}: firms still post bounties at the cap `
          + `(${price(f.topBounty)}) in round ${count(f.round?.value)}.`;
      }
      return `Giveaway cap of ${cents(i.value)} per new user ${until}: ${why}.`;
    case 'PRICE_FLOOR':
      if (dominant) {
        return `No pricing below cost for a dominant firm: ${dominant}; price floor of ${cents(i.value)} per user `
          + `(its compute cost) ${until}.`;
      }
      if (f.lowestPrice) {
        return `Price floor of ${cents(i.value)} per user renewed ${until}: firms still price at the floor `
          + `(${price(f.lowestPrice)}) in round ${count(f.round?.value)}.`;
      }
      return `Price floor of ${cents(i.value)} per user ${until} (compute cost per user at the farms' base price): ${why}.`;
    case 'FINE':
      if (dominant) {
        return `Predatory pricing: ${dominant} and sold below cost (revenue ${money(f.revenue?.value)}, compute `
          + `${money(f.computeCost?.value)}); fine of ${money(i.value)}.`;
      }
      return `Fine of ${money(i.value)} on ${firm} for selling below cost (revenue ${money(f.revenue?.value)}, compute `
        + `${money(f.computeCost?.value)}) while the spiral lasts: ${why}.`;
    case 'SHARE_CAP':
      return `Market-share cap: ${holds(f, firm, `cap ${pct(f.shareCap?.value)}, HHI ${count(f.hhi?.value)}`)}; `
        + `it cannot gain users ${until}.`;
    case 'TRADING_HALT':
      return `Cooling-off halt ${until}: prices and giveaways are frozen and giveaways suspended: ${why}.`;
    case 'RND_SUBSIDY':
      return `R&D subsidy of ${pct(i.value / 10_000, 0)} of R&D spend ${until}: `
        + `${holds(f, firm, `under ${pct(f.smallShare?.value)}`)}.`;
    case 'COMPUTE_VOUCHER':
      return `Compute vouchers: ${count(i.value)} units a round at the farms' base price ${until}: `
        + `${holds(f, firm, `under ${pct(f.smallShare?.value)}`)}.`;
    default:
      return i.reason ?? '';
  }
}

/**
 * A decision's part that a rule changed (an adjustment from PUT /decisions), in a sentence:
 * "Giveaway 25¢ → 10¢ per new user: the giveaway cap holds until round 14."
 */
export function describeAdjustment(a) {
  const what = a.field === 'bounty' ? 'Giveaway' : 'Price';
  const unit = a.field === 'bounty' ? 'per new user' : 'per user';
  const rule = a.intervention?.kind;
  const until = a.intervention?.untilRound;
  const why = rule === 'TRADING_HALT' ? 'a cooling-off halt freezes it'
    : rule === 'GIVEAWAY_CAP' ? `the giveaway cap is ${cents(a.intervention.value)}`
      : rule === 'PRICE_FLOOR' ? `the price floor is ${cents(a.intervention.value)}` : 'a rule of the regulator';
  return `${what} ${cents(a.requested)} → ${cents(a.applied)} ${unit}: ${why}${until ? ` until round ${until}` : ''}.`;
}
