// The public HTTP API of the arena (and nothing else): JSON in and out, problem+json errors.

import {problemMessage, unreachable} from './problems.js';
import {t as say} from './i18n.js';

/** A refusal from the server (problem+json) or a failure to reach it (status 0). */
export class ApiError extends Error {
  constructor(status, problem) {
    const detail = status === 0 ? unreachable() : problemMessage(status, problem);
    const until = problem?.untilRound;
    // A refusal by a rule of the regulator says until when it holds, if the detail does not already.
    const says = typeof until === 'number' && !detail.includes(`round ${until}`) && !detail.includes(`第 ${until} 轮`);
    super(says ? say('problem.untilRound', {detail, round: until}) : detail);
    this.status = status;
    this.problem = problem ?? {};
    this.field = problem?.field ?? null;
    this.rule = problem?.rule ?? null;
    this.untilRound = problem?.untilRound ?? null;
  }
}

async function request(method, path, {body, token} = {}) {
  const headers = {Accept: 'application/json'};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit'});
  } catch (e) {
    throw new ApiError(0, {});
  }
  const type = response.headers.get('Content-Type') ?? '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, data ?? {detail: `HTTP ${response.status}`});
  return data;
}

const m = id => `/api/matches/${encodeURIComponent(id)}`;
const t = id => `/api/tournaments/${encodeURIComponent(id)}`;

function wsUrl(path) {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

export const api = {
  matches: ({archived = false} = {}) => request('GET', `/api/matches${archived ? '?archived=true' : ''}`),
  match: id => request('GET', m(id)),
  book: id => request('GET', `${m(id)}/book`),
  events: (id, from, limit) => request('GET', `${m(id)}/events?from=${from}&limit=${limit}`),
  me: (id, token) => request('GET', `${m(id)}/me`, {token}),

  register: name => request('POST', '/api/players', {body: {name}}),
  join: (id, token, name) => request('POST', `${m(id)}/seats`, {token, body: name ? {name} : undefined}),
  practice: (token, name) => request('POST', '/api/practice', {token, body: name ? {name} : undefined}),
  decisions: (id, token, decisions) => request('PUT', `${m(id)}/decisions`, {token, body: decisions}),
  placeOrder: (id, token, order) => request('POST', `${m(id)}/orders`, {token, body: order}),
  cancelOrder: (id, token, orderId) => request('DELETE', `${m(id)}/orders/${encodeURIComponent(orderId)}`, {token}),

  createMatch: (admin, config) => request('POST', '/api/matches', {token: admin, body: config}),
  changePolicy: (admin, id, policy, policySettings) => request('POST', `${m(id)}/policy`, {token: admin,
    body: policySettings && Object.keys(policySettings).length ? {policy, policySettings} : {policy}}),
  control: (admin, id, action) => request('POST', `${m(id)}/${action}`, {token: admin}),
  archive: (admin, id, archived = true) => request('POST', `${m(id)}/${archived ? 'archive' : 'unarchive'}`, {token: admin}),
  broadcast: (admin, id, text, firmId = null) => request('POST', `${m(id)}/messages`, {token: admin,
    body: firmId === null ? {text} : {text, firmId}}),
  connections: (admin, id) => request('GET', `${m(id)}/connections`, {token: admin}),
  joinCode: (admin, id) => request('GET', `${m(id)}/join-code`, {token: admin}),
  tournamentJoinCode: (admin, id) => request('GET', `${t(id)}/join-code`, {token: admin}),
  lookupJoinCode: code => request('GET', `/api/join/${encodeURIComponent(code)}`),

  exportUrl: (id, kind) => `${m(id)}/export/${kind}.csv`,
  streamUrl: (id, from) => wsUrl(`${m(id)}/stream${from ? `?from=${from}` : ''}`),

  tournaments: status => request('GET', `/api/tournaments${status ? `?status=${encodeURIComponent(status)}` : ''}`),
  tournament: id => request('GET', t(id)),
  tournamentLeaderboard: id => request('GET', `${t(id)}/leaderboard`),
  enterTournament: (id, token) => request('POST', `${t(id)}/entrants`, {token}),
  withdrawFromTournament: (id, token) => request('DELETE', `${t(id)}/entrants/me`, {token}),
  createTournament: (admin, settings) => request('POST', '/api/tournaments', {token: admin, body: settings}),
  controlTournament: (admin, id, action) => request('POST', `${t(id)}/${action}`, {token: admin}),
  leaderboard: () => request('GET', '/api/leaderboard'),
  ladder: () => request('GET', '/api/ladder'),
  ladderPlayer: id => request('GET', `/api/ladder/players/${encodeURIComponent(id)}`),
  joinLadder: token => request('POST', '/api/ladder/entrants', {token}),
  tournamentResultsUrl: id => `${t(id)}/results.csv`,
  tournamentStreamUrl: (id, from) => wsUrl(`${t(id)}/stream${from != null ? `?from=${from}` : ''}`),
};

/** A random id for idempotent retries (crypto.randomUUID needs a secure context; classrooms use plain http). */
export function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}
