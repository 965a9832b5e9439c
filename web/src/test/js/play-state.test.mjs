// node --test web/src/test/js — a form that cannot be used says why.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {playState, decisionsHint} from '../../main/resources/web/js/play-state.js';

test('a running match with a live connection allows everything', () => {
  assert.deepEqual(playState({status: 'RUNNING', live: true, firm: 'ACTIVE'}), {orders: null, decisions: null, finished: false});
});

test('paused: orders wait and say why; decisions stay, with a note', () => {
  const s = playState({status: 'PAUSED', live: true, firm: 'ACTIVE'});
  assert.match(s.orders, /^Paused by the teacher/);
  assert.equal(s.decisions, null);
  assert.match(decisionsHint('PAUSED'), /count when this round ends/);
  assert.equal(decisionsHint('RUNNING'), null);
});

test('finished: the forms go; reconnecting, not started or bankrupt: they wait and say why', () => {
  assert.equal(playState({status: 'FINISHED', live: true, firm: 'ACTIVE'}).finished, true);
  assert.equal(playState({status: 'FINISHED', live: false, firm: 'ACTIVE'}).finished, true);
  assert.match(playState({status: 'RUNNING', live: false, firm: 'ACTIVE'}).orders, /^Reconnecting/);
  assert.match(playState({status: 'RUNNING', live: false, firm: 'ACTIVE'}).decisions, /^Reconnecting/);
  assert.match(playState({status: 'OPEN', live: true, firm: 'ACTIVE'}).decisions, /not started/);
  assert.match(playState({status: 'RUNNING', live: true, firm: 'BANKRUPT'}).orders, /bankrupt/);
});
