// The Apps Script bridge writes exactly the Python receiver's rows (tests/test_parity.py checks the Python side of
// the same files), from the source files and from the one-file build the owner pastes.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load } = require('./harness');

const PARITY = path.join(__dirname, '..', '..', 'tests', 'parity');
const read = (name) => JSON.parse(fs.readFileSync(path.join(PARITY, name), 'utf8'));
const SECRET = 'a-long-enough-secret';

for (const dist of [false, true]) {
  const label = dist ? 'dist/sheets-bridge.gs' : 'the .gs sources';
  const bridge = () => {
    const fixture = read('events.json');
    const a = load({ dist, properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: fixture.key } });
    a.ctx.nowMs_ = () => Date.parse(fixture.received_at);
    return { a, fixture };
  };

  // events.json: the events (one request), then requests (SPEC events, or a platform's body with a source):
  // generic-hook ids, events without event_id sent again or differing in crm_id/user/intent, names in payloads.
  test(`parity (${label}): the shared events give exactly the Python receiver's rows and answers`, () => {
    const { a, fixture } = bridge();
    const answers = [{ body: fixture.events }, ...fixture.requests].map((request) => {
      const r = a.post(request.body, SECRET, request.source ? { source: request.source } : {});
      assert.equal(r.ok, true, JSON.stringify(r));
      return [r.stored, r.duplicates];
    });
    assert.deepEqual(a.rows().slice(1), read('expected_rows.json'));
    assert.deepEqual(answers, fixture.expected_answers);
  });

  // rejected: hostile bodies (issue #18: years outside 2000–2100, offsets beyond ±14:00, payloads nested deeper
  // than 20 levels) that both sides refuse naming the same field.
  test(`parity (${label}): the shared rejected bodies are refused naming the Python receiver's field`, () => {
    const { a, fixture } = bridge();
    for (const c of fixture.rejected) {
      const r = a.post(c.body, SECRET, c.source ? { source: c.source } : {});
      assert.deepEqual([r.ok, r.field], [false, c.field], c._case + ': ' + JSON.stringify(r));
    }
    assert.equal(a.sheets.events, undefined);
    assert.equal(a.rows('errors').length, 1 + fixture.rejected.length);
  });

  test(`parity (${label}): an event without event_id sent again after its row was written is a duplicate, one that \
differs (another crm_id) is stored under an id of all its fields`, () => {
    const { a, fixture } = bridge();
    const [lead, other] = fixture.requests.find((r) => Array.isArray(r.body) && !r.body[0].event_id).body;
    const first = a.post(lead, SECRET);
    assert.deepEqual([first.stored.length, first.duplicates], [1, []]);
    assert.deepEqual(a.post(lead, SECRET).duplicates, first.stored);
    const second = a.post(other, SECRET);
    assert.equal(second.stored.length, 1);
    assert.notEqual(second.stored[0], first.stored[0]);
    assert.deepEqual(a.post(other, SECRET).duplicates, second.stored);
    assert.deepEqual(a.rows().slice(1).map((row) => [row[0], row[10]]),
      [[first.stored[0], 'LEAD_1'], [second.stored[0], 'LEAD_2']]);
  });

  test(`parity (${label}): the given names are those of sheets_bridge/data/first_names.txt, in any case`, () => {
    const { a } = bridge();
    const lexicon = fs.readFileSync(path.join(__dirname, '..', '..', 'sheets_bridge', 'data', 'first_names.txt'), 'utf8')
      .split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
    const names = a.ctx.givenNames_();
    assert.equal(names.size, new Set(lexicon).size, 'run apps_script/tools/make_name_data.py');
    assert.ok(lexicon.every((name) => names.has(name)), 'run apps_script/tools/make_name_data.py');
    for (const word of ['Анна', 'Анну', 'Ксении', 'Ильдару', 'Анна-Мария', 'Anjali', 'ANNA']) assert.ok(a.ctx.isGivenName_(word), word);
    for (const word of ['Гарипова', 'Mehta', 'Петров', 'anna_safina', 'Спасибо']) assert.ok(!a.ctx.isGivenName_(word), word);
  });

  test(`parity (${label}): phones, e-mails, cards, passports and names are found as in Python`, () => {
    const { a, fixture } = bridge();
    const key = a.ctx.hexToBytes_(fixture.key);
    for (const [text, scrubbed, keyedId] of read('phones.json').cases) {
      assert.deepEqual([a.ctx.scrub_(text, key), a.ctx.hashId_(text, key)], [scrubbed, keyedId], text);
    }
  });
}
