// The teacher console (admin token): create matches from a preset or custom settings (regulator
// policy and thresholds included), start, pause, resume and stop them, switch a running match's
// regulator, broadcast messages, see who is connected and download CSVs; create and run tournaments.

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api, ApiError} from '../api.js';
import * as session from '../session.js';
import {STRATEGIES, POLICIES, PRESETS, THRESHOLD_GROUPS, policyAbout, describeSettings} from '../catalog.js';
import {seconds} from '../format.js';
import {TournamentConsole} from './teacher-tournaments.js';

const CONTROLS = {
  OPEN: ['start', 'stop'],
  RUNNING: ['pause', 'stop'],
  PAUSED: ['resume', 'stop'],
  FINISHED: ['archive'],
};

export function mount(root) {
  let inner = () => {};
  const restart = (reason = null) => {
    inner();
    inner = session.adminToken() ? consoleView(root, restart) : tokenForm(root, restart, reason);
  };
  restart();
  return () => inner();
}

function consoleView(root, restart) {
  const admin = () => session.adminToken();

  const createForm = new CreateForm(admin, id => {
    selected = id;
    refresh();
  });
  const body = h('tbody', {});
  const listStatus = h('p', {class: 'muted', role: 'status'});
  const archiveAll = h('button', {type: 'button', class: 'small', dataset: {archiveFinished: ''}, hidden: true,
    onclick: () => archiveFinished()}, 'Archive finished');
  const archivedList = h('ul', {class: 'match-list', dataset: {archived: ''}});
  const archivedCount = h('span', {class: 'sub'});
  const archive = h('details', {class: 'archive', dataset: {archive: ''}},
    h('summary', {}, 'Archive ', archivedCount), archivedList);
  archive.addEventListener('toggle', () => loadArchive());
  const panel = h('div', {class: 'match-panel'});
  let selected = null;
  let matches = [];
  let armedStop = null;
  const tournaments = new TournamentConsole(admin, e => expired(e));

  fill(root,
    h('div', {class: 'page-head'},
      h('h1', {}, 'Teacher console'),
      h('div', {class: 'actions'},
        h('a', {class: 'button small', href: '#/teacher', dataset: {jump: 'tournaments'},
          onclick: e => { e.preventDefault(); tournaments.el.scrollIntoView({block: 'start'}); }}, 'Tournaments ↓'),
        h('button', {type: 'button', class: 'ghost small', onclick: () => { session.setAdminToken(null); restart(); }},
          'Forget admin token'))),
    h('div', {class: 'teacher-grid'},
      createForm.el,
      h('div', {class: 'teacher-main'},
        h('section', {class: 'card'}, h('div', {class: 'card-head'}, h('h2', {}, 'Matches'), archiveAll),
          h('div', {class: 'table-scroll'}, h('table', {class: 'table matches', dataset: {teacherMatches: ''}},
            h('thead', {}, h('tr', {}, h('th', {}, 'Match'), h('th', {}, 'Status'), h('th', {}, 'Round'),
              h('th', {}, 'Seats'), h('th', {}, 'Regulator'), h('th', {}, 'Controls'))),
            body)),
          listStatus,
          h('p', {class: 'hint'}, 'Archive a finished match to take it out of the lists; its replay and CSVs stay.'),
          archive),
        panel)),
    tournaments.el);

  async function control(id, action) {
    if (action === 'stop' && armedStop !== id) {
      armedStop = id;
      render();
      return;
    }
    armedStop = null;
    try {
      if (action === 'archive' || action === 'unarchive') await api.archive(admin(), id, action === 'archive');
      else await api.control(admin(), id, action);
      listStatus.textContent = '';
    } catch (e) {
      if (!expired(e)) listStatus.textContent = e.message;
    }
    refresh();
    if (archive.open) loadArchive();
  }

  async function archiveFinished() {
    for (const m of matches.filter(x => x.status === 'FINISHED')) {
      try {
        await api.archive(admin(), m.matchId);
      } catch (e) {
        if (expired(e)) return;
        listStatus.textContent = e.message;
      }
    }
    refresh();
    if (archive.open) loadArchive();
  }

  async function loadArchive() {
    if (!archive.open) return;
    try {
      const list = (await api.matches({archived: true})).reverse();
      archivedCount.textContent = `(${list.length})`;
      fill(archivedList, list.length ? list.map(m => h('li', {class: 'match-line', dataset: {match: m.matchId}},
        h('div', {class: 'match-info'}, h('span', {class: 'match-name'}, m.name),
          h('span', {class: 'sub'}, `${m.matchId} · ${m.rounds} rounds · ${m.policy}`)),
        h('div', {class: 'actions'},
          h('a', {class: 'button small', href: `#/replay/${encodeURIComponent(m.matchId)}`}, 'Replay'),
          h('button', {type: 'button', class: 'small', dataset: {control: 'unarchive'},
            onclick: () => control(m.matchId, 'unarchive')}, 'Unarchive'))))
        : h('li', {class: 'muted'}, 'Nothing archived.'));
    } catch (e) {
      if (!expired(e)) fill(archivedList, h('li', {class: 'muted'}, e.message));
    }
  }

  function expired(e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      session.setAdminToken(null);
      restart('The arena did not accept this admin token. Enter it again.');
      return true;
    }
    return false;
  }

  function row(m) {
    const buttons = (CONTROLS[m.status] ?? []).map(action => {
      const confirming = action === 'stop' && armedStop === m.matchId;
      return h('button', {type: 'button', class: ['small', action === 'stop' ? 'danger' : action === 'archive' ? null : 'primary'],
        dataset: {control: action}, onclick: () => control(m.matchId, action)},
        confirming ? 'Really stop?' : action[0].toUpperCase() + action.slice(1));
    });
    return h('tr', {class: [m.matchId === selected && 'selected'], dataset: {match: m.matchId, status: m.status}},
      h('th', {scope: 'row'},
        h('button', {type: 'button', class: 'link', onclick: () => { selected = m.matchId; render(); loadPanel(); }},
          m.name), m.demo ? h('span', {class: 'tag'}, 'demo') : null, m.practice ? h('span', {class: 'tag'}, 'practice') : null,
        h('span', {class: 'sub'}, `${m.matchId} · ${seconds(m.roundMillis)} rounds`)),
      h('td', {}, badge(m.status)),
      h('td', {class: 'num'}, `${m.round} / ${m.rounds}`),
      h('td', {class: 'num'}, `${m.firms} / ${m.seats}`),
      h('td', {class: 'nowrap', dataset: {col: 'policy', value: m.policy}}, m.policy),
      h('td', {}, h('div', {class: 'actions'}, buttons)));
  }

  function render() {
    fill(body, matches.length ? matches.map(row) : h('tr', {}, h('td', {colspan: 6, class: 'muted'},
      'No matches yet: create one.')));
    const finished = matches.filter(m => m.status === 'FINISHED').length;
    archiveAll.hidden = finished === 0;
    archiveAll.textContent = `Archive ${finished} finished`;
  }

  async function refresh() {
    try {
      matches = (await api.matches()).reverse();
      if (!selected && matches.length) selected = matches[0].matchId;
      render();
      loadPanel();
    } catch (e) {
      listStatus.textContent = e.message;
    }
  }

  const message = h('textarea', {name: 'text', rows: '2', maxlength: '500', placeholder: 'e.g. Two minutes left — check your cash!'});
  const sendForm = h('form', {class: 'broadcast', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearProblems(sendForm);
    try {
      await api.broadcast(admin(), selected, message.value);
      message.value = '';
      sent.textContent = 'Sent: it appears in every player’s feed.';
    } catch (err) {
      if (!expired(err)) showProblem(sendForm, err);
    }
  }},
  field('Message to everyone in the match', message, {errorFor: 'text'}),
  h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, 'Broadcast')));
  const sent = h('p', {class: 'form-result', role: 'status'});
  sendForm.append(sent);
  const connections = h('div', {class: 'connections', dataset: {connections: ''}});
  let panelFor = null;
  let policySwitch = null;

  async function loadPanel() {
    const m = matches.find(x => x.matchId === selected);
    if (!m) {
      fill(panel);
      return;
    }
    if (panelFor !== m.matchId) {
      panelFor = m.matchId;
      sent.textContent = '';
      const id = encodeURIComponent(m.matchId);
      policySwitch = new PolicySwitch(admin, m, expired, () => refresh());
      fill(panel, h('section', {class: 'card', dataset: {panel: m.matchId}},
        h('h2', {}, m.name),
        policySwitch.el,
        h('div', {class: 'panel-grid'},
          h('div', {}, h('h3', {}, 'Broadcast'), sendForm),
          h('div', {}, h('h3', {}, 'Connected now'), connections),
          h('div', {}, h('h3', {}, 'Students join at'),
            h('p', {class: 'share-url'}, `${location.origin}/`),
            h('h3', {}, 'Open'),
            h('ul', {class: 'links'},
              h('li', {}, h('a', {href: `#/watch/${id}`}, 'Projector view')),
              h('li', {}, h('a', {href: `#/replay/${id}`}, 'Replay'))),
            h('h3', {}, 'Download CSV'),
            h('ul', {class: 'links'}, ['rounds', 'trades', 'interventions'].map(kind =>
              h('li', {}, h('a', {href: api.exportUrl(m.matchId, kind), download: `match-${m.matchId}-${kind}.csv`,
                dataset: {export: kind}}, `${kind}.csv`))))))));
    }
    policySwitch?.update(m);
    try {
      const c = await api.connections(admin(), m.matchId);
      if (panelFor !== m.matchId) return;
      fill(connections,
        h('p', {class: 'big-number', dataset: {count: c.connections}}, String(c.connections),
          h('span', {}, c.connections === 1 ? ' connection' : ' connections')),
        h('p', {class: 'hint'}, `${plural(c.players.length, 'player')} identified, `
          + `${plural(c.anonymous, 'other connection')} (projectors, spectators, bots)`),
        c.players.length
          ? h('ul', {class: 'people'}, c.players.map(p => h('li', {dataset: {playerId: p.playerId}},
            h('span', {class: 'person-name'}, p.name),
            h('span', {class: 'sub'}, p.firmId === null ? 'no seat' : `firm #${p.firmId}`),
            p.connections > 1 ? h('span', {class: 'sub'}, ` · ${p.connections} tabs`) : null)))
          : null);
    } catch (e) {
      if (!expired(e)) fill(connections, h('p', {class: 'muted'}, e.message));
    }
  }

  refresh();
  tournaments.refresh();
  const timer = setInterval(() => {
    refresh();
    tournaments.refresh();
  }, 2500);
  function cleanup() {
    clearInterval(timer);
  }
  return cleanup;
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function tokenForm(root, restart, reason = null) {
  const token = h('input', {name: 'token', type: 'password', autocomplete: 'off', required: true});
  const form = h('form', {class: 'card narrow', novalidate: true, onsubmit: e => {
    e.preventDefault();
    if (!token.value.trim()) {
      showProblem(form, {field: 'token', message: 'Paste the admin token.'});
      return;
    }
    session.setAdminToken(token.value.trim());
    restart();
  }},
  h('h1', {}, 'Teacher console'),
  reason ? h('p', {class: 'notice error'}, reason) : null,
  h('p', {}, 'Enter the arena’s admin token once; this tab keeps it until you close it.'),
  field('Admin token', token, {errorFor: 'token',
    hint: 'Set by ARENA_ADMIN_TOKEN, or generated at the first start into <data-dir>/admin-token.'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, 'Continue')));
  fill(root, form);
  token.focus();
  return () => {};
}

/** Create a match: a preset fills in the defaults; every field can be changed. */
class CreateForm {
  constructor(admin, onCreated) {
    this.admin = admin;
    this.onCreated = onCreated;
    const preset = PRESETS[0];
    this.preset = h('select', {name: 'preset'}, PRESETS.map(p => h('option', {value: p.name}, p.label)));
    this.presetHint = h('span', {}, preset.about);
    this.name = h('input', {name: 'name', type: 'text', maxlength: '64', placeholder: 'e.g. Economics 101, group B'});
    this.rounds = h('input', {name: 'rounds', type: 'number', min: '1', step: '1', value: String(preset.rounds)});
    this.roundSeconds = h('input', {name: 'roundSeconds', type: 'number', min: '0.1', step: '0.1',
      value: String(preset.roundMillis / 1000)});
    this.seats = h('input', {name: 'seats', type: 'number', min: '2', max: '32', step: '1', value: String(preset.seats)});
    this.seed = h('input', {name: 'seed', type: 'number', min: '0', step: '1', placeholder: 'random'});
    this.policy = policySelect();
    this.policyHint = h('span', {dataset: {policyAbout: ''}}, POLICIES[0].about);
    this.thresholds = new Thresholds('create');
    this.policy.addEventListener('change', () => {
      this.policyHint.textContent = policyAbout(this.policy.value);
      this.thresholds.highlight(this.policy.value);
    });
    this.thresholds.highlight(this.policy.value);
    this.bots = STRATEGIES.map(s => ({strategy: s.name,
      input: h('input', {name: `bots-${s.name}`, type: 'number', min: '0', max: '32', step: '1', value: '0',
        dataset: {strategy: s.name}})}));
    this.preset.addEventListener('change', () => {
      const p = PRESETS.find(x => x.name === this.preset.value);
      this.roundSeconds.value = String(p.roundMillis / 1000);
      this.seats.value = String(p.seats);
      this.presetHint.textContent = p.about;
    });
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.form = h('form', {class: 'create', novalidate: true, dataset: {createMatch: ''}, onsubmit: e => this.submit(e)},
      field('Preset', this.preset, {errorFor: 'preset', hint: this.presetHint}),
      field('Name', this.name, {errorFor: 'name'}),
      h('div', {class: 'row'},
        field('Rounds', this.rounds, {errorFor: 'rounds'}),
        field('Round (s)', this.roundSeconds, {errorFor: 'roundMillis'}),
        field('Seats', this.seats, {errorFor: 'maxFirms'})),
      field('Regulator policy', this.policy, {errorFor: 'policy', hint: this.policyHint}),
      this.thresholds.el,
      h('fieldset', {class: 'bots'}, h('legend', {}, 'House bots'),
        h('p', {class: 'hint'}, 'Bots take seats at creation so a small class still has a market.'),
        h('div', {class: 'bot-rows'}, this.bots.map(b => {
          const s = STRATEGIES.find(x => x.name === b.strategy);
          return h('label', {class: 'bot-row', title: s.about}, h('span', {class: 'bot-name'}, s.label), b.input,
            h('span', {class: 'bot-about'}, s.about));
        })),
        h('span', {class: 'field-error', dataset: {errorFor: 'houseBots'}, role: 'alert'})),
      field('Seed', this.seed, {errorFor: 'seed', hint: 'The same seed and the same moves replay the same match.'}),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, 'Create match'), this.result));
    this.el = h('section', {class: 'card create-card'}, h('h2', {}, 'New match'), this.form);
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    const houseBots = [];
    for (const b of this.bots) {
      const n = Math.max(0, Math.floor(Number(b.input.value) || 0));
      for (let i = 0; i < n; i++) houseBots.push(b.strategy);
    }
    const number = v => (v === '' ? undefined : Number(v));
    const config = {
      preset: this.preset.value,
      name: this.name.value.trim() || undefined,
      rounds: number(this.rounds.value),
      roundMillis: this.roundSeconds.value === '' ? undefined : Math.round(Number(this.roundSeconds.value) * 1000),
      seats: number(this.seats.value),
      seed: number(this.seed.value),
      houseBots,
      policy: this.policy.value,
      policySettings: this.thresholds.values(),
    };
    try {
      const created = await api.createMatch(this.admin(), config);
      this.result.textContent = `Created ${created.matchId}. Students can join from the lobby now.`;
      this.name.value = '';
      this.onCreated(created.matchId);
    } catch (e) {
      const problems = e.problem?.problems;
      showProblem(this.form, e);
      this.thresholds.revealProblems();
      if (Array.isArray(problems)) {
        for (const p of problems.slice(1)) {
          const slot = this.form.querySelector(`[data-error-for="${p.field}"]`);
          if (slot && !slot.textContent) slot.textContent = `${p.field} ${p.message}`;
        }
      }
    }
  }
}

function policySelect(value) {
  return h('select', {name: 'policy'}, POLICIES.map(p =>
    h('option', {value: p.name, title: p.about, selected: p.name === value}, p.label)));
}

/**
 * The regulator's thresholds, collapsed by default: empty inputs keep the server's defaults (shown as
 * placeholders); only the ones filled in are sent, as policySettings. Errors for
 * "policySettings.<name>" appear next to their input.
 */
class Thresholds {
  constructor(id, note = 'Leave a box empty to keep the default shown in it.') {
    this.inputs = [];
    this.groups = THRESHOLD_GROUPS.map(g => {
      const fields = g.fields.map(f => {
        const input = h('input', {name: `policySettings.${f.name}`, type: 'number', step: f.step, min: '0',
          placeholder: String(f.def), inputmode: 'decimal', dataset: {threshold: f.name}});
        this.inputs.push({name: f.name, input, cents: Boolean(f.cents)});
        return h('label', {class: 'field threshold', title: f.hint},
          h('span', {class: 'field-label'}, f.label), input,
          h('span', {class: 'field-hint'}, f.hint),
          h('span', {class: 'field-error', dataset: {errorFor: `policySettings.${f.name}`}, role: 'alert'}));
      });
      const el = h('fieldset', {class: 'threshold-group'}, h('legend', {}, g.label),
        h('div', {class: 'threshold-grid'}, fields));
      return {policies: g.policies, el};
    });
    this.note = h('p', {class: 'hint'});
    this.el = h('details', {class: 'thresholds', dataset: {thresholds: id}},
      h('summary', {}, 'Regulator thresholds ', h('span', {class: 'sub'}, '(optional)')),
      h('p', {class: 'hint'}, `${note} Shares are fractions: 0.35 is 35%.`),
      this.note,
      this.groups.map(g => g.el),
      h('span', {class: 'field-error', dataset: {errorFor: 'policySettings'}, role: 'alert'}));
  }

  /** Dims the groups the chosen policy does not use. */
  highlight(policy) {
    for (const g of this.groups) g.el.classList.toggle('unused', !g.policies.includes(policy));
    this.note.textContent = policy === 'laissez-faire' ? 'Laissez-faire never intervenes: no threshold applies.' : '';
  }

  values() {
    const out = {};
    for (const {name, input, cents} of this.inputs) {
      const n = Number(input.value);
      if (input.value.trim() !== '' && Number.isFinite(n)) out[name] = cents ? Math.round(n * 100) : n;
    }
    return Object.keys(out).length ? out : undefined;
  }

  count() {
    return Object.keys(this.values() ?? {}).length;
  }

  /** Opens the section when the server named one of its thresholds. */
  revealProblems() {
    if ([...this.el.querySelectorAll('.field-error')].some(slot => slot.textContent)) this.el.open = true;
  }
}

/** Switches the regulator of the selected match (POST /api/matches/{id}/policy) and shows the answer. */
class PolicySwitch {
  constructor(admin, match, expired, onSwitched) {
    this.admin = admin;
    this.matchId = match.matchId;
    this.expired = expired;
    this.onSwitched = onSwitched;
    this.current = h('strong', {dataset: {currentPolicy: ''}});
    this.policy = policySelect(match.policy);
    this.hint = h('span', {}, policyAbout(match.policy));
    this.thresholds = new Thresholds('switch',
      'A switch starts from the defaults shown: fill in every threshold this match should keep different.');
    this.thresholds.highlight(match.policy);
    this.policy.addEventListener('change', () => {
      this.hint.textContent = policyAbout(this.policy.value);
      this.thresholds.highlight(this.policy.value);
    });
    this.button = h('button', {type: 'submit', class: 'primary'}, 'Switch policy');
    this.result = h('p', {class: 'form-result', role: 'status', dataset: {policyResult: ''}});
    this.form = h('form', {class: 'policy-switch', novalidate: true, dataset: {policySwitch: match.matchId},
      onsubmit: e => this.submit(e)},
    h('div', {class: 'row'},
      field('New policy', this.policy, {errorFor: 'policy'}),
      h('div', {class: 'field switch-action'}, this.button)),
    h('p', {class: 'field-hint switch-about'}, this.hint),
    this.thresholds.el,
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
    this.result);
    this.el = h('div', {class: 'regulator-panel'},
      h('h3', {}, 'Regulator'),
      h('p', {class: 'policy-now'}, 'In force: ', this.current, ' ', h('span', {class: 'sub'}, '— switching applies from the next round.')),
      this.form);
    this.update(match);
  }

  update(match) {
    this.current.textContent = match.policy;
    this.current.dataset.currentPolicy = match.policy;
    const over = match.status === 'FINISHED';
    this.button.disabled = Boolean(over || this.busy);
    this.button.title = over ? 'The match is over.' : '';
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    this.result.classList.remove('error');
    this.busy = true;
    this.button.disabled = true;
    try {
      const answer = await api.changePolicy(this.admin(), this.matchId, this.policy.value, this.thresholds.values());
      this.current.textContent = answer.policy;
      const about = describeSettings(answer.policy, answer.settings);
      this.result.textContent = `The regulator is now ${answer.policy}${about ? `: ${about}` : ''}.`;
      this.onSwitched();
    } catch (e) {
      if (!this.expired(e)) {
        showProblem(this.form, e);
        this.thresholds.revealProblems();
      }
    } finally {
      this.busy = false;
      this.button.disabled = false;
    }
  }
}
