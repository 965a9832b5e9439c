// The article's remedies as the market lives them, for the play view and the projector: the
// regulator's budget (what came in from fines, the levy and public models, what went out to
// subsidies, grants, public farms and basic research), the shared research frontier, the research
// consortium's members with the coordination signal, every incident (which firm, when, the users it
// lost, its trust after), the charts per use case and each firm's use cases in the last round.
// Hidden in a match with the classic rules.

import {h, fill} from '../dom.js';
import {money, count, decimal} from '../format.js';
import {t} from '../i18n.js';
import {UseCaseCharts, scrollable} from '../use-case-charts.js';
import {useCaseLabel, modelLabel} from './remedies.js';
import {remedyRounds, playsRemedies, useCaseNames, budget, research, consortium, incidents} from '../remedies-model.js';

export class RemediesBoard {
  /** @param options me: the viewer's firm id or null; large: projector sizes; incidentLimit: rows shown */
  constructor({me = null, large = false, incidentLimit = 12} = {}) {
    this.me = me;
    this.incidentLimit = incidentLimit;
    this.charts = new UseCaseCharts({me, large});
    this.empty = h('p', {class: 'hint'}, t('remedies.board.empty'));
    this.budget = h('div', {class: 'remedy-block', dataset: {budget: ''}});
    this.research = h('div', {class: 'remedy-block', dataset: {research: ''}});
    this.consortium = h('div', {class: 'remedy-block', dataset: {consortium: ''}});
    this.incidents = h('div', {class: 'remedy-block remedy-incidents', dataset: {incidents: ''}});
    this.firms = scrollable({dataset: {useCaseFirms: ''}}, t('remedies.charts.title'));
    this.body = h('div', {hidden: true},
      h('div', {class: 'remedy-grid'}, this.budget, this.research, this.consortium, this.incidents),
      h('h3', {}, t('remedies.charts.title')), this.charts.el, this.firms);
    this.el = h('section', {class: 'card remedies-board', dataset: {remediesBoard: ''}, hidden: true},
      h('h2', {}, t('remedies.board.title')), this.empty, this.body);
    this.shown = '';
  }

  /** Shows the match's remedies up to round `upto` (all rounds by default); redraws only when a round is added. */
  render(model, upto = model.rounds.length) {
    this.el.hidden = !playsRemedies(model);
    if (this.el.hidden) return;
    const rounds = remedyRounds(model.rounds, upto);
    const names = model.firmList().map(f => f.name).join('|');
    const shown = `${rounds.length}:${rounds.at(-1)?.round}:${names}`;
    if (shown === this.shown) return;
    this.shown = shown;
    this.empty.hidden = rounds.length > 0;
    this.body.hidden = rounds.length === 0;
    if (!rounds.length) return;
    const useCases = useCaseNames(model);
    this.renderBudget(budget(rounds));
    this.renderResearch(research(rounds), useCases);
    this.renderConsortium(consortium(rounds), model);
    this.renderIncidents(incidents(rounds), rounds, model);
    this.charts.update(rounds, useCases);
    this.renderFirms(rounds.at(-1), useCases, model);
  }

  renderBudget(b) {
    const row = (label, round, toDate, cls = null) => h('tr', {class: cls},
      h('th', {scope: 'row'}, label), h('td', {class: 'num'}, money(round)), h('td', {class: 'num'}, money(toDate)));
    const flows = (title, list, round, toDate, kind) => [
      h('tr', {class: 'budget-group', dataset: {flow: kind}}, h('th', {scope: 'rowgroup', colspan: '3'}, title)),
      list.map(f => row(t(`remedies.budget.${f.key}`), f.round, f.toDate)),
      row(title, round, toDate, 'budget-total')];
    fill(this.budget,
      h('h3', {}, t('remedies.budget.title')),
      h('p', {class: 'remedy-figure'}, t('remedies.budget.balance'), ' ',
        h('strong', {dataset: {budgetBalance: String(b.balance)}}, money(b.balance))),
      h('table', {class: 'table compact budget-table'},
        h('caption', {class: 'hint'}, t('remedies.budget.about')),
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('remedies.budget.item')),
          h('th', {scope: 'col', class: 'num'}, t('remedies.budget.lastRound', {round: b.round})),
          h('th', {scope: 'col', class: 'num'}, t('remedies.budget.toDate')))),
        h('tbody', {}, flows(t('remedies.budget.income'), b.income, b.incomeRound, b.incomeToDate, 'in'),
          flows(t('remedies.budget.spending'), b.spending, b.spendingRound, b.spendingToDate, 'out'))),
      h('p', {class: 'hint', dataset: {levyNote: ''}}, t('remedies.budget.levyNote')));
  }

  renderResearch(r, useCases) {
    const models = r.publicModels.map(u => useCaseLabel(useCases[u], u));
    fill(this.research,
      h('h3', {}, t('remedies.research.title')),
      h('dl', {class: 'remedy-facts'},
        fact(t('remedies.research.frontier'), h('span', {dataset: {frontier: String(r.frontier)}}, `×${decimal(r.frontier, 3)}`),
          t('remedies.research.frontierHint')),
        fact(t('remedies.research.breakthroughs'), count(r.breakthroughs)),
        fact(t('remedies.research.fund'), money(r.fund)),
        fact(t('remedies.research.publicModels'), models.length ? models.join(', ') : t('remedies.research.noPublicModels'))));
  }

  renderConsortium(c, model) {
    const members = c.members.map(id => h('li', {dataset: {member: String(id)}, class: id === this.me ? 'me' : null},
      model.firmName(id)));
    fill(this.consortium,
      h('h3', {}, t('remedies.consortium.title')),
      h('p', {class: 'hint'}, t('remedies.consortium.about')),
      h('dl', {class: 'remedy-facts'},
        fact(t('remedies.consortium.members'), members.length
          ? h('ul', {class: 'consortium-members', dataset: {consortiumMembers: String(members.length)}}, members)
          : h('span', {dataset: {consortiumMembers: '0'}}, t('remedies.consortium.none'))),
        fact(t('remedies.consortium.signal'), decimal(c.signal, 2), t('remedies.consortium.signalHint'))));
  }

  renderIncidents(list, rounds, model) {
    const shown = list.slice(0, this.incidentLimit);
    fill(this.incidents,
      h('h3', {}, t('remedies.incidents.title'), ' ',
        h('small', {dataset: {incidentCount: String(list.length)}}, t('remedies.incidents.count', {n: list.length}))),
      h('p', {class: 'hint'}, t('remedies.incidents.about')),
      shown.length
        ? scrollable({}, t('remedies.incidents.title'), h('table', {class: 'table compact incident-table'},
          h('thead', {}, h('tr', {}, ['round', 'firm', 'usersLost', 'trust', 'kind'].map(k =>
            h('th', {scope: 'col', class: k === 'usersLost' || k === 'trust' ? 'num' : null}, t(`remedies.incidents.${k}`))))),
          h('tbody', {}, shown.map(i => h('tr', {class: i.firmId === this.me ? 'me' : null,
            dataset: {incident: '', firm: String(i.firmId), round: String(i.round)}},
          h('td', {}, String(i.round)), h('th', {scope: 'row'}, model.firmName(i.firmId)),
          h('td', {class: 'num'}, count(i.usersLost)), h('td', {class: 'num'}, decimal(i.trust, 2)),
          h('td', {}, t(i.serious ? 'remedies.incidents.serious' : 'remedies.incidents.minor')))))))
        : h('p', {}, t('remedies.incidents.none')));
  }

  renderFirms(round, useCases, model) {
    const labels = useCases.map((name, i) => useCaseLabel(name, i));
    const firms = round.firms.filter(f => f.remedy);
    fill(this.firms, h('table', {class: 'table compact use-case-firms'},
      h('caption', {}, t('remedies.firms.title', {round: round.round})),
      h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('remedies.firms.firm')),
        h('th', {scope: 'col'}, t('remedies.firms.model')), h('th', {scope: 'col', class: 'num'}, t('remedies.firms.trust')),
        labels.map(label => h('th', {scope: 'col', class: 'num'}, label)))),
      h('tbody', {}, firms.map(f => h('tr', {class: f.firmId === this.me ? 'me' : null, dataset: {firm: String(f.firmId)}},
        h('th', {scope: 'row'}, model.firmName(f.firmId)),
        h('td', {}, modelLabel(f.remedy.model), f.remedy.consortium ? ` · ${t('remedies.firms.member')}` : ''),
        h('td', {class: 'num'}, decimal(f.remedy.trust, 2)),
        labels.map((_, u) => h('td', {class: 'num'}, count(f.remedy.usersByUseCase?.[u]))))))));
  }

  destroy() {
    this.charts.destroy();
  }
}

function fact(term, value, hint = null) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value, hint ? h('span', {class: 'field-hint'}, ` ${hint}`) : null));
}
