// What the browser remembers. The player's token lives in localStorage, so a reload, a closed tab or
// a restarted server brings the student back to the same seat. The admin token lives in
// sessionStorage only: it is forgotten when the teacher closes the tab.

import {api, ApiError} from './api.js';

const PLAYER = 'arena.player';
const NAME = 'arena.name';
const SEATS = 'arena.seats';
const ADMIN = 'arena.admin';
const TOURNAMENTS = 'arena.tournaments';

function read(storage, key, fallback) {
  try {
    const raw = storage.getItem(key);
    return raw === null ? fallback : JSON.parse(raw);
  } catch {
    return fallback;
  }
}

function write(storage, key, value) {
  try {
    if (value === null || value === undefined) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the session still works until the tab closes
  }
}

/** {playerId, token, name} once registered, else null. */
export function player() {
  const p = read(localStorage, PLAYER, null);
  return p && typeof p.token === 'string' && typeof p.playerId === 'string' ? p : null;
}

export function forgetPlayer() {
  write(localStorage, PLAYER, null);
  write(localStorage, SEATS, null);
  write(localStorage, TOURNAMENTS, null);
}

export function chosenName() {
  return read(localStorage, NAME, '') || player()?.name || '';
}

export function chooseName(name) {
  write(localStorage, NAME, name);
}

/** Registers the player on first use; a server that no longer knows the token gets a new registration. */
export async function ensurePlayer(name) {
  const known = player();
  if (known) return known;
  const created = await api.register(name);
  const p = {playerId: created.playerId, token: created.token, name};
  write(localStorage, PLAYER, p);
  return p;
}

export function seats() {
  return read(localStorage, SEATS, {});
}

export function seatIn(matchId) {
  const firmId = seats()[matchId];
  return Number.isInteger(firmId) ? firmId : null;
}

export function rememberSeat(matchId, firmId) {
  write(localStorage, SEATS, {...seats(), [matchId]: firmId});
}

/**
 * Calls the server as the player, registering first if needed; a server that does not know this
 * browser's token (a fresh data directory) gets a new registration and the call once more.
 */
async function asPlayer(name, call) {
  const p = await ensurePlayer(name);
  try {
    return await call(p);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) throw e;
    forgetPlayer();
    return call(await ensurePlayer(name));
  }
}

/** Joins a match (idempotent: a seat already held is returned), registering first if needed. */
export async function join(matchId, name) {
  const seat = await asPlayer(name, p => api.join(matchId, p.token, name));
  rememberSeat(matchId, seat.firmId);
  return seat.firmId;
}

/** Starts (or returns to) the player's own practice match against house bots; answers its id. */
export async function practice(name) {
  const seat = await asPlayer(name, p => api.practice(p.token, name));
  rememberSeat(seat.matchId, seat.firmId);
  return seat.matchId;
}

/** The tournaments this browser's player registered for (a hint for the lists; the server's view decides). */
export function enteredTournaments() {
  const ids = read(localStorage, TOURNAMENTS, []);
  return Array.isArray(ids) ? ids.filter(id => typeof id === 'string') : [];
}

export function hasEntered(tournamentId) {
  return enteredTournaments().includes(tournamentId);
}

function rememberTournament(tournamentId, entered) {
  const others = enteredTournaments().filter(id => id !== tournamentId);
  write(localStorage, TOURNAMENTS, entered ? [...others, tournamentId] : others);
}

/** Registers for a tournament (idempotent: the server answers 200 when already registered), registering first if needed. */
export async function enterTournament(tournamentId, name) {
  const entrant = await asPlayer(name, p => api.enterTournament(tournamentId, p.token));
  rememberTournament(tournamentId, true);
  return entrant;
}

/** Withdraws from a tournament that has not started. */
export async function withdrawFromTournament(tournamentId) {
  const p = player();
  if (p) await api.withdrawFromTournament(tournamentId, p.token);
  rememberTournament(tournamentId, false);
}

/** Corrects the remembered entry from the server's list of entrants. */
export function noteEntry(tournamentId, entered) {
  if (entered !== hasEntered(tournamentId)) rememberTournament(tournamentId, entered);
}

export function adminToken() {
  return read(sessionStorage, ADMIN, null);
}

export function setAdminToken(token) {
  write(sessionStorage, ADMIN, token || null);
}
