// The chatbot platforms' sample bodies (tests/fixtures/chatbots, written from each platform's docs) posted to the
// Apps Script bridge with ?source=<platform> give the rows the Python receiver writes for them at /hooks/<platform>
// (tests/test_chatbot_adapters.py checks the Python side of the same files).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load } = require('./harness');

const TESTS = path.join(__dirname, '..', '..', 'tests');
const DIR = path.join(TESTS, 'fixtures', 'chatbots');
const KEY = JSON.parse(fs.readFileSync(path.join(TESTS, 'parity', 'events.json'), 'utf8')).key;
const SECRET = 'chatbot-fixture-secret';
const FIXTURES = fs.readdirSync(DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')));

function bridge(fixture) {
  const a = load({ timeZone: fixture.tz, properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: KEY } });
  a.ctx.nowMs_ = () => Date.parse(fixture.received_at);
  return a;
}

for (const fixture of FIXTURES) {
  test(`${fixture.platform}: the sample bodies give the shared rows`, () => {
    const a = bridge(fixture);
    const answers = fixture.requests.map((r) => a.post(r.body, SECRET, { source: fixture.platform, ...(r.query || {}) }));
    answers.forEach((r) => assert.equal(r.ok, true, JSON.stringify(r)));
    assert.deepEqual(answers.map((r) => [r.stored, r.duplicates]), fixture.expected_answers);
    assert.deepEqual(a.rows().slice(1), fixture.expected_rows);
  });

  for (const bad of fixture.rejected) {
    test(`${fixture.platform}: a body without ${bad.field} is refused naming it, and logged in errors`, () => {
      const a = bridge(fixture);
      const r = a.post(bad.body, SECRET, { source: fixture.platform });
      assert.deepEqual([r.ok, r.field], [false, bad.field], JSON.stringify(r));
      assert.equal(a.rows().length, 0);
      const logged = a.rows('errors')[1];
      assert.deepEqual([logged[2], logged[3]], [bad.field, fixture.platform]);
    });
  }
}

test('every adapter but generic has a fixture, and an unknown source is refused naming the parameter', () => {
  const a = bridge(FIXTURES[0]);
  assert.deepEqual(FIXTURES.map((f) => f.platform).sort(),
    Object.keys(a.ctx.ADAPTERS).filter((s) => s !== 'generic').sort());
  const r = a.post({}, SECRET, { source: 'viber' });
  assert.deepEqual([r.ok, r.field], [false, 'source']);
  assert.match(r.error, /wazzup/);
});
