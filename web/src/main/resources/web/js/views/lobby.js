// The lobby: choose a name; go back to your own matches; join a class match (the open ones first,
// never one in its last rounds); practise against house bots at a pace a person can play; watch the
// demo; and, folded away, the past matches to replay.

import {h, fill, badge, field, showProblem, clearProblems} from '../dom.js';
import {api} from '../api.js';
import * as session from '../session.js';
import {seconds, count} from '../format.js';
import {lobbySections, joinable, whyNotJoinable} from '../lobby-model.js';
import {t} from '../i18n.js';
import {policyLabel} from '../catalog.js';

const PAST_SHOWN = 30;

export function mount(root) {
  const name = h('input', {name: 'name', type: 'text', maxlength: '32', autocomplete: 'nickname', required: true,
    placeholder: t('lobby.namePlaceholder'), value: session.chosenName()});
  const form = h('form', {class: 'name-form', novalidate: true, onsubmit: e => e.preventDefault()},
    field(t('lobby.firmName'), name, {hint: t('lobby.nameHint'), errorFor: 'name'}),
    h('span', {class: 'field-error', dataset: {errorFor: 'form'}, role: 'alert'}));
  name.addEventListener('input', () => session.chooseName(name.value.trim()));
  const code = h('input', {name: 'code', type: 'text', maxlength: '12', autocomplete: 'off', spellcheck: false,
    autocapitalize: 'characters', class: 'code-input', placeholder: 'e.g. K7P M2Q'});
  const mine = h('ul', {class: 'match-list', dataset: {mine: ''}});
  const mineCard = h('section', {class: 'card', hidden: true}, h('h2', {}, t('lobby.yourMatches')), mine);
  const classes = h('ul', {class: 'match-list', dataset: {matches: ''}});
  const demo = h('div', {class: 'demo', dataset: {demo: ''}});
  const past = h('ul', {class: 'match-list past', dataset: {past: ''}});
  const pastCount = h('span', {class: 'sub'});
  const pastCard = h('details', {class: 'card past-card', dataset: {pastMatches: ''}},
    h('summary', {}, h('h2', {}, t('lobby.pastMatches'), pastCount)), past);
  const status = h('p', {class: 'muted', role: 'status'});
  const practiceButton = h('button', {type: 'button', class: 'primary big', dataset: {practice: ''}, onclick: () => practice()},
    t('lobby.practice'));

  fill(root,
    h('section', {class: 'hero'},
      h('h1', {}, 'Involution Arena'),
      h('p', {class: 'lead'}, t('lobby.lead'))),
    h('div', {class: 'lobby-grid'},
      h('div', {class: 'lobby-side'},
        h('section', {class: 'card'}, h('h2', {}, t('lobby.chooseName')), form,
          h('p', {class: 'hint'}, t('lobby.remembers'))),
        h('section', {class: 'card code-card'}, h('h2', {}, t('lobby.haveCode')),
          h('form', {class: 'code-form', novalidate: true, dataset: {lobbyCode: ''}, onsubmit: e => {
            e.preventDefault();
            const typed = code.value.trim();
            location.hash = typed ? `#/join/${encodeURIComponent(typed)}` : '#/join';
          }},
          h('label', {class: 'field'}, h('span', {class: 'field-label'}, t('lobby.joinCode')), code),
          h('button', {type: 'submit', class: 'primary'}, t('lobby.join')))),
        h('section', {class: 'card practice-card'}, h('h2', {}, t('lobby.practiceTitle')),
          h('p', {}, t('lobby.practiceAbout')),
          practiceButton)),
      h('div', {class: 'lobby-main'},
        mineCard,
        h('section', {class: 'card matches-card'}, h('h2', {}, t('lobby.classMatch')), classes, status),
        h('section', {class: 'card demo-card'}, h('h2', {}, t('lobby.watchDemo')), demo),
        pastCard,
        h('p', {class: 'hero-links'},
          h('a', {class: 'button', href: '#/tournaments', dataset: {test: 'tournaments-link'}}, t('nav.tournaments')),
          h('a', {class: 'button ghost', href: '#/leaderboard'}, t('nav.leaderboard')),
          h('span', {class: 'hint'}, t('lobby.tournamentsHint'))))));

  function chosenName(matchId = null) {
    clearProblems(form);
    const chosen = name.value.trim();
    if (!chosen && (matchId === null || session.seatIn(matchId) === null)) {
      showProblem(form, {field: 'name', message: t('lobby.chooseNameFirst')});
      name.focus();
      return null;
    }
    return chosen || session.player()?.name;
  }

  async function join(match) {
    const chosen = chosenName(match.matchId);
    if (!chosen) return;
    try {
      await session.join(match.matchId, chosen);
      location.hash = `#/play/${encodeURIComponent(match.matchId)}`;
    } catch (e) {
      showProblem(form, e);
    }
  }

  async function practice() {
    const chosen = chosenName();
    if (!chosen) return;
    practiceButton.disabled = true;
    try {
      const matchId = await session.practice(chosen);
      location.hash = `#/play/${encodeURIComponent(matchId)}`;
    } catch (e) {
      showProblem(form, e);
    } finally {
      practiceButton.disabled = false;
    }
  }

  const link = (cls, href, text, data = {}) => h('a', {class: ['button', cls], href, dataset: data}, text);
  const where = m => (m.round > 0 ? t('lobby.where.round', m) : t('lobby.where.rounds', m));

  function line(m, actions, note = null) {
    return h('li', {class: 'match-line', dataset: {match: m.matchId, status: m.status}},
      h('div', {class: 'match-info'},
        h('span', {class: 'match-name'}, m.name),
        m.demo ? h('span', {class: 'tag'}, t('tag.demo')) : null, m.practice ? h('span', {class: 'tag'}, t('tag.practice')) : null,
        h('span', {class: 'sub'}, badge(m.status), ' ', t('lobby.line', {where: where(m), firms: count(m.firms),
          seats: count(m.seats), seconds: seconds(m.roundMillis), policy: policyLabel(m.policy)})),
        note ? h('span', {class: 'sub note'}, note) : null),
      h('div', {class: 'actions'}, actions));
  }

  function classLine(m) {
    const id = encodeURIComponent(m.matchId);
    const watch = link(null, `#/watch/${id}`, t('lobby.watch'));
    if (joinable(m)) {
      return line(m, [h('button', {type: 'button', class: 'primary', dataset: {join: m.matchId}, onclick: () => join(m)},
        t('lobby.join')), watch]);
    }
    return line(m, [watch], t('lobby.notTaking', {why: whyNotJoinable(m)}));
  }

  function render(list) {
    const s = lobbySections(list, id => session.seatIn(id) !== null);
    mineCard.hidden = !s.mine.length;
    fill(mine, s.mine.map(m => line(m, [link('primary', `#/play/${encodeURIComponent(m.matchId)}`,
      m.practice ? t('lobby.backToPractice') : t('lobby.returnToSeat'))])));
    fill(classes, s.classes.length ? s.classes.map(classLine)
      : h('li', {class: 'muted'}, t('lobby.noClassMatch')));
    fill(demo, s.demo
      ? [h('p', {}, t('lobby.demoAbout')),
      h('ul', {class: 'match-list'}, line(s.demo, [link('primary', `#/watch/${encodeURIComponent(s.demo.matchId)}`,
        t('lobby.watchTheDemo'), {watchDemo: ''})]))]
      : h('p', {class: 'muted'}, t('lobby.noDemo')));
    pastCount.textContent = `(${count(s.past.length)})`;
    fill(past, s.past.length ? s.past.slice(0, PAST_SHOWN).map(m => line(m,
      [link(null, `#/replay/${encodeURIComponent(m.matchId)}`, t('lobby.replay')),
        link('ghost', `#/debrief/${encodeURIComponent(m.matchId)}`, t('lobby.debrief'))]))
      : h('li', {class: 'muted'}, t('lobby.none')));
  }

  let shown = null;
  async function refresh() {
    try {
      const matches = await api.matches();
      status.textContent = '';
      const key = JSON.stringify(matches.map(({deadline, ...rest}) => rest));
      if (key === shown) return;
      shown = key;
      render(matches);
    } catch (e) {
      status.textContent = e.message;
    }
  }

  refresh();
  const timer = setInterval(refresh, 3000);
  return () => clearInterval(timer);
}
