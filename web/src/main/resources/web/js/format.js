// Numbers as people read them, in one money language. The API speaks cents (integers) everywhere;
// the page shows amounts in dollars (with cents where they matter), prices per user in cents, and a
// compute unit's price in dollars with what it makes per user beside it. The unit is always printed.
// Grouping, decimals, compact forms ("1.2M", "120万") and percentages follow the page's language.

import {locale, t} from './i18n.js';

const cache = new Map();

/** An Intl.NumberFormat for the current language, made once per language and options. */
function nf(name, options) {
  const key = `${locale()}|${name}`;
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(locale(), options));
  return cache.get(key);
}

const int = {format: n => nf('int', {maximumFractionDigits: 0}).format(n)};
const oneDecimal = {format: n => nf('one', {minimumFractionDigits: 0, maximumFractionDigits: 1}).format(n)};
const twoDecimals = {format: n => nf('two', {minimumFractionDigits: 2, maximumFractionDigits: 2}).format(n)};
const compact = {format: n => nf('compact', {notation: 'compact', maximumFractionDigits: 1}).format(n)};
const dollars = (n, digits) => nf(`usd${digits}`, {style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol',
  minimumFractionDigits: digits, maximumFractionDigits: digits}).format(n);

const missing = n => n === null || n === undefined || Number.isNaN(n);

export function count(n) {
  return missing(n) ? '–' : int.format(n);
}

/** A price per user in cents: "6¢", "8.1¢" (fractions to one decimal, as a per-user cost often is). */
export function cents(n) {
  if (missing(n)) return '–';
  return `${Number.isInteger(n) ? int.format(n) : oneDecimal.format(n)}¢`;
}

/** A price per user with its unit: "6¢ per user". */
export function perUser(n) {
  return missing(n) ? '–' : t('unit.perUser', {price: cents(n)});
}

/**
 * An amount of money, given in cents, as dollars: whole dollars from $1,000 up ("$98,765",
 * "−$1,200"), dollars and cents below when there are cents ("$7.50", "$200").
 */
export function money(centsValue) {
  if (missing(centsValue)) return '–';
  const sign = centsValue < 0 ? '−' : '';
  const abs = Math.abs(centsValue);
  if (abs >= 100_000 || abs % 100 === 0) return `${sign}${dollars(Math.round(abs / 100), 0)}`;
  return `${sign}${dollars(abs / 100, 2)}`;
}

/** An amount with an explicit sign, for a profit line: "+$1,200", "−$500", "$0". */
export function signedMoney(centsValue) {
  if (missing(centsValue)) return '–';
  return centsValue > 0 ? `+${money(centsValue)}` : money(centsValue);
}

/** Dollars, short ("$1.2M"), for chart axes and tight spots. */
export function moneyShort(centsValue) {
  if (missing(centsValue)) return '–';
  const d = centsValue / 100;
  return `${d < 0 ? '−' : ''}$${compact.format(Math.abs(d))}`;
}

/** A compute unit's price (cents per unit) in dollars per unit: "$55.00 / unit". */
export function unitPrice(centsPerUnit) {
  if (missing(centsPerUnit)) return '–';
  return t('unit.perUnit', {price: moneyExact(centsPerUnit)});
}

/** An amount in cents as dollars with their cents always shown: "$55.00". */
export function moneyExact(centsValue) {
  if (missing(centsValue)) return '–';
  return `${centsValue < 0 ? '−' : ''}${dollars(Math.abs(centsValue) / 100, 2)}`;
}

/** What a unit's price makes per user served ("5.5¢ per user" for $55.00 a unit of 1,000 users). */
export function unitPricePerUser(centsPerUnit, usersPerUnit = 1000) {
  if (missing(centsPerUnit)) return '–';
  return perUser(Math.round((centsPerUnit / usersPerUnit) * 100) / 100);
}

/** Dollars typed into a field ("1,000", "12.5", "$3") as whole cents; null if it is not a number. */
export function centsFromDollars(text) {
  const cleaned = String(text ?? '').replace(/[$,\s]/g, '');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** Cents as the dollars a field shows: 100000 → "1000", 12345 → "123.45". */
export function dollarsFromCents(centsValue) {
  if (missing(centsValue)) return '';
  return centsValue % 100 === 0 ? String(centsValue / 100) : (centsValue / 100).toFixed(2);
}

export function shortCount(n) {
  return missing(n) ? '–' : compact.format(n);
}

/** A share 0..1 as a percentage. */
export function pct(x, digits = 1) {
  return missing(x) ? '–' : nf(`pct${digits}`, {style: 'percent', minimumFractionDigits: digits,
    maximumFractionDigits: digits}).format(x);
}

export function decimal(x, digits = 2) {
  return missing(x) ? '–' : nf(`dec${digits}`, {minimumFractionDigits: digits, maximumFractionDigits: digits})
    .format(Number(x));
}

/** Milliseconds as m:ss (or h:mm:ss). */
export function clock(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function timeOfDay(epochMs) {
  return new Date(epochMs).toLocaleTimeString(locale(), {hour: '2-digit', minute: '2-digit', second: '2-digit'});
}

export function seconds(ms) {
  const s = ms / 1000;
  return t('unit.seconds', {n: Number.isInteger(s) ? s : s.toFixed(1)});
}

export function titleCase(s) {
  return String(s ?? '').replace(/[-_]+/g, ' ').replace(/^\w/, c => c.toUpperCase());
}
