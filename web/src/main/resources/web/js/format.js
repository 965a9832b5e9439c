// Numbers as people read them. Money arrives in cents (integers) everywhere in the API.

const int = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
const dollars = new Intl.NumberFormat('en-US', {style: 'currency', currency: 'USD', maximumFractionDigits: 0});
const compact = new Intl.NumberFormat('en-US', {notation: 'compact', maximumFractionDigits: 1});

export function count(n) {
  return n === null || n === undefined || Number.isNaN(n) ? '–' : int.format(n);
}

/** Cents as cents: prices per user and per compute unit ("12¢", "5,400¢"). */
export function cents(n) {
  return n === null || n === undefined ? '–' : `${int.format(n)}¢`;
}

/** Cents as dollars for balances ("$98,765", "−$1,200"). */
export function money(centsValue) {
  if (centsValue === null || centsValue === undefined) return '–';
  return dollars.format(centsValue / 100).replace('-', '−');
}

/** Dollars, short ("$1.2M"), for chart axes and tight spots. */
export function moneyShort(centsValue) {
  if (centsValue === null || centsValue === undefined) return '–';
  const d = centsValue / 100;
  return `${d < 0 ? '−' : ''}$${compact.format(Math.abs(d))}`;
}

export function shortCount(n) {
  return n === null || n === undefined ? '–' : compact.format(n);
}

/** A share 0..1 as a percentage. */
export function pct(x, digits = 1) {
  return x === null || x === undefined ? '–' : `${(x * 100).toFixed(digits)}%`;
}

export function decimal(x, digits = 2) {
  return x === null || x === undefined || Number.isNaN(x) ? '–' : Number(x).toFixed(digits);
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
