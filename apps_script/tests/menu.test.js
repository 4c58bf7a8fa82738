// The spreadsheet menu, the test event, the check page, kpi_lite and the Bitrix24 CSV (issues #18, #19).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, EXEC_URL } = require('./harness');

const SECRET = 'a-long-enough-secret';
const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const EVENT = { timestamp: '2025-01-01T12:34:56+03:00', channel: 'whatsapp', session_id: 'sess_12345',
  event_type: 'appointment.confirmed', intent: 'book_appointment', confidence: 0.92, crm_id: 'LEAD_789' };
const READY = { WEBHOOK_SECRET: SECRET, TOKEN_KEY: KEY, WEB_APP_URL: EXEC_URL };
const app = (extra = {}) => load({ properties: READY, ...extra });

const MENUS = {
  ru_RU: ['Задать секрет вебхука', 'Вставить адрес веб-приложения (/exec)', 'Показать адрес для чат-бота',
    'Отправить тестовое событие', 'Пересчитать kpi_lite', 'Выгрузить лиды для Битрикс24 (CSV в Google Диск)'],
  en_US: ['Set the webhook secret', 'Paste the web app URL (/exec)', 'Show the URL for the chatbot', 'Send a test event',
    'Recompute kpi_lite', 'Export leads for Bitrix24 (CSV to Google Drive)'],
};
for (const [locale, items] of Object.entries(MENUS)) {
  test(`the menu follows the spreadsheet's locale: ${locale}`, () => {
    const a = load({ locale });
    a.run('onOpen');
    assert.deepEqual(a.ui.menus[0].items.map(([label]) => label), items);
    for (const [, fn] of a.ui.menus[0].items) assert.equal(typeof a.ctx[fn], 'function', fn);
  });
}

test('every Russian text exists in English and back; a text naming a menu item names it as that menu shows it', () => {
  for (const locale of ['ru_RU', 'en_US']) {
    const a = load({ locale });
    const { ru, en } = a.ctx.TEXTS;
    assert.deepEqual(Object.keys(ru).sort(), Object.keys(en).sort());
    a.run('onOpen');
    const labels = a.ui.menus[0].items.map(([label]) => label);
    for (const key of Object.keys(ru)) {
      const text = a.execute(() => a.ctx.t_(key));
      for (const m of text.matchAll(/(?:меню sheets-bridge|sheets-bridge menu) → [«“]([^»”]+)[»”]/g)) {
        assert.ok(labels.includes(m[1]), `${locale} ${key}: «${m[1]}» is not in the menu`);
      }
    }
  }
});

test('the secret: at least 16 characters, no spaces; the next step is named', () => {
  const a = load({ prompts: ['short', 'has a space in it ok', 'a-new-secret-of-20-chars'] });
  for (let i = 0; i < 3; i++) a.run('menuSetSecret');
  assert.equal(a.props.WEBHOOK_SECRET, 'a-new-secret-of-20-chars');
  assert.match(a.ui.alerts.at(-1), /Вставить адрес веб-приложения/);
  assert.match(a.props.TOKEN_KEY, /^[0-9a-f]{64}$/);
});

test('the chatbot URL lists the platform suffixes and points to the check page', () => {
  const a = app();
  a.run('menuShowUrl');
  const text = a.ui.alerts.at(-1);
  assert.ok(text.includes(`${EXEC_URL}?token=${SECRET}`));
  for (const s of ['salebot', 'bothelp', 'aimylogic', 'chat2desk', 'wazzup', 'telegram']) assert.ok(text.includes(`&source=${s}`), s);
  assert.equal(a.execute(() => a.ctx.webhookUrl_('wazzup')), `${EXEC_URL}?source=wazzup&token=${SECRET}`);
});

test('send a test event: it goes through the web app like a chatbot\'s and the alert says where it landed', () => {
  const a = app();
  a.run('menuSendTest');
  assert.equal(a.fetches.length, 1);
  assert.equal(a.fetches[0].url, `${EXEC_URL}?token=${SECRET}`);
  assert.equal(a.fetches[0].options.method, 'post');
  const rows = a.rows();
  assert.equal(rows[1][7], 'bridge.test');
  assert.equal(a.ui.alerts.at(-1), a.execute(() => a.ctx.t_('test.ok', { row: 2 })));
});

test('send a test event: what goes wrong is said in the owner\'s words', () => {
  const noUrl = app({ properties: { WEBHOOK_SECRET: SECRET } });
  noUrl.run('menuSendTest');
  assert.equal(noUrl.ui.alerts.at(-1), noUrl.execute(() => noUrl.ctx.t_('url.missing')));
  assert.equal(noUrl.fetches.length, 0);
  const otherScript = app({ properties: { ...READY, WEB_APP_URL: 'https://script.google.com/macros/s/OTHER/exec' } });
  otherScript.run('menuSendTest');
  assert.equal(otherScript.ui.alerts.at(-1), otherScript.execute(() => otherScript.ctx.t_('test.html', { code: 200 })));
  const busy = app();
  busy.lock.holder = 'another execution';
  busy.run('menuSendTest');
  assert.equal(busy.ui.alerts.at(-1), busy.execute(() => busy.ctx.t_('test.refused', { error: busy.ctx.t_('err.busy') })));
});

test('send a test event: an older deployed version is detected', () => {
  const a = app();
  const real = a.ctx.UrlFetchApp.fetch;
  a.ctx.UrlFetchApp.fetch = (url, o) => {
    const r = real(url, o);
    const body = JSON.parse(r.getContentText());
    return { getResponseCode: () => 200, getContentText: () => JSON.stringify({ ...body, version: '1.0.0' }) };
  };
  a.run('menuSendTest');
  assert.match(a.ui.alerts.at(-1), /Новая версия/);
});

test('the check page: deployed, then today\'s counts with the secret, in the spreadsheet\'s language', () => {
  const a = app({ locale: 'en_US', timeZone: 'Asia/Yekaterinburg' });
  a.ctx.nowMs_ = () => Date.parse('2025-05-06T10:00:00Z');
  a.post({ ...EVENT, event_id: 'x1' }, SECRET);
  a.post({ ...EVENT, event_id: 'x2' }, SECRET);
  a.post('{bad', SECRET);
  const open = a.get();
  assert.equal(open.title, 'sheets-bridge: check');
  assert.match(open.html, /lang="en"/);
  assert.match(open.html, /deployed and accepts events/);
  assert.ok(!/2 events/.test(open.html), 'no counts without the secret');
  const owner = a.get({ token: SECRET }).html;
  assert.match(owner, /Today \(Asia\/Yekaterinburg\): 2 events arrived, 1 rejected/);
  assert.match(owner, /errors tab/);
  assert.match(a.get({ token: 'wrong-wrong-wrong-1' }).html, /not the one saved/);
  const json = JSON.parse(a.get({ token: SECRET, format: 'json' }).content);
  assert.deepEqual([json.events_today, json.errors_today, json.version], [2, 1, a.ctx.BRIDGE_VERSION]);
  a.ctx.nowMs_ = () => Date.parse('2025-05-06T19:30:00Z');  // past midnight in Yekaterinburg: a new day
  assert.equal(JSON.parse(a.get({ token: SECRET, format: 'json' }).content).events_today, 0);
});

test('the check page in Russian says how to set a secret when there is none', () => {
  const html = load().get().html;
  assert.match(html, /lang="ru"/);
  assert.match(html, /Задать секрет вебхука/);
});

test('kpi_lite counts events per day and type, lead → confirmed conversion and low confidence (test events left out)', () => {
  const a = app();
  a.post([
    { ...EVENT, event_id: 'k1', event_type: 'lead.created', confidence: 0.4 },
    { ...EVENT, event_id: 'k2', event_type: 'lead.created' },
    { ...EVENT, event_id: 'k3' },
    { ...EVENT, event_id: 'k4', timestamp: '2025-01-02T10:00:00+03:00', event_type: 'lead.created' },
    { ...EVENT, event_id: 'k5', event_type: 'bridge.test' },
  ], SECRET);
  const rows = JSON.parse(JSON.stringify(a.run('recomputeKpiLite')));
  assert.deepEqual(rows[0], ['day', 'events', 'by_type', 'leads', 'confirmed', 'lead_to_confirmed', 'low_confidence']);
  assert.deepEqual(rows[1], ['2025-01-01', 3, 'appointment.confirmed: 1; lead.created: 2', 2, 1, 0.5, 1]);
  assert.deepEqual(rows[2], ['2025-01-02', 1, 'lead.created: 1', 1, 0, 0, 0]);
  assert.deepEqual(a.rows('kpi_lite')[1].slice(0, 2), ['2025-01-01', 3], 'the day stays text in the sheet');
});

test('leads without a crm_id export as a Bitrix24 CSV; every free-text field is inert (#18)', () => {
  const a = app();
  a.post([{ ...EVENT, event_id: 'l1', event_type: 'lead.created', crm_id: undefined, channel: '=HYPERLINK("http://evil","x")',
    session_id: '-2+3', intent: '@SUM(A1)' },
  { ...EVENT, event_id: 'l2', event_type: 'lead.created' }], SECRET);
  a.run('exportLeadsToDrive');
  const csv = a.drive[0].content;
  assert.ok(csv.startsWith('\ufeff"TITLE";"NAME";"PHONE_MOBILE";"EMAIL_WORK";"SOURCE_ID";"SOURCE_DESCRIPTION";"COMMENTS";"STATUS_ID"\r\n'));
  const lines = csv.trim().split('\r\n');
  assert.equal(lines.length, 2);  // l2 already has a CRM id
  const cells = lines[1].slice(1, -1).split('";"');
  assert.equal(cells[4], '\'=HYPERLINK(""HTTP://EVIL"",""X"")');
  assert.ok(!cells.some((c) => /^[=+\-@]/.test(c)), lines[1]);
  assert.match(cells[6], /^lead\.created 2025-01-01T12:34:56\+03:00; intent: @SUM\(A1\); event_id: l1$/);
  assert.equal(cells[7], 'NEW');
});

test('no leads: the owner is told, no file is made', () => {
  const a = app();
  a.post({ ...EVENT, event_id: 'n1' }, SECRET);
  a.run('exportLeadsToDrive');
  assert.equal(a.drive.length, 0);
  assert.equal(a.ui.alerts.at(-1), a.execute(() => a.ctx.t_('leads.none')));
});
