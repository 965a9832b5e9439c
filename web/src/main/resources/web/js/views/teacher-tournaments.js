// The teacher console's tournaments (admin token): create one (format, mode, rounds, seats, house
// bots, fillers and the matches' settings), then start, pause, resume or stop it (stop asks once
// more); open its page or download its results.

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import {STRATEGIES, POLICIES, PRESETS, policyAbout, policyLabel} from '../catalog.js';
import {progress} from './tournaments.js';
import {t} from '../i18n.js';
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
      h('section', {class: 'card'}, h('h2', {}, t('nav.tournaments')),
        h('div', {class: 'table-scroll'}, h('table', {class: 'table tournaments', dataset: {teacherTournaments: ''}},
          h('thead', {}, h('tr', {}, h('th', {}, t('tournaments.col.tournament')), h('th', {}, t('teacher.col.status')),
            h('th', {}, t('teacher.col.round')), h('th', {class: 'num'}, t('tournaments.col.entrants')),
            h('th', {}, t('tournaments.col.progress')), h('th', {}, t('teacher.col.controls')))),
          this.body)),
        this.status,
        this.joinSection = h('section', {class: 'join-section', hidden: true, dataset: {tournamentJoin: ''}})));
  }

  /** Shows the join code of a live tournament under the table. */
  showJoin(tour) {
    const panel = new JoinCodePanel(() => api.tournamentJoinCode(this.admin(), tour.tournamentId));
    fill(this.joinSection, h('h3', {}, t('tournaments.studentsJoin', {name: tour.name})), panel.el);
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

  row(tour) {
    const id = encodeURIComponent(tour.tournamentId);
    const buttons = (CONTROLS[tour.status] ?? []).map(action => {
      const confirming = action === 'stop' && this.armedStop === tour.tournamentId;
      return h('button', {type: 'button', class: action === 'stop' ? 'small danger' : 'small primary',
        dataset: {tournamentControl: action}, onclick: () => this.control(tour.tournamentId, action)},
        confirming ? t('teacher.reallyStop') : t(`teacher.action.${action}`));
    });
    return h('tr', {dataset: {tournament: tour.tournamentId, status: tour.status}},
      h('th', {scope: 'row'}, h('a', {class: 'match-name', href: `#/tournament/${id}`}, tour.name),
        h('span', {class: 'sub'}, `${tour.tournamentId} · ${t(`format.${tour.format}`)} · ${t(`mode.${tour.mode}`)} · ${t('tournaments.seats', {n: tour.seatsPerMatch})}`)),
      h('td', {}, badge(tour.status)),
      h('td', {class: 'num'}, `${tour.round} / ${tour.rounds}`),
      h('td', {class: 'num', dataset: {col: 'entrants', value: tour.entrants}}, String(tour.entrants)),
      h('td', {}, progress(tour)),
      h('td', {}, h('div', {class: 'actions'}, buttons,
        tour.mode === 'live' && tour.status !== 'FINISHED' ? h('button', {type: 'button', class: 'small',
          dataset: {tournamentJoinCode: tour.tournamentId}, onclick: () => this.showJoin(tour)}, t('lobby.joinCode')) : null,
        h('a', {class: 'button small', href: api.tournamentResultsUrl(tour.tournamentId),
          download: `tournament-${tour.tournamentId}-results.csv`, dataset: {export: 'results'}}, 'CSV'))));
  }

  async refresh() {
    try {
      this.list = await api.tournaments();
      this.list.sort((a, b) => b.createdAt - a.createdAt);
      const key = JSON.stringify([this.list, this.armedStop]);
      if (key === this.shown) return;
      this.shown = key;
      fill(this.body, this.list.length ? this.list.map(tour => this.row(tour))
        : h('tr', {}, h('td', {colspan: 6, class: 'muted'}, t('tournaments.noneTeacher'))));
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
      h('option', {value: 'round-robin'}, t('format.round-robin')), h('option', {value: 'swiss'}, t('format.swiss')));
    this.formatHint = h('span', {}, '');
    this.mode = h('select', {name: 'mode'},
      h('option', {value: 'live'}, t('mode.live.option')), h('option', {value: 'fast'}, t('mode.fast.option')));
    this.modeHint = h('span', {}, '');
    this.rounds = number('rounds', {min: '1', max: '100', placeholder: '5'});
    this.seatsPerMatch = number('seatsPerMatch', {min: '2', max: '32', placeholder: '6'});
    this.parallelMatches = number('parallelMatches', {min: '1', max: '32', placeholder: '4'});
    this.seed = number('seed', {min: '0', placeholder: t('create.seedPlaceholder')});
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
        ? t('format.swiss.hint') : t('format.round-robin.hint');
      this.modeHint.textContent = this.mode.value === 'fast'
        ? t('mode.fast.hint') : t('mode.live.hint');
    };
    this.format.addEventListener('change', hints);
    this.mode.addEventListener('change', hints);
    hints();
    this.result = h('p', {class: 'form-result', role: 'status'});
    this.form = h('form', {class: 'create', novalidate: true, dataset: {createTournament: ''}, onsubmit: e => this.submit(e)},
      field(t('create.name'), this.name, {errorFor: 'name'}),
      h('div', {class: 'row'},
        field(t('tournamentForm.format'), this.format, {errorFor: 'format'}),
        field(t('tournamentForm.mode'), this.mode, {errorFor: 'mode'})),
      h('p', {class: 'field-hint form-hints'}, this.formatHint, ' ', this.modeHint),
      h('div', {class: 'row'},
        field(t('create.rounds'), this.rounds, {errorFor: 'rounds'}),
        field(t('create.seats'), this.seatsPerMatch, {errorFor: 'seatsPerMatch'}),
        field(t('tournamentForm.parallel'), this.parallelMatches, {errorFor: 'parallelMatches'})),
      h('p', {class: 'field-hint form-hints'}, t('tournamentForm.roundsHint')),
      h('fieldset', {class: 'bots'}, h('legend', {}, t('create.bots')),
        h('p', {class: 'hint'}, t('tournamentForm.botsHint')),
        h('div', {class: 'bot-rows'}, this.bots.map(b => {
          const s = STRATEGIES.find(x => x.name === b.strategy);
          return h('label', {class: 'bot-row', title: s.about}, h('span', {class: 'bot-name'}, s.label), b.input,
            h('span', {class: 'bot-about'}, s.about));
        })),
        h('span', {class: 'field-error', dataset: {errorFor: 'houseBots'}, role: 'alert'})),
      h('fieldset', {class: 'fillers'}, h('legend', {}, t('tournamentForm.fillers')),
        h('p', {class: 'hint'}, t('tournamentForm.fillersHint')),
        h('div', {class: 'filler-boxes'}, this.fillers.map(f => {
          const s = STRATEGIES.find(x => x.name === f.strategy);
          return h('label', {class: 'checkbox', title: s.about}, f.input, h('span', {}, s.label));
        })),
        h('span', {class: 'field-error', dataset: {errorFor: 'fillers'}, role: 'alert'})),
      h('fieldset', {class: 'match-settings'}, h('legend', {}, t('tournamentForm.everyMatch')),
        field(t('create.preset'), this.preset, {errorFor: 'match.preset'}),
        h('div', {class: 'row'},
          field(t('create.rounds'), this.matchRounds, {errorFor: 'match.rounds'}),
          field(t('create.roundSeconds'), this.roundSeconds, {errorFor: 'match.roundMillis'})),
        field(t('create.policy'), this.policy, {errorFor: 'match.policy', hint: this.policyHint}),
        h('span', {class: 'field-error', dataset: {errorFor: 'match'}, role: 'alert'})),
      field(t('create.seed'), this.seed, {errorFor: 'seed', hint: t('tournamentForm.seedHint')}),
      h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
      h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, t('tournamentForm.submit')), this.result));
    this.el = h('section', {class: 'card create-card'}, h('h2', {}, t('tournamentForm.title')), this.form);
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
      this.result.textContent = t(s.mode === 'live' ? 'tournamentForm.createdLive' : 'tournamentForm.created',
        {id: s.tournamentId});
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
