// The teacher console (admin token): create matches from a preset or custom settings (regulator
// policy and thresholds included), start, pause, resume and stop them, switch a running match's
// regulator, broadcast messages, see who is connected and download CSVs; create and run tournaments.

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api, ApiError} from '../api.js';
import * as session from '../session.js';
import {seconds} from '../format.js';
import {TournamentConsole} from './teacher-tournaments.js';
import {CreateForm, PolicySwitch} from './teacher-forms.js';
import {JoinCodePanel} from './join-code.js';
import {ClassMonitor} from './monitor.js';
import {t, tn} from '../i18n.js';
import {policyLabel} from '../catalog.js';

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
    onclick: () => archiveFinished()}, t('teacher.archiveFinished', {n: ''}));
  const archivedList = h('ul', {class: 'match-list', dataset: {archived: ''}});
  const archivedCount = h('span', {class: 'sub'});
  const archive = h('details', {class: 'archive', dataset: {archive: ''}},
    h('summary', {}, t('teacher.archive'), archivedCount), archivedList);
  archive.addEventListener('toggle', () => loadArchive());
  const panel = h('div', {class: 'match-panel'});
  let selected = null;
  let matches = [];
  let armedStop = null;
  const tournaments = new TournamentConsole(admin, e => expired(e));

  fill(root,
    h('div', {class: 'page-head'},
      h('h1', {}, t('teacher.title')),
      h('div', {class: 'actions'},
        h('a', {class: 'button small', href: '#/teacher', dataset: {jump: 'tournaments'},
          onclick: e => { e.preventDefault(); tournaments.el.scrollIntoView({block: 'start'}); }}, t('teacher.tournamentsJump')),
        h('button', {type: 'button', class: 'ghost small', onclick: () => { session.setAdminToken(null); restart(); }},
          t('teacher.forgetToken')))),
    h('div', {class: 'teacher-grid'},
      createForm.el,
      h('div', {class: 'teacher-main'},
        h('section', {class: 'card'}, h('div', {class: 'card-head'}, h('h2', {}, t('teacher.matches')), archiveAll),
          h('div', {class: 'table-scroll'}, h('table', {class: 'table matches', dataset: {teacherMatches: ''}},
            h('thead', {}, h('tr', {}, ['match', 'status', 'round', 'seats', 'regulator', 'controls']
              .map(col => h('th', {scope: 'col'}, t(`teacher.col.${col}`))))),
            body)),
          listStatus,
          h('p', {class: 'hint'}, t('teacher.archiveHint')),
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
          h('span', {class: 'sub'}, `${m.matchId} · ${t('header.rounds', {rounds: m.rounds})} · ${policyLabel(m.policy)}`)),
        h('div', {class: 'actions'},
          h('a', {class: 'button small', href: `#/replay/${encodeURIComponent(m.matchId)}`}, t('teacher.replay')),
          h('button', {type: 'button', class: 'small', dataset: {control: 'unarchive'},
            onclick: () => control(m.matchId, 'unarchive')}, t('teacher.unarchive')))))
        : h('li', {class: 'muted'}, t('teacher.nothingArchived')));
    } catch (e) {
      if (!expired(e)) fill(archivedList, h('li', {class: 'muted'}, e.message));
    }
  }

  function expired(e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      session.setAdminToken(null);
      restart(t('teacher.tokenRefused'));
      return true;
    }
    return false;
  }

  function row(m) {
    const buttons = (CONTROLS[m.status] ?? []).map(action => {
      const confirming = action === 'stop' && armedStop === m.matchId;
      return h('button', {type: 'button', class: ['small', action === 'stop' ? 'danger' : action === 'archive' ? null : 'primary'],
        dataset: {control: action}, onclick: () => control(m.matchId, action)},
        confirming ? t('teacher.reallyStop') : t(`teacher.action.${action}`));
    });
    return h('tr', {class: [m.matchId === selected && 'selected'], dataset: {match: m.matchId, status: m.status}},
      h('th', {scope: 'row'},
        h('button', {type: 'button', class: 'link', onclick: () => { selected = m.matchId; render(); loadPanel(); }},
          m.name), m.demo ? h('span', {class: 'tag'}, t('tag.demo')) : null, m.practice ? h('span', {class: 'tag'}, t('tag.practice')) : null,
        h('span', {class: 'sub'}, `${m.matchId} · ${t('teacher.rounds', {seconds: seconds(m.roundMillis)})}`)),
      h('td', {}, badge(m.status)),
      h('td', {class: 'num'}, `${m.round} / ${m.rounds}`),
      h('td', {class: 'num'}, `${m.firms} / ${m.seats}`),
      h('td', {class: 'nowrap', dataset: {col: 'policy', value: m.policy}}, policyLabel(m.policy)),
      h('td', {}, h('div', {class: 'actions'}, buttons)));
  }

  function render() {
    fill(body, matches.length ? matches.map(row) : h('tr', {}, h('td', {colspan: 6, class: 'muted'},
      t('teacher.noMatches'))));
    const finished = matches.filter(m => m.status === 'FINISHED').length;
    archiveAll.hidden = finished === 0;
    archiveAll.textContent = t('teacher.archiveFinished', {n: finished});
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

  const message = h('textarea', {name: 'text', rows: '2', maxlength: '500', placeholder: t('teacher.messagePlaceholder')});
  const recipient = h('select', {name: 'to', dataset: {recipient: ''}}, h('option', {value: ''}, t('teacher.everyone')));
  let recipients = '';
  const listRecipients = rows => {
    const students = rows.filter(r => r.student);
    const key = JSON.stringify(students.map(r => [r.firmId, r.name]));
    if (key === recipients) return;
    recipients = key;
    const chosen = recipient.value;
    fill(recipient, h('option', {value: ''}, t('teacher.everyone')),
      students.map(r => h('option', {value: String(r.firmId)}, `${r.name} (${t('firm.number', {id: r.firmId})})`)));
    recipient.value = students.some(r => String(r.firmId) === chosen) ? chosen : '';
  };
  const sendForm = h('form', {class: 'broadcast', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    clearProblems(sendForm);
    try {
      const to = recipient.value === '' ? null : Number(recipient.value);
      await api.broadcast(admin(), selected, message.value, to);
      message.value = '';
      sent.textContent = to === null ? t('teacher.sentAll')
        : t('teacher.sentOne', {name: recipient.selectedOptions[0].textContent});
    } catch (err) {
      if (!expired(err)) showProblem(sendForm, err);
    }
  }},
  field(t('teacher.to'), recipient, {errorFor: 'firmId'}),
  field(t('teacher.message'), message, {errorFor: 'text'}),
  h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, t('teacher.send'))));
  const sent = h('p', {class: 'form-result', role: 'status'});
  sendForm.append(sent);
  const connections = h('div', {class: 'connections', dataset: {connections: ''}});
  let panelFor = null;
  let policySwitch = null;
  let joinPanel = null;
  let monitor = null;

  async function loadPanel() {
    const m = matches.find(x => x.matchId === selected);
    if (!m) {
      fill(panel);
      monitor?.destroy();
      monitor = null;
      panelFor = null;
      return;
    }
    if (panelFor !== m.matchId) {
      panelFor = m.matchId;
      sent.textContent = '';
      const id = encodeURIComponent(m.matchId);
      policySwitch = new PolicySwitch(admin, m, expired, () => refresh());
      joinPanel = new JoinCodePanel(() => api.joinCode(admin(), m.matchId));
      joinPanel.refresh();
      monitor?.destroy();
      recipients = '';
      monitor = new ClassMonitor(m.matchId, {
        send: (text, firmId) => api.broadcast(admin(), m.matchId, text, firmId),
        write: firmId => {
          recipient.value = String(firmId);
          message.focus();
        },
        onRows: listRecipients,
      });      fill(panel, h('section', {class: 'card', dataset: {panel: m.matchId}},
        h('h2', {}, m.name),
        h('section', {class: 'join-section', 'aria-label': t('joinCode.howStudentsJoin')}, h('h3', {}, t('joinCode.studentsJoin')), joinPanel.el),
        monitor.el,
        policySwitch.el,
        h('div', {class: 'panel-grid'},
          h('div', {}, h('h3', {}, t('teacher.message')), sendForm),
          h('div', {}, h('h3', {}, t('teacher.connected')), connections),
          h('div', {}, h('h3', {}, t('teacher.open')),
            h('ul', {class: 'links'},
              h('li', {}, h('a', {href: `#/watch/${id}`}, t('teacher.projector'))),
              h('li', {}, h('a', {href: `#/replay/${id}`}, t('teacher.replay'))),
              h('li', {}, h('a', {href: `#/debrief/${id}`, dataset: {debriefLink: m.matchId}}, t('teacher.debrief')))),
            h('h3', {}, t('teacher.csv')),
            h('ul', {class: 'links'}, ['rounds', 'trades', 'interventions'].map(kind =>
              h('li', {}, h('a', {href: api.exportUrl(m.matchId, kind), download: `match-${m.matchId}-${kind}.csv`,
                dataset: {export: kind}}, t(`teacher.export.${kind}`)))))))));
    }
    policySwitch?.update(m);
    if (joinPanel && joinPanel.status !== m.status) {
      if (joinPanel.status !== undefined) joinPanel.refresh();
      joinPanel.status = m.status;
    }
    try {
      const c = await api.connections(admin(), m.matchId);
      if (panelFor !== m.matchId) return;
      fill(connections,
        h('p', {class: 'big-number', dataset: {count: c.connections}}, String(c.connections),
          h('span', {}, tn('teacher.connections', c.connections))),
        h('p', {class: 'hint'}, t('teacher.identified', {players: tn('teacher.players', c.players.length),
          others: tn('teacher.others', c.anonymous)})),
        c.players.length
          ? h('ul', {class: 'people'}, c.players.map(p => h('li', {dataset: {playerId: p.playerId}},
            h('span', {class: 'person-name'}, p.name),
            h('span', {class: 'sub'}, p.firmId === null ? t('teacher.noSeat') : t('firm.number', {id: p.firmId})),
            p.connections > 1 ? h('span', {class: 'sub'}, t('teacher.tabs', {n: p.connections})) : null)))
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
    monitor?.destroy();
  }
  return cleanup;
}

function tokenForm(root, restart, reason = null) {
  const token = h('input', {name: 'token', type: 'password', autocomplete: 'off', required: true});
  const form = h('form', {class: 'card narrow', novalidate: true, onsubmit: e => {
    e.preventDefault();
    if (!token.value.trim()) {
      showProblem(form, {field: 'token', message: t('teacher.pasteToken')});
      return;
    }
    session.setAdminToken(token.value.trim());
    restart();
  }},
  h('h1', {}, t('teacher.title')),
  reason ? h('p', {class: 'notice error'}, reason) : null,
  h('p', {}, t('teacher.tokenAbout')),
  field(t('teacher.token'), token, {errorFor: 'token', hint: t('teacher.tokenHint')}),
  h('div', {class: 'row'}, h('button', {type: 'submit', class: 'primary'}, t('teacher.continue'))));
  fill(root, form);
  token.focus();
  return () => {};
}
