// The teacher console's tournaments (admin token): create one (format, mode, rounds, seats, house
// bots, fillers and the matches' settings), then start, pause, resume or stop it (stop asks once
// more); open its page or download its results.

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import {STRATEGIES, POLICIES, PRESETS, policyAbout} from '../catalog.js';
import {progress} from './tournaments.js';
import {titleCase} from '../format.js';
import {JoinCodePanel} from './join-code.js';

const CONTROLS = {
  OPEN: ['start'],
  RUNNING: ['pause', 'stop'],
  PAUSED: ['resume', 'stop'],
  STOPPING: [],
  FINISHED: [],
};

export class TournamentConsole {
  /**
   * @param admin   () => the admin token
   * @param expired (error) => true when the error was a refused token (the console then asks again)
   */
  constructor(admin, expired) {
    this.admin = admin;
    this.expired = expired;
    this.list = [];
    this.shown = null;
    this.armedStop = null;
    this.form = new TournamentForm(admin, expired, () => this.refresh());
    this.body = h('tbody', {});
    this.status = h('p', {class: 'muted', role: 'status', dataset: {test: 'teacher-tournaments-status'}});
    this.el = h('div', {class: 'teacher-grid tournaments-console', id: 'tournaments'},
      this.form.el,
      h('section', {class: 'card'}, h('h2', {}, 'Tournaments'),
        h('div', {class: 'table-scroll'}, h('table', {class: 'table tournaments', dataset: {teacherTournaments: ''}},
          h('thead', {}, h('tr', {}, h('th', {}, 'Tournament'), h('th', {}, 'Status'), h('th', {}, 'Round'),
            h('th', {class: 'num'}, 'Entrants'), h('th', {}, 'Progress'), h('th', {}, 'Controls'))),
          this.body)),
        this.status,
        this.joinSection = h('section', {class: 'join-section', hidden: true, dataset: {tournamentJoin: ''}})));
  }

  /** Shows the join code of a live tournament under the table. */
  showJoin(t) {
    const panel = new JoinCodePanel(() => api.tournamentJoinCode(this.admin(), t.tournamentId));
    fill(this.joinSection, h('h3', {}, `Students join ${t.name}`), panel.el);
    this.joinSection.hidden = false;
    panel.refresh();
  }

  async control(id, action) {
    if (action === 'stop' && this.armedStop !== id) {
      this.armedStop = id;
      this.refresh();
      return;
    }
    this.armedStop = null;
    try {
      await api.controlTournament(this.admin(), id, action);
      this.status.textContent = '';
    } catch (e) {
      if (!this.expired(e)) this.status.textContent = e.message;
    }
    this.refresh();
  }

  row(t) {
    const id = encodeURIComponent(t.tournamentId);
    const buttons = (CONTROLS[t.status] ?? []).map(action => {
      const confirming = action === 'stop' && this.armedStop === t.tournamentId;
      return h('button', {type: 'button', class: action === 'stop' ? 'small danger' : 'small primary',
        dataset: {tournamentControl: action}, onclick: () => this.control(t.tournamentId, action)},
        confirming ? 'Really stop?' : titleCase(action));
    });
    return h('tr', {dataset: {tournament: t.tournamentId, status: t.status}},
      h('th', {scope: 'row'}, h('a', {class: 'match-name', href: `#/tournament/${id}`}, t.name),
        h('span', {class: 'sub'}, `${t.tournamentId} · ${titleCase(t.format)} · ${t.mode} · ${t.seatsPerMatch} seats`)),
      h('td', {}, badge(t.status)),
      h('td', {class: 'num'}, `${t.round} / ${t.rounds}`),
      h('td', {class: 'num', dataset: {col: 'entrants', value: t.entrants}}, String(t.entrants)),
      h('td', {}, progress(t)),
      h('td', {}, h('div', {class: 'actions'}, buttons,
        t.mode === 'live' && t.status !== 'FINISHED' ? h('button', {type: 'button', class: 'small',
          dataset: {tournamentJoinCode: t.tournamentId}, onclick: () => this.showJoin(t)}, 'Join code') : null,
        h('a', {class: 'button small', href: api.tournamentResultsUrl(t.tournamentId),
          download: `tournament-${t.tournamentId}-results.csv`, dataset: {export: 'results'}}, 'CSV'))));
  }

  async refresh() {
    try {
      this.list = await api.tournaments();
      this.list.sort((a, b) => b.createdAt - a.createdAt);
      const key = JSON.stringify([this.list, this.armedStop]);
      if (key === this.shown) return;
      this.shown = key;
      fill(this.body, this.list.length ? this.list.map(t => this.row(t))
        : h('tr', {}, h('td', {colspan: 6, class: 'muted'}, 'No tournaments yet: create one.')));
    } catch (e) {
      this.status.textContent = e.message;
    }
  }
}

/** Create a tournament: every field is optional; empty ones keep the server's defaults. */
class TournamentForm {
  constructor(admin, expired, onCreated) {
    this.admin = admin;
    this.expired = expired;
    this.onCreated = onCreated;
    const number = (name, attrs) => h('input', {name, type: 'number', step: '1', ...attrs});
    this.name = h('input', {name: 'name', type: 'text', maxlength: '64', placeholder: 'e.g. Friday league'});
    this.format = h('select', {name: 'format'},
      h('option', {value: 'round-robin'}, 'Round-robin'), h('option', {value: 'swiss'}, 'Swiss'));
    this.formatHint = h('span', {}, '');
    this.mode = h('select', {name: 'mode'},
      h('option', {value: 'live'}, 'Live'), h('option', {value: 'fast'}, 'Fast (bots only)'));
    this.modeHint = h('span', {}, '');
    this.rounds = number('rounds', {min: '1', max: '100', placeholder: '5'});
    this.seatsPerMatch = number('seatsPerMatch', {min: '2', max: '32', placeholder: '6'});
    this.parallelMatches = number('parallelMatches', {min: '1', max: '32', placeholder: '4'});
    this.seed = number('seed', {min: '0', placeholder: 'random'});
    this.bots = STRATEGIES.map(s => ({strategy: s.name,
      input: h('input', {name: `tournamentBots-${s.name}`, type: 'number', min: '0', max: '32', step: '1', value: '0',
        dataset: {houseBot: s.name}})}));
    this.fillers = STRATEGIES.map(s => ({strategy: s.name,
      input: h('input', {name: `filler-${s.name}`, type: 'checkbox', checked: true, dataset: {filler: s.name}})}));
    this.preset = h('select', {name: 'match.preset'}, PRESETS.map(p => h('option', {value: p.name}, p.label)));
    this.matchRounds = number('match.rounds', {min: '1', placeholder: '60'});
    this.roundSeconds = h('input', {name: 'match.roundSeconds', type: 'number', min: '0.1', step: '0.1',
      placeholder: String(PRESETS[0].roundMillis / 1000)});
    this.policy = h('select', {name: 'match.policy'}, POLICIES.map(p => h('option', {value: p.name, title: p.about}, p.label)));
    this.policyHint = h('span', {}, POLICIES[0].about);
    this.preset.addEventListener('change', () => {
      const p = PRESETS.find(x => x.name === this.preset.value);
      this.roundSeconds.placeholder = String(p.roundMillis / 1000);
      this.matchRounds.placeholder = String(p.rounds);
    });
    this.policy.addEventListener('change', () => { this.policyHint.textContent = policyAbout(this.policy.value); });
    const hints = () => {
      this.formatHint.textContent = this.format.value === 'swiss'
        ? 'Each round is drawn when the last one ends, similar ratings at a table.'
        : 'Every round is drawn at the start; opponents are mixed.';
      this.modeHint.textContent = this.mode.value === 'fast'
        ? 'House bots only, every match played in fast-forward.'
        : 'Real matches on the clock: students register, then play their seats.';
    };
    this.format.addEventListener('change', hints);
    this.mode.addEventListener('change', hints);
    hints();
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.form = h('form', {class: 'create', novalidate: true, dataset: {createTournament: ''}, onsubmit: e => this.submit(e)},
      field('Name', this.name, {errorFor: 'name'}),
      h('div', {class: 'row'},
        field('Format', this.format, {errorFor: 'format'}),
        field('Mode', this.mode, {errorFor: 'mode'})),
      h('p', {class: 'field-hint form-hints'}, this.formatHint, ' ', this.modeHint),
      h('div', {class: 'row'},
        field('Rounds', this.rounds, {errorFor: 'rounds'}),
        field('Seats', this.seatsPerMatch, {errorFor: 'seatsPerMatch'}),
        field('Parallel', this.parallelMatches, {errorFor: 'parallelMatches'})),
      h('p', {class: 'field-hint form-hints'}, 'One match per entrant each round; seats per match; how many matches run at once.'),
      h('fieldset', {class: 'bots'}, h('legend', {}, 'House bots'),
        h('p', {class: 'hint'}, 'Each one enters the tournament and is rated like a player.'),
        h('div', {class: 'bot-rows'}, this.bots.map(b => {
          const s = STRATEGIES.find(x => x.name === b.strategy);
          return h('label', {class: 'bot-row', title: s.about}, h('span', {class: 'bot-name'}, s.label), b.input,
            h('span', {class: 'bot-about'}, s.about));
        })),
        h('span', {class: 'field-error', dataset: {errorFor: 'houseBots'}, role: 'alert'})),
      h('fieldset', {class: 'fillers'}, h('legend', {}, 'Fillers'),
        h('p', {class: 'hint'}, 'Strategies that take the seats left over, in turn.'),
        h('div', {class: 'filler-boxes'}, this.fillers.map(f => {
          const s = STRATEGIES.find(x => x.name === f.strategy);
          return h('label', {class: 'checkbox', title: s.about}, f.input, h('span', {}, s.label));
        })),
        h('span', {class: 'field-error', dataset: {errorFor: 'fillers'}, role: 'alert'})),
      h('fieldset', {class: 'match-settings'}, h('legend', {}, 'Every match'),
        field('Preset', this.preset, {errorFor: 'match.preset'}),
        h('div', {class: 'row'},
          field('Rounds', this.matchRounds, {errorFor: 'match.rounds'}),
          field('Round (s)', this.roundSeconds, {errorFor: 'match.roundMillis'})),
        field('Regulator policy', this.policy, {errorFor: 'match.policy', hint: this.policyHint}),
        h('span', {class: 'field-error', dataset: {errorFor: 'match'}, role: 'alert'})),
      field('Seed', this.seed, {errorFor: 'seed', hint: 'The same seed draws the same schedule.'}),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, 'Create tournament'), this.result));
    this.el = h('section', {class: 'card create-card'}, h('h2', {}, 'New tournament'), this.form);
  }

  settings() {
    const number = v => (v.trim() === '' ? undefined : Number(v));
    const houseBots = [];
    for (const b of this.bots) {
      const n = Math.max(0, Math.floor(Number(b.input.value) || 0));
      for (let i = 0; i < n; i++) houseBots.push(b.strategy);
    }
    const fillers = this.fillers.filter(f => f.input.checked).map(f => f.strategy);
    return {
      name: this.name.value.trim() || undefined,
      format: this.format.value,
      mode: this.mode.value,
      rounds: number(this.rounds.value),
      seatsPerMatch: number(this.seatsPerMatch.value),
      parallelMatches: number(this.parallelMatches.value),
      seed: number(this.seed.value),
      houseBots: houseBots.length ? houseBots : undefined,
      fillers: fillers.length === this.fillers.length ? undefined : fillers,
      match: {
        preset: this.preset.value,
        rounds: number(this.matchRounds.value),
        roundMillis: this.roundSeconds.value.trim() === '' ? undefined : Math.round(Number(this.roundSeconds.value) * 1000),
        policy: this.policy.value,
      },
    };
  }

  async submit(event) {
    event.preventDefault();
    clearProblems(this.form);
    this.result.textContent = '';
    try {
      const created = await api.createTournament(this.admin(), this.settings());
      const s = created.summary ?? created;
      this.result.textContent = `Created ${s.tournamentId}.`
        + (s.mode === 'live' ? ' Students register on the Tournaments page; start it when they are in.' : '');
      this.result.dataset.created = s.tournamentId;
      this.name.value = '';
      this.onCreated(s.tournamentId);
    } catch (e) {
      if (this.expired(e)) return;
      showProblem(this.form, e);
      const problems = e.problem?.problems;
      if (Array.isArray(problems)) {
        for (const p of problems.slice(1)) {
          const slot = this.form.querySelector(`[data-error-for="${p.field}"]`);
          if (slot && !slot.textContent) slot.textContent = `${p.field} ${p.message}`;
        }
      }
    }
  }
}
