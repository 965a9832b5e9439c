// The message catalogue: every text a page shows people, in English and Simplified Chinese. The
// texts live by page in messages/*.js, each {en: {...}, 'zh-CN': {...}}; this file merges them into
// one MESSAGES object. Keys are grouped by page; {name} is a placeholder. A key defined twice is an
// error (a page's text must not silently replace another's).

import common from './messages/common.js';
import lobby from './messages/lobby.js';
import play from './messages/play.js';
import teacher from './messages/teacher.js';
import watch from './messages/watch.js';
import catalog from './messages/catalog.js';
import reasons from './messages/reasons.js';
import model from './messages/model.js';
import problems from './messages/problems.js';
import tournaments from './messages/tournaments.js';
import debrief from './messages/debrief.js';
import {REMEDIES_MESSAGES as remedies} from './messages-remedies.js';

export const PARTS = {common, lobby, play, teacher, watch, catalog, reasons, model, problems, tournaments, debrief,
  remedies};

function merge(code) {
  const all = {};
  for (const [part, texts] of Object.entries(PARTS)) {
    for (const [key, text] of Object.entries(texts[code])) {
      if (key in all) throw new Error(`message ${key} defined twice (again in ${part})`);
      all[key] = text;
    }
  }
  return all;
}

export const MESSAGES = {en: merge('en'), 'zh-CN': merge('zh-CN')};
