// How long a live connection waits before it tries again: doubling from 300 ms with each failed
// attempt, at most 5 s, with a random spread of ±25% so that a classroom of pages does not
// reconnect in one burst after a server restart.

const MAX_BACKOFF_MS = 5_000;

/** The delay in ms before the next attempt, after {@code failures} attempts in a row failed. */
export function reconnectDelay(failures) {
  return Math.min(MAX_BACKOFF_MS, 300 * 2 ** Math.min(failures, 5)) * (0.75 + Math.random() / 2);
}
