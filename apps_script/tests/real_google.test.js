// Issue #17: the bridge works against the real Google, not only against friendly fakes. Each test uses a fake that
// behaves like the real service in the respect that broke (harness.js), and fails on the code before the fix
// (run with BRIDGE_FILES=old/Code.gs:old/Menu.gs BRIDGE_MANIFEST=old/appsscript.json to see it).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load, EXEC_URL, DEV_URL } = require('./harness');

const SECRET = 'a-long-enough-secret';
const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const EVENT = { timestamp: '2025-01-01T12:34:56+03:00', channel: 'whatsapp', session_id: 'sess_1', event_type: 'lead.created' };
const app = (extra = {}) => load({ properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: KEY }, ...extra });

// 1. The web app URL: /dev (what ScriptApp.getService().getUrl() gives outside a request) only works for editors.
test('1. the menu never shows the /dev URL: it asks for the /exec URL, then shows that one', () => {
  const a = app();
  a.run('menuShowUrl');
  assert.ok(!a.ui.alerts.at(-1).includes('/dev'), a.ui.alerts.at(-1));
  assert.ok(!a.ui.alerts.at(-1).includes(EXEC_URL));
  a.ui.prompts.push(EXEC_URL);
  a.run('menuSetUrl');
  a.run('menuShowUrl');
  assert.ok(a.ui.alerts.at(-1).includes(`${EXEC_URL}?token=${SECRET}`), a.ui.alerts.at(-1));
});

test('1. pasting the /dev URL or another address is refused with the reason; /exec is stored', () => {
  const a = app();
  for (const [pasted, key] of [[DEV_URL, 'url.dev'], ['https://example.com/hook', 'url.bad']]) {
    a.ui.prompts.push(pasted);
    a.run('menuSetUrl');
    assert.equal(a.ui.alerts.at(-1), a.execute(() => a.ctx.t_(key)));
    assert.equal(a.props.WEB_APP_URL, undefined);
  }
  a.ui.prompts.push(` ${EXEC_URL}?token=old `);
  a.run('menuSetUrl');
  assert.equal(a.props.WEB_APP_URL, EXEC_URL);
  for (const ok of ['https://script.google.com/a/macros/salon.ru/s/AKfy_x-1/exec']) {
    assert.equal(a.execute(() => a.ctx.checkExecUrl_(ok)).url, ok);
  }
});

test('1. an anonymous request to the /dev URL gets a sign-in page: the test event says so', () => {
  const a = app({ properties: { WEBHOOK_SECRET: SECRET, TOKEN_KEY: KEY, WEB_APP_URL: EXEC_URL },
    deployment: { url: EXEC_URL, access: 'MYSELF' } });
  a.run('menuSendTest');
  assert.equal(a.ui.alerts.at(-1), a.execute(() => a.ctx.t_('test.html', { code: 200 })));
  assert.equal(a.sheets.events, undefined);
});

// 2. Deferred writes: without SpreadsheetApp.flush() before releaseLock the next request reads a stale last row.
test('2. a request arriving before the previous one\'s writes landed does not overwrite its rows', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'first' }, SECRET);
  const [one, two] = a.overlapping([{ ...EVENT, event_id: 'a' }, SECRET], [{ ...EVENT, event_id: 'b' }, SECRET]);
  assert.deepEqual([one.stored, two.stored], [['a'], ['b']]);
  assert.deepEqual(a.rows().slice(1).map((r) => r[0]), ['first', 'a', 'b']);
  assert.equal(a.lock.flushedBeforeRelease, true);
});

// 3. setValues parses values as typed unless the cells are plain text ('@').
test('3. ids, ISO strings, apostrophes and formula-like text are stored exactly as sent (plain text columns)', () => {
  const a = app();
  const r = a.post({ ...EVENT, event_id: '007', session_id: '2025-01-01', channel: "'quoted", intent: 'TRUE',
    crm_id: '-5', confidence: 0.5 }, SECRET);
  assert.equal(r.ok, true);
  const row = a.rows()[1];
  assert.deepEqual([row[0], row[5], row[4], row[8], row[10], row[9]], ['007', '2025-01-01', "''quoted", 'TRUE', "'-5", 0.5]);
  const formats = Array.from({ length: 12 }, (_, i) => a.sheets.events.formats[1][i]);
  assert.deepEqual(formats.map((f, i) => (f === '@' ? 'text' : i + 1)), ['text', 'text', 'text', 'text', 'text', 'text',
    'text', 'text', 'text', 10, 'text', 'text']);  // confidence (column 10) stays a number
});

// 4. Phones: covered by parity.test.js (tests/parity/phones.json); one direct check of the reported numbers.
test('4. Kazakh, Belarusian and German numbers are masked as the Python receiver masks them', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'p', event_type: 'message.received',
    payload: { text: '+7 701 123 45 67, +375 29 123-45-67, +49 151 23456789' } }, SECRET);
  const payload = a.rows()[1][11];
  assert.ok(!/701|375|151/.test(payload), payload);
  assert.equal((payload.match(/\[PHONE:[0-9a-f]{10}\]/g) || []).length, 3);
});

// 5. The token key: Math.random is predictable; Utilities.getUuid is java.util.UUID.randomUUID (SecureRandom).
test('5. the token key is made from Utilities.getUuid, never Math.random, and differs between sheets', () => {
  const keys = [0, 1].map(() => {
    const a = load({ properties: { WEBHOOK_SECRET: SECRET } });
    assert.equal(a.post(EVENT, SECRET).ok, true);
    assert.equal(a.stats.randomCalls, 0);
    assert.ok(a.stats.uuids >= 4);
    return a.props.TOKEN_KEY;
  });
  keys.forEach((k) => assert.match(k, /^[0-9a-f]{64}$/));
  assert.notEqual(keys[0], keys[1]);
});

// 6. An uncaught error makes Apps Script answer an HTML error page; every failure must be JSON.
test('6. an unexpected failure is answered as JSON {ok: false, error}, for POST and GET', () => {
  const a = app();
  a.ctx.SpreadsheetApp.getActiveSpreadsheet = () => { throw new Error('Service Spreadsheets failed while accessing document'); };
  const post = a.execute(() => a.ctx.doPost({ parameter: { token: SECRET }, postData: { contents: JSON.stringify(EVENT) } }));
  const get = a.execute(() => a.ctx.doGet({ parameter: { token: SECRET } }));
  for (const out of [post, get]) {
    assert.equal(out.mime, 'application/json');
    const body = JSON.parse(out.content);
    assert.equal(body.ok, false);
    assert.match(body.error, /Service Spreadsheets failed/);
  }
  assert.equal(JSON.parse(a.execute(() => a.ctx.doPost(undefined)).content).ok, false);
});

// 7. Scopes: with explicit oauthScopes Google grants only those; DriveApp.createFile needs the full drive scope.
test('7. exporting leads works with the manifest\'s scopes (drive.file: only files the script creates)', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'l1' }, SECRET);
  a.run('exportLeadsToDrive');
  assert.equal(a.drive.length, 1);
  assert.equal(a.drive[0].mimeType, 'text/csv');
  assert.match(a.ui.alerts.at(-1), /drive\.google\.com\/file\/d\//);
});

test('7. every service the bridge calls is covered by the manifest, and no broad scope is asked', () => {
  const dir = path.join(__dirname, '..');
  const code = fs.readdirSync(dir).filter((f) => f.endsWith('.gs')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'appsscript.json'), 'utf8'));
  const scopes = manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', ''));
  const needs = [[/UrlFetchApp\./, 'script.external_request'], [/\bDrive\.Files\./, 'drive.file'],
    [/SpreadsheetApp\.getUi/, 'script.container.ui'], [/SpreadsheetApp\./, 'spreadsheets.currentonly']];
  for (const [use, scope] of needs) if (use.test(code)) assert.ok(scopes.includes(scope), scope);
  assert.ok(!/DriveApp\./.test(code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')), 'DriveApp would need the full drive scope');
  assert.ok(!scopes.includes('drive') && !scopes.includes('spreadsheets'), scopes.join());
  assert.deepEqual(manifest.dependencies.enabledAdvancedServices.map((s) => s.userSymbol), ['Drive']);
});

test('7. times are the spreadsheet\'s time zone, not the manifest\'s', () => {
  const a = app({ timeZone: 'Asia/Vladivostok' });
  assert.notEqual(a.ctx.Session.getScriptTimeZone(), 'Asia/Vladivostok');
  a.ctx.nowMs_ = () => Date.parse('2025-05-06T20:00:00Z');  // already 7 May in Vladivostok
  a.post({ ...EVENT, event_id: 'l1' }, SECRET);
  a.run('exportLeadsToDrive');
  assert.equal(a.drive[0].name, 'bitrix24-leads-2025-05-07.csv');
});
