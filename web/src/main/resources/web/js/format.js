// Numbers as people read them, in one money language. The API speaks cents (integers) everywhere;
// the page shows amounts in dollars (with cents where they matter), prices per user in cents, and a
// compute unit's price in dollars with what it makes per user beside it. The unit is always printed.

const int = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
const oneDecimal = new Intl.NumberFormat('en-US', {minimumFractionDigits: 0, maximumFractionDigits: 1});
const twoDecimals = new Intl.NumberFormat('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
const compact = new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});

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
  return missing(n) ? '–' : `${cents(n)} per user`;
}

/**
 * An amount of money, given in cents, as dollars: whole dollars from $1,000 up ("$98,765",
 * "−$1,200"), dollars and cents below when there are cents ("$7.50", "$200").
 */
export function money(centsValue) {
  if (missing(centsValue)) return '–';
  const sign = centsValue < 0 ? '−' : '';
  const abs = Math.abs(centsValue);
  if (abs >= 100_000 || abs % 100 === 0) return `${sign}$${int.format(Math.round(abs / 100))}`;
  return `${sign}$${twoDecimals.format(abs / 100)}`;
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
  return `$${twoDecimals.format(centsPerUnit / 100)} / unit`;
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
  return missing(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

export function decimal(x, digits = 2) {
  return missing(x) ? '–' : Number(x).toFixed(digits);
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
  return new Date(epochMs).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit'});
}

export function seconds(ms) {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s} s` : `${s.toFixed(1)} s`;
}

export function titleCase(s) {
  return String(s ?? '').replace(/[-_]+/g, ' ').replace(/^\w/, c => c.toUpperCase());
}
