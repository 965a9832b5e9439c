// The arena's built-in choices. The server has no endpoint listing them, so they live here, in one
// place: add a strategy or a policy here when the server learns one. These are the names the
// regulator's branch of the server knows; a server that does not know one refuses it with a clear
// message, which the teacher console shows next to the field.

export const STRATEGIES = [
  {name: 'cost-plus', label: 'Cost-plus', about: 'buys compute for its users, prices at cost plus a markup, no giveaways'},
  {name: 'undercutter', label: 'Undercutter', about: 'posts one cent under the cheapest rival, no giveaways'},
  {name: 'subsidizer', label: 'Subsidizer', about: 'escalates giveaways to buy users while its cash lasts'},
  {name: 'innovator', label: 'Innovator', about: 'stays out of the war and invests in R&D'},
  {name: 'tit-for-tat', label: 'Tit-for-tat', about: 'cooperates until a rival undercuts or hands out giveaways'},
  {name: 'random', label: 'Random', about: 'plays at random within sane bounds (seeded)'},
];

export const POLICIES = [
  {name: 'laissez-faire', label: 'Laissez-faire', about: 'the regulator observes and reports, never intervenes'},
  {name: 'guardrails', label: 'Guardrails', about: 'anti-involution: warning, giveaway cap, price floor, fines, halt as a spiral persists'},
  {name: 'antitrust', label: 'Antitrust', about: 'concentration rules: share caps and fines on predatory pricing'},
  {name: 'industrial', label: 'Industrial', about: 'guardrails plus R&D subsidies and compute vouchers for small firms'},
];

export const PRESETS = [
  {name: 'classroom', label: 'Classroom', roundMillis: 15_000, seats: 30, rounds: 60,
    about: '15-second rounds, up to 30 students'},
  {name: 'bot-league', label: 'Bot league', roundMillis: 2_000, seats: 8, rounds: 60,
    about: '2-second rounds for bots, 8 seats'},
];
