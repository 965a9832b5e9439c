// What a student may do right now, and if not, why: the play view disables a form and shows the
// reason instead of letting a request fail (or silently do nothing). Pure, no DOM.

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
    const over = 'The match is over: nothing more can be bought or decided.';
    return {orders: over, decisions: over, finished: true};
  }
  if (!live) {
    const wait = 'Reconnecting to the arena: orders and decisions wait until the connection is back.';
    return {orders: wait, decisions: wait, finished: false};
  }
  if (firm === 'BANKRUPT') {
    const out = 'Your firm is bankrupt: it can no longer buy compute or set decisions.';
    return {orders: out, decisions: out, finished: false};
  }
  if (status === 'OPEN') {
    const wait = 'The match has not started yet: orders and decisions open with round 1.';
    return {orders: wait, decisions: wait, finished: false};
  }
  if (status === 'PAUSED') {
    return {orders: 'Paused by the teacher: orders wait until the match resumes.', decisions: null, finished: false};
  }
  return {orders: null, decisions: null, finished: false};
}

/** A hint beside the decisions while they are allowed but do not count at once. */
export function decisionsHint(status) {
  return status === 'PAUSED'
    ? 'Paused: decisions you apply now count when this round ends, after the match resumes.'
    : null;
}
