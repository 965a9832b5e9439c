// What a student may do right now, and if not, why: the play view disables a form and shows the
// reason instead of letting a request fail (or silently do nothing). Pure, no DOM.

import {t} from './i18n.js';

/**
 * @param status  the match's status (OPEN, RUNNING, PAUSED, FINISHED)
 * @param live    whether the live connection is up
 * @param firm    the student's firm status (ACTIVE, BANKRUPT), or null before it is known
 * @return {orders, decisions, finished}: for orders (buying compute, the order book) and decisions
 *         (price, giveaway, R&D), null when allowed, else the sentence that says why not; finished
 *         when the forms should go altogether
 */
export function playState({status, live, firm}) {
  if (status === 'FINISHED') {
    const over = t('state.over');
    return {orders: over, decisions: over, finished: true};
  }
  if (!live) {
    const wait = t('state.reconnecting');
    return {orders: wait, decisions: wait, finished: false};
  }
  if (firm === 'BANKRUPT') {
    const out = t('state.bankrupt');
    return {orders: out, decisions: out, finished: false};
  }
  if (status === 'OPEN') {
    const wait = t('state.notStarted');
    return {orders: wait, decisions: wait, finished: false};
  }
  if (status === 'PAUSED') {
    return {orders: t('state.paused'), decisions: null, finished: false};
  }
  return {orders: null, decisions: null, finished: false};
}

/** A hint beside the decisions while they are allowed but do not count at once. */
export function decisionsHint(status) {
  return status === 'PAUSED'
    ? t('state.pausedHint')
    : null;
}
