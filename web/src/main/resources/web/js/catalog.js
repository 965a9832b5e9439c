// The arena's built-in choices. The server has no endpoint listing them, so they live here, in one
// place: add a strategy or a policy here when the server learns one. These are the names the
// regulator's branch of the server knows; a server that does not know one refuses it with a clear
// message, which the teacher console shows next to the field.

import {money} from './format.js';
import {t, has} from './i18n.js';

/** A choice whose label and description are read in the page's language when shown. */
function entry(kind, name, extra = {}) {
  return {name, ...extra, get label() { return t(`${kind}.${name}`); }, get about() { return t(`${kind}.${name}.about`); }};
}

function field(f) {
  return {...f, get label() { return t(`threshold.${f.name}`); }, get hint() { return t(`threshold.${f.name}.hint`); }};
}

function group(id, g) {
  return {...g, id, get label() { return t(`thresholdGroup.${id}`); }};
}

export const STRATEGIES = [
  entry('strategy', 'cost-plus'),
  entry('strategy', 'undercutter'),
  entry('strategy', 'subsidizer'),
  entry('strategy', 'innovator'),
  entry('strategy', 'tit-for-tat'),
  entry('strategy', 'random'),
  entry('strategy', 'incumbent'),
  entry('strategy', 'specialist'),
  entry('strategy', 'consortium'),
  entry('strategy', 'safety-skimper'),
  entry('strategy', 'idle'),
  entry('strategy', 'price-gouger'),
];

export const POLICIES = [
  entry('policy', 'laissez-faire'),
  entry('policy', 'guardrails'),
  entry('policy', 'antitrust'),
  entry('policy', 'industrial'),
  entry('policy', 'article'),
  entry('policy', 'over-regulation'),
];

export function policyAbout(name) {
  return POLICIES.find(p => p.name === name)?.about ?? '';
}

/**
 * A policy's name in running text: the API's name in English ("guardrails"), translated in other
 * languages; the API's name for one the catalogue does not know.
 */
export function policyLabel(name) {
  return has(`policyName.${name}`) ? t(`policyName.${name}`) : String(name ?? '');
}

/** A house bot's strategy in running text, as policyLabel does for a policy. */
export function strategyLabel(name) {
  return has(`strategyName.${name}`) ? t(`strategyName.${name}`) : String(name ?? '');
}

/**
 * The regulator's thresholds a teacher can change (the server's PolicySettings; defaults as there).
 * policies: the ones that use it; a field with {@code cents} is typed in dollars (def too) and sent in cents.
 */
export const THRESHOLD_GROUPS = [
  group('every', {policies: ['guardrails', 'antitrust', 'industrial'], fields: [
    field({name: 'durationRounds', def: 6, step: '1'}),
  ]}),
  group('guardrails', {policies: ['guardrails', 'industrial'], fields: [
    field({name: 'warnAtSpiral', def: 2, step: '1'}),
    field({name: 'capAtSpiral', def: 3, step: '1'}),
    field({name: 'giveawayCapCents', def: 10, step: '1'}),
    field({name: 'floorAtSpiral', def: 4, step: '1'}),
    field({name: 'floorFactor', def: 1.3, step: '0.05'}),
    field({name: 'fineAtSpiral', def: 5, step: '1'}),
    field({name: 'fineCents', def: 2000, step: '10', cents: true}),
    field({name: 'haltAtSpiral', def: 6, step: '1'}),
    field({name: 'haltRounds', def: 3, step: '1'}),
  ]}),
  group('antitrust', {policies: ['antitrust'], fields: [
    field({name: 'shareCap', def: 0.35, step: '0.01'}),
    field({name: 'dominantShare', def: 0.25, step: '0.01'}),
    field({name: 'predatoryFineMultiple', def: 2.0, step: '0.1'}),
  ]}),
  group('industrial', {policies: ['industrial'], fields: [
    field({name: 'smallShare', def: 0.10, step: '0.01'}),
    field({name: 'rndSubsidyBasisPoints', def: 5000, step: '100'}),
    field({name: 'voucherUnits', def: 40, step: '1'}),
  ]}),
];

/** A short description of the thresholds of a policy that matter, from a settings object. */
export function describeSettings(policy, settings) {
  if (!settings || policy === 'laissez-faire') return '';
  const parts = [];
  const s = settings;
  if (policy === 'guardrails' || policy === 'industrial') {
    parts.push(t('settings.cap', {cap: s.giveawayCapCents, at: s.capAtSpiral}),
      t('settings.floor', {factor: s.floorFactor, at: s.floorAtSpiral}),
      t('settings.fines', {fine: money(s.fineCents), at: s.fineAtSpiral}),
      t('settings.halt', {at: s.haltAtSpiral}), t('settings.rounds', {n: s.durationRounds}));
  }
  if (policy === 'antitrust') {
    parts.push(t('settings.shareCap', {pct: Math.round(s.shareCap * 100)}),
      t('settings.dominant', {pct: Math.round(s.dominantShare * 100)}),
      t('settings.predatory', {multiple: s.predatoryFineMultiple}), t('settings.rounds', {n: s.durationRounds}));
  }
  if (policy === 'industrial') {
    parts.push(t('settings.industrial', {small: Math.round(s.smallShare * 100), subsidy: s.rndSubsidyBasisPoints / 100,
      units: s.voucherUnits}));
  }
  return parts.join(' · ');
}

export const PRESETS = [
  entry('preset', 'classroom', {roundMillis: 15_000, seats: 30, rounds: 60}),
  entry('preset', 'bot-league', {roundMillis: 2_000, seats: 8, rounds: 60}),
];
