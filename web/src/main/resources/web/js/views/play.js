// The play view: a student's own firm (price, giveaway, R&D), the live compute order book, charts
// of every firm and of the market, the regulator feed, the standings, and the end-of-match summary.

import {h, fill, field, showProblem, clearProblems, badge} from '../dom.js';
import {api, ApiError} from '../api.js';
import * as session from '../session.js';
import {LiveMatch} from '../live.js';
import {MatchBoard} from './board.js';
import {BookPanel, numberOrNull} from './book.js';
import {renderRules} from './rules.js';
import {policyAbout} from '../catalog.js';
import {money, count, pct, decimal, cents} from '../format.js';

const REFRESH_ON = new Set(['order-placed', 'order-cancelled', 'round-settled', 'match-started', 'match-resumed',
  'match-paused', 'match-finished', 'decisions-set']);

export function mount(root, {matchId}) {
  const player = session.player();
  if (!player) return joinFirst(root, matchId);

  const live = new LiveMatch(matchId, {token: player.token});
  let mine = null;
  let bookData = null;
  let myFirmId = session.seatIn(matchId);
  const firmCard = new FirmCard(matchId, player.token, () => refreshTrading());
  const book = new BookPanel({matchId, token: player.token, onChanged: () => refreshTrading()});
  const notice = h('div', {});
  const board = new MatchBoard(live, {
    subtitle: 'Playing',
    me: () => myFirmId,
    onEvent: detail => {
      if (detail.kind === 'reset') {
        bookData = live.book ?? bookData;
        refreshTrading();
      } else if (REFRESH_ON.has(detail.event?.type)) {
        refreshTrading();
      }
    },
    onRender: model => {
      firmCard.render(model, mine);
      book.render(bookData, mine, model.summary.status, need(model));
    },
  });

  fill(root,
    board.header.el, board.banner.el, notice, board.summary,
    h('div', {class: 'play-grid'},
      h('div', {class: 'play-side'}, firmCard.el, book.el),
      h('div', {class: 'play-main'},
        h('section', {class: 'card'}, h('h2', {}, 'Market'), board.legend, board.chartsEl),
        h('section', {class: 'card'}, h('h2', {}, 'Firms'), h('div', {class: 'table-scroll'}, board.table)),
        h('div', {class: 'two-col'},
          h('section', {class: 'card'}, h('h2', {}, 'Regulator feed'), board.rules, board.feed),
          h('section', {class: 'card'}, h('h2', {}, 'Standings'), board.standings)))));

  function need(model) {
    if (!mine) return null;
    const perUnit = model.settings?.market?.usersPerUnit ?? 1000;
    const users = mine.firm.loyalUsers + mine.firm.mercenaryUsers;
    const capacity = mine.firm.capacity;
    return {users, capacity, missing: Math.ceil(users / perUnit) - capacity};
  }

  let inFlight = null;
  let again = false;
  async function refreshTrading() {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    inFlight = (async () => {
      try {
        const [me, depth] = await Promise.all([api.me(matchId, player.token), api.book(matchId)]);
        mine = me;
        bookData = depth;
        if (myFirmId !== me.firm.firmId) {
          myFirmId = me.firm.firmId;
          session.rememberSeat(matchId, myFirmId);
          board.invalidateCharts();
        }
        fill(notice);
      } catch (e) {
        if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
          if (e.status === 401) session.forgetPlayer();
          cleanup();
          joinFirst(root, matchId, e.message);
          return;
        }
        fill(notice, h('p', {class: 'notice error'}, e.message));
      } finally {
        inFlight = null;
      }
      board.schedule();
      if (again) {
        again = false;
        refreshTrading();
      }
    })();
    return inFlight;
  }

  live.start();

  function cleanup() {
    live.close();
    board.destroy();
  }
  return cleanup;
}

/** The student's own firm: its numbers, last round's results and the decision controls. */
class FirmCard {
  constructor(matchId, token, onSaved) {
    this.matchId = matchId;
    this.token = token;
    this.onSaved = onSaved;
    this.dirty = false;
    this.title = h('h2', {class: 'firm-title'});
    this.stats = h('dl', {class: 'stats', dataset: {myFirm: ''}});
    this.last = h('div', {class: 'last-round', dataset: {lastRound: ''}});
    const input = (name, placeholder) => {
      const el = h('input', {name, type: 'number', min: '0', step: '1', inputmode: 'numeric', placeholder});
      el.addEventListener('input', () => { this.dirty = true; });
      return el;
    };
    this.price = input('price', 'e.g. 10');
    this.bounty = input('bounty', '0');
    this.rnd = input('rnd', '0');
    this.save = h('button', {type: 'submit', class: 'primary'}, 'Apply decisions');
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.inForce = h('p', {class: 'hint', dataset: {inForce: ''}});
    this.policy = h('p', {class: 'my-policy', dataset: {myPolicy: ''}});
    this.myRules = h('ul', {class: 'rules my-rules', dataset: {myRules: ''}, hidden: true});
    this.form = h('form', {class: 'decisions', novalidate: true, onsubmit: e => this.submit(e)},
      field('Price', this.price, {hint: '¢ each served user pays per round', errorFor: 'price'}),
      field('Giveaway', this.bounty, {hint: '¢ you pay for each user you win', errorFor: 'bounty'}),
      field('R&D', this.rnd, {hint: '¢ invested in quality this round', errorFor: 'rnd'}),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      h('div', {class: 'row'}, this.save, this.result), this.inForce);
    this.el = h('section', {class: 'card firm-card'}, this.title, this.stats, this.policy, this.myRules, this.form,
      this.last,
      h('details', {class: 'howto'}, h('summary', {}, 'How to play'),
        h('ul', {},
          h('li', {}, 'Each round, users pick the firm with the best mix of quality and price; mercenary users chase giveaways.'),
          h('li', {}, 'Buy compute in the order book: users you cannot serve leave, and unused capacity is wasted.'),
          h('li', {}, 'Revenue = price × served users. You pay giveaways, R&D and a fixed cost of $500 per round.'),
          h('li', {}, 'R&D raises quality slowly. Below zero cash you are bankrupt. Most cash at the end wins.'))));
  }

  render(model, mine) {
    const policy = model.summary.policy;
    this.policy.dataset.myPolicy = policy ?? '';
    fill(this.policy, policy ? ['Regulator: ', h('strong', {}, policy), h('span', {class: 'sub'}, ` — ${policyAbout(policy)}`)] : null);
    renderRules(this.myRules, model, {firmId: mine ? mine.firm.firmId : null, title: 'Rules in force for you',
      empty: policy && policy !== 'laissez-faire' ? 'No rule limits your decisions now.' : null});
    if (!mine) {
      fill(this.title, 'Your firm');
      return;
    }
    const f = mine.firm;
    const pub = model.firms.get(f.firmId);
    fill(this.title, h('span', {class: 'firm-name'}, f.name), ' ', h('span', {class: 'sub'}, `firm #${f.firmId}`), ' ',
      badge(f.status));
    const users = f.loyalUsers + f.mercenaryUsers;
    fill(this.stats,
      stat('Cash', money(f.cash), f.reservedCash ? `${money(f.reservedCash)} held for bids` : 'available', 'cash', f.cash),
      stat('Users', count(users), `${count(f.loyalUsers)} loyal · ${count(f.mercenaryUsers)} mercenary`, 'users', users),
      stat('Share', pct(pub?.share ?? 0), 'of served users', 'share', pub?.share ?? 0),
      stat('Quality', decimal(f.quality, 3), 'R&D raises it', 'quality', f.quality),
      stat('Compute', `${count(f.capacity)} units`, f.reservedCapacity ? `${count(f.reservedCapacity)} offered for sale` : 'this round',
        'capacity', f.capacity));
    const d = f.decisions;
    if (!this.dirty && document.activeElement?.form !== this.form) {
      this.price.value = d.price;
      this.bounty.value = d.bounty;
      this.rnd.value = d.rnd;
    }
    fill(this.inForce, `In force: price ${cents(d.price)}, giveaway ${cents(d.bounty)}, R&D ${cents(d.rnd)}.`);
    const running = model.summary.status === 'RUNNING' || model.summary.status === 'PAUSED';
    this.save.disabled = !running || f.status === 'BANKRUPT';
    this.renderLast(model, f.firmId);
  }

  renderLast(model, firmId) {
    const r = model.rounds[model.rounds.length - 1];
    const fr = r?.firms.find(x => x.firmId === firmId);
    if (!fr) {
      fill(this.last, h('p', {class: 'hint'}, 'Your results appear here after each round.'));
      return;
    }
    this.last.dataset.round = r.round;
    const item = (label, value, key, raw) => h('div', {dataset: {col: key, value: raw}}, h('dt', {}, label), h('dd', {}, value));
    fill(this.last, h('h3', {}, `Round ${r.round} results`),
      h('dl', {class: 'mini'},
        item('Price', cents(fr.price), 'price', fr.price),
        item('Served', `${count(fr.served)} of ${count(fr.users)}`, 'served', fr.served),
        item('New users', count(fr.newUsers), 'newUsers', fr.newUsers),
        item('Revenue', money(fr.revenue), 'revenue', fr.revenue),
        item('Giveaways', money(fr.giveaway), 'giveaway', fr.giveaway),
        item('Compute', money(fr.computeCost), 'computeCost', fr.computeCost),
        fr.fine ? item('Fines', money(fr.fine), 'fine', fr.fine) : null,
        fr.subsidy ? item('Subsidies', money(fr.subsidy), 'subsidy', fr.subsidy) : null));
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    const body = {price: numberOrNull(this.price.value), bounty: numberOrNull(this.bounty.value),
      rnd: numberOrNull(this.rnd.value)};
    this.save.disabled = true;
    try {
      await api.decisions(this.matchId, this.token, body);
      this.dirty = false;
      this.result.textContent = 'Saved: they count when this round ends.';
      this.onSaved();
    } catch (e) {
      showProblem(this.form, e);
    } finally {
      this.save.disabled = false;
    }
  }
}

function stat(label, value, sub, key, raw) {
  return h('div', {class: 'stat', dataset: {stat: key, value: raw}},
    h('dt', {}, label), h('dd', {}, value), h('span', {class: 'stat-sub'}, sub));
}

/** Not seated (or the server does not know this browser's token): a name and a Join button. */
function joinFirst(root, matchId, reason = null) {
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', required: true, value: session.chosenName()});
  const form = h('form', {class: 'card narrow', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearProblems(form);
    try {
      session.chooseName(name.value.trim());
      await session.join(matchId, name.value.trim());
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } catch (err) {
      showProblem(form, err);
    }
  }},
  h('h2', {}, 'Join this match'),
  reason ? h('p', {class: 'hint'}, reason) : null,
  field('Your firm’s name', name, {errorFor: 'name'}),
  h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, 'Join'),
    h('a', {class: 'button', href: `#/watch/${encodeURIComponent(matchId)}`}, 'Just watch')));
  fill(root, form);
  return () => {};
}
