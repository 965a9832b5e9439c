// A small Involution Arena bot for Node 20: built-in fetch for the HTTP API, the `ws` package for
// the match's WebSocket stream.
//
// It registers a player, joins a match, and every round buys compute for its users and prices its
// service at its compute cost plus a markup (a "cost-plus" firm). The stream is followed with
// resync: after a lost connection it reconnects with ?from=<last seq + 1>, and skips any event it
// has already seen, so no event is missed or handled twice.
//
// Run: node bot.js --server http://localhost:8080 [--match ID] [--name NAME]
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const RND_PER_ROUND = 40_000; // cents of R&D a round, to keep quality from decaying
const MARKUP = 0.5; //           price = compute cost per user x (1 + MARKUP)
const GROWTH = 0.15; //          buy compute for 15% more users than we have

const { values: args } = parseArgs({
  options: {
    server: { type: 'string', default: 'http://localhost:8080' },
    match: { type: 'string' },
    name: { type: 'string', default: 'js-bot' },
  },
});
const server = args.server.replace(/\/+$/, '');
let token = null;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The arena refused a request; `problem` is its problem+json (type, title, status, detail, rule, field). */
class ArenaError extends Error {
  constructor(status, problem) {
    super(`${status} ${problem.title}: ${problem.detail} (rule ${problem.rule})`);
    this.status = status;
    this.problem = problem;
  }
}

/**
 * Sends a request and returns the JSON answer. Repeats it after a 429 (waiting Retry-After), and
 * after a 5xx or a lost connection when that is safe: reads, and writes with an idempotency key or
 * clientOrderId, which are sent unchanged on every attempt.
 */
async function call(method, path, body, key) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (key) headers['Idempotency-Key'] = key;
  const safe = method === 'GET' || key !== undefined || body?.clientOrderId !== undefined;
  for (let attempt = 1; ; attempt++) {
    let response;
    try {
      response = await fetch(server + path, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
    } catch (e) {
      if (attempt < 6 && safe) { await sleep(200 * 2 ** (attempt - 1)); continue; }
      throw e;
    }
    if (response.ok) return response.json();
    if (attempt < 6 && response.status === 429) {
      await sleep(1000 * Number(response.headers.get('Retry-After') ?? 1));
      continue;
    }
    if (attempt < 6 && safe && [500, 502, 503, 504].includes(response.status)) {
      await sleep(200 * 2 ** (attempt - 1));
      continue;
    }
    const text = await response.text();
    let problem;
    try { problem = JSON.parse(text); } catch { problem = { title: response.statusText, detail: text.slice(0, 200) }; }
    throw new ArenaError(response.status, problem);
  }
}

async function pickMatch(wanted) {
  if (wanted) return wanted;
  const matches = await call('GET', '/api/matches');
  for (const status of ['OPEN', 'RUNNING']) {
    const free = matches.find((m) => m.status === status && m.firms < m.seats);
    if (free) return free.matchId;
  }
  throw new Error('no OPEN or RUNNING match with a free seat');
}

/** One round of cost-plus: post a price and a bid for enough compute. */
async function playRound(matchId, round, settings) {
  const { firm } = await call('GET', `/api/matches/${matchId}/me`);
  if (firm.status !== 'ACTIVE') return;
  const book = await call('GET', `/api/matches/${matchId}/book`);
  const unitCost = book.asks.length > 0 ? book.asks[0].price : settings.baseCost;
  const limit = Math.round(unitCost * (1 + MARKUP * 0.6)); // the most we pay per unit
  const users = firm.loyalUsers + firm.mercenaryUsers;
  const wanted = Math.ceil((users * (1 + GROWTH)) / settings.usersPerUnit) + 1;
  const affordable = Math.floor(Math.max(0, firm.cash - firm.reservedCash - RND_PER_ROUND) / limit);
  const price = Math.max(1, Math.round((unitCost * (1 + MARKUP)) / settings.usersPerUnit));
  try {
    await call('PUT', `/api/matches/${matchId}/decisions`, { price, bounty: 0, rnd: RND_PER_ROUND }, randomUUID());
    const quantity = Math.min(wanted, affordable);
    if (quantity > 0) {
      await call('POST', `/api/matches/${matchId}/orders`,
        { side: 'BUY', price: limit, quantity, clientOrderId: `round-${round}` });
    }
  } catch (e) {
    if (!(e instanceof ArenaError)) throw e;
    console.log(`round ${round}: refused: ${e.message}`);
  }
}

/**
 * Follows the match's stream: calls onMessage(message) for the snapshot and then for every event
 * exactly once, in order, reconnecting from the last seen sequence number when the connection drops
 * or stays silent for 30 s (the arena sends a heartbeat every 10 s of quiet).
 */
function follow(matchId, onMessage) {
  const base = server.replace(/^http/, 'ws') + `/api/matches/${matchId}/stream`;
  let last = null; // sequence number of the last event handled (or of the snapshot)
  let stopped = false;
  let failures = 0;
  let socket;
  const connect = () => {
    socket = new WebSocket(last === null ? base : `${base}?from=${last + 1}`);
    let idle;
    const alive = () => { clearTimeout(idle); idle = setTimeout(() => socket.terminate(), 30_000); };
    socket.on('open', alive);
    socket.on('message', (data) => {
      alive();
      failures = 0;
      const message = JSON.parse(data.toString());
      if (message.type === 'snapshot') {
        if (last !== null) return;
        last = message.seq;
      } else if (typeof message.seq === 'number') {
        if (last === null || message.seq <= last) return; //  already handled
        if (message.seq > last + 1) { socket.terminate(); return; } // a gap: resync
        last = message.seq;
      }
      onMessage(message);
    });
    socket.on('error', () => {}); // 'close' follows
    socket.on('close', () => {
      clearTimeout(idle);
      if (stopped) return;
      failures++;
      setTimeout(connect, Math.min(5_000, 100 * 2 ** (failures - 1)));
    });
  };
  connect();
  return () => { stopped = true; socket.close(); };
}

async function main() {
  token = (await call('POST', '/api/players', { name: args.name })).token;
  const matchId = await pickMatch(args.match);
  const { firmId } = await call('POST', `/api/matches/${matchId}/seats`, undefined, randomUUID());
  const [created] = await call('GET', `/api/matches/${matchId}/events?from=1&limit=1`);
  const { market } = created.settings;
  const settings = { usersPerUnit: market.usersPerUnit, baseCost: market.supply.baseCost };
  console.log(`joined match ${matchId} as firm ${firmId}`);

  let rounds = 0;
  let current = 0; // the round open now, 0 if none
  let status = 'OPEN';
  let played = 0;
  let work = Promise.resolve(); // messages are handled one after the other
  await new Promise((resolve, reject) => {
    const stop = follow(matchId, (message) => {
      work = work.then(async () => {
        switch (message.type) {
          case 'snapshot':
            ({ rounds, status } = message.match.summary);
            current = status === 'RUNNING' || status === 'PAUSED' ? message.match.summary.round : 0;
            if (status === 'FINISHED') { stop(); resolve(); }
            break;
          case 'match-started':
            status = 'RUNNING';
            current = 1;
            break;
          case 'round-settled': {
            const { report } = message;
            const mine = report.firms.find((f) => f.firmId === firmId);
            if (mine) {
              console.log(`round ${report.round}/${rounds}: users ${mine.users}, share ${(mine.share * 100).toFixed(1)}%, `
                + `cash ${mine.cash}, price ${mine.price}`);
            }
            if (message.nextDeadline > 0) current = report.round + 1;
            break;
          }
          case 'match-paused': status = 'PAUSED'; break;
          case 'match-resumed': status = 'RUNNING'; break;
          case 'match-finished': {
            const standing = message.standings.find((s) => s.firmId === firmId);
            if (standing) {
              console.log(`match finished: rank ${standing.rank} of ${message.standings.length}, score ${standing.score}`);
            }
            stop();
            resolve();
            return;
          }
          default: break; // heartbeats, and event types this bot does not know yet
        }
        if (status === 'RUNNING' && current > played) {
          played = current;
          await playRound(matchId, current, settings);
        }
      }).catch((e) => { stop(); reject(e); });
    });
  });
}

main().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
