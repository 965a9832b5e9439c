// The arena's built-in choices. The server has no endpoint listing them, so they live here, in one
// place: add a strategy or a policy here when the server learns one. These are the names the
// regulator's branch of the server knows; a server that does not know one refuses it with a clear
// message, which the teacher console shows next to the field.

import {money} from './format.js';

export const STRATEGIES = [
  {name: 'cost-plus', label: 'Cost-plus', about: 'buys compute for its users, prices at cost plus a markup, no giveaways'},
  {name: 'undercutter', label: 'Undercutter', about: 'posts one cent under the cheapest rival, no giveaways'},
  {name: 'subsidizer', label: 'Subsidizer', about: 'escalates giveaways to buy users while its cash lasts'},
  {name: 'innovator', label: 'Innovator', about: 'stays out of the war and invests in R&D'},
  {name: 'tit-for-tat', label: 'Tit-for-tat', about: 'cooperates until a rival undercuts or hands out giveaways'},
  {name: 'random', label: 'Random', about: 'plays at random within sane bounds (seeded)'},
  {name: 'incumbent', label: 'Incumbent',
    about: "remedies: trains its own general model and licenses it to small firms at a steep fee"},
  {name: 'specialist', label: 'Specialist',
    about: 'remedies: serves a public specialized model for its use case, or licenses a general one'},
  {name: 'consortium', label: 'Consortium builder',
    about: "remedies: shares R&D in the consortium and drifts its price up with the members'"},
  {name: 'safety-skimper', label: 'Safety skimper', about: 'remedies: a lean firm that spends nothing on safety'},
  {name: 'idle', label: 'Idle', about: 'never buys compute: shows that doing nothing does not pay'},
  {name: 'price-gouger', label: 'Price gouger', about: 'cost-plus, but a tenfold price in round 10'},
];

export const POLICIES = [
  {name: 'laissez-faire', label: 'Laissez-faire', about: 'the regulator observes and reports, never intervenes'},
  {name: 'guardrails', label: 'Guardrails',
    about: 'anti-involution: as the price war escalates, a warning, a giveaway cap, a price floor, fines, then a halt'},
  {name: 'antitrust', label: 'Antitrust',
    about: 'against concentration: a share cap for firms that grow too big, fines on dominant firms selling below cost'},
  {name: 'industrial', label: 'Industrial',
    about: 'the guardrails, plus R&D subsidies and cheap compute vouchers for small firms'},
  {name: 'article', label: "The article's remedies",
    about: 'public specialized models, basic research, consortia under antitrust watch, a safety standard '
      + "(plays the remedies' rules)"},
  {name: 'over-regulation', label: 'Over-regulation',
    about: "no giveaways, a high price floor, a 20% share cap, a strict safety standard, a heavy levy (plays the remedies' rules)"},
];

export function policyAbout(name) {
  return POLICIES.find(p => p.name === name)?.about ?? '';
}

/**
 * The regulator's thresholds a teacher can change (the server's PolicySettings; defaults as there).
 * policies: the ones that use it; a field with {@code cents} is typed in dollars (def too) and sent in cents.
 */
export const THRESHOLD_GROUPS = [
  {label: 'Every policy', policies: ['guardrails', 'antitrust', 'industrial'], fields: [
    {name: 'durationRounds', label: 'Duration (rounds)', def: 6, step: '1', hint: 'how long caps, floors and help hold'},
  ]},
  {label: 'Guardrails (also industrial)', policies: ['guardrails', 'industrial'], fields: [
    {name: 'warnAtSpiral', label: 'Warn at spiral', def: 2, step: '1', hint: 'spiral index for a public warning'},
    {name: 'capAtSpiral', label: 'Cap at spiral', def: 3, step: '1', hint: 'spiral index for the giveaway cap'},
    {name: 'giveawayCapCents', label: 'Giveaway cap ¢', def: 10, step: '1', hint: 'highest bounty per new user'},
    {name: 'floorAtSpiral', label: 'Floor at spiral', def: 4, step: '1', hint: 'spiral index for the price floor'},
    {name: 'floorFactor', label: 'Floor factor', def: 1.3, step: '0.05', hint: '× compute cost per user'},
    {name: 'fineAtSpiral', label: 'Fine at spiral', def: 5, step: '1', hint: 'spiral index for fines'},
    {name: 'fineCents', label: 'Fine $', def: 2000, step: '10', cents: true, hint: 'on each firm selling below cost'},
    {name: 'haltAtSpiral', label: 'Halt at spiral', def: 6, step: '1', hint: 'spiral index for a cooling-off halt'},
    {name: 'haltRounds', label: 'Halt rounds', def: 3, step: '1', hint: 'length of a halt'},
  ]},
  {label: 'Antitrust', policies: ['antitrust'], fields: [
    {name: 'shareCap', label: 'Share cap', def: 0.35, step: '0.01', hint: 'share (0.35 = 35%) that triggers a cap'},
    {name: 'dominantShare', label: 'Dominant share', def: 0.25, step: '0.01', hint: 'share above which pricing under cost is predatory'},
    {name: 'predatoryFineMultiple', label: 'Predatory fine ×', def: 2.0, step: '0.1', hint: '× the shortfall under cost'},
  ]},
  {label: 'Industrial', policies: ['industrial'], fields: [
    {name: 'smallShare', label: 'Small firm share', def: 0.10, step: '0.01', hint: 'firms under it get help'},
    {name: 'rndSubsidyBasisPoints', label: 'R&D subsidy bp', def: 5000, step: '100', hint: '5000 = 50% of R&D paid back'},
    {name: 'voucherUnits', label: 'Voucher units', def: 40, step: '1', hint: 'compute units a round at base cost'},
  ]},
];

/** A short description of the thresholds of a policy that matter, from a settings object. */
export function describeSettings(policy, settings) {
  if (!settings || policy === 'laissez-faire') return '';
  const parts = [];
  const s = settings;
  if (policy === 'guardrails' || policy === 'industrial') {
    parts.push(`giveaway cap ${s.giveawayCapCents}¢ at spiral ${s.capAtSpiral}`,
      `price floor ${s.floorFactor}× cost at spiral ${s.floorAtSpiral}`, `fines ${money(s.fineCents)} at spiral ${s.fineAtSpiral}`,
      `halt at spiral ${s.haltAtSpiral}`, `${s.durationRounds} rounds`);
  }
  if (policy === 'antitrust') {
    parts.push(`share cap at ${Math.round(s.shareCap * 100)}%`, `dominant from ${Math.round(s.dominantShare * 100)}%`,
      `predatory fine ${s.predatoryFineMultiple}× shortfall`, `${s.durationRounds} rounds`);
  }
  if (policy === 'industrial') {
    parts.push(`small firms under ${Math.round(s.smallShare * 100)}%: R&D subsidy ${s.rndSubsidyBasisPoints / 100}%, `
      + `${s.voucherUnits} voucher units`);
  }
  return parts.join(' · ');
}

export const PRESETS = [
  {name: 'classroom', label: 'Classroom', roundMillis: 15_000, seats: 30, rounds: 60,
    about: '15-second rounds, up to 30 students'},
  {name: 'bot-league', label: 'Bot league', roundMillis: 2_000, seats: 8, rounds: 60,
    about: '2-second rounds for bots, 8 seats'},
];
