// A refusal from the server as people read it in the page's language. The server's problem+json
// is English: its title and detail stay the message in English, and in another language the page
// says it from the problem's stable code (a market's ResultCode, an arena's conflict code), its
// rule with the field it names, or its type; a code the catalogue does not know keeps the
// server's English detail after the translated title.

import {t, has, locale} from './i18n.js';

const TYPE_PREFIX = 'urn:involution-arena:problem:';

/** The problem's message: the server's English detail, or the page's language for what it knows. */
export function problemMessage(status, problem) {
  const english = problem?.detail || problem?.title || `HTTP ${status}`;
  if (locale() === 'en') return english;
  const params = {...problem, field: problem?.field ?? '', until: problem?.untilRound ?? ''};
  if (problem?.code && has(`problem.code.${problem.code}`)) return t(`problem.code.${problem.code}`, params);
  if (problem?.rule && problem?.field && has(`problem.rule.${problem.rule}`)) return t(`problem.rule.${problem.rule}`, params);
  const slug = String(problem?.type ?? '').startsWith(TYPE_PREFIX) ? problem.type.slice(TYPE_PREFIX.length) : null;
  const title = slug && has(`problem.type.${slug}`) ? t(`problem.type.${slug}`) : t('problem.type.other', {status});
  return problem?.detail ? `${title}: ${problem.detail}` : title;
}

/** The message when the arena cannot be reached at all. */
export function unreachable() {
  return t('problem.unreachable');
}
