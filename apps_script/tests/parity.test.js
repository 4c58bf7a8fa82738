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

  test(`parity (${label}): the shared events give exactly the Python receiver's rows`, () => {
    const { a, fixture } = bridge();
    const r = a.post(fixture.events, SECRET);
    assert.equal(r.ok, true, JSON.stringify(r));
    assert.deepEqual(a.rows().slice(1), read('expected_rows.json'));
  });

  test(`parity (${label}): phones, e-mails, cards, passports and names are found as in Python`, () => {
    const { a, fixture } = bridge();
    const key = a.ctx.hexToBytes_(fixture.key);
    for (const [text, scrubbed, keyedId] of read('phones.json').cases) {
      assert.deepEqual([a.ctx.scrub_(text, key), a.ctx.hashId_(text, key)], [scrubbed, keyedId], text);
    }
  });
}
