/*
 * sheets-bridge 2.0.0 for Google Apps Script — the whole bridge in one file.
 * Paste it into Extensions → Apps Script (replacing the sample code), then the manifest
 * apps_script/dist/appsscript.json into Project Settings → "Show "appsscript.json" manifest file in editor".
 * Guide: templates/apps_script_guide_ru.md / templates/apps_script_guide_en.md.
 * Built by apps_script/build.js from Texts.gs, Code.gs, Status.gs, Menu.gs, Events.gs, Privacy.gs, Phones.gs, Adapters.gs, PhoneData.gs
 * (sha256 5a79def3bd2f9ec9). Do not edit here: edit the sources and rebuild.
 */
// ===== Texts.gs =====
/**
 * Every text the owner reads — menu, alerts, the check page, the reasons in JSON answers and in the `errors`
 * tab — in Russian and English, chosen by the spreadsheet's locale (File → Settings → Locale). Error texts name
 * menu items through MENU keys, so an error always names the item as the owner's menu shows it.
 */

var BRIDGE_VERSION = '2.0.0';

var TEXTS = {
  ru: {
    menu: 'sheets-bridge',
    'menu.secret': 'Задать секрет вебхука',
    'menu.url': 'Вставить адрес веб-приложения (/exec)',
    'menu.show': 'Показать адрес для чат-бота',
    'menu.test': 'Отправить тестовое событие',
    'menu.kpi': 'Пересчитать kpi_lite',
    'menu.leads': 'Выгрузить лиды для Битрикс24 (CSV в Google Диск)',
    'secret.ask': 'Придумайте секрет (не короче 16 символов, без пробелов). Он станет частью адреса для чат-бота.',
    'secret.short': 'Секрет слишком короткий или с пробелами: нужно не меньше 16 символов без пробелов.',
    'secret.saved': 'Секрет сохранён. Следующий шаг: меню sheets-bridge → «{url}».',
    'url.ask': 'Вставьте адрес веб-приложения: Apps Script → Развернуть → Управление развёртываниями → скопируйте «URL веб-приложения». Он заканчивается на /exec.',
    'url.dev': 'Это адрес для разработчика (заканчивается на /dev): его открывают только редакторы скрипта, чат-бот получит страницу входа в Google и события потеряются. Нужен адрес из «Управление развёртываниями», он заканчивается на /exec.',
    'url.bad': 'Это не адрес веб-приложения Apps Script. Он выглядит так: https://script.google.com/macros/s/…/exec',
    'url.saved': 'Адрес сохранён. Теперь меню sheets-bridge → «{test}».',
    'url.missing': 'Сначала: меню sheets-bridge → «{secret}», затем разверните скрипт (Развернуть → Новое развёртывание → Веб-приложение) и выберите «{url}».',
    'show.intro': 'Адрес для чат-бота (вставьте его в поле «Webhook URL» / «URL для событий»):',
    'show.platforms': 'Для платформ добавьте в конец адреса:',
    'show.check': 'Проверка: откройте адрес в браузере — появится страница проверки.',
    'test.sending': 'Отправляю тестовое событие…',
    'test.ok': 'Тестовое событие дошло: строка {row} на вкладке events. Мост работает.',
    'test.stored_elsewhere': 'Веб-приложение ответило «сохранено», но строки нет в этой таблице. Проверьте, что адрес относится к скрипту именно этой таблицы.',
    'test.html': 'По адресу открылась страница Google, а не мост (код {code}). Проверьте развёртывание: «Запуск от имени: Я», «Доступ: Все», адрес заканчивается на /exec.',
    'test.refused': 'Мост ответил ошибкой: {error}',
    'test.old': 'Веб-приложение работает со старой версией кода ({running}, а в редакторе {current}). Развернуть → Управление развёртываниями → карандаш → Версия: «Новая версия» → Развернуть.',
    'test.failed': 'Не удалось отправить запрос: {error}',
    'kpi.done': 'kpi_lite пересчитан.',
    'leads.none': 'Нет заявок (lead.created) без crm_id.',
    'leads.saved': 'Файл сохранён в Google Диск:',
    'err.no_secret': 'в скрипте ещё нет секрета: в таблице выберите меню sheets-bridge → «{secret}»',
    'err.token': 'неверный или отсутствующий token в адресе',
    'err.busy': 'таблица занята, повторите через несколько секунд',
    'err.internal': 'внутренняя ошибка моста: {detail}',
    'err.body': 'тело запроса — не JSON',
    'err.source': 'неизвестная платформа «{source}»; известные: {known}',
    'err.required': 'обязательное поле',
    'err.not_string': 'должно быть строкой, а не {type}',
    'err.too_long': 'длиннее {n} символов',
    'err.iso': 'нужны дата и время ISO-8601, например 2025-01-01T12:34:56+03:00',
    'err.no_offset': 'нужен сдвиг от UTC (…+03:00 или Z)',
    'err.year': 'год должен быть не позже 2100',
    'err.offset': 'сдвиг от UTC должен быть от −14:00 до +14:00',
    'err.event_type': 'должно выглядеть как сущность.действие (строчные буквы, через точку), например lead.created',
    'err.level': 'должно быть одним из: info, warning, error',
    'err.confidence': 'должно быть числом от 0 до 1',
    'err.object': 'должно быть JSON-объектом',
    'err.event': 'событие должно быть JSON-объектом',
    'err.text': 'событиям сообщений нужен payload.text (строка)',
    'err.empty': 'пустой массив',
    'err.too_many': 'не больше {max} событий в запросе (пришло {n})',
    'err.time': 'нужно время: ISO-8601 или Unix-секунды/миллисекунды',
    'err.not_platform': 'это не запрос {platform}: нет поля {field}',
    'err.direction': 'должно быть in или out',
    'page.title': 'sheets-bridge: проверка',
    'page.ok': 'Мост развёрнут и принимает события.',
    'page.no_secret': 'Секрет ещё не задан: в таблице выберите меню sheets-bridge → «{secret}».',
    'page.today': 'Сегодня ({tz}) пришло событий: {events}, отклонено: {errors}.',
    'page.last': 'Последнее событие получено: {when}.',
    'page.errors': 'Отклонённые события с причиной — на вкладке errors.',
    'page.token': 'Чтобы увидеть счётчики за сегодня, откройте адрес вместе с ?token=ВАШ_СЕКРЕТ (как в адресе для чат-бота).',
    'page.wrong_token': 'Секрет в адресе не совпадает с сохранённым в скрипте.',
    'page.version': 'Версия моста: {version}.'
  },
  en: {
    menu: 'sheets-bridge',
    'menu.secret': 'Set the webhook secret',
    'menu.url': 'Paste the web app URL (/exec)',
    'menu.show': 'Show the URL for the chatbot',
    'menu.test': 'Send a test event',
    'menu.kpi': 'Recompute kpi_lite',
    'menu.leads': 'Export leads for Bitrix24 (CSV to Google Drive)',
    'secret.ask': 'Choose a secret (16 characters or more, no spaces). It becomes part of the chatbot URL.',
    'secret.short': 'The secret is too short or has spaces: use at least 16 characters, no spaces.',
    'secret.saved': 'The secret is saved. Next: sheets-bridge menu → “{url}”.',
    'url.ask': 'Paste the web app URL: Apps Script → Deploy → Manage deployments → copy the “Web app URL”. It ends in /exec.',
    'url.dev': 'This is the developer URL (it ends in /dev): only the script’s editors can open it, so the chatbot would get a Google sign-in page and every event would be lost. Use the URL from “Manage deployments”, ending in /exec.',
    'url.bad': 'This is not an Apps Script web app URL. It looks like https://script.google.com/macros/s/…/exec',
    'url.saved': 'The URL is saved. Now: sheets-bridge menu → “{test}”.',
    'url.missing': 'First: sheets-bridge menu → “{secret}”, then deploy the script (Deploy → New deployment → Web app) and choose “{url}”.',
    'show.intro': 'URL for the chatbot (paste it into its “Webhook URL” / “events URL” field):',
    'show.platforms': 'For these platforms add to the end of the URL:',
    'show.check': 'Check: open the URL in a browser — the check page appears.',
    'test.sending': 'Sending a test event…',
    'test.ok': 'The test event arrived: row {row} of the events tab. The bridge works.',
    'test.stored_elsewhere': 'The web app answered “stored”, but the row is not in this spreadsheet. Check that the URL belongs to this spreadsheet’s script.',
    'test.html': 'The URL opened a Google page, not the bridge (code {code}). Check the deployment: “Execute as: Me”, “Who has access: Anyone”, and the URL ends in /exec.',
    'test.refused': 'The bridge answered with an error: {error}',
    'test.old': 'The web app runs an older version of the code ({running}; the editor has {current}). Deploy → Manage deployments → pencil → Version: “New version” → Deploy.',
    'test.failed': 'The request could not be sent: {error}',
    'kpi.done': 'kpi_lite recomputed.',
    'leads.none': 'No leads (lead.created) without a crm_id.',
    'leads.saved': 'File saved to Google Drive:',
    'err.no_secret': 'the script has no secret yet: in the spreadsheet choose sheets-bridge menu → “{secret}”',
    'err.token': 'wrong or missing token in the URL',
    'err.busy': 'the sheet is busy, retry in a few seconds',
    'err.internal': 'internal error of the bridge: {detail}',
    'err.body': 'the body is not valid JSON',
    'err.source': 'unknown platform “{source}”; known: {known}',
    'err.required': 'is required',
    'err.not_string': 'must be a string, not {type}',
    'err.too_long': 'is longer than {n} characters',
    'err.iso': 'must be ISO-8601 like 2025-01-01T12:34:56+03:00',
    'err.no_offset': 'needs a UTC offset (…+03:00 or Z)',
    'err.year': 'the year must be 2100 or earlier',
    'err.offset': 'the UTC offset must be between -14:00 and +14:00',
    'err.event_type': 'must look like noun.verb (lowercase, dot-separated), e.g. lead.created',
    'err.level': 'must be one of info, warning, error',
    'err.confidence': 'must be a number from 0 to 1',
    'err.object': 'must be a JSON object',
    'err.event': 'an event must be a JSON object',
    'err.text': 'message events need payload.text (a string)',
    'err.empty': 'the array is empty',
    'err.too_many': 'at most {max} events per request (got {n})',
    'err.time': 'must be a time: ISO-8601 or Unix seconds/milliseconds',
    'err.not_platform': 'is not a {platform} request (no {field})',
    'err.direction': 'must be in or out',
    'page.title': 'sheets-bridge: check',
    'page.ok': 'The bridge is deployed and accepts events.',
    'page.no_secret': 'No secret yet: in the spreadsheet choose sheets-bridge menu → “{secret}”.',
    'page.today': 'Today ({tz}): {events} events arrived, {errors} rejected.',
    'page.last': 'Last event received: {when}.',
    'page.errors': 'Rejected events and the reason are in the errors tab.',
    'page.token': 'To see today’s counts, open the URL with ?token=YOUR_SECRET (as in the chatbot URL).',
    'page.wrong_token': 'The secret in the URL is not the one saved in the script.',
    'page.version': 'Bridge version: {version}.'
  }
};

var LANG_CACHE_ = null;
var RUSSIAN_LOCALES = /^(ru|uk|be|kk|ky|uz|tg|hy|az|ka|tk)/i;  // owners there read Russian more often than English

/** 'ru' or 'en' by the spreadsheet's locale (the owner's setting), else the user's; Russian when unknown. */
function lang_() {
  if (LANG_CACHE_) return LANG_CACHE_;
  var locale = '';
  try { locale = SpreadsheetApp.getActive().getSpreadsheetLocale() || ''; } catch (e) { /* no spreadsheet */ }
  if (!locale) { try { locale = Session.getActiveUserLocale() || ''; } catch (e2) { /* none */ } }
  LANG_CACHE_ = (!locale || RUSSIAN_LOCALES.test(locale)) ? 'ru' : 'en';
  return LANG_CACHE_;
}

/** The text for key, with {name} filled from args and {secret}/{url}/{test} from the menu labels. */
function t_(key, args) {
  var table = TEXTS[lang_()];
  var text = table[key] !== undefined ? table[key] : TEXTS.en[key];
  var fill = {secret: table['menu.secret'], url: table['menu.url'], test: table['menu.test']};
  Object.keys(args || {}).forEach(function (k) { fill[k] = args[k]; });
  return String(text).replace(/\{(\w+)\}/g, function (m, name) { return fill[name] !== undefined ? String(fill[name]) : m; });
}

// ===== Code.gs =====
/**
 * sheets-bridge for Google Apps Script: a web app that writes chatbot events (SPEC §5) into the `events` tab of
 * this spreadsheet, with no server. The owner's guide: templates/apps_script_guide_ru.md / _en.md; the one file
 * to paste is apps_script/dist/sheets-bridge.gs (built from these files by apps_script/build.js).
 *
 * POST …/exec?token=SECRET                 SPEC §5 events (one object or an array of up to 500)
 * POST …/exec?source=PLATFORM&token=SECRET  a chatbot platform's own body (Adapters.gs, docs/chatbots.md)
 * GET  …/exec[?token=SECRET]                the check page (is it deployed, events today)
 *
 * A web app always answers HTTP 200 (after a redirect): the JSON body carries the outcome, {ok: true, stored,
 * duplicates} or {ok: false, error, field?}; every rejected request is also written to the `errors` tab, so a
 * chatbot that ignores the answer does not lose events silently. Rows equal the Python receiver's (tests/parity).
 */

var EVENTS_TAB = 'events';
var ERRORS_TAB = 'errors';
var ERRORS_HEADER = ['received_at', 'reason', 'field', 'source', 'body'];
var ERROR_BODY_CHARS = 500;
var MAX_ERROR_ROWS = 2000;        // the oldest rejected requests are dropped past this
var RECENT_ROWS = 2000;           // duplicates are looked for among this many last rows
var LOCK_WAIT_MS = 30000;

/* ---------- the web app ---------- */

function doPost(e) {
  return safely_(function () { return handlePost_(e || {}); }, e);
}

function doGet(e) {
  return safely_(function () { return handleGet_(e || {}); }, e);
}

/** Any failure is answered as JSON (Apps Script's own error page is HTML a chatbot cannot read). */
function safely_(handler, e) {
  try {
    return handler();
  } catch (err) {
    var detail = String((err && err.message) || err);
    try { recordError_(nowMs_(), t_('err.internal', {detail: detail}), '', sourceOf_(e), bodyOf_(e)); } catch (ignored) { /* no sheet */ }
    return reply_({ok: false, error: t_('err.internal', {detail: detail})});
  }
}

function sourceOf_(e) {
  return String((e && e.parameter && e.parameter.source) || '');
}

function bodyOf_(e) {
  return String((e && e.postData && e.postData.contents) || '');
}

function handlePost_(e) {
  var params = e.parameter || {};
  var source = sourceOf_(e), body = bodyOf_(e), now = nowMs_();
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET');
  if (!secret) return reject_(now, t_('err.no_secret'), 'token', source, body);
  if (!constantTimeEqual_(params.token || '', secret)) return reject_(now, t_('err.token'), 'token', source, body);
  if (source && !ADAPTERS.hasOwnProperty(source)) {
    return reject_(now, t_('err.source', {source: source, known: Object.keys(ADAPTERS).sort().join(', ')}), 'source', source, body);
  }
  var events;
  try {
    events = eventsOf_(body, source, {tz: sheetTimeZone_(), now: now, params: params});
  } catch (err) {
    if (err instanceof FieldError_) return reject_(now, err.message, err.field, source, body);
    throw err;
  }
  var key = tokenKey_();
  var received = isoAt_(Math.floor(now / 1000) * 1000, 'UTC');
  return store_(events.map(function (ev) { return toRow_(ev, key, received); }));
}

/** The checked events of a request body (FieldError naming the field otherwise). */
function eventsOf_(body, source, ctx) {
  var data;
  try {
    data = JSON.parse(body);
  } catch (err) {
    throw new FieldError_('body', t_('err.body'));
  }
  if (!source) return validateMany_(data);
  var raw = ADAPTERS[source](data, ctx);
  return raw.length ? validateMany_(raw) : [];
}

function reply_(obj) {
  return ContentService.createTextOutput(JSON.stringify(obj)).setMimeType(ContentService.MimeType.JSON);
}

function nowMs_() {
  return Date.now();
}

function sheetTimeZone_() {
  try { return SpreadsheetApp.getActive().getSpreadsheetTimeZone() || 'UTC'; } catch (e) { return 'UTC'; }
}

function constantTimeEqual_(a, b) {
  a = String(a); b = String(b);
  var diff = a.length ^ b.length;
  for (var i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/* ---------- writing, under the script lock ---------- */

/**
 * Runs fn with the script lock held. SpreadsheetApp.flush() before releasing it: Apps Script defers writes, and
 * the next request (another execution) would otherwise read the old getLastRow() and write over this one's rows
 * (LockService docs: "call SpreadsheetApp.flush() before releasing the lock").
 */
function withLock_(fn) {
  var lock = LockService.getScriptLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch (err) {
    return reply_({ok: false, error: t_('err.busy')});
  }
  try {
    return fn();
  } finally {
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}

function store_(rows) {
  return withLock_(function () {
    var sheet = tab_(EVENTS_TAB, EVENTS_HEADER);
    var seen = recentIds_(sheet);
    var stored = [], duplicates = [], fresh = [];
    rows.forEach(function (row) {
      var id = String(row[0]);
      if (seen[id]) { duplicates.push(id); return; }
      seen[id] = true;
      stored.push(id);
      fresh.push(row);
    });
    if (fresh.length) appendRows_(sheet, fresh, [CONFIDENCE_COLUMN]);
    return reply_({ok: true, stored: stored, duplicates: duplicates, version: BRIDGE_VERSION});
  });
}

/** Rows below the last one, one setValues call; every column but numberColumns (1-based) is set to plain text
 * first, so setValues stores each text exactly (no numbers from "007", no dates, no formulas) as Python's RAW
 * writes do. */
function appendRows_(sheet, rows, numberColumns) {
  var first = sheet.getLastRow() + 1, width = rows[0].length;
  textRuns_(width, numberColumns || []).forEach(function (run) {
    sheet.getRange(first, run[0], rows.length, run[1]).setNumberFormat('@');
  });
  sheet.getRange(first, 1, rows.length, width).setValues(rows);
}

/** [[first column, count]…] of the columns 1..width that are not in numberColumns. */
function textRuns_(width, numberColumns) {
  var runs = [];
  for (var c = 1; c <= width; c++) {
    if (numberColumns.indexOf(c) >= 0) continue;
    var last = runs[runs.length - 1];
    if (last && last[0] + last[1] === c) last[1]++; else runs.push([c, 1]);
  }
  return runs;
}

function tab_(name, header) {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName(name);
  if (!sheet) {
    sheet = book.insertSheet(name);
    appendRows_(sheet, [header]);
    sheet.setFrozenRows(1);
  }
  return sheet;
}

function recentIds_(sheet) {
  var last = sheet.getLastRow();
  var seen = {};
  if (last < 2) return seen;
  var first = Math.max(2, last - RECENT_ROWS + 1);
  sheet.getRange(first, 1, last - first + 1, 1).getValues().forEach(function (r) { seen[String(r[0])] = true; });
  return seen;
}

/* ---------- rejected requests: the errors tab ---------- */

function reject_(now, reason, field, source, body) {
  recordError_(now, reason, field, source, body);
  var answer = {ok: false, error: reason};
  if (field) answer.field = field;
  return reply_(answer);
}

/** One row in the `errors` tab: when, why, which field, which platform, the body's first 500 characters —
 * scrubbed like events (the key is made if there is none yet, as for events). */
function recordError_(now, reason, field, source, body) {
  var key = tokenKey_();
  var text = Array.from(scrub_(String(body || ''), key)).slice(0, ERROR_BODY_CHARS).join('');
  var row = [isoAt_(Math.floor(now / 1000) * 1000, 'UTC'), reason, field || '', source || '', text].map(cell_);
  withLock_(function () {
    var sheet = tab_(ERRORS_TAB, ERRORS_HEADER);
    appendRows_(sheet, [row]);
    var extra = sheet.getLastRow() - 1 - MAX_ERROR_ROWS;
    if (extra > 0) sheet.deleteRows(2, extra);
  });
}

// ===== Status.gs =====
/**
 * GET …/exec: the check page an owner opens in a browser instead of running curl. Anyone can open it, so without
 * the secret it only says that the bridge is deployed; with ?token=SECRET it also shows today's counts (in the
 * spreadsheet's time zone), the last event's time and where rejected events are. ?format=json gives the same
 * as JSON.
 */

var COUNT_BACK_ROWS = 5000;       // today's rows are looked for among this many last rows

function handleGet_(e) {
  var params = e.parameter || {};
  var status = bridgeStatus_(params.token);
  if (params.format === 'json') return reply_(status);
  return HtmlService.createHtmlOutput(statusHtml_(status)).setTitle(t_('page.title'));
}

function bridgeStatus_(token) {
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET');
  var status = {ok: true, version: BRIDGE_VERSION, secret_set: !!secret};
  if (!secret || !token) return status;
  status.token_ok = constantTimeEqual_(token, secret);
  if (!status.token_ok) return status;
  var tz = sheetTimeZone_(), start = startOfToday_(tz);
  var events = receivedSince_(EVENTS_TAB, 3, start), errors = receivedSince_(ERRORS_TAB, 1, start);
  status.time_zone = tz;
  status.events_today = events.count;
  status.errors_today = errors.count;
  status.last_event = events.last;
  return status;
}

/** The instant today began in the zone (ms). */
function startOfToday_(tz) {
  var now = nowMs_();
  var p = partsOfInstant_(now, tz);
  var midnight = {year: p.year, month: p.month, day: p.day, hour: 0, minute: 0, second: 0};
  return Date.UTC(p.year, p.month - 1, p.day) - wallOffset_(midnight, tz) * 60000;
}

/** How many rows of a tab were received since `since` (column `col` holds received_at), and the newest one. */
function receivedSince_(name, col, since) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  var out = {count: 0, last: ''};
  if (!sheet || sheet.getLastRow() < 2) return out;
  var last = sheet.getLastRow(), first = Math.max(2, last - COUNT_BACK_ROWS + 1);
  var values = sheet.getRange(first, col, last - first + 1, 1).getValues();
  out.last = String(values[values.length - 1][0]);
  var lastAt = Date.parse(out.last);
  if (lastAt) out.last = Utilities.formatDate(new Date(lastAt), sheetTimeZone_(), 'yyyy-MM-dd HH:mm:ss');
  for (var i = values.length - 1; i >= 0; i--) {
    var at = Date.parse(String(values[i][0]));
    if (!(at >= since)) break;  // rows are appended in the order they arrive
    out.count++;
  }
  return out;
}

function escapeHtml_(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
  });
}

function statusHtml_(s) {
  var lines = [s.secret_set ? t_('page.ok') : t_('page.no_secret')];
  if (s.secret_set && s.token_ok === undefined) lines.push(t_('page.token'));
  if (s.token_ok === false) lines.push(t_('page.wrong_token'));
  if (s.token_ok) {
    lines.push(t_('page.today', {tz: s.time_zone, events: s.events_today, errors: s.errors_today}));
    if (s.last_event) lines.push(t_('page.last', {when: s.last_event}));
    if (s.errors_today) lines.push(t_('page.errors'));
  }
  lines.push(t_('page.version', {version: s.version}));
  var mark = s.secret_set ? '✅' : '⚠️';
  return '<!DOCTYPE html><html lang="' + lang_() + '"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + escapeHtml_(t_('page.title')) +
    '</title></head><body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em">' +
    '<h1>' + mark + ' sheets-bridge</h1>' +
    lines.map(function (l) { return '<p>' + escapeHtml_(l) + '</p>'; }).join('') + '</body></html>';
}

// ===== Menu.gs =====
/**
 * The spreadsheet menu (Russian or English by the spreadsheet's locale): set the secret, paste the web app URL,
 * show the chatbot URL, send a test event, recompute kpi_lite, export leads as a Bitrix24 CSV file to Drive.
 */

var EXEC_URL_RE = /^https:\/\/script\.google\.com\/(?:a\/macros\/[^\/?#]+\/|macros\/)s\/[A-Za-z0-9_-]+\/(exec|dev)\/?(?:[?#].*)?$/;
var TEST_EVENT_TYPE = 'bridge.test';
var LEAD_COLUMNS = ['TITLE', 'NAME', 'PHONE_MOBILE', 'EMAIL_WORK', 'SOURCE_ID', 'SOURCE_DESCRIPTION', 'COMMENTS', 'STATUS_ID'];

function onOpen() {
  SpreadsheetApp.getUi().createMenu(t_('menu'))
    .addItem(t_('menu.secret'), 'menuSetSecret')
    .addItem(t_('menu.url'), 'menuSetUrl')
    .addItem(t_('menu.show'), 'menuShowUrl')
    .addItem(t_('menu.test'), 'menuSendTest')
    .addSeparator()
    .addItem(t_('menu.kpi'), 'recomputeKpiLite')
    .addItem(t_('menu.leads'), 'exportLeadsToDrive')
    .addToUi();
}

function ask_(title, question) {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : null;
}

function tell_(message) {
  try { SpreadsheetApp.getUi().alert(message); } catch (e) { /* run from a trigger or the editor */ }
  return message;
}

function menuSetSecret() {
  var secret = ask_(t_('menu.secret'), t_('secret.ask'));
  if (secret === null) return null;
  if (secret.length < 16 || /\s/.test(secret)) return tell_(t_('secret.short'));
  PropertiesService.getScriptProperties().setProperty('WEBHOOK_SECRET', secret);
  tokenKey_();  // make sure the token key exists
  return tell_(t_('secret.saved'));
}

/** 'exec' URL without its query, or {error: text key}. */
function checkExecUrl_(text) {
  var m = EXEC_URL_RE.exec(String(text || '').trim());
  if (!m) return {error: 'url.bad'};
  if (m[1] === 'dev') return {error: 'url.dev'};
  return {url: String(text).trim().replace(/[?#].*$/, '').replace(/\/$/, '')};
}

/**
 * The owner pastes the /exec URL from Deploy → Manage deployments. ScriptApp.getService().getUrl() is not used:
 * outside a live request it can return the /dev URL, which only editors can open — an anonymous chatbot would
 * get a sign-in page and lose every event.
 */
function menuSetUrl() {
  var text = ask_(t_('menu.url'), t_('url.ask'));
  if (text === null) return null;
  var checked = checkExecUrl_(text);
  if (checked.error) return tell_(t_(checked.error));
  PropertiesService.getScriptProperties().setProperty('WEB_APP_URL', checked.url);
  return tell_(t_('url.saved'));
}

function execUrl_() {
  var checked = checkExecUrl_(PropertiesService.getScriptProperties().getProperty('WEB_APP_URL'));
  return checked.url || '';
}

/** The chatbot's URL: the /exec URL with the secret (and the platform), '' until both are set. */
function webhookUrl_(source) {
  var base = execUrl_();
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET');
  if (!base || !secret) return '';
  return base + (source ? '?source=' + encodeURIComponent(source) + '&' : '?') + 'token=' + encodeURIComponent(secret);
}

function menuShowUrl() {
  var url = webhookUrl_();
  if (!url) return tell_(t_('url.missing'));
  var platforms = Object.keys(ADAPTERS).filter(function (s) { return s !== 'generic'; });
  return tell_(t_('show.intro') + '\n' + url + '\n\n' + t_('show.platforms') + '\n' +
    platforms.map(function (s) { return '  ' + s + ': &source=' + s; }).join('\n') + '\n\n' + t_('show.check'));
}

/* ---------- the test event ---------- */

function menuSendTest() {
  var url = webhookUrl_();
  if (!url) return tell_(t_('url.missing'));
  var event = {event_id: 'test-' + Utilities.getUuid(), timestamp: isoAt_(Math.floor(nowMs_() / 1000) * 1000, sheetTimeZone_()),
    channel: 'test', session_id: 'sheets-bridge-test', event_type: TEST_EVENT_TYPE, payload: {note: 'sheets-bridge test'}};
  return tell_(sendTestEvent_(url, event));
}

/** Posts the event as a chatbot would and says, in the owner's words, whether it arrived. */
function sendTestEvent_(url, event) {
  var response;
  try {
    response = UrlFetchApp.fetch(url, {method: 'post', contentType: 'application/json', payload: JSON.stringify(event),
      muteHttpExceptions: true, followRedirects: true});
  } catch (err) {
    return t_('test.failed', {error: String((err && err.message) || err)});
  }
  var answer;
  try { answer = JSON.parse(response.getContentText()); } catch (err) { answer = null; }
  if (!answer || typeof answer.ok !== 'boolean') return t_('test.html', {code: response.getResponseCode()});
  if (!answer.ok) return t_('test.refused', {error: answer.error + (answer.field ? ' (' + answer.field + ')' : '')});
  var old = answer.version !== BRIDGE_VERSION ? '\n\n' + t_('test.old', {running: answer.version || '?', current: BRIDGE_VERSION}) : '';
  var row = rowOf_(EVENTS_TAB, event.event_id);
  return (row ? t_('test.ok', {row: row}) : t_('test.stored_elsewhere')) + old;
}

function rowOf_(name, id) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  var last = sheet.getLastRow(), first = Math.max(2, last - RECENT_ROWS + 1);
  var ids = sheet.getRange(first, 1, last - first + 1, 1).getValues();
  for (var i = ids.length - 1; i >= 0; i--) if (String(ids[i][0]) === id) return first + i;
  return 0;
}

/* ---------- kpi_lite ---------- */

/** kpi_lite: events per day and type, lead → confirmed conversion per day, low-confidence events. */
function recomputeKpiLite() {
  var rows = kpiLiteRows_(readEvents_().filter(function (e) { return e.event_type !== TEST_EVENT_TYPE; }));
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName('kpi_lite') || book.insertSheet('kpi_lite');
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, 1).setNumberFormat('@');  // days stay text, as the events tab's times
  sheet.getRange(1, 3, rows.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  tell_(t_('kpi.done'));
  return rows;
}

function readEvents_() {
  var sheet = tab_(EVENTS_TAB, EVENTS_HEADER);
  var last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, EVENTS_HEADER.length).getValues().map(function (r) {
    var o = {};
    EVENTS_HEADER.forEach(function (h, i) { o[h] = typeof r[i] === 'string' ? uncell_(r[i]) : r[i]; });
    return o;
  });
}

function kpiLiteRows_(events) {
  var days = {};
  events.forEach(function (e) {
    var day = String(e.timestamp).slice(0, 10);
    var d = days[day] = days[day] || {events: 0, types: {}, leads: 0, confirmed: 0, low: 0};
    d.events += 1;
    d.types[e.event_type] = (d.types[e.event_type] || 0) + 1;
    if (e.event_type === 'lead.created') d.leads += 1;
    if (e.event_type === 'appointment.confirmed') d.confirmed += 1;
    if (e.confidence !== '' && e.confidence !== null && Number(e.confidence) < 0.6) d.low += 1;
  });
  var out = [['day', 'events', 'by_type', 'leads', 'confirmed', 'lead_to_confirmed', 'low_confidence']];
  Object.keys(days).sort().forEach(function (day) {
    var d = days[day];
    var types = Object.keys(d.types).sort().map(function (k) { return k + ': ' + d.types[k]; }).join('; ');
    out.push([day, d.events, types, d.leads, d.confirmed, d.leads ? Math.round(1000 * d.confirmed / d.leads) / 1000 : '', d.low]);
  });
  return out;
}

/* ---------- Bitrix24 leads ---------- */

/** Free text for a CSV cell (crm/leads.py safe_text): one line, capped, inert if it starts like a formula. */
function safeText_(text, limit) {
  var line = Array.from(String(text).split(/\s+/).filter(Boolean).join(' ')).slice(0, limit || 2000).join('');
  return (line && ESCAPE_LEADS.indexOf(line.charAt(0)) >= 0) ? "'" + line : line;
}

/** lead.created events without a crm_id, as a Bitrix24 import file (UTF-8 BOM, ';', every value quoted). Every
 * free-text field is made inert: a channel "=HYPERLINK(…)" must not become a formula in Excel or Bitrix. */
function leadsCsv_(events) {
  var q = function (v) { return '"' + String(v).replace(/"/g, '""') + '"'; };
  var lines = [LEAD_COLUMNS.map(q).join(';')];
  events.filter(function (e) { return e.event_type === 'lead.created' && !String(e.crm_id).trim(); })
    .forEach(function (e) {
      lines.push([
        safeText_('Заявка чат-бота (' + e.channel + '), сессия ' + e.session_id, 120), '', '', '',
        safeText_(String(e.channel).toUpperCase(), 100), 'chatbot',
        safeText_('lead.created ' + e.timestamp + '; intent: ' + (e.intent || '—') + '; event_id: ' + e.event_id),
        'NEW'].map(q).join(';'));
    });
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/**
 * The CSV goes to Drive through the advanced Drive service (enabled in appsscript.json), which works with the
 * narrow drive.file scope: "only the files this script creates". DriveApp.createFile would need full access to
 * every file in the owner's Drive.
 */
function exportLeadsToDrive() {
  var csv = leadsCsv_(readEvents_());
  if (csv.split('\r\n').length <= 2) { tell_(t_('leads.none')); return null; }
  var name = 'bitrix24-leads-' + Utilities.formatDate(new Date(nowMs_()), sheetTimeZone_(), 'yyyy-MM-dd') + '.csv';
  var file = Drive.Files.create({name: name, mimeType: 'text/csv'}, Utilities.newBlob(csv, 'text/csv', name),
    {fields: 'id,webViewLink'});
  tell_(t_('leads.saved') + '\n' + (file.webViewLink || 'https://drive.google.com/file/d/' + file.id + '/view'));
  return file;
}

// ===== Events.gs =====
/**
 * Events (SPEC §5): validation with errors that name the field, and the `events` row — the same rules and the
 * same rows as sheets_bridge/events.py and sheets_bridge/workbook/cells.py (checked by tests/parity).
 */

var EVENTS_HEADER = ['event_id', 'timestamp', 'received_at', 'level', 'channel', 'session_id', 'user_id',
  'event_type', 'intent', 'confidence', 'crm_id', 'payload'];
var CONFIDENCE_COLUMN = 10;       // the only number column; every other column is plain text
var MAX_BATCH = 500;
var MAX_CELL_CHARS = 50000;       // a Google Sheets cell holds 50,000 characters
var TRUNCATED = ' …[truncated]';
var EVENT_TYPE_RE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
var LEVELS = ['info', 'warning', 'error'];
var MAX_YEAR = 2100;
var MAX_OFFSET_MINUTES = 14 * 60;  // real UTC offsets run from -12:00 to +14:00
var ESCAPE_LEADS = ['=', '+', '-', '@', '\t', '\r', '\n', "'"];
var ILLEGAL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

/* ---------- errors that name the field ---------- */

function FieldError_(field, message) {
  this.field = field;
  this.message = message;
}

function fail_(field, key, args) {
  throw new FieldError_(field, t_(key, args));
}

/** Python's type name of a JSON value (the Python receiver says "must be a string, not float"). */
function pyType_(v) {
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  return v === null ? 'NoneType' : 'dict';
}

function text_(obj, name, required, maxLen) {
  var v = obj[name];
  maxLen = maxLen || 200;
  if (v === undefined || v === null || v === '') {
    if (required) fail_(name, 'err.required');
    return '';
  }
  if (typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v))) {
    fail_(name, 'err.not_string', {type: pyType_(v)});
  }
  v = typeof v === 'number' ? pyInt_(v) : v;
  if (Array.from(v).length > maxLen) fail_(name, 'err.too_long', {n: maxLen});
  return v;
}

/* ---------- timestamps (Python's datetime.fromisoformat for the usual forms, then isoformat) ---------- */

var ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d+)?)?)?)?$/;

function pad_(n, width) {
  var s = String(Math.abs(n));
  while (s.length < (width || 2)) s = '0' + s;
  return s;
}

function daysInMonth_(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** {year, month, day, hour, minute, second, micro, offset (minutes or null), offsetSeconds} or null. */
function parseIso_(stamp) {
  var m = ISO_RE.exec(stamp);
  if (!m) return null;
  var p = {year: +m[1], month: +m[2], day: +m[3], hour: +(m[4] || 0), minute: +(m[5] || 0), second: +(m[6] || 0),
    micro: m[7] ? +((m[7] + '00000').slice(0, 6)) : 0, offset: null, offsetSeconds: 0};
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth_(p.year, p.month) || p.hour > 23 ||
      p.minute > 59 || p.second > 59) return null;
  if (m[8]) {
    if (m[8] === 'Z') { p.offset = 0; } else {
      var o = /^([+-])(\d{2}):?(\d{2})?:?(\d{2})?/.exec(m[8]);
      var minutes = (+o[2]) * 60 + (+(o[3] || 0));
      if (+(o[3] || 0) > 59 || +(o[4] || 0) > 59 || minutes >= 24 * 60) return null;
      p.offset = (o[1] === '-' ? -1 : 1) * minutes;
      p.offsetSeconds = (o[1] === '-' ? -1 : 1) * (+(o[4] || 0));
    }
  }
  return p;
}

function offsetText_(minutes, seconds) {
  var sign = (minutes < 0 || (minutes === 0 && seconds < 0)) ? '-' : '+';
  var a = Math.abs(minutes);
  return sign + pad_(Math.floor(a / 60)) + ':' + pad_(a % 60) + (seconds ? ':' + pad_(Math.abs(seconds)) : '');
}

/** Python's isoformat of the parsed parts. */
function isoText_(p) {
  return pad_(p.year, 4) + '-' + pad_(p.month) + '-' + pad_(p.day) + 'T' + pad_(p.hour) + ':' + pad_(p.minute) + ':' +
    pad_(p.second) + (p.micro ? '.' + pad_(p.micro, 6) : '') + (p.offset === null ? '' : offsetText_(p.offset, p.offsetSeconds));
}

function normalizeTimestamp_(stamp) {
  var p = parseIso_(stamp);
  if (!p) fail_('timestamp', 'err.iso');
  if (p.offset === null) fail_('timestamp', 'err.no_offset');
  if (p.year > MAX_YEAR) fail_('timestamp', 'err.year');
  if (Math.abs(p.offset) > MAX_OFFSET_MINUTES || (Math.abs(p.offset) === MAX_OFFSET_MINUTES && p.offsetSeconds)) {
    fail_('timestamp', 'err.offset');
  }
  return isoText_(p);
}

/* ---------- validation (SPEC §5) ---------- */

function isObject_(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function validate_(obj, index) {
  var prefix = index === undefined ? '' : '[' + index + '].';
  try {
    if (!isObject_(obj)) fail_(prefix ? '[' + index + ']' : 'event', 'err.event');
    var out = {};
    out.timestamp = normalizeTimestamp_(text_(obj, 'timestamp', true));
    out.channel = text_(obj, 'channel', true, 50);
    out.session_id = text_(obj, 'session_id', true);
    var type = text_(obj, 'event_type', true, 100);
    if (!EVENT_TYPE_RE.test(type)) fail_('event_type', 'err.event_type');
    out.event_type = type;
    out.event_id = text_(obj, 'event_id', false);
    var level = text_(obj, 'level', false, 10) || 'info';
    if (LEVELS.indexOf(level) < 0) fail_('level', 'err.level');
    out.level = level;
    out.user_id = text_(obj, 'user_id', false) || text_(obj, 'user_phone', false, 40);
    out.intent = text_(obj, 'intent', false, 100);
    var c = obj.confidence;
    if (c !== undefined && c !== null && (typeof c !== 'number' || !(c >= 0 && c <= 1))) fail_('confidence', 'err.confidence');
    out.confidence = (c === undefined) ? null : c;
    out.crm_id = text_(obj, 'crm_id', false, 100);
    var p = obj.payload;
    if (p !== undefined && p !== null && !isObject_(p)) fail_('payload', 'err.object');
    out.payload = p || {};
    if ((type === 'message.received' || type === 'message.sent') && typeof out.payload.text !== 'string') {
      fail_('payload.text', 'err.text');
    }
    return out;
  } catch (err) {
    if (err instanceof FieldError_ && prefix && err.field.indexOf(prefix) !== 0 && err.field.charAt(0) !== '[') {
      throw new FieldError_(prefix + err.field, err.message);
    }
    throw err;
  }
}

/** One event object or an array of up to 500; errors name the field (`[3].timestamp`). */
function validateMany_(data) {
  if (Array.isArray(data)) {
    if (!data.length) fail_('events', 'err.empty');
    if (data.length > MAX_BATCH) fail_('events', 'err.too_many', {max: MAX_BATCH, n: data.length});
    return data.map(function (o, i) { return validate_(o, i); });
  }
  return [validate_(data)];
}

/* ---------- JSON exactly as Python's json.dumps(sort_keys=True, ensure_ascii=False) ---------- */

function pyInt_(n) {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

/** Python's repr of a float. */
function pyFloat_(x) {
  if (!isFinite(x)) return x > 0 ? 'Infinity' : (x < 0 ? '-Infinity' : 'NaN');
  var m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential());
  var sign = m[1], digits = m[2] + (m[3] || ''), exp = +m[4];
  if (exp < -4 || exp >= 16) {
    return sign + m[2] + (m[3] ? '.' + m[3] : '') + 'e' + (exp < 0 ? '-' : '+') + pad_(exp);
  }
  if (exp < 0) return sign + '0.' + new Array(-exp).join('0') + digits;
  var whole = digits.slice(0, exp + 1), frac = digits.slice(exp + 1);
  while (whole.length < exp + 1) whole += '0';
  return sign + whole + '.' + (frac || '0');
}

function pyString_(s) {
  return '"' + s.replace(/[\\"\u0000-\u001f]/g, function (ch) {
    var map = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'};
    return map[ch] || '\\u' + ('0000' + ch.charCodeAt(0).toString(16)).slice(-4);
  }) + '"';
}

function pyJson_(v) {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? pyInt_(v) : pyFloat_(v);
  if (typeof v === 'string') return pyString_(v);
  if (Array.isArray(v)) return '[' + v.map(pyJson_).join(', ') + ']';
  var keys = Object.keys(v).sort(pyCompare_);
  return '{' + keys.map(function (k) { return pyString_(k) + ': ' + pyJson_(v[k]); }).join(', ') + '}';
}

/** Python sorts strings by code point; JavaScript's default sort compares UTF-16 units. */
function pyCompare_(a, b) {
  var x = Array.from(a), y = Array.from(b);
  for (var i = 0; i < Math.min(x.length, y.length); i++) {
    var d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d) return d;
  }
  return x.length - y.length;
}

/* ---------- the row ---------- */

function eventId_(ev) {
  if (ev.event_id) return ev.event_id;
  var basis = pyJson_({timestamp: ev.timestamp, channel: ev.channel, session_id: ev.session_id,
    event_type: ev.event_type, payload: ev.payload});
  var digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, basis, Utilities.Charset.UTF_8);
  return 'ev_' + bytesToHex_(digest).slice(0, 20);
}

/** The `events` row (events.to_row): user ids as keyed hashes, texts scrubbed, payload as JSON text. */
function toRow_(ev, key, receivedAt) {
  var payload = Object.keys(ev.payload).length ? pyJson_(scrubDeep_(ev.payload, key)) : '';
  return [eventId_(ev), ev.timestamp, receivedAt, ev.level, ev.channel, scrub_(ev.session_id, key),
    hashId_(ev.user_id, key), ev.event_type, ev.intent, ev.confidence, ev.crm_id, payload].map(cell_);
}

/** One value as a cell (workbook/cells.py to_cell): text a spreadsheet could evaluate gets a leading apostrophe. */
function cell_(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return isFinite(v) ? v : '';
  var text = String(v).replace(ILLEGAL_CHARS, '');
  if (text.length && ESCAPE_LEADS.indexOf(text.charAt(0)) >= 0) text = "'" + text;
  if (text.length > MAX_CELL_CHARS && Array.from(text).length > MAX_CELL_CHARS) {
    text = Array.from(text).slice(0, MAX_CELL_CHARS - TRUNCATED.length).join('') + TRUNCATED;
  }
  return text;
}

/** Undo cell_'s apostrophe (cells.from_cell) when reading a text cell back. */
function uncell_(v) {
  var s = v === null || v === undefined ? '' : String(v);
  return (s.charAt(0) === "'" && ESCAPE_LEADS.indexOf(s.charAt(1)) >= 0) ? s.slice(1) : s;
}

// ===== Privacy.gs =====
/**
 * Keyed tokens for personal data, the same as sheets_bridge.privacy (detect.py, scrubber.py, keys.py):
 * phones (Phones.gs), e-mails, bank cards (Luhn), passports and introduced names / patronymics become
 * [PHONE:1a2b3c4d5e]-style tokens, HMAC-SHA256 of "KIND:value" under TOKEN_KEY. Overlaps are settled as in
 * Python: spans sorted by start, then kind (e-mail, card, passport, phone, name), then length; an existing
 * token is never scrubbed again.
 */

var WORD = '[\\p{L}\\p{N}_]';  // Python's \w (Unicode)
var EMAIL_RE = new RegExp('(?<![\\p{L}\\p{N}_.+-])[\\p{L}\\p{N}_.+-]+@[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.[A-Za-z\\u0400-\\u04ff]{2,}', 'gu');
var CARD_RE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?!\d)/g;
var PASSPORT_RE = new RegExp('(?:паспорт' + WORD + '*|серия|серии|passport)[^\\d\\n]{0,25}(\\d{2}\\s?\\d{2})[\\s№-]*(?:номер|№|no\\.?)?\\s*(\\d{6})(?!\\d)', 'giu');
// Words right before a number that make it an identifier, not a phone (and not a card).
var NOT_A_PHONE_BEFORE = new RegExp('(?:заказ' + WORD + '*|договор' + WORD + '*|счет' + WORD + '*|счёт' + WORD + '*|инн|огрн' + WORD +
  '*|снилс|накладн' + WORD + '*|order|invoice|contract|account|tracking|трек' + WORD + '*|артикул' + WORD +
  '*|№|#|no\\.)\\s*[:№#]?\\s*$', 'iu');
var NAME_INTRO_RE = /(?:меня\s+зовут|меня\s+звать|моё\s+имя|мое\s+имя|my\s+name\s+is|call\s+me)[\s,:–-]+([A-Za-zА-Яа-яЁё][a-zа-яё-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё-]+){0,2})/giu;
var PATRONYMIC_RE = new RegExp('(?<!' + WORD + ')(?:[А-ЯЁ][а-яё]+\\s+)?[А-ЯЁ][а-яё]{2,}(?:(?:ович|евич|ьич)(?:а|у|ем|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой))(?!' + WORD + ')', 'gu');
var STOP_NAMES = ['вас', 'вам', 'меня', 'мне', 'тебя', 'это', 'так', 'никак', 'просто', 'не', 'и'];
var TOKEN_RE = /\[(?:PHONE|EMAIL|NAME|CARD|PASSPORT)(?::[0-9a-f]{6,16})?\]/g;
var KIND_PRIORITY = {EMAIL: 0, CARD: 1, PASSPORT: 2, PHONE: 3, NAME: 4};

/* ---------- the key ---------- */

/**
 * TOKEN_KEY: 32 random bytes, made once and kept in the script properties (never in the sheet).
 * Math.random is not used: V8's Math.random is a fast generator whose output can be predicted from a few
 * samples. Utilities.getUuid() is documented as java.util.UUID.randomUUID(), which Java documents as "generated
 * using a cryptographically strong pseudo random number generator" (SecureRandom): 122 random bits per UUID. Four
 * of them (488 bits) hashed with SHA-256 give the 256-bit key.
 */
function newTokenKeyHex_() {
  var seed = [Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid(), Utilities.getUuid()].join('|');
  var digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, seed, Utilities.Charset.UTF_8);
  return bytesToHex_(digest);
}

function tokenKey_() {
  var props = PropertiesService.getScriptProperties();
  var hex = props.getProperty('TOKEN_KEY');
  if (!hex) {
    hex = newTokenKeyHex_();
    props.setProperty('TOKEN_KEY', hex);
  }
  return hexToBytes_(hex);
}

function hexToBytes_(hex) {
  var bytes = [];
  for (var i = 0; i < hex.length; i += 2) {
    var b = parseInt(hex.substr(i, 2), 16);
    bytes.push(b > 127 ? b - 256 : b);
  }
  return bytes;
}

function bytesToHex_(bytes) {
  return bytes.map(function (b) { return ('0' + ((b + 256) % 256).toString(16)).slice(-2); }).join('');
}

function keyedHash_(key, kind, value, length) {
  var data = Utilities.newBlob(kind + ':' + value).getBytes();
  return bytesToHex_(Utilities.computeHmacSha256Signature(data, key)).slice(0, length || 10);
}

/* ---------- finders: [{start, end, kind, value}] ---------- */

function eachMatch_(re, text, fn) {
  var r = new RegExp(re.source, re.flags.indexOf('g') < 0 ? re.flags + 'g' : re.flags), m;
  while ((m = r.exec(text)) !== null) {
    fn(m);
    if (m[0] === '') r.lastIndex++;
  }
}

function luhn_(digits) {
  var sum = 0;
  for (var i = 0; i < digits.length; i++) {
    var d = +digits.charAt(digits.length - 1 - i);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

function findEmails_(text) {
  var out = [];
  if (text.indexOf('@') < 0) return out;
  eachMatch_(EMAIL_RE, text, function (m) {
    out.push({start: m.index, end: m.index + m[0].length, kind: 'EMAIL', value: m[0].toLowerCase()});
  });
  return out;
}

function findCards_(text) {
  var out = [];
  eachMatch_(CARD_RE, text, function (m) {
    var digits = m[0].replace(/\D/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhn_(digits) && !NOT_A_PHONE_BEFORE.test(text.slice(0, m.index))) {
      out.push({start: m.index, end: m.index + m[0].length, kind: 'CARD', value: digits});
    }
  });
  return out;
}

function findPassports_(text) {
  var out = [];
  eachMatch_(PASSPORT_RE, text, function (m) {
    // between the series (ending in a digit) and the number there is no digit: the series ends at the last
    // digit before the number
    var head = m[0].slice(0, m[0].length - m[2].length);
    var seriesEnd = head.search(/\d\D*$/) + 1;
    out.push({start: m.index + seriesEnd - m[1].length, end: m.index + m[0].length, kind: 'PASSPORT',
      value: (m[1] + m[2]).replace(/\D/g, '')});
  });
  return out;
}

function findPhoneSpans_(text) {
  return findPhones_(text).map(function (f) { return {start: f.start, end: f.end, kind: 'PHONE', value: f.e164}; });
}

function nameKey_(words) {
  return words.map(function (w) { return w.toLowerCase(); }).join(' ');
}

function findNames_(text) {
  var out = [];
  eachMatch_(NAME_INTRO_RE, text, function (m) {
    var words = m[1].split(/\s+/).filter(Boolean);
    if (STOP_NAMES.indexOf(words[0].toLowerCase()) >= 0) return;
    var start = m.index + m[0].length - m[1].length;
    out.push({start: start, end: start + m[1].length, kind: 'NAME', value: nameKey_(words)});
  });
  eachMatch_(PATRONYMIC_RE, text, function (m) {
    out.push({start: m.index, end: m.index + m[0].length, kind: 'NAME', value: nameKey_(m[0].split(/\s+/).filter(Boolean))});
  });
  return out;
}

/** Every piece of personal data in the text, without overlaps (Scrubber.find). */
function findPersonalData_(text) {
  var found = [].concat(findEmails_(text), findCards_(text), findPassports_(text), findPhoneSpans_(text), findNames_(text));
  if (!found.length) return [];
  var existing = [];
  eachMatch_(TOKEN_RE, text, function (m) { existing.push([m.index, m.index + m[0].length]); });
  found.sort(function (a, b) {
    return (a.start - b.start) || (KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]) || ((b.end - b.start) - (a.end - a.start));
  });
  var kept = [];
  found.forEach(function (f) {
    if (kept.length && f.start < kept[kept.length - 1].end) return;
    if (existing.some(function (e) { return f.start < e[1] && e[0] < f.end; })) return;
    kept.push(f);
  });
  return kept;
}

function tokenFor_(key, kind, value) {
  return (kind === 'CARD' || kind === 'PASSPORT') ? '[' + kind + ']' : '[' + kind + ':' + keyedHash_(key, kind, value) + ']';
}

/** The text with every piece of personal data replaced by its token (Scrubber.scrub). */
function scrub_(text, key) {
  if (!text) return text;
  var spans = findPersonalData_(text);
  if (!spans.length) return text;
  var out = '', last = 0;
  spans.forEach(function (f) {
    out += text.slice(last, f.start) + tokenFor_(key, f.kind, f.value);
    last = f.end;
  });
  return out + text.slice(last);
}

function scrubDeep_(v, key) {
  if (typeof v === 'string') return scrub_(v, key);
  if (Array.isArray(v)) return v.map(function (x) { return scrubDeep_(x, key); });
  if (v && typeof v === 'object') {
    var out = {};
    Object.keys(v).forEach(function (k) { out[k] = scrubDeep_(v[k], key); });
    return out;
  }
  return v;
}

/** A keyed hash for an identifier; a phone used as an id gives the phone's token (Scrubber.hash_id). */
function hashId_(value, key) {
  if (!value) return '';
  var e164 = normalizePhone_(value);
  if (e164) return '[PHONE:' + keyedHash_(key, 'PHONE', e164) + ']';
  return 'user_' + keyedHash_(key, 'USER', String(value).trim(), 16);
}

// ===== Phones.gs =====
/**
 * Phones in text, the way the Python receiver finds them (the `phonenumbers` library's PhoneNumberMatcher with
 * leniency VALID and default region RU, sheets_bridge/privacy/detect.py). This is a port of the parts of that
 * library the scrubber relies on: the candidate pattern, the checks that reject dates, time stamps and numbers
 * glued to Latin letters, the "inner match" retries, parsing (+country code, 810 and 8 prefixes, the default
 * region's calling code 7) and validation against the metadata in PhoneData.gs. Results are checked against the
 * Python side by tests/parity/phones.json.
 *
 * Known differences (rare): only ASCII and full-width digits count as digits; a national-format number whose
 * plan requires the national prefix when written is accepted without it; an 'x' inside a number is not checked
 * as a carrier code or extension sign.
 */

var PN_PLUS = '+\uFF0B';
var PN_OPEN = '(\\[\uFF08\uFF3B';
var PN_CLOSE = ')\\]\uFF09\uFF3D';
var PN_PUNCT = '-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D.\\[\\]/~\u2053\u223C\uFF5E';
var PN_ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
var PN_DIGIT = '[0-9\uFF10-\uFF19]';
var PN_EXTN_MATCHING = ';ext=(DIGIT{1,20})|[ \u00A0\\t,]*(?:e?xt(?:ensi(?:o\u0301?|\u00F3))?n?|\uFF45?\uFF58\uFF54\uFF4E?|\u0434\u043E\u0431|anexo)[:\\.\uFF0E]?[ \u00A0\\t,-]*(DIGIT{1,20})#?|[ \u00A0\\t,]*(?:[x\uFF58#\uFF03~\uFF5E]|int|\uFF49\uFF4E\uFF54)[:\\.\uFF0E]?[ \u00A0\\t,-]*(DIGIT{1,9})#?|[- ]+(DIGIT{1,6})#'.replace(/DIGIT/g, PN_DIGIT);
var PN_EXTN_PARSING = PN_EXTN_MATCHING + ('|[ \u00A0\\t]*(?:,{2}|;)[:\\.\uFF0E]?[ \u00A0\\t,-]*(DIGIT{1,15})#?' +
  '|[ \u00A0\\t]*(?:,)+[:\\.\uFF0E]?[ \u00A0\\t,-]*(DIGIT{1,9})#?').replace(/DIGIT/g, PN_DIGIT);
var PN_PUNCTUATION = '[' + PN_PUNCT + ']{0,4}';
var PN_CANDIDATE = new RegExp('(?:[' + PN_OPEN + PN_PLUS + ']' + PN_PUNCTUATION + '){0,2}' + PN_DIGIT + '{1,20}(?:' +
  PN_PUNCTUATION + PN_DIGIT + '{1,20}){0,20}(?:' + PN_EXTN_MATCHING + ')?', 'gi');
var PN_VALID_NUMBER = new RegExp('^(?:' + PN_DIGIT + '{2}|[' + PN_PLUS + ']*(?:[' + PN_PUNCT + '*]*' + PN_DIGIT +
  '){3,}[' + PN_PUNCT + '*' + PN_ALPHA + '0-9\uFF10-\uFF19]*)(?:' + PN_EXTN_PARSING + ')?$', 'i');
var PN_EXTN_AT_END = new RegExp('(?:' + PN_EXTN_PARSING + ')$', 'i');
var PN_NON_PARENS = '[^' + PN_OPEN + PN_CLOSE + ']';
var PN_MATCHING_BRACKETS = new RegExp('^(?:[' + PN_OPEN + '])?(?:' + PN_NON_PARENS + '+[' + PN_CLOSE + '])?' +
  PN_NON_PARENS + '+(?:[' + PN_OPEN + ']' + PN_NON_PARENS + '+[' + PN_CLOSE + ']){0,3}' + PN_NON_PARENS + '*$');
var PN_LEAD = new RegExp('^[' + PN_OPEN + PN_PLUS + ']');
var PN_PUB_PAGES = /\d{1,5}-+\d{1,5}\s{0,4}\(\d{1,4}/;
var PN_SLASH_DATES = /(?:(?:[0-3]?\d\/[01]?\d)|(?:[01]?\d\/[0-3]?\d))\/(?:[12]\d)?\d{2}/;
var PN_TIME_STAMP = /[12]\d{3}[-/]?[01]\d[-/]?[0-3]\d +[0-2]\d$/;
var PN_TIME_SUFFIX = /^:[0-5]\d/;
var PN_SECOND_NUMBER = /[\\/] *x/;
var PN_UNWANTED_END = /(?:_|[^#\p{L}\p{N}_])+$/u;
var PN_START = new RegExp('[' + PN_PLUS + '0-9\uFF10-\uFF19]');
var PN_ALPHA_NUMBER = /^(?:.*?[A-Za-z]){3}/;
var PN_INNER = [/\/+(.*)/, /(\([^(]*)/, /(?:\s-|-\s)\s*(.+)/, /[\u2012-\u2015\uFF0D]\s*(.+)/, /\.+\s*([^.]+)/, /\s+(\S+)/];
var PN_LETTER_DIGITS = {A: 2, B: 2, C: 2, D: 3, E: 3, F: 3, G: 4, H: 4, I: 4, J: 5, K: 5, L: 5, M: 6, N: 6, O: 6,
  P: 7, Q: 7, R: 7, S: 7, T: 8, U: 8, V: 8, W: 9, X: 9, Y: 9, Z: 9};
var PN_DEFAULT_CC = '7';          // region RU, as the Python scrubber's default region
var PN_DEFAULT_IDD = /^810/;
// A phone needs at least 7 digits; most messages have none, so this cheap test skips the matcher (as Python).
var PN_MAYBE_PHONE = /\d(?:[\s\-().]*\d){6}/;
var PN_MAX_TRIES = 65535;

/* ---------- metadata ---------- */

var PN_RE_CACHE_ = {};
function pnFull_(pattern) {
  return PN_RE_CACHE_[pattern] || (PN_RE_CACHE_[pattern] = new RegExp('^(?:' + pattern + ')$'));
}

function pnStart_(pattern) {
  var key = '^' + pattern;
  return PN_RE_CACHE_[key] || (PN_RE_CACHE_[key] = new RegExp('^(?:' + pattern + ')'));
}

function pnRegion_(entry) {
  return {code: entry[0], leading: entry[1], general: entry[2], lengths: entry[3], local: entry[4], types: entry[5],
    prefix: entry[6], transform: entry[7]};
}

function pnRegions_(cc) {
  var list = PHONE_META[String(cc)];
  return list ? list.map(pnRegion_) : null;
}

function pnMatchesDesc_(nsn, pattern, lengths) {
  if (lengths && lengths.length && lengths.indexOf(nsn.length) < 0) return false;
  return pnFull_(pattern).test(nsn);
}

/** phonenumbers' _number_type_helper != UNKNOWN: the general pattern, then any type pattern. */
function pnHasType_(nsn, region) {
  if (!pnMatchesDesc_(nsn, region.general, region.lengths)) return false;
  if (!region.types) return true;
  return region.types.some(function (t) { return pnMatchesDesc_(nsn, t[0], t[1]); });
}

/** phonenumbers' _test_number_length against the general description. */
function pnLength_(nsn, region) {
  var n = nsn.length, lengths = region.lengths;
  if (region.local.indexOf(n) >= 0) return 'LOCAL_ONLY';
  if (lengths[0] === n) return 'POSSIBLE';
  if (lengths[0] > n) return 'TOO_SHORT';
  if (lengths[lengths.length - 1] < n) return 'TOO_LONG';
  return lengths.indexOf(n) >= 0 ? 'POSSIBLE' : 'INVALID_LENGTH';
}

/** phonenumbers' _maybe_strip_national_prefix_carrier_code. */
function pnStripNationalPrefix_(number, region) {
  if (!number || !region.prefix) return number;
  var m = pnStart_(region.prefix).exec(number);
  if (!m) return number;
  var viable = pnFull_(region.general).test(number);
  var rest = (region.transform && m[m.length - 1] !== undefined)
    ? region.transform.replace(/\$(\d)/g, function (_, g) { return m[+g] || ''; }) + number.slice(m[0].length)
    : number.slice(m[0].length);
  if (viable && !pnFull_(region.general).test(rest)) return number;
  return rest;
}

function pnIsValid_(cc, nsn) {
  var regions = pnRegions_(cc);
  if (!regions) return false;
  var region = null;
  if (regions.length === 1) {
    region = regions[0];
  } else {
    for (var i = 0; i < regions.length && !region; i++) {
      var r = regions[i];
      if (r.leading !== null) { if (pnStart_(r.leading).test(nsn)) region = r; } else if (pnHasType_(nsn, r)) region = r;
    }
  }
  return region ? pnHasType_(nsn, region) : false;
}

/* ---------- parsing (phonenumbers.parse with default region RU) ---------- */

function pnDigits_(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) out += s.charAt(i);
    else if (c >= 0xFF10 && c <= 0xFF19) out += String(c - 0xFF10);
  }
  return out;
}

function pnNormalize_(s) {
  if (!PN_ALPHA_NUMBER.test(s)) return pnDigits_(s);
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var ch = s.charAt(i), d = pnDigits_(ch);
    if (d) out += d; else if (PN_LETTER_DIGITS[ch.toUpperCase()] !== undefined) out += PN_LETTER_DIGITS[ch.toUpperCase()];
  }
  return out;
}

function pnExtractPossible_(s) {
  var m = PN_START.exec(s);
  if (!m) return '';
  s = s.slice(m.index);
  var end = PN_UNWANTED_END.exec(s);
  if (end) s = s.slice(0, end.index);
  var second = PN_SECOND_NUMBER.exec(s);
  if (second) s = s.slice(0, second.index);
  return s;
}

function pnViable_(s) {
  return s.length >= 2 && PN_VALID_NUMBER.test(s);
}

function pnCountryCode_(digits) {
  if (!digits || digits.charAt(0) === '0') return null;
  for (var i = 1; i <= Math.min(3, digits.length); i++) {
    if (PHONE_META[String(Number(digits.slice(0, i)))]) return {cc: String(Number(digits.slice(0, i))), rest: digits.slice(i)};
  }
  return null;
}

/** {cc, nsn} (what the number is keyed on) or null; throws 'invalid_cc' like phonenumbers' INVALID_COUNTRY_CODE. */
function pnExtractCountryCode_(number, home) {
  if (!number) return {cc: null, nsn: ''};
  var plus = new RegExp('^[' + PN_PLUS + ']+').exec(number);
  var digits, international = false;
  if (plus) {
    digits = pnNormalize_(number.slice(plus[0].length));
    international = true;
  } else {
    digits = pnNormalize_(number);
    var idd = PN_DEFAULT_IDD.exec(digits);
    if (idd && digits.charAt(idd[0].length) !== '0') { digits = digits.slice(idd[0].length); international = true; }
  }
  if (international) {
    if (digits.length <= 2) throw new Error('too_short_after_idd');
    var found = pnCountryCode_(digits);
    if (!found) throw new Error('invalid_cc');
    return {cc: found.cc, nsn: found.rest};
  }
  if (digits.indexOf(PN_DEFAULT_CC) === 0) {
    var potential = pnStripNationalPrefix_(digits.slice(PN_DEFAULT_CC.length), home);
    if ((!pnFull_(home.general).test(digits) && pnFull_(home.general).test(potential)) ||
        pnLength_(digits, home) === 'TOO_LONG') {
      return {cc: PN_DEFAULT_CC, nsn: potential};
    }
  }
  return {cc: null, nsn: ''};
}

/** phonenumbers.parse(text, 'RU') as {cc, nsn}; null where it raises. */
function pnParse_(text) {
  if (text.length > 250) return null;
  var number = pnExtractPossible_(text);
  var isub = number.indexOf(';isub=');
  if (isub > 0) number = number.slice(0, isub);
  if (!pnViable_(number)) return null;
  var ext = PN_EXTN_AT_END.exec(number);
  if (ext && pnViable_(number.slice(0, ext.index))) number = number.slice(0, ext.index);
  var home = pnRegions_(PN_DEFAULT_CC)[0];
  var got;
  try {
    got = pnExtractCountryCode_(number, home);
  } catch (err) {
    var plus = new RegExp('^[' + PN_PLUS + ']+').exec(number);
    if (err.message !== 'invalid_cc' || !plus) return null;
    try { got = pnExtractCountryCode_(number.slice(plus[0].length), home); } catch (again) { return null; }
    if (got.cc === null) return null;
  }
  var cc = got.cc, nsn = got.nsn;
  if (cc === null) { cc = PN_DEFAULT_CC; nsn = pnNormalize_(number); }
  if (nsn.length < 2) return null;
  var region = pnRegions_(cc)[0];
  var stripped = pnStripNationalPrefix_(nsn, region);
  if (['TOO_SHORT', 'LOCAL_ONLY', 'INVALID_LENGTH'].indexOf(pnLength_(stripped, region)) < 0) nsn = stripped;
  if (nsn.length < 2 || nsn.length > 17) return null;
  return {cc: cc, nsn: nsn};
}

/** E.164 of a phone written any usual way, or null (sheets_bridge.privacy.normalize_phone). */
function normalizePhone_(text) {
  var parsed = pnParse_(String(text));
  return parsed && pnIsValid_(parsed.cc, parsed.nsn) ? '+' + parsed.cc + parsed.nsn : null;
}

/* ---------- finding phones in text (PhoneNumberMatcher, leniency VALID) ---------- */

function pnIsLatinLetter_(ch) {
  if (!ch || !/[\p{L}\p{Mn}]/u.test(ch)) return false;
  var c = ch.charCodeAt(0);
  return c <= 0x24F || (c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF);
}

function pnIsBadNeighbour_(ch) {
  return ch === '%' || /\p{Sc}/u.test(ch) || pnIsLatinLetter_(ch);
}

function pnTrimAfter_(re, s) {
  var m = re.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function PhoneMatcher_(text) {
  this.text = text;
  this.tries = PN_MAX_TRIES;
}

PhoneMatcher_.prototype.verify = function (candidate, offset) {
  if (!PN_MATCHING_BRACKETS.test(candidate) || PN_PUB_PAGES.test(candidate)) return null;
  if (offset > 0 && !PN_LEAD.test(candidate) && pnIsBadNeighbour_(this.text.charAt(offset - 1))) return null;
  var next = offset + candidate.length;
  if (next < this.text.length && pnIsBadNeighbour_(this.text.charAt(next))) return null;
  var e164 = normalizePhone_(candidate);
  return e164 ? {start: offset, end: offset + candidate.length, e164: e164} : null;
};

PhoneMatcher_.prototype.inner = function (candidate, offset) {
  for (var p = 0; p < PN_INNER.length; p++) {
    var re = new RegExp(PN_INNER[p].source, 'g');
    var m = re.exec(candidate), first = true;
    while (m && this.tries > 0) {
      var found;
      if (first) {
        found = this.verify(pnTrimAfter_(PN_UNWANTED_END, candidate.slice(0, m.index)), offset);
        if (found) return found;
        this.tries--;
        first = false;
      }
      found = this.verify(pnTrimAfter_(PN_UNWANTED_END, m[1]), offset + m.index + m[0].length - m[1].length);
      if (found) return found;
      this.tries--;
      re.lastIndex = m.index + 1;
      m = re.exec(candidate);
    }
  }
  return null;
};

PhoneMatcher_.prototype.extract = function (candidate, offset) {
  if (PN_SLASH_DATES.test(candidate)) return null;
  if (PN_TIME_STAMP.test(candidate) && PN_TIME_SUFFIX.test(this.text.slice(offset + candidate.length))) return null;
  return this.verify(candidate, offset) || this.inner(candidate, offset);
};

PhoneMatcher_.prototype.all = function () {
  var out = [], re = new RegExp(PN_CANDIDATE.source, 'gi'), m;
  while (this.tries > 0 && (m = re.exec(this.text)) !== null) {
    var candidate = pnTrimAfter_(PN_SECOND_NUMBER, m[0]);
    var found = this.extract(candidate, m.index);
    if (found) {
      out.push(found);
      re.lastIndex = found.end;
    } else {
      this.tries--;
      re.lastIndex = m.index + Math.max(candidate.length, 1);
    }
  }
  return out;
};

/** [{start, end, e164}] of the phones in text, as sheets_bridge.privacy.detect.find_phones. */
function findPhones_(text) {
  if (!PN_MAYBE_PHONE.test(text)) return [];
  return new PhoneMatcher_(text).all().filter(function (f) {
    return !NOT_A_PHONE_BEFORE.test(lastChars_(text.slice(0, f.start), 30));
  });
}

/** The last n characters (code points, as Python counts them) of s. */
function lastChars_(s, n) {
  var chars = Array.from(s.slice(-2 * n));
  return chars.slice(-n).join('');
}

// ===== Adapters.gs =====
/**
 * Chatbot platforms that cannot send SPEC §5 events: their bodies become events. A web app has one URL, so the
 * platform is chosen by a query parameter: …/exec?source=wazzup&token=SECRET. The same adapters, with the same
 * results, are in sheets_bridge/webhook/adapters.py (served at /hooks/<platform>); tests/fixtures/chatbots has a
 * sample body per platform and the rows both receivers must write. docs/chatbots.md: where each platform's
 * webhook is set.
 *
 * ctx: {tz: the spreadsheet's time zone, now: the time of receipt (ms), params: the query parameters}.
 * Times: ISO-8601 with an offset is kept; without one it is taken in the spreadsheet's time zone; numbers are
 * Unix seconds (or milliseconds from 10^11 on); none at all is the time of receipt.
 */

var ADAPTERS = {
  telegram: adaptTelegram_,
  salebot: adaptSalebot_,
  bothelp: adaptBothelp_,
  aimylogic: adaptAimylogic_,
  chat2desk: adaptChat2desk_,
  wazzup: adaptWazzup_,
  generic: adaptGeneric_
};
var EPOCH_TEXT_RE = /^\d{9,13}(\.\d+)?$/;
var PLACEHOLDER_RE = /^\$\{.*\}$/;   // an Aimylogic variable that was not filled in

/* ---------- times ---------- */

/** The zone's UTC offset in minutes at the instant ms (Utilities.formatDate's XXX gives "+03:00" or "Z"). */
function zoneOffset_(tz, ms) {
  var text = Utilities.formatDate(new Date(ms), tz, 'XXX');
  if (text === 'Z') return 0;
  var m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + (+m[3]));
}

function partsOfInstant_(ms, tz) {
  var offset = zoneOffset_(tz, ms);
  var local = new Date(ms + offset * 60000);
  return {year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(),
    micro: (((ms % 1000) + 1000) % 1000) * 1000, offset: offset, offsetSeconds: 0};
}

/** The offset of a wall-clock time in the zone, as Python's zoneinfo with fold=0 (before a transition). */
function wallOffset_(p, tz) {
  var wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  var before = zoneOffset_(tz, wall - 86400000), after = zoneOffset_(tz, wall + 86400000);
  var fits = function (o) { return zoneOffset_(tz, wall - o * 60000) === o; };
  if (fits(before) || !fits(after)) return before;
  return after;
}

function isoAt_(ms, tz) {
  return isoText_(partsOfInstant_(ms, tz));
}

/** A platform's time as ISO-8601 with an offset (see the header); FieldError naming field otherwise. */
function when_(value, field, ctx) {
  if (value === undefined || value === null || value === '') return isoAt_(Math.floor(ctx.now / 1000) * 1000, ctx.tz);
  if ((typeof value === 'number' && isFinite(value)) || (typeof value === 'string' && EPOCH_TEXT_RE.test(value))) {
    var v = Number(value);
    if (v < 0) fail_(field, 'err.time');
    return isoAt_(v >= 1e11 ? Math.floor(v + 0.5) : Math.floor(v * 1000 + 0.5), ctx.tz);
  }
  var p = typeof value === 'string' ? parseIso_(value) : null;
  if (!p) fail_(field, 'err.time');
  if (p.offset !== null) return value;
  p.offset = wallOffset_(p, ctx.tz);
  return isoText_(p);
}

/* ---------- helpers ---------- */

function has_(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** An id or a short text as a string ('' for missing), as Python's str() writes numbers. */
function idText_(v) {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'number') return Number.isInteger(v) ? pyInt_(v) : pyFloat_(v);
  return String(v);
}

function need_(obj, name, field, platform) {
  if (!isObject_(obj) || idText_(obj[name]) === '') {
    fail_(field || name, platform ? 'err.not_platform' : 'err.required', {platform: platform, field: field || name});
  }
  return idText_(obj[name]);
}

function message_(incoming, role, text, extra) {
  var payload = {text: text};
  if (!incoming) payload.role = role;
  Object.keys(extra || {}).forEach(function (k) { if (extra[k] !== undefined && extra[k] !== '') payload[k] = extra[k]; });
  return {event_type: incoming ? 'message.received' : 'message.sent', payload: payload};
}

function withEvent_(base, msg) {
  base.event_type = msg.event_type;
  base.payload = msg.payload;
  return base;
}

/* ---------- platforms ---------- */

/** A Telegram Bot API Update: message / edited_message, and business_message from a Telegram Business account. */
function adaptTelegram_(update, ctx) {
  need_(update, 'update_id', 'update_id', 'Telegram');
  var kind = ['message', 'edited_message', 'business_message', 'edited_business_message']
    .filter(function (k) { return isObject_(update[k]); })[0];
  if (!kind) return [];  // callbacks, polls… carry no conversation text
  var msg = update[kind], chat = isObject_(msg.chat) ? msg.chat : {}, sender = isObject_(msg.from) ? msg.from : {};
  var chatId = need_(chat, 'id', 'message.chat.id');
  var text = msg.text || msg.caption || (has_(msg, 'photo') ? '<photo>' : '<media>');
  var business = kind.indexOf('business') >= 0;
  var incoming = business ? idText_(sender.id) === chatId : !sender.is_bot;
  var role = (sender.is_bot || msg.sender_business_bot) ? 'bot' : 'manager';
  return [withEvent_({event_id: 'tg-' + idText_(update.update_id), timestamp: when_(msg.date, 'message.date', ctx),
    channel: 'telegram', session_id: 'tg_' + chatId, user_id: 'tg_' + chatId},
    message_(incoming, business ? role : 'bot', String(text)))];
}

/** Salebot: every message of the project, posted to the project's "Webhook URL". */
function adaptSalebot_(body, ctx) {
  var id = need_(body, 'id', 'id', 'Salebot');
  var clientId = need_(body.client, 'id', 'client.id');
  var incoming = body.is_input === 1 || body.is_input === '1' || body.is_input === true;
  var failed = body.delivered === 0 || body.delivered === '0' || body.delivered === false;
  var attachments = Array.isArray(body.attachments) && body.attachments.length;
  var text = typeof body.message === 'string' && body.message ? body.message : (attachments ? '<attachment>' : '');
  var ev = withEvent_({event_id: 'sb-' + id, timestamp: when_(null, 'time', ctx), channel: 'salebot',
    session_id: 'sb_' + clientId, user_id: idText_(body.client.recepient), level: failed ? 'warning' : 'info'},
    message_(incoming, 'bot', text, {error: failed ? idText_(body.error_message) : ''}));
  return [ev];
}

/** BotHelp: the "Send subscriber data via webhook" action of a flow (a lead by default; ?event= to change). */
function adaptBothelp_(body, ctx) {
  if (!isObject_(body)) fail_('body', 'err.not_platform', {platform: 'BotHelp', field: 'cuid'});
  if (body.event === 'conversation_closed' || body.event === 'user_profile_viewed') return [];
  var id = ['cuid', 'bhid', 'user_id', 'id'].map(function (k) { return idText_(body[k]); }).filter(Boolean)[0];
  if (!id) fail_('cuid', 'err.not_platform', {platform: 'BotHelp', field: 'cuid'});
  var payload = {};
  if (idText_(body.email)) payload.email = idText_(body.email);
  if (Array.isArray(body.tags)) payload.tags = body.tags.map(idText_);
  return [{timestamp: when_(body.event_timestamp, 'event_timestamp', ctx), channel: ctx.params.channel || 'bothelp',
    session_id: 'bh_' + id, user_id: idText_(body.phone) || 'bh_' + id,
    event_type: ctx.params.event || 'lead.created', payload: payload}];
}

/** Aimylogic: the body of an "HTTP request" block as docs/chatbots.md gives it (variables ${…}). */
function adaptAimylogic_(body, ctx) {
  if (!isObject_(body)) fail_('user', 'err.not_platform', {platform: 'Aimylogic', field: 'user'});
  var get = function (k) { var v = idText_(body[k]); return PLACEHOLDER_RE.test(v) ? '' : v; };
  var user = get('user');
  if (!user) fail_('user', 'err.required');
  var text = get('text');
  var type = get('event') || ctx.params.event || (text ? 'message.received' : 'lead.created');
  var isMessage = type === 'message.received' || type === 'message.sent';
  return [{timestamp: when_(get('time'), 'time', ctx), channel: get('channel') || 'aimylogic',
    session_id: 'aimy_' + user, user_id: get('phone') || 'aimy_' + user, event_type: type, intent: get('intent'),
    payload: isMessage ? message_(type === 'message.received', 'bot', text).payload : (text ? {text: text} : {})}];
}

/** Chat2Desk: the inbox / outbox webhook events (messages from and to clients). */
function adaptChat2desk_(body, ctx) {
  if (isObject_(body) && body.hook_type && ['inbox', 'outbox'].indexOf(body.hook_type) < 0) return [];
  var messageId = need_(body, 'message_id', 'message_id', 'Chat2Desk');
  var incoming = body.type === 'from_client';
  if (!incoming && body.type !== 'to_client' && body.type !== 'autoreply') return [];  // system notes, comments
  var client = isObject_(body.client) ? body.client : {};
  var clientId = idText_(body.client_id) || idText_(client.id);
  if (!clientId) fail_('client_id', 'err.required');
  var media = body.photo ? '<photo>' : body.audio ? '<audio>' : body.pdf ? '<document>' :
    (Array.isArray(body.attachments) && body.attachments.length) ? '<attachment>' : body.coordinates ? '<location>' : '';
  var operator = idText_(body.operator_id);
  return [withEvent_({event_id: 'c2d-' + messageId, timestamp: when_(body.event_time, 'event_time', ctx),
    channel: idText_(body.transport) || 'chat2desk', session_id: 'c2d_' + clientId,
    user_id: idText_(client.phone) || 'c2d_' + clientId},
    message_(incoming, operator ? 'manager' : 'bot', body.text ? String(body.text) : media,
      {sender: !incoming && operator ? 'operator ' + operator : ''}))];
}

/** Wazzup (API v3): the messages webhook; statuses and the {test: true} check store nothing. */
function adaptWazzup_(body, ctx) {
  if (isObject_(body) && Object.keys(body).length && (body.test === true || !has_(body, 'messages'))) {
    return [];  // the subscription check, statuses, createContact, channels…
  }
  if (!isObject_(body) || !Array.isArray(body.messages)) fail_('messages', 'err.not_platform', {platform: 'Wazzup', field: 'messages'});
  var out = [];
  body.messages.forEach(function (m, i) {
    var at = 'messages[' + i + ']';
    if (!isObject_(m)) fail_(at, 'err.object');
    var id = need_(m, 'messageId', at + '.messageId');
    var chatId = need_(m, 'chatId', at + '.chatId');
    if (m.isDeleted === true) return;
    var echo = m.isEcho === true;
    var author = idText_(m.authorName);
    out.push(withEvent_({event_id: 'wz-' + id, timestamp: when_(m.dateTime, at + '.dateTime', ctx),
      channel: idText_(m.chatType) || 'wazzup', session_id: chatId, user_id: chatId},  // WhatsApp: the phone
      message_(!echo, (author || idText_(m.authorId)) ? 'manager' : 'bot',
        m.text ? String(m.text) : '<' + (idText_(m.type) || 'media') + '>', {sender: echo ? author : ''})));
  });
  return out;
}

/** {"messages": [{"id", "chat_id", "timestamp", "direction": "in"|"out", "text", "sender", "channel"?}]}. */
function adaptGeneric_(body, ctx) {
  if (!isObject_(body) || !Array.isArray(body.messages)) fail_('messages', 'err.not_platform', {platform: 'generic', field: 'messages'});
  return body.messages.map(function (m, i) {
    var at = 'messages[' + i + ']';
    if (!isObject_(m)) fail_(at, 'err.object');
    ['id', 'chat_id', 'timestamp', 'text'].forEach(function (k) { if (idText_(m[k]) === '') fail_(at + '.' + k, 'err.required'); });
    var direction = m.direction === undefined ? 'in' : m.direction;
    if (direction !== 'in' && direction !== 'out') fail_(at + '.direction', 'err.direction');
    return {event_id: 'gen-' + idText_(m.id), timestamp: when_(m.timestamp, at + '.timestamp', ctx),
      channel: idText_(m.channel) || 'chat', session_id: idText_(m.chat_id),
      event_type: direction === 'in' ? 'message.received' : 'message.sent',
      payload: {text: String(m.text), sender: idText_(m.sender)}};
  });
}

// ===== PhoneData.gs =====
/* Generated by apps_script/tools/make_phone_data.py from phonenumbers 9.0.43: do not edit by hand.
 * Per calling code: [region, leading digits, general pattern, possible lengths, local-only lengths,
 * type patterns [[pattern, lengths]…], national prefix for parsing, its transform ($1 = group 1) or null]. */
var PHONE_DATA_VERSION = '9.0.43';
var PHONE_META = {"1":[["US",null,"[2-9]\\d{9}|3\\d{6}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}",[10]],["983[2-57-9]\\d{6}|(?:2(?:0[1-35-9]|1[02-9]|2[03-57-9]|3[1459]|4[08]|5[1-46]|6[0279]|7[02469]|8[13])|3(?:0[1-57-9]|1[02-9]|2[013-79]|3[0-24679]|4[167]|5[0-3]|6[01349]|8[056])|4(?:0[124-9]|1[02-579]|2[3-5]|3[0245]|4[023578]|58|6[349]|7[02589]|8[04])|5(?:0[1-57-9]|1[0235-8]|20|3[0149]|4[01]|5[179]|6[1-47]|7[0-5]|8[0256])|6(?:0[1-35-9]|1[024-9]|2[03689]|3[016]|4[0156]|5[01679]|6[0-279]|78|8[0-269])|7(?:0[1-46-8]|1[2-9]|2[04-8]|3[0-2478]|4[0378]|5[47]|6[02359]|7[0-59]|8[156])|8(?:0[1-68]|1[02-8]|2[0168]|3[0-2589]|4[03578]|5[046-9]|6[02-5]|7[028])|9(?:0[1346-9]|1[02-9]|2[0589]|3[0146-8]|4[01357-9]|5[12469]|7[0-3589]|8[04-69]))[2-9]\\d{6}",[10]]],
"1",null],["AG","268","(?:268|[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["26848[01]\\d{4}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["26840[69]\\d{4}",[10]],["268(?:4(?:6[0-38]|84)|56[0-2])\\d{4}",[10]],["268(?:464|7(?:1[3-9]|[28]\\d|3[0246]|64|7[0-689]))\\d{4}",[10]]],
"([457]\\d{6})$|1","268$1"],["AI","264","(?:264|[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["264724\\d{4}",[10]],["264(?:292|4(?:6[12]|9[78]))\\d{4}",[10]],["264(?:235|4(?:69|7[67])|5(?:3[6-9]|8[1-4])|7(?:29|72))\\d{4}",[10]]],
"([2457]\\d{6})$|1","264$1"],["AS","684","(?:[58]\\d\\d|684|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["684(?:274|6(?:22|33|44|55|77|88|9[19]))\\d{4}",[10]],["684(?:2(?:48|5[2468]|7[246])|7(?:3[13]|70|82))\\d{4}",[10]]],
"([267]\\d{6})$|1","684$1"],["BB","246","(?:246|[58]\\d\\d|900)\\d{7}",[10],[7],[["(?:246976|900[2-9]\\d\\d)\\d{4}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["24631\\d{5}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["246(?:292|367|4(?:1[7-9]|3[01]|4[47-9]|67)|7(?:1[2-9]|2\\d|3[016]|53))\\d{4}",[10]],["246521[0369]\\d{3}|246(?:2(?:2[78]|7[0-4])|4(?:1[024-6]|2\\d|3[2-9])|5(?:20|[34]\\d|54|7[1-3])|6(?:2\\d|38)|7[35]7|9(?:1[89]|63))\\d{4}",[10]],["246(?:(?:2(?:[3568]\\d|4[0-57-9])|3(?:5[2-9]|6[0-6])|4(?:46|5\\d)|69[5-7]|8(?:[2-5]\\d|83))\\d|52(?:1[147]|20))\\d{3}",[10]]],
"([2-9]\\d{6})$|1","246$1"],["BM","441","(?:441|[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["441(?:[46]\\d\\d|5(?:4\\d|60|89))\\d{4}",[10]],["441(?:[2378]\\d|5[0-39]|9[02])\\d{5}",[10]]],
"([2-9]\\d{6})$|1","441$1"],["BS","242","(?:242|[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["242300\\d{4}|8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["242225\\d{4}",[10]],["242(?:3(?:02|[236][1-9]|4[0-24-9]|5[0-68]|7[347]|8[0-4]|9[2-467])|461|502|6(?:0[1-5]|12|2[013]|[45]0|7[67]|8[78]|9[89])|7(?:02|88))\\d{4}",[10]],["242(?:3(?:5[79]|7[56]|95)|4(?:[23][1-9]|4[1-35-9]|5[1-8]|6[2-8]|7\\d|81)|5(?:2[45]|3[35]|44|5[1-46-9]|65|77)|6[34]6|7(?:27|38)|8(?:0[1-9]|1[02-9]|2\\d|3[0-4]|[89]9))\\d{4}",[10]]],
"([3-8]\\d{6})$|1","242$1"],["CA",null,"[2-9]\\d{9}|3\\d{6}",[7,10],[],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["600[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|(?:5(?:2[125-9]|3[23]|44|66|77|88)|6(?:22|33))[2-9]\\d{6}",[10]],["310\\d{4}",[7]],["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}",[10]],["(?:2(?:04|[23]6|[48]9|5[07]|[67]3)|3(?:06|43|54|6[578]|82)|4(?:03|1[68]|[26]8|3[178]|50|74)|5(?:06|1[49]|48|79|8[147])|6(?:04|[18]3|39|47|72)|7(?:0[59]|42|53|78|8[02])|8(?:[06]7|19|25|7[39])|9(?:0[25]|42))[2-9]\\d{6}",[10]]],
"1",null],["DM","767","(?:[58]\\d\\d|767|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["767(?:2(?:55|66)|4(?:2[01]|4[0-25-9])|50[0-4])\\d{4}",[10]],["767(?:2(?:[2-4689]5|7[5-7])|31[5-7]|61[1-8]|70[1-6])\\d{4}",[10]]],
"([2-7]\\d{6})$|1","767$1"],["DO","8001|8[024]9","(?:[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["800(?:14|[2-9]\\d)\\d{5}|8[024]9[01]\\d{6}|8(?:33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["8(?:[04]9[2-9]\\d\\d|29(?:2(?:[0-59]\\d|6[04-9]|7[0-27]|8[0237-9])|3(?:[0-35-9]\\d|4[7-9])|[45]\\d\\d|6(?:[0-27-9]\\d|[3-5][1-9]|6[0135-8])|7(?:0[013-9]|[1-37]\\d|4[1-35689]|5[1-4689]|6[1-57-9]|8[1-79]|9[1-8])|8(?:0[146-9]|1[0-48]|[248]\\d|3[1-79]|5[01589]|6[013-68]|7[124-8]|9[0-8])|9(?:[0-24]\\d|3[02-46-9]|5[0-79]|60|7[0169]|8[57-9]|9[02-9])))\\d{4}",[10]],["8[024]9[2-9]\\d{6}",[10]]],
"1",null],["GD","473","(?:473|[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["473(?:2(?:3[0-2]|69)|3(?:2[89]|86)|4(?:[06]8|3[5-9]|4[0-4]|5[59]|73|90)|63[68]|7(?:58|84)|800|938)\\d{4}",[10]],["473(?:4(?:0[2-79]|1[04-9]|2[0-5]|49|5[6-8])|5(?:2[01]|3[3-8])|901)\\d{4}",[10]]],
"([2-9]\\d{6})$|1","473$1"],["GU","671","(?:[58]\\d\\d|671|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["671(?:2\\d\\d|3(?:00|3[39]|4[349]|55|6[26])|4(?:00|56|7[1-9]|8[02-9])|5(?:55|6[2-5]|88)|6(?:3[2-578]|4[24-9]|5[34]|78|8[235-9])|7(?:[0479]7|2[0167]|3[45]|8[7-9])|8(?:[2-57-9]8|6[478])|9(?:2[29]|6[79]|7[1279]|8[7-9]|9[16-9]))\\d{4}",[10]],["671(?:2\\d\\d|3(?:00|3[39]|4[349]|55|6[26])|4(?:00|56|7[1-9]|8[02-9])|5(?:55|6[2-5]|88)|6(?:3[2-578]|4[24-9]|5[34]|78|8[235-9])|7(?:[0479]7|2[0167]|3[45]|8[7-9])|8(?:[2-57-9]8|6[478])|9(?:2[29]|6[79]|7[1279]|8[7-9]|9[16-9]))\\d{4}",[10]]],
"([2-9]\\d{6})$|1","671$1"],["JM","658|876","(?:[58]\\d\\d|658|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["8766060\\d{3}|(?:658(?:2(?:[5-8]\\d|9[0-46-9])|[3-9]\\d\\d)|876(?:52[35]|6(?:0[1-3579]|1[0235-9]|[23]\\d|40|5[06]|6[2-589]|7[0-25-9]|8[04]|9[4-9])|7(?:0[2-689]|[1-6]\\d|8[056]|9[45])|9(?:0[1-8]|1[02378]|[2-8]\\d|9[2-468])))\\d{4}",[10]],["(?:6582(?:[0-4]\\d|95)|876(?:2(?:0[1-9]|[13-9]\\d|2[013-9])|[348]\\d\\d|5(?:0[1-9]|[1-9]\\d)|6(?:4[89]|6[67])|7(?:0[07]|7\\d|8[1-47-9]|9[0-36-9])|9(?:[01]9|9[0579])))\\d{4}",[10]]],
"1",null],["KN","869","(?:[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["869(?:2(?:29|36)|302|4(?:6[015-9]|70)|56[5-7])\\d{4}",[10]],["869(?:48[89]|55[6-8]|66\\d|76[02-7])\\d{4}",[10]]],
"([2-7]\\d{6})$|1","869$1"],["KY","345","(?:345|[58]\\d\\d|900)\\d{7}",[10],[7],[["(?:345976|900[2-9]\\d\\d)\\d{4}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["345(?:2(?:22|3[23]|44|66)|333|444|6(?:23|38|40)|7(?:30|4[35-79]|6[6-9]|77)|8(?:00|1[45]|4[89]|88)|9(?:14|4[035-9]))\\d{4}",[10]],["345(?:32[1-9]|4(?:1[2-6]|2[0-4])|5(?:1[67]|2[5-79]|4[6-9]|50|76)|649|82[56]|9(?:1[679]|2[2-9]|3[06-9]|90))\\d{4}",[10]]],
"([2-9]\\d{6})$|1","345$1"],["LC","758","(?:[58]\\d\\d|758|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["758(?:234|4(?:30|5\\d|6[2-9]|8[0-2])|57[0-2]|(?:63|75)8)\\d{4}",[10]],["758(?:28[4-7]|384|4(?:6[01]|8[4-9])|5(?:1[89]|20|84)|7(?:1[2-9]|2\\d|3[0-3])|812)\\d{4}",[10]]],
"([2-8]\\d{6})$|1","758$1"],["MP","670","[58]\\d{9}|(?:67|90)0\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["670(?:2(?:3[3-7]|56|8[4-8])|32[1-38]|4(?:33|8[348])|5(?:32|55|88)|6(?:64|70|82)|78[3589]|8[3-9]8|989)\\d{4}",[10]],["670(?:2(?:3[3-7]|56|8[4-8])|32[1-38]|4(?:33|8[348])|5(?:32|55|88)|6(?:64|70|82)|78[3589]|8[3-9]8|989)\\d{4}",[10]]],
"([2-9]\\d{6})$|1","670$1"],["MS","664","(?:[58]\\d\\d|664|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["6644(?:1[0-3]|91)\\d{4}",[10]],["664(?:3(?:49|9[1-6])|49[2-6])\\d{4}",[10]]],
"([34]\\d{6})$|1","664$1"],["PR","787|939","(?:[589]\\d\\d|787)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["(?:787|939)[2-9]\\d{6}",[10]],["(?:787|939)[2-9]\\d{6}",[10]]],
"1",null],["SX","721","7215\\d{6}|(?:[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["7215(?:4[2-8]|8[39]|9[056])\\d{4}",[10]],["7215(?:1[02]|2\\d|5[034679]|8[0-24-8])\\d{4}",[10]]],
"(5\\d{6})$|1","721$1"],["TC","649","(?:[58]\\d\\d|649|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["649(?:71[01]|966)\\d{4}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["649(?:266|712|9(?:4\\d|50))\\d{4}",[10]],["649(?:2(?:3[129]|4[1-79])|3\\d\\d|4[34][1-3])\\d{4}",[10]]],
"([2-479]\\d{6})$|1","649$1"],["TT","868","(?:[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["868800\\d{4}|8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["868619\\d{4}",[10]],["868(?:2(?:01|1[5-9]|[23]\\d|4[0-2])|6(?:0[7-9]|1[02-8]|2[1-9]|[3-69]\\d|7[0-79])|82[124])\\d{4}",[10]],["868(?:(?:2[5-9]|3\\d)\\d|4(?:3[0-6]|[6-9]\\d)|6(?:20|78|8\\d)|7(?:0[1-9]|1[02-9]|[2-9]\\d))\\d{4}",[10]]],
"([2-46-8]\\d{6})$|1","868$1"],["VC","784","(?:[58]\\d\\d|784|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["78451[0-2]\\d{4}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["784(?:266|3(?:6[6-9]|7\\d|8[0-6])|4(?:38|5[0-36-8]|8[0-8])|5(?:55|7[0-2]|93)|638|784)\\d{4}",[10]],["784(?:4(?:3[0-5]|5[45]|89|9[0-8])|5(?:2[6-9]|3[0-4])|720)\\d{4}",[10]]],
"([2-7]\\d{6})$|1","784$1"],["VG","284","(?:284|[58]\\d\\d|900)\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["284(?:229|4(?:22|9[45])|774|8(?:52|6[459]))\\d{4}",[10]],["284(?:245|3(?:0[0-3]|4[0-7]|68|9[34])|4(?:4[0-6]|68|9[69])|5(?:4[0-7]|68|9[69]))\\d{4}",[10]]],
"([2-578]\\d{6})$|1","284$1"],["VI","340","[58]\\d{9}|(?:34|90)0\\d{7}",[10],[7],[["900[2-9]\\d{6}",[10]],["8(?:00|33|44|55|66|77|88)[2-9]\\d{6}",[10]],["52(?:3(?:[2-46-9][02-9]\\d|5(?:[02-46-9]\\d|5[0-46-9]))|4(?:[2-478][02-9]\\d|5(?:[034]\\d|2[024-9]|5[0-46-9])|6(?:0[1-9]|[2-9]\\d)|9(?:[05-9]\\d|2[0-5]|49)))\\d{4}|52[34][2-9]1[02-9]\\d{4}|5(?:00|2[125-9]|3[23]|44|66|77|88)[2-9]\\d{6}",[10]],["340(?:2(?:0\\d|10|2[06-8]|4[49]|77)|3(?:32|44)|4(?:2[23]|44|7[34]|89)|5(?:1[34]|55)|6(?:2[56]|4[23]|77|9[023])|7(?:1[2-57-9]|2[57]|7\\d)|884|998)\\d{4}",[10]],["340(?:2(?:0\\d|10|2[06-8]|4[49]|77)|3(?:32|44)|4(?:2[23]|44|7[34]|89)|5(?:1[34]|55)|6(?:2[56]|4[23]|77|9[023])|7(?:1[2-57-9]|2[57]|7\\d)|884|998)\\d{4}",[10]]],
"([2-9]\\d{6})$|1","340$1"]],
"7":[["RU","[3489]","8\\d{13}|[347-9]\\d{9}",[10,14],[7],[["80[39]\\d{7}",[10]],["8(?:0[04]|108\\d{3})\\d{7}",[10,14]],["808\\d{7}",[10]],["(?:3(?:0[12]|36|4[1-35-79]|5[1-3]|65|8[1-58]|9[0145])|4(?:01|1[1356]|2[13467]|7[1-5]|8[1-7]|9[1-689])|8(?:1[1-8]|2[01]|3[13-6]|4[0-8]|5[15-7]|6[0-35-79]|7[1-37-9]))\\d{7}",[10]],["9(?:[0-24-9]\\d{4}|3(?:0(?:0(?:05|[124579]\\d|3[0-7]|6[0-49]|8[04-9])|[1-9]\\d\\d)|[1-9]\\d{3}))\\d{4}",[10]]],
"8",null],["KZ","7","8\\d{13}|[78]\\d{9}",[10,14],[5,6,7],[["809\\d{7}",[10]],["8(?:00|108\\d{3})\\d{7}",[10,14]],["751\\d{7}",[10]],["808\\d{7}",[10]],["7(?:1(?:0(?:[23]\\d|4[0-3]|59|63)|1(?:[23]\\d|4[0-79]|59)|2(?:[23]\\d|59)|3(?:2\\d|3[0-79]|4[0-35-9]|59)|4(?:[24]\\d|3[013-9]|5[1-9]|97)|5(?:2\\d|3[1-9]|4[0-7]|59)|6(?:[2-4]\\d|5[19]|61)|72\\d|8(?:[27]\\d|3[1-46-9]|4[0-5]|59))|2(?:1(?:[23]\\d|4[46-9]|5[3469])|2(?:2\\d|3[0679]|46|5[12679])|3(?:[2-4]\\d|5[139])|4(?:2\\d|3[1-35-9]|59)|5(?:[23]\\d|4[0-8]|59|61)|6(?:2\\d|3[1-9]|4[0-4]|59)|7(?:[2379]\\d|40|5[279])|8(?:[23]\\d|4[0-3]|59)|9(?:2\\d|3[124578]|59)))\\d{5}",[10]],["7(?:0[0-25-8]|47|6[0-4]|7[15-8]|85)\\d{7}",[10]]],
"8",null]],
"20":[["EG",null,"[189]\\d{8,9}|[24-6]\\d{8}|[135]\\d{7}",[8,9,10],[6,7],[["900\\d{7}",[10]],["800\\d{7}",[10]],["13[23]\\d{6}|(?:15|57)\\d{6,7}|(?:2\\d|3|4[05-8]|5[05]|6[24-689]|8[2468]|9[235-7])\\d{7}",[8,9]],["1[0-25]\\d{8}",[10]]],
"0",null]],
"27":[["ZA",null,"[1-79]\\d{8}|8\\d{4,9}",[5,6,7,8,9,10],[],[["(?:86[2-9]|9[0-2]\\d)\\d{6}",[9]],["80\\d{7}",[9]],["860\\d{6}",[9]],["87(?:08[0-589]|15[0-79]|28[0-4]|31[1-9])\\d{4}|87(?:[02][0-79]|1[0-46-9]|3[02-9]|[4-9]\\d)\\d{5}",[9]],["861\\d{6,7}",[9,10]],["(?:2(?:0330|4302)|52087)0\\d{3}|(?:1[0-8]|2[1-378]|3[1-69]|4\\d|5[1346-8])\\d{7}",[9]],["(?:1(?:3492[0-25]|4495[0235]|549(?:20|5[01]))|4[34]492[01])\\d{3}|8[1-4]\\d{3,7}|(?:2[27]|47|54)4950\\d{3}|(?:1(?:049[2-4]|9[12]\\d\\d)|(?:50[0-2]|[67]\\d\\d)\\d\\d|8(?:5\\d{3}|7(?:08[67]|158|28[5-9]|310)))\\d{4}|(?:1[6-8]|28|3[2-69]|4[025689]|5[36-8])4920\\d{3}|(?:12|[2-5]1)492\\d{4}",[5,6,7,8,9]]],
"0",null]],
"30":[["GR",null,"5005000\\d{3}|8\\d{9,11}|(?:[269]\\d|70)\\d{8}",[10,11,12],[],[["90[19]\\d{7}",[10]],["800\\d{7,9}",[10,11,12]],["8(?:0[16]|12|[27]5|50)\\d{7}",[10]],["70\\d{8}",[10]],["5005000\\d{3}",[10]],["2(?:1\\d\\d|2(?:2[1-46-9]|[36][1-8]|4[1-7]|5[1-4]|7[1-5]|[89][1-9])|3(?:1\\d|2[1-57]|[35][1-3]|4[13]|7[1-7]|8[124-6]|9[1-79])|4(?:1\\d|2[1-8]|3[1-4]|4[13-5]|6[1-578]|9[1-5])|5(?:1\\d|[29][1-4]|3[1-5]|4[124]|5[1-6])|6(?:1\\d|[269][1-6]|3[1245]|4[1-7]|5[13-9]|7[14]|8[1-5])|7(?:1\\d|2[1-5]|3[1-6]|4[1-7]|5[1-57]|6[135]|9[125-7])|8(?:1\\d|2[1-5]|[34][1-4]|9[1-57]))\\d{6}",[10]],["68[57-9]\\d{7}|(?:69|94)\\d{8}",[10]]],null,null]],
"31":[["NL",null,"(?:[124-7]\\d\\d|3(?:[02-9]\\d|1[0-8]))\\d{6}|8\\d{6,9}|9\\d{6,10}|1\\d{4,5}",[5,6,7,8,9,10,11],[],[["90[069]\\d{4,7}",[7,8,9,10]],["800\\d{4,7}",[7,8,9,10]],["(?:85|91)\\d{7}",[9]],["66\\d{7}",[9]],["140(?:1[035]|2[0346]|3[03568]|4[0356]|5[0358]|8[458])|(?:140(?:1[16-8]|2[259]|3[124]|4[17-9]|5[124679]|7)|8[478]\\d{6})\\d",[5,6,9]],["(?:1(?:[035]\\d|1[13-578]|6[124-8]|7[24]|8[0-467])|2(?:[0346]\\d|2[2-46-9]|5[125]|9[479])|3(?:[03568]\\d|1[3-8]|2[01]|4[1-8])|4(?:[0356]\\d|1[1-368]|7[58]|8[15-8]|9[23579])|5(?:[0358]\\d|[19][1-9]|2[1-57-9]|4[13-8]|6[126]|7[0-3578])|7\\d\\d)\\d{6}",[9]],["(?:6[1-58]|970\\d)\\d{7}",[9,11]]],
"0",null]],
"32":[["BE",null,"4\\d{8}|[1-9]\\d{7}",[8,9],[],[["(?:70(?:2[0-57]|3[04-7]|44|6[04-69]|7[0579])|90\\d\\d)\\d{4}",[8]],["800[1-9]\\d{4}",[8]],["7879\\d{4}",[8]],["78(?:0[578]|1[014-8]|2[25]|3[15-8]|48|5[05]|60|7[06-8]|9\\d)\\d{4}",[8]],["80[2-8]\\d{5}|(?:1[0-69]|[23][2-8]|4[23]|5\\d|6[013-57-9]|71|8[1-79]|9[2-4])\\d{6}",[8]],["4[5-9]\\d{7}",[9]]],
"0",null]],
"33":[["FR",null,"[1-9]\\d{8}",[9],[],[["836(?:0[0-36-9]|[1-9]\\d)\\d{4}|8(?:1[2-9]|2[2-47-9]|3[0-57-9]|[569]\\d|8[0-35-9])\\d{6}",[9]],["80[0-5]\\d{6}",[9]],["8(?:1[01]|2[0156]|4[024]|84)\\d{6}",[9]],["9\\d{8}",[9]],["80[6-9]\\d{6}",[9]],["(?:26[013-9]|59[1-35-9])\\d{6}|(?:[13]\\d|2[0-57-9]|4[1-9]|5[0-8])\\d{7}",[9]],["(?:6(?:[0-24-8]\\d|3[0-8]|9[589])|7[3-9]\\d)\\d{6}",[9]]],
"0",null]],
"34":[["ES",null,"400\\d{6}|(?:51|[6-9]\\d)\\d{7}",[9],[],[["80[367]\\d{6}",[9]],["[89]00\\d{6}",[9]],["90[12]\\d{6}",[9]],["70\\d{7}",[9]],["51\\d{7}",[9]],["96906(?:0[0-8]|1[1-9]|[2-9]\\d)\\d\\d|9(?:69(?:0[0-57-9]|[1-9]\\d)|73(?:[0-8]\\d|9[1-9]))\\d{4}|(?:400|8(?:[1356]\\d|[28][0-8]|[47][1-9])|9(?:[135]\\d|[268][0-8]|4[1-9]|7[124-9]))\\d{6}",[9]],["9(?:6906(?:09|10)|7390\\d\\d)\\d\\d|(?:6\\d|7[1-48])\\d{7}",[9]]],null,null]],
"36":[["HU",null,"[235-7]\\d{8}|[1-9]\\d{7}",[8,9],[6,7],[["9[01]\\d{6}",[8]],["(?:[48]0\\d|680[29])\\d{5}",[8,9]],["21\\d{7}",[9]],["38\\d{7}",[9]],["(?:1\\d|[27][2-9]|3[2-7]|4[24-9]|5[2-79]|6[23689]|8[2-57-9]|9[2-69])\\d{6}",[8]],["(?:[257]0|3[01])\\d{7}",[9]]],
"06",null]],
"39":[["IT",null,"0\\d{5,11}|1\\d{8,10}|3(?:[0-8]\\d{7,10}|9\\d{7,8})|(?:43|55|70)\\d{8}|8\\d{5}(?:\\d{2,4})?",[6,7,8,9,10,11,12],[],[["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}",[6,8,9,10]],["80(?:0\\d{3}|3)\\d{3}",[6,9]],["84(?:[08]\\d{3}|[17])\\d{3}",[6,9]],["55\\d{8}",[10]],["1(?:78\\d|99)\\d{6}",[9,10]],["3[2-8]\\d{9,10}",[11,12]],["0(?:669[0-79]\\d{1,6}|831\\d{2,8})|0(?:1(?:[0159]\\d|[27][1-5]|31|4[1-4]|6[1356]|8[2-57])|2\\d\\d|3(?:[0159]\\d|2[1-4]|3[12]|[48][1-6]|6[2-59]|7[1-7])|4(?:[0159]\\d|[23][1-9]|4[245]|6[1-5]|7[1-4]|81)|5(?:[0159]\\d|2[1-5]|3[2-6]|4[1-79]|6[4-6]|7[1-578]|8[3-8])|6(?:[0-57-9]\\d|6[0-8])|7(?:[0159]\\d|2[12]|3[1-7]|4[2-46]|6[13569]|7[13-6]|8[1-59])|8(?:[0159]\\d|2[3-578]|3[2356]|[6-8][1-5])|9(?:[0159]\\d|[238][1-5]|4[12]|6[1-8]|7[1-6]))\\d{2,7}",[6,7,8,9,10,11,12]],["3[2-9]\\d{7,8}|(?:31|43)\\d{8}",[9,10]]],null,null],["VA","06698","0\\d{5,10}|3[0-8]\\d{7,10}|55\\d{8}|8\\d{5}(?:\\d{2,4})?|(?:1\\d|39)\\d{7,8}",[6,7,8,9,10,11,12],[],[["(?:0878\\d{3}|89(?:2\\d|3[04]|4(?:[0-4]|[5-9]\\d\\d)|5[0-4]))\\d\\d|(?:1(?:44|6[346])|89(?:38|5[5-9]|9))\\d{6}",[6,8,9,10]],["80(?:0\\d{3}|3)\\d{3}",[6,9]],["84(?:[08]\\d{3}|[17])\\d{3}",[6,9]],["55\\d{8}",[10]],["1(?:78\\d|99)\\d{6}",[9,10]],["3[2-8]\\d{9,10}",[11,12]],["06698\\d{1,6}",[6,7,8,9,10,11]],["3[1-9]\\d{8}|3[2-9]\\d{7}",[9,10]]],null,null]],
"40":[["RO",null,"(?:[2378]\\d|90)\\d{7}|[23]\\d{5}",[6,9],[],[["90[0136]\\d{6}",[9]],["800\\d{6}",[9]],["801\\d{6}",[9]],["(?:37\\d|80[578])\\d{6}",[9]],["[23][13-6]\\d{7}|(?:2(?:19\\d|[3-6]\\d9)|31\\d\\d)\\d\\d",[6,9]],["7020\\d{5}|7(?:0[013-9]|1[0-3]|[2-7]\\d|8[03-8]|9[0-39])\\d{6}",[9]]],
"0",null]],
"41":[["CH",null,"8\\d{11}|[2-9]\\d{8}",[9,12],[],[["90[016]\\d{6}",[9]],["800\\d{6}",[9]],["84[0248]\\d{6}",[9]],["878\\d{6}",[9]],["74[0248]\\d{6}",[9]],["5[18]\\d{7}",[9]],["860\\d{9}",[12]],["(?:2[12467]|3[1-4]|4[134]|5[256]|6[12]|[7-9]1)\\d{7}",[9]],["(?:6[89]|7[235-9])\\d{7}",[9]]],
"0",null]],
"43":[["AT",null,"1\\d{3,12}|2\\d{6,12}|43(?:(?:0\\d|5[02-9])\\d{3,9}|2\\d{4,5}|[3467]\\d{4}|8\\d{4,6}|9\\d{4,7})|5\\d{4,12}|8\\d{7,12}|9\\d{8,12}|(?:[367]\\d|4[0-24-9])\\d{4,11}",[4,5,6,7,8,9,10,11,12,13],[3],[["(?:8[69][2-68]|9(?:0[01]|3[019]))\\d{6,10}",[9,10,11,12,13]],["800\\d{6,10}",[9,10,11,12,13]],["8(?:10|2[018])\\d{6,10}|828\\d{5}",[8,9,10,11,12,13]],["5(?:0[1-9]|17|[79]\\d)\\d{2,10}|7[28]0\\d{6,10}",[5,6,7,8,9,10,11,12,13]],["1(?:11\\d|[2-9]\\d{3,11})|(?:316|463)\\d{3,10}|648[34]\\d{3,9}|(?:51|66|73)2\\d{3,10}|(?:2(?:1[467]|2[13-8]|5[2357]|6[1-46-8]|7[1-8]|8[124-7]|9[1458])|3(?:1[1-578]|3[23568]|4[5-7]|5[1378]|6[1-38]|8[3-68])|4(?:2[1-8]|35|7[1368]|8[2457])|5(?:2[1-8]|3[357]|4[147]|5[12578]|6[37])|6(?:13|2[1-47]|4[135-7]|5[468])|7(?:2[1-8]|35|4[13478]|5[68]|6[16-8]|7[1-6]|9[45]))\\d{4,10}",[4,5,6,7,8,9,10,11,12,13]],["6(?:485|(?:5[0-3579]|6[013-9]|[7-9]\\d)\\d)\\d{3,9}",[7,8,9,10,11,12,13]]],
"0",null]],
"44":[["GB",null,"[1-357-9]\\d{9}|[18]\\d{8}|8\\d{6}",[7,9,10],[4,5,6,8],[["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[2-49]))\\d{7}|845464\\d",[7,10]],["80[08]\\d{7}|800\\d{6}|8001111",[7,9,10]],["56\\d{8}",[10]],["70\\d{8}",[10]],["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}",[10]],["(?:3[0347]|55)\\d{8}",[10]],["(?:1(?:1(?:3(?:[0-58]\\d\\d|73[0-5])|4(?:(?:[0-5]\\d|70)\\d|69[7-9])|(?:(?:5[0-26-9]|[78][0-49])\\d|6(?:[0-4]\\d|5[01]))\\d)|(?:2(?:(?:0[024-9]|2[3-9]|3[3-79]|4[1-689]|[58][02-9]|6[0-47-9]|7[013-9]|9\\d)\\d|1(?:[0-7]\\d|8[0-3]))|(?:3(?:0\\d|1[0-8]|[25][02-9]|3[02-579]|[468][0-46-9]|7[1-35-79]|9[2-578])|4(?:0[03-9]|[137]\\d|[28][02-57-9]|4[02-69]|5[0-8]|[69][0-79])|5(?:0[1-35-9]|[16]\\d|2[024-9]|3[015689]|4[02-9]|5[03-9]|7[0-35-9]|8[0-468]|9[0-57-9])|6(?:0[034689]|1\\d|2[0-35689]|[38][013-9]|4[1-467]|5[0-69]|6[13-9]|7[0-8]|9[0-24578])|7(?:0[0246-9]|2\\d|3[0236-8]|4[03-9]|5[0-46-9]|6[013-9]|7[0-35-9]|8[024-9]|9[02-9])|8(?:0[35-9]|2[1-57-9]|3[02-578]|4[0-578]|5[124-9]|6[2-69]|7\\d|8[02-9]|9[02569])|9(?:0[02-589]|[18]\\d|2[02-689]|3[1-57-9]|4[2-9]|5[0-579]|6[2-47-9]|7[0-24578]|9[2-57]))\\d)\\d)|2(?:0[013478]|3[0189]|4[017]|8[0-46-9]|9[0-2])\\d{3})\\d{4}|1(?:2(?:0(?:46[1-4]|87[2-9])|545[1-79]|76(?:2\\d|3[1-8]|6[1-6])|9(?:7(?:2[0-4]|3[2-5])|8(?:2[2-8]|7[0-47-9]|8[3-5])))|3(?:6(?:38[2-5]|47[23])|8(?:47[04-9]|64[0157-9]))|4(?:044[1-7]|20(?:2[23]|8\\d)|6(?:0(?:30|5[2-57]|6[1-8]|7[2-8])|140)|8(?:052|87[1-3]))|5(?:2(?:4(?:3[2-79]|6\\d)|76\\d)|6(?:26[06-9]|686))|6(?:06(?:4\\d|7[4-79])|295[5-7]|35[34]\\d|47(?:24|61)|59(?:5[08]|6[67]|74)|9(?:55[0-4]|77[23]))|7(?:26(?:6[13-9]|7[0-7])|(?:442|688)\\d|50(?:2[0-3]|[3-68]2|76))|8(?:27[56]\\d|37(?:5[2-5]|8[239])|843[2-58])|9(?:0(?:0(?:6[1-8]|85)|52\\d)|3583|4(?:66[1-8]|9(?:2[01]|81))|63(?:23|3[1-4])|9561))\\d{3}",[9,10]],["7(?:457[0-57-9]|700[01]|911[028])\\d{5}|7(?:[1-3]\\d\\d|4(?:[0-46-9]\\d|5[0-689])|5(?:0[0-8]|[13-9]\\d|2[0-35-9])|7(?:0[1-9]|[1-7]\\d|8[02-9]|9[0-689])|8(?:[014-9]\\d|[23][0-8])|9(?:[024-9]\\d|1[02-9]|3[0-689]))\\d{6}",[10]]],
"0|180020",null],["GG",null,"(?:1481|[357-9]\\d{3})\\d{6}|8\\d{6}(?:\\d{2})?",[7,9,10],[6],[["(?:8(?:4[2-5]|7[0-3])|9(?:[01]\\d|8[0-3]))\\d{7}|845464\\d",[7,10]],["80[08]\\d{7}|800\\d{6}|8001111",[7,9,10]],["56\\d{8}",[10]],["70\\d{8}",[10]],["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}",[10]],["(?:3[0347]|55)\\d{8}",[10]],["1481[25-9]\\d{5}",[10]],["7(?:(?:781|839)\\d|911[17])\\d{5}",[10]]],
"([25-9]\\d{5})$|0|180020","1481$1"],["IM","74576|(?:16|7[56])24","1624\\d{6}|(?:[3578]\\d|90)\\d{8}",[10],[6],[["8(?:440[49]06|72299\\d)\\d{3}|(?:8(?:45|70)|90[0167])624\\d{4}",[10]],["808162\\d{4}",[10]],["56\\d{8}",[10]],["70\\d{8}",[10]],["3440[49]06\\d{3}|(?:3(?:08162|3\\d{4}|45624|7(?:0624|2299))|55\\d{4})\\d{4}",[10]],["1624(?:230|[5-8]\\d\\d)\\d{3}",[10]],["76245[06]\\d{4}|7(?:4576|[59]24\\d|624[0-4689])\\d{5}",[10]]],
"([25-8]\\d{5})$|0|180020","1624$1"],["JE",null,"1534\\d{6}|(?:[3578]\\d|90)\\d{8}",[10],[6],[["(?:8(?:4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|90(?:066[59]|1810|71(?:07|55)))\\d{4}",[10]],["80(?:07(?:35|81)|8901)\\d{4}",[10]],["56\\d{8}",[10]],["701511\\d{4}",[10]],["76(?:464|652)\\d{5}|76(?:0[0-28]|2[356]|34|4[01347]|5[49]|6[0-369]|77|8[14]|9[139])\\d{6}",[10]],["(?:3(?:0(?:07(?:35|81)|8901)|3\\d{4}|4(?:4(?:4(?:05|42|69)|703)|5(?:041|800))|7(?:0002|1206))|55\\d{4})\\d{4}",[10]],["1534[0-24-8]\\d{5}",[10]],["7(?:(?:(?:50|82)9|937)\\d|7(?:00[378]|97\\d))\\d{5}",[10]]],
"([0-24-8]\\d{5})$|0|180020","1534$1"]],
"45":[["DK",null,"[2-9]\\d{7}",[8],[],[["90\\d{6}",[8]],["80\\d{6}",[8]],["(?:2(?:[0-59][1-9]|[6-8]\\d)|3(?:[0-3][1-9]|4[13]|5[1-58]|6[1347-9]|8[1-8]|9[1-79])|4(?:[0-25][1-9]|[34][2-9]|6[13-579]|7[13579]|8[1-47]|9[127])|5(?:[0-36][1-9]|4[146-9]|5[3-57-9]|7[568]|8[1-358]|9[1-69])|6(?:[0135][1-9]|2[1-68]|4[2-8]|6[1689]|[78]\\d|9[15689])|7(?:[0-69][1-9]|7[3-9]|8[147])|8(?:[16-9][1-9]|2[1-58])|9(?:[1-47-9][1-9]|6\\d))\\d{5}",[8]],["(?:2[6-8]|6[78]|96)\\d{6}|(?:2[0-59]|3[0-689]|[457]\\d|6[0-69]|8[126-9]|9[1-47-9])[1-9]\\d{5}",[8]]],null,null]],
"46":[["SE",null,"(?:[26]\\d\\d|9)\\d{9}|[1-9]\\d{8}|[1-689]\\d{7}|[1-4689]\\d{6}|2\\d{5}",[6,7,8,9,10,12],[],[["649\\d{6}|99[1-59]\\d{4}(?:\\d{3})?|9(?:00|39|44)[1-8]\\d{3,6}",[7,8,9,10]],["20\\d{4,7}",[6,7,8,9]],["77[0-7]\\d{6}",[9]],["75[1-8]\\d{6}",[9]],["74[02-9]\\d{6}",[9]],["10[1-8]\\d{6}",[9]],["(?:25[245]|67[3-68])\\d{9}",[12]],["(?:(?:[12][136]|3[356]|4[0246]|6[03]|8\\d)\\d|90[1-9])\\d{4,6}|(?:1(?:2[0-35]|4[0-4]|5[0-25-9]|7[13-6]|[89]\\d)|2(?:2[0-7]|4[0136-8]|5[0138]|7[018]|8[01]|9[0-57])|3(?:0[0-4]|1\\d|2[0-25]|4[056]|7[0-2]|8[0-3]|9[023])|4(?:1[013-8]|3[0135]|5[14-79]|7[0-246-9]|8[0156]|9[0-689])|5(?:0[0-6]|[15][0-5]|2[0-68]|3[0-4]|4\\d|6[03-5]|7[013]|8[0-79]|9[01])|6(?:1[1-3]|2[0-4]|4[02-57]|5[0-37]|6[0-3]|7[0-2]|8[0247]|9[0-356])|9(?:1[0-68]|2\\d|3[02-5]|4[0-3]|5[0-4]|[68][01]|7[0135-8]))\\d{5,6}",[7,8,9]],["7[023689]\\d{7}",[9]]],
"0",null]],
"47":[["NO","[02-689]|7[0-8]","(?:0|[2-9]\\d{3})\\d{4}",[5,8],[],[["82[09]\\d{5}",[8]],["80[01]\\d{5}",[8]],["810(?:0[0-6]|[2-8]\\d)\\d{3}",[8]],["85[0-5]\\d{5}",[8]],["880\\d{5}",[8]],["(?:0[235-9]|81(?:0(?:0[7-9]|1\\d)|5\\d\\d))\\d{3}",[5,8]],["81[23]\\d{5}",[8]],["(?:2[1-4]|3[1-3578]|5[1-35-7]|6[1-46-9]|7[0-8])\\d{6}",[8]],["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}",[8]]],null,null],["SJ","79","0\\d{4}|(?:[489]\\d|79)\\d{6}",[5,8],[],[["82[09]\\d{5}",[8]],["80[01]\\d{5}",[8]],["810(?:0[0-6]|[2-8]\\d)\\d{3}",[8]],["85[0-5]\\d{5}",[8]],["880\\d{5}",[8]],["(?:0[235-9]|81(?:0(?:0[7-9]|1\\d)|5\\d\\d))\\d{3}",[5,8]],["81[23]\\d{5}",[8]],["79\\d{6}",[8]],["45(?:[0-24-9]\\d|3[0-57-9])\\d{4}|(?:4[016-8]|9\\d)\\d{6}",[8]]],null,null]],
"48":[["PL",null,"(?:6|8\\d\\d)\\d{7}|[1-9]\\d{6}(?:\\d{2})?|[26]\\d{5}",[6,7,8,9,10],[],[["70[01346-8]\\d{6}",[9]],["800\\d{6,7}",[9,10]],["801\\d{6}",[9]],["39\\d{7}",[9]],["64\\d{4,7}",[6,7,8,9]],["804\\d{6}",[9]],["(?:30|47\\d\\d)\\d{5}|(?:1[2-8]|2[2-69]|3[2-4]|4[1-468]|5[24-689]|6[1-3578]|7[14-7]|8[1-79]|9[145])(?:[02-9]\\d{6}|1(?:[0-8]\\d{5}|9\\d{3}(?:\\d{2})?))",[7,9]],["21(?:1[013-5]|2\\d|3[1-9])\\d{5}|(?:45|5[0137]|6[069]|7[2389]|88)\\d{7}",[9]]],null,null]],
"49":[["DE",null,"[2579]\\d{5,14}|49(?:[34]0|69|8\\d)\\d\\d?|49(?:37|49|60|7[089]|9\\d)\\d{1,3}|49(?:2[024-9]|3[2-689]|7[1-7])\\d{1,8}|(?:1|[368]\\d|4[0-8])\\d{3,13}|49(?:[015]\\d|2[13]|31|[46][1-8])\\d{1,9}",[4,5,6,7,8,9,10,11,12,13,14,15],[2,3],[["(?:137[7-9]|900(?:[135]|9\\d))\\d{6}",[10,11]],["800\\d{7,12}",[10,11,12,13,14,15]],["180\\d{5,11}|13(?:7[1-6]\\d\\d|8)\\d{4}",[7,8,9,10,11,12,13,14]],["700\\d{8}",[11]],["16(?:4\\d{1,10}|[89]\\d{1,11})",[4,5,6,7,8,9,10,11,12,13,14]],["18(?:1\\d{5,11}|[2-9]\\d{8})",[8,9,10,11,12,13,14]],["1(?:6(?:013|255|399)|7(?:(?:[015]1|[69]3)3|[2-4]55|[78]99))\\d{7,8}|15(?:(?:[03-68]00|113)\\d|2\\d55|7\\d99|9\\d33)\\d{7}",[12,13]],["32\\d{9,11}|49[1-6]\\d{10}|322\\d{6}|49[0-7]\\d{3,9}|(?:[34]0|[68]9)\\d{3,13}|(?:2(?:0[1-689]|[1-3569]\\d|4[0-8]|7[1-7]|8[0-7])|3(?:[3569]\\d|4[0-79]|7[1-7]|8[1-8])|4(?:1[02-9]|[2-48]\\d|5[0-6]|6[0-8]|7[0-79])|5(?:0[2-8]|[124-6]\\d|[38][0-8]|[79][0-7])|6(?:0[02-9]|[1-358]\\d|[47][0-8]|6[1-9])|7(?:0[2-8]|1[1-9]|[27][0-7]|3\\d|[4-6][0-8]|8[0-5]|9[013-7])|8(?:0[2-9]|1[0-79]|2\\d|3[0-46-9]|4[0-6]|5[013-9]|6[1-8]|7[0-8]|8[0-24-6])|9(?:0[6-9]|[1-4]\\d|[589][0-7]|6[0-8]|7[0-467]))\\d{3,12}",[5,6,7,8,9,10,11,12,13,14,15]],["1(?:6[023]|7\\d)\\d{7,8}|15(?:[0-25-9]\\d\\d|3(?:10|33)|410)\\d{6}",[10,11]]],
"0",null]],
"51":[["PE",null,"(?:[14-8]|9\\d)\\d{7}",[8,9],[6,7],[["805\\d{5}",[8]],["800\\d{5}",[8]],["801\\d{5}",[8]],["80[24]\\d{5}",[8]],["(?:(?:19[02-68]|(?:4[34]|5[14])[0-8]|687)\\d|7(?:173|(?:3[0-8]|55)\\d)|8(?:10[05689]|6(?:0[06-9]|1[6-9]|29)|7(?:0[0569]|[56]0)))\\d{4}|(?:1[0-8]|4[12]|5[236]|6[1-7]|7[246]|8[2-4])\\d{6}",[8]],["9\\d{8}",[9]]],
"0",null]],
"52":[["MX",null,"[2-9]\\d{9}",[10],[7,8],[["900\\d{7}",[10]],["8(?:00|88)\\d{7}",[10]],["300\\d{7}",[10]],["500\\d{7}",[10]],["(?:2(?:0[01]|2\\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\\d|8[1-35-9]|9[2-689])|5(?:[56]\\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\\d|5[13-9]|8[1-69]|9[17])|8(?:1\\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\\d|7[12]|8[1-8]))\\d{7}",[10]],["(?:2(?:2\\d|3[1-35-8]|4[13-9]|7[1-689]|8[1-578]|9[467])|3(?:1[1-79]|[2458][1-9]|3\\d|7[1-8]|9[1-5])|4(?:1[1-57-9]|[267][1-9]|3[1-8]|[45]\\d|8[1-35-9]|9[2-689])|5(?:[56]\\d|88|9[1-79])|6(?:1[2-68]|[2-4][1-9]|5[1-36-9]|6[0-57-9]|7[1-7]|8[67]|9[4-8])|7(?:[1346][1-9]|[27]\\d|5[13-9]|8[1-69]|9[17])|8(?:1\\d|2[13-689]|3[1-6]|4[124-6]|6[1246-9]|7[0-378]|9[12479])|9(?:1[346-9]|2[1-4]|3[2-46-8]|5[1348]|[69]\\d|7[12]|8[1-8]))\\d{7}",[10]]],null,null]],
"53":[["CU",null,"(?:[2-7]|8\\d\\d)\\d{7}|[2-47]\\d{6}|[34]\\d{5}",[6,7,8,10],[4,5],[["800\\d{7}",[10]],["807\\d{7}",[10]],["(?:3[23]|4[89])\\d{4,6}|(?:31|4[36]|8(?:0[25]|78)\\d)\\d{6}|(?:2[1-4]|4[1257]|7\\d)\\d{5,6}",[6,7,8,10]],["(?:5\\d|6[2-4])\\d{6}",[8]]],
"0",null]],
"54":[["AR",null,"(?:11|[89]\\d\\d)\\d{8}|[2368]\\d{9}",[10,11],[6,7,8],[["60[04579]\\d{7}",[10]],["800\\d{7,8}",[10,11]],["810\\d{7}",[10]],["3(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\\d{5}|(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\\d{5}|(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\\d{5}|(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\\d{5}|(?:(?:11[0-8]|670)\\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68])))\\d{6}|(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\\d{5}|2(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\\d{5}|(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\\d{5}|(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\\d{5}",[10]],["93(?:7(?:1[15]|81)|8(?:21|4[16]|69|9[12]))[46]\\d{5}|9(?:2(?:2(?:2[59]|44|52)|3(?:26|44)|47[35]|9(?:[07]2|2[26]|34|46))|3327)[45]\\d{5}|9(?:2(?:657|9(?:54|66))|3(?:48[27]|7(?:55|77)|8(?:65|78)))[2-8]\\d{5}|9(?:2(?:284|3(?:02|23)|477|622|920)|3(?:4(?:46|89|92)|541))[2-7]\\d{5}|(?:675\\d|9(?:11[0-8]\\d|2(?:2(?:0[45]|1[2-6]|3[3-6])|3(?:[06]4|7[45])|494|6(?:04|1[2-8]|[36][45]|4[3-6])|80[45]|9(?:[17][4-6]|[48][45]|9[3-6]))|3(?:364|4(?:1[2-8]|[25][4-6]|3[3-6]|84)|5(?:1[2-9]|[38][4-6])|6(?:2[45]|44)|7[069][45]|8(?:0[45]|1[2-7]|3[4-6]|5[3-6]|7[2-6]|8[3-68]))))\\d{6}|9(?:2(?:2(?:62|81)|320|9(?:42|83))|3(?:329|4(?:62|7[16])|5(?:43|64)|7(?:18|5[17])))[2-6]\\d{5}|92(?:2(?:21|4[23]|6[145]|7[1-4]|8[356]|9[267])|3(?:16|3[13-8]|43|5[346-8]|9[3-5])|6(?:2[46]|4[78]|5[1568])|9(?:03|2[1457-9]|3[1356]|4[08]|[56][23]|82))4\\d{5}|9(?:2(?:257|3(?:24|46|92)|9(?:01|23|64))|3(?:4(?:42|64)|5(?:25|37|4[47]|71)|7(?:35|72)|825))[3-6]\\d{5}|9(?:2(?:2(?:02|2[3467]|4[156]|5[45]|6[6-8]|91)|3(?:1[47]|25|[45][25]|96)|47[48]|625|932)|3(?:38[2578]|4(?:0[0-24-9]|3[78]|4[457]|58|6[035-9]|72|83|9[136-8])|5(?:2[124]|[368][23]|4[2689]|7[2-6])|7(?:16|2[15]|3[14]|4[13]|5[468]|7[3-5]|8[26])|8(?:2[67]|3[278]|4[3-5]|5[78]|6[1-378]|[78]7|94)))[4-6]\\d{5}",[10,11]]],
"0?(?:(11|2(?:2(?:02?|[13]|2[13-79]|4[1-6]|5[2457]|6[124-8]|7[1-4]|8[13-6]|9[1267])|3(?:02?|1[467]|2[03-6]|3[13-8]|[49][2-6]|5[2-8]|[67])|4(?:7[3-578]|9)|6(?:[0136]|2[24-6]|4[6-8]?|5[15-8])|80|9(?:0[1-3]|[19]|2\\d|3[1-6]|4[02568]?|5[2-4]|6[2-46]|72?|8[23]?))|3(?:3(?:2[79]|6|8[2578])|4(?:0[0-24-9]|[12]|3[5-8]?|4[24-7]|5[4-68]?|6[02-9]|7[126]|8[2379]?|9[1-36-8])|5(?:1|2[1245]|3[237]?|4[1-46-9]|6[2-4]|7[1-6]|8[2-5]?)|6[24]|7(?:[069]|1[1568]|2[15]|3[145]|4[13]|5[14-8]|7[2-57]|8[126])|8(?:[01]|2[15-7]|3[2578]?|4[13-6]|5[4-8]?|6[1-357-9]|7[36-8]?|8[5-8]?|9[124])))15)?","9$1"]],
"55":[["BR",null,"[1-467]\\d{9,10}|55[0-46-9]\\d{8}|[34]\\d{7}|55\\d{7,8}|(?:5[0-46-9]|[89]\\d)\\d{7,9}",[8,9,10,11],[],[["[59]00\\d{6,7}",[9,10]],["800\\d{6,7}",[9,10]],["(?:30[03]\\d{3}|4(?:0(?:0\\d|20)|370|864))\\d{4}|300\\d{5}",[8,10]],["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])[2-5]\\d{7}",[10]],["(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:7|9\\d)\\d{7}",[10,11]]],
"(?:0|90)(?:(1[245]|2[1-35]|31|4[13]|[56]5|99)(\\d{10,11}))?","$2"]],
"56":[["CL",null,"12300\\d{6}|6\\d{9,10}|[2-9]\\d{8}",[9,10,11],[],[["(?:123|8)00\\d{6}",[9,11]],["600\\d{7,8}",[10,11]],["44\\d{7}",[9]],["2(?:1982[0-6]|3314[05-9])\\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\\d|50)\\d|3(?:[0346-9]\\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|(?:600|80[1-9])\\d\\d|9(?:(?:10[0-2]|7[1-9]\\d)\\d|3(?:[0-57-9]\\d\\d|6(?:0[02-9]|[1-9]\\d))|6(?:[0-8]\\d\\d|9(?:[02-79]\\d|1[05-9]))|9(?:[03-9]\\d\\d|1(?:[0235-9]\\d|4[0-24-9])|2(?:[0-79]\\d|8[0-46-9]))))\\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\\d{7}",[9]],["2(?:1982[0-6]|3314[05-9])\\d{3}|(?:2(?:1(?:160|962)|3(?:(?:[24]\\d|50)\\d|3(?:[0346-9]\\d|1[0-35-9]|2[1-9]|5[0-24-9])|600)|646[59])|80[1-8]\\d\\d|9(?:(?:10[0-2]|7[1-9]\\d)\\d|3(?:[0-57-9]\\d\\d|6(?:0[02-9]|[1-9]\\d))|6(?:[0-8]\\d\\d|9(?:[02-79]\\d|1[05-9]))|9(?:[03-9]\\d\\d|1(?:[0235-9]\\d|4[0-24-9])|2(?:[0-79]\\d|8[0-46-9]))))\\d{4}|(?:22|3[2-5]|[47][1-35]|5[1-3578]|6[13-57]|8[1-9]|9[2458])\\d{7}",[9]]],null,null]],
"57":[["CO",null,"(?:46|60\\d\\d)\\d{6}|(?:1\\d|[39])\\d{9}",[8,10,11],[4,7],[["(?:19(?:0[01]|4[78])|901)\\d{7}",[10,11]],["1800\\d{7}",[11]],["601055(?:[0-4]\\d|50)\\d\\d|6010(?:[0-4]\\d|5[0-4])\\d{4}|(?:46|60(?:[18][1-9]|[24-7][2-9]))\\d{6}",[8,10]],["333301[0-5]\\d{3}|3333(?:00|2[5-9]|[3-9]\\d)\\d{4}|(?:3(?:24[1-9]|3(?:00|3[0-24-9]))|9408)\\d{6}|3(?:0[0-5]|1\\d|2[0-3]|5[01]|70)\\d{7}",[10]]],
"0([3579]|4(?:[14]4|56))?",null]],
"58":[["VE",null,"[68]00\\d{7}|(?:[24]\\d|[59]0)\\d{8}",[10],[7],[["90[01]\\d{7}",[10]],["800\\d{7}",[10]],["501\\d{7}",[10]],["(?:2(?:12|3[457-9]|[467]\\d|[58][1-9]|9[1-6])|[4-6]00)\\d{7}",[10]],["4(?:1[24-8]|2[246])\\d{7}",[10]]],
"0",null]],
"60":[["MY",null,"1\\d{8,9}|(?:3\\d|[4-9])\\d{7}",[8,9,10],[6,7],[["1600\\d{6}",[10]],["1[378]00\\d{6}",[10]],["15(?:4(?:6[0-4]\\d|8(?:0[125]|[17]\\d|21|3[01]|4[01589]|5[014]|6[02]))|6(?:32[0-6]|78\\d))\\d{4}",[10]],["427[01]\\d{4}|(?:3(?:2[0-36-9]|3[0-368]|4[0-278]|5[0-24-8]|6[0-467]|7[1246-9]|8\\d|9[0-57])\\d|4(?:2[0-689]|[3-79]\\d|8[1-35689])|5(?:2[0-589]|[3468]\\d|5[0-489]|7[1-9]|9[23])|6(?:2[2-9]|3[1357-9]|[46]\\d|5[0-6]|7[0-35-9]|85|9[015-8])|7(?:[2579]\\d|3[03-68]|4[0-8]|6[5-9]|8[0-35-9])|8(?:[24][2-8]|3[2-5]|5[2-7]|6[2-589]|7[2-578]|[89][2-9])|9(?:0[57]|13|[25-7]\\d|[3489][0-8]))\\d{5}",[8,9]],["1(?:(?:1888[689]|4400|8(?:47|8[27])[0-4])\\d{4}|9\\d{7,8})|1(?:0(?:[23568]\\d|4[0-6]|7[016-9]|9[0-8])|1(?:[1-5]\\d\\d|6(?:0[5-9]|[1-9]\\d)|7(?:[0-4]\\d|5[0-79]|6[02-4]|8[02-5]))|(?:[26]\\d|[37][1-9]|4[235-9])\\d|5(?:31|9\\d\\d)|8(?:1[23]|[236]\\d|4[06]|5(?:46|[7-9])|7[016-9]|8[01]|9[0-8]))\\d{5}",[9,10]]],
"0",null]],
"61":[["AU",null,"1(?:[0-79]\\d{7}(?:\\d(?:\\d{2})?)?|8[0-24-9]\\d{7})|[2-478]\\d{8}|1\\d{4,7}",[5,6,7,8,9,10,12],[],[["190[0-26]\\d{6}",[10]],["180(?:0\\d{3}|2)\\d{3}",[7,10]],["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}",[6,8,10,12]],["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}",[9]],["163\\d{2,6}",[5,6,7,8,9]],["(?:(?:241|349)0\\d\\d|8(?:51(?:0(?:0[03-9]|[12479]\\d|3[2-9]|5[0-8]|6[1-9]|8[0-7])|1(?:[0235689]\\d|1[0-69]|4[0-589]|7[0-47-9])|2(?:0[0-79]|[18][13579]|2[14-9]|3[0-46-9]|[4-6]\\d|7[89]|9[0-4])|[34]\\d\\d)|91(?:(?:[0-58]\\d|6[0135-9])\\d|7(?:0[0-24-9]|[1-9]\\d)|9(?:[0-46-9]\\d|5[0-79]))))\\d{3}|(?:2(?:[0-26-9]\\d|3[0-8]|4[02-9]|5[0135-9])|3(?:[0-3589]\\d|4[0-578]|6[1-9]|7[0-35-9])|7(?:[013-57-9]\\d|2[0-8])|8(?:55|6[0-8]|[78]\\d|9[02-9]))\\d{6}",[9]],["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",[9]]],
"(183[12])|0",null],["CC",null,"1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",[6,7,8,9,10,12],[],[["190[0-26]\\d{6}",[10]],["180(?:0\\d{3}|2)\\d{3}",[7,10]],["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}",[6,8,10,12]],["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}",[9]],["8(?:51(?:0(?:02|31|60|89)|1(?:18|76)|223)|91(?:0(?:1[0-2]|29)|1(?:[28]2|50|79)|2(?:10|64)|3(?:[06]8|22)|4[29]8|62\\d|70[23]|959))\\d{3}",[9]],["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",[9]]],
"([59]\\d{7})$|0","8$1"],["CX",null,"1(?:[0-79]\\d{8}(?:\\d{2})?|8[0-24-9]\\d{7})|[148]\\d{8}|1\\d{5,7}",[6,7,8,9,10,12],[],[["190[0-26]\\d{6}",[10]],["180(?:0\\d{3}|2)\\d{3}",[7,10]],["13(?:00\\d{6}(?:\\d{2})?|45[0-4]\\d{3})|13\\d{4}",[6,8,10,12]],["14(?:5(?:1[0458]|[23][458])|71\\d)\\d{4}",[9]],["8(?:51(?:0(?:01|30|59|88)|1(?:17|46|75)|2(?:22|35))|91(?:00[6-9]|1(?:[28]1|49|78)|2(?:09|63)|3(?:12|26|75)|4(?:56|97)|64\\d|7(?:0[01]|1[0-2])|958))\\d{3}",[9]],["4(?:79[01]|83[0-36-9]|9(?:5[0-3]|6[0-4]))\\d{5}|4(?:[0-36]\\d|4[047-9]|[58][0-24-9]|7[02-8]|9[0-47-9])\\d{6}",[9]]],
"([59]\\d{7})$|0","8$1"]],
"62":[["ID",null,"00[1-9]\\d{9,14}|(?:[1-36]|8\\d{5})\\d{6}|00\\d{9}|[1-9]\\d{8,10}|[2-9]\\d{7}",[7,8,9,10,11,12,13,14,15,16,17],[5,6],[["809\\d{7}",[10]],["00(?:1803\\d{5,11}|7803\\d{7})|(?:177\\d|800)\\d{5,7}",[8,9,10,11,12,13,14,15,16,17]],["804\\d{7}",[10]],["(?:1500|8071\\d{3})\\d{3}",[7,10]],["2[124]\\d{7,8}|619\\d{8}|2(?:1(?:14|500)|2\\d{3})\\d{3}|61\\d{5,8}|(?:2(?:[35][1-4]|6[0-8]|7[1-6]|8\\d|9[1-8])|3(?:1|[25][1-8]|3[1-68]|4[1-3]|6[1-3568]|7[0-469]|8\\d)|4(?:0[1-589]|1[01347-9]|2[0-36-8]|3[0-24-68]|43|5[1-378]|6[1-5]|7[134]|8[1245])|5(?:1[1-35-9]|2[25-8]|3[124-9]|4[1-3589]|5[1-46]|6[1-8])|6(?:[25]\\d|3[1-69]|4[1-6])|7(?:02|[125][1-9]|[36]\\d|4[1-8]|7[0-36-9])|9(?:0[12]|1[013-8]|2[0-479]|5[125-8]|6[23679]|7[159]|8[01346]))\\d{5,8}",[7,8,9,10,11]],["8[1-35-9]\\d{7,10}",[9,10,11,12]]],
"0",null]],
"63":[["PH",null,"(?:[2-7]|9\\d)\\d{8}|2\\d{5}|(?:1800|8)\\d{7,9}",[6,8,9,10,11,12,13],[4,5,7],[["1800\\d{7,9}",[11,12,13]],["(?:(?:2[3-8]|3[2-68]|4[2-9]|5[2-6]|6[2-58]|7[24578])\\d{3}|88(?:22\\d\\d|42))\\d{4}|(?:2|8[2-8]\\d\\d)\\d{5}",[6,8,9,10]],["(?:8(?:1[37]|9[5-8])|9(?:0[5-9]|1[0-24-9]|[235-7]\\d|4[2-9]|8[135-9]|9[1-9]))\\d{7}",[10]]],
"0",null]],
"64":[["NZ",null,"[1289]\\d{9}|50\\d{5}(?:\\d{2,3})?|[27-9]\\d{7,8}|(?:[34]\\d|6[0-35-9])\\d{6}|8\\d{4,6}",[5,6,7,8,9,10],[],[["(?:1[13-57-9]\\d{5}|50(?:0[08]|30|66|77|88))\\d{3}|90\\d{6,8}",[7,8,9,10]],["508\\d{6,7}|80\\d{6,8}",[8,9,10]],["70\\d{7}",[9]],["8(?:1[16-9]|22|3\\d|4[045]|5[459]|6[235-9]|7[0-3579]|90)\\d{2,7}",[5,6,7,8,9,10]],["240\\d{5}|(?:3[2-79]|[49][2-9]|6[235-9]|7[2-57-9])\\d{6}",[8]],["2(?:[0-27-9]\\d|6)\\d{6,7}|2(?:1\\d|75)\\d{5}",[8,9,10]]],
"0",null]],
"65":[["SG",null,"(?:(?:1\\d|8)\\d\\d|7000)\\d{7}|[3689]\\d{7}",[8,10,11],[],[["1900\\d{7}",[11]],["(?:18|8)00\\d{7}",[10,11]],["(?:3[12]\\d|666)\\d{5}",[8]],["7000\\d{7}",[11]],["662[0-24-9]\\d{4}|6(?:[0-578]\\d|6[013-57-9]|9[0-35-9])\\d{5}",[8]],["80[1-9]\\d{5}|(?:8[1-9]|9[0-8])\\d{6}",[8]]],null,null]],
"66":[["TH",null,"(?:001800|[2-57]|[689]\\d)\\d{7}|1\\d{7,9}",[8,9,10,13],[],[["1900\\d{6}",[10]],["(?:001800\\d|1800)\\d{6}",[10,13]],["6[08]\\d{7}",[9]],["(?:1[0689]|2\\d|3[2-9]|4[2-5]|5[2-6]|7[3-7])\\d{6}",[8]],["(?:(?:14|[89]\\d)\\d\\d|6(?:[1-6]\\d\\d|7(?:1[0-8]|2[4-7]|3[1-6])))\\d{5}",[9]]],
"0",null]],
"81":[["JP",null,"00[1-9]\\d{6,14}|[25-9]\\d{9}|(?:00|[1-9]\\d\\d)\\d{6}",[8,9,10,11,12,13,14,15,16,17],[],[["990\\d{6}",[9]],["00777(?:[01]|5\\d)\\d\\d|(?:00(?:7778|882[1245])|(?:120|800\\d)\\d\\d)\\d{4}|00(?:37|66|78)\\d{6,13}",[8,9,10,11,12,13,14,15,16,17]],["50[1-9]\\d{7}",[10]],["60\\d{7}",[9]],["20\\d{8}",[10]],["570\\d{6}",[9]],["(?:1(?:1[235-8]|2[3-6]|3[3-9]|4[2-6]|[58][2-8]|6[2-7]|7[2-9]|9[1-9])|(?:2[2-9]|[36][1-9])\\d|4(?:[2-578]\\d|6[02-8]|9[2-59])|5(?:[2-589]\\d|6[1-9]|7[2-8])|7(?:[25-9]\\d|3[4-9]|4[02-9])|8(?:[2679]\\d|3[2-9]|4[5-9]|5[1-9]|8[03-9])|9(?:[2-58]\\d|[679][1-9]))\\d{6}",[9]],["[6-9]0[1-9]\\d{7}",[10]]],
"(000[2569]\\d{4,6})$|(?:(?:003768)0?)|0","$1"]],
"82":[["KR",null,"00[1-9]\\d{8,11}|(?:[12]|5\\d{3})\\d{7}|[13-6]\\d{9}|(?:[1-6]\\d|80)\\d{7}|[3-6]\\d{4,5}|(?:00|7)0\\d{8}",[5,6,8,9,10,11,12,13,14],[3,4,7],[["60[2-9]\\d{6}",[9]],["00(?:308\\d{6,7}|798\\d{7,9})|(?:00368|[38]0)\\d{7}",[9,11,12,13,14]],["70\\d{8}",[10]],["50\\d{8,9}",[10,11]],["15\\d{7,8}",[9,10]],["1(?:5(?:22|33|44|66|77|88|99)|6(?:[07]0|44|6[0168]|88)|8(?:00|33|55|77|99))\\d{4}",[8]],["(?:2|3[1-3]|[46][1-4]|5[1-5])[1-9]\\d{6,7}|(?:3[1-3]|[46][1-4]|5[1-5])1\\d{2,3}",[5,6,8,9,10]],["1(?:05(?:[0-8]\\d|9[0-6])|22[13]\\d)\\d{4,5}|1(?:0[0-46-9]|[16-9]\\d|2[013-9])\\d{6,7}",[9,10]]],
"0(8(?:[1-46-8]|5\\d\\d))?",null]],
"84":[["VN",null,"[12]\\d{9}|[135-9]\\d{8}|[16]\\d{6,7}|7\\d{6}",[7,8,9,10],[],[["1900\\d{4,6}",[8,9,10]],["1800\\d{4,6}|12(?:0[13]|28)\\d{4}",[8,9,10]],["672\\d{6}",[9]],["[17]99\\d{4}|69\\d{5,6}",[7,8]],["2(?:0[3-9]|1[0-689]|2[0-25-9]|[38][2-9]|4[2-8]|5[124-9]|6[0-39]|7[0-7]|9[0-4679])\\d{7}",[10]],["121[0-3]\\d{5}|(?:1[46]0|(?:3\\d|7[06-9])\\d|5(?:[1689]\\d|2[238]|59)|8(?:[1-8]\\d|9[6-9])|9(?:[0-8]\\d|9[013-9]))\\d{6}",[9]]],
"0",null]],
"86":[["CN",null,"(?:(?:1[03-689]|2\\d)\\d\\d|6)\\d{8}|1\\d{10}|[126]\\d{6}(?:\\d(?:\\d{2})?)?|86\\d{5,6}|(?:[3-579]\\d|8[0-57-9])\\d{5,9}",[7,8,9,10,11,12],[5,6],[["16[08]\\d{5}",[8]],["(?:(?:10|21)8|8)00\\d{7}",[10,12]],["10(?:10\\d{4}|96\\d{3,4})|400\\d{7}|950\\d{7,8}|(?:2[0-57-9]|3(?:[15]\\d|35|49|7[0-79]|9[1-68])|4(?:1[125-9]|2[179]|[35][1-9]|6[47-9]|7\\d|8[23])|5(?:[1357]\\d|2[37]|4[36]|6[1-46]|80|9[1-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[1579]\\d|2[248]|3[014-9]|4[3-6]|6[023689])|8(?:1[236-8]|2[5-7]|[37]\\d|5[14-9]|8[36-8]|9[1-8])|9(?:0[1-3689]|1[1-79]|[379]\\d|4[13]|5[1-5]))96\\d{3,4}",[7,8,9,10,11]],["(?:10(?:[02-79]\\d\\d|[18](?:0[1-9]|[1-9]\\d))|2(?:[02-57-9]\\d{3}|1(?:[18](?:0[1-9]|[1-9]\\d)|[2-79]\\d\\d))|9(?:78|94)\\d\\d)\\d{5}|(?:43[35]|754|851)\\d{7,8}|(?:10|2[0-57-9])(?:1(?:00|23)\\d\\d|95\\d{3,4})|(?:43[35]|754|851)(?:1(?:00\\d|23)\\d|95\\d{3,4})|9(?:78|94)(?:100\\d\\d|95\\d{3,4})|(?:3(?:11|7[179])|4(?:[15]1|3[12])|5(?:1\\d|2[37]|3[12]|51|7[13-79]|9[15])|7(?:[39]1|5[57]|6[09])|8(?:71|98))(?:[02-8]\\d{7}|1(?:0(?:0\\d\\d(?:\\d{3})?|[1-9]\\d{5})|[13-9]\\d{6}|2(?:[0-24-9]\\d{5}|3\\d(?:\\d{4})?))|9(?:[0-46-9]\\d{6}|5\\d{3}(?:\\d(?:\\d{2})?)?))|(?:3(?:1[02-9]|35|49|5\\d|7[02-6]|9[1-68])|4(?:1[25-9]|2[179]|3[46-9]|5[2-9]|6[47-9]|7\\d|8[23])|5(?:3[03-9]|4[36]|5[02-9]|6[1-46]|7[028]|80|9[2-46-9])|6(?:3[1-35]|6[0238]|9[12])|7(?:01|[17]\\d|2[248]|3[04-9]|4[3-6]|5[0-3689]|6[2368]|9[02-9])|8(?:1[236-8]|2[5-7]|3\\d|5[4-9]|7[02-9]|8[36-8]|9[1-7])|9(?:0[1-3689]|1[1-79]|3\\d|4[13]|5[1-5]|7[0-79]|9[0-35-9]))(?:[02-8]\\d{6}|1(?:0(?:0\\d\\d(?:\\d{2})?|[1-9]\\d{4})|[13-9]\\d{5}|2(?:[0-24-9]\\d{4}|3\\d(?:\\d{3})?))|9(?:[0-46-9]\\d{5}|5\\d{3,5}))",[7,8,9,10,11]],["1(?:610\\d|740[0-5])\\d{6}|1(?:[38]\\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\\d{8}",[11]]],
"(1(?:[12]\\d|79)\\d\\d)|0",null]],
"90":[["TR",null,"4\\d{6}|8\\d{11,12}|(?:[2-58]\\d\\d|900)\\d{7}",[7,10,12,13],[],[["(?:8[89]8|900)\\d{7}",[10]],["8(?:00\\d{7}(?:\\d{2,3})?|11\\d{7})",[10,12,13]],["850\\d{7}",[10]],["592(?:21[12]|461)\\d{4}",[10]],["512\\d{7}",[10]],["444\\d{4}",[7]],["(?:2(?:1[26]|[28][2468]|[3-5][268]|[67][246])|3(?:[13][28]|[24-6][2468]|[78][02468]|92)|4(?:[16][246]|[23578][2468]|4[26]))\\d{7}",[10]],["5(?:61(?:011|61\\d)|82[2-5]\\d\\d)\\d{4}|5(?:[03-5]\\d|1[06]|24|6[24]|7[245]|9[46])\\d{7}",[10]]],
"0",null]],
"91":[["IN",null,"(?:000800|[2-9]\\d\\d)\\d{7}|1\\d{7,12}",[8,9,10,11,12,13],[6,7],[["186[12]\\d{9}",[13]],["000800\\d{7}|180(?:0\\d{4,9}|3\\d{9})",[8,9,10,11,12,13]],["1860\\d{7}",[11]],["140\\d{7}",[10]],["(?:2717(?:[2-7]\\d|95)|6828[235-7]\\d)\\d{4}|(?:170[24]|280[13468]|4(?:20[24]|72[2-8])|552[1-7])\\d{6}|(?:271[0-689]|682[0-79]|782[0-6])[2-7]\\d{5}|(?:2(?:[02][2-79]|90)|3(?:23|80)|683|79[1-5])\\d{7}|(?:11|33|4[04]|80)[2-7]\\d{7}|(?:342|674|788)(?:[0189][2-7]|[2-7]\\d)\\d{5}|(?:1(?:2[0-249]|3[0-25]|4[145]|[59][14]|6[014]|7[1257]|8[01346])|2(?:1[257]|3[013]|4[01]|5[0137]|6[0158]|78|8[1568]|9[14])|3(?:26|4[13]|5[34]|6[01489]|7[02-46]|8[159])|4(?:1[36]|2[1-47]|3[15]|5[12]|6[0-26-9]|7[014-9]|8[013-57]|9[014-7])|5(?:1[025]|22|[36][25]|4[28]|[578]1|9[15])|6(?:12|[2-47]1|5[17]|6[13]|80)|7(?:12|2[14]|3[134]|4[47]|5[15]|[67]1)|8(?:16|2[014]|3[126]|6[136]|7[078]|8[34]|91))[2-7]\\d{6}|(?:1(?:2[35-8]|3[346-9]|4[236-9]|[59][0235-9]|6[235-9]|7[34689]|8[257-9])|2(?:1[134689]|3[24-8]|4[2-8]|5[25689]|6[2-4679]|7[3-79]|8[2-479]|9[235-9])|3(?:01|1[79]|2[1245]|4[5-8]|5[125689]|6[235-7]|7[157-9]|8[2-46-8])|4(?:1[14578]|2[5689]|3[2-467]|5[4-7]|6[35]|73|8[2689]|9[2389])|5(?:[16][146-9]|2[14-8]|3[1346]|4[14-69]|5[46]|7[2-4]|8[2-8]|9[246])|6(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578]|7[235689]|8[14-6])|7(?:1[013-9]|2[0235-9]|3[2679]|4[1-35689]|5[2-46-9]|[67][02-9]|8[013-7]|90)|8(?:1[1357-9]|2[235-8]|3[03-57-9]|4[0-24-9]|5\\d|6[2457-9]|7[1-6]|8[1256]|9[2-4]))\\d[2-7]\\d{5}",[10]],["(?:6(?:1279|828[01489])|7(?:887[02-9]|9313)|8(?:079[04-9]|(?:84|91)7[02-8]))\\d{5}|(?:160[01]|6(?:(?:12|[2-4]1|5[17]|6[13]|80)[0189]|7(?:1[0189]|86))|7(?:1(?:2[0189]|9[0-5])|3(?:2[5-8]|[34][017-9]|9[016-9])|5(?:[15][017-9]|2[04-9]|9[7-9])|6(?:0[0-47]|1[0-257-9]|2[0-4]|3[19]|5[4589])|70[0289]|88[089])|8(?:0(?:6[67]|7[02-8])|70[017-9]|84[01489]|91[0-289]))\\d{6}|(?:731|8(?:16|2[014]|3[126]|6[136]|7[78]|83))(?:[0189]\\d|7[02-8])\\d{5}|(?:6(?:(?:1[1358]|2[2457]|3[2-4]|4[235-7]|5[2-689]|6[24578])\\d|7(?:[23569]\\d|4[0189]|8[0-57-9])|8(?:[14-6]\\d|2[0-79]))|7(?:1(?:[013-8]\\d|9[6-9])|3(?:2[0-49]|9[2-5])|5(?:2[1-3]|9[0-6])|6(?:0[5689]|2[5-9]|3[02-8]|4\\d|5[0-367])|70[13-7]|881))[0189]\\d{5}|(?:6(?:[09]\\d|1[04679]|2[03689]|3[05-9]|4[0489]|50|6[069]|7[07]|8[7-9])|7(?:[024]\\d|3[05-8]|5[0346-8]|6[6-9]|7[1-9]|8[0-79]|9[06-9])|8(?:0[01589]|1[0-57-9]|2[235-9]|3[03-57-9]|[45]\\d|6[02457-9]|7[1-69]|8[0-25-9]|9[02-9])|9\\d\\d)\\d{7}",[10]]],
"0",null]],
"92":[["PK",null,"122\\d{6}|[24-8]\\d{10,11}|9(?:[013-9]\\d{8,10}|2(?:[01]\\d\\d|2(?:[06-8]\\d|1[01]))\\d{7})|(?:[2-8]\\d{3}|92(?:[0-7]\\d|8[1-9]))\\d{6}|[24-9]\\d{8}|[89]\\d{7}",[8,9,10,11,12],[5,6,7],[["900\\d{5}",[8]],["800\\d{5}(?:\\d{3})?",[8,11]],["122\\d{6}",[9]],["(?:2(?:[125]|3[2358]|4[2-4]|9[2-8])|4(?:[0-246-9]|5[3479])|5(?:[1-35-7]|4[2-467])|6(?:0[468]|[1-8])|7(?:[14]|2[236])|8(?:[16]|2[2-689]|3[23578]|4[3478]|5[2356])|9(?:1|22|3[27-9]|4[2-6]|6[3569]|9[2-7]))111\\d{6}",[11,12]],["(?:(?:21|42)[2-9]|58[126])\\d{7}|(?:2[25]|4[0146-9]|5[1-35-7]|6[1-8]|7[14]|8[16]|91)[2-9]\\d{6,7}|(?:2(?:3[2358]|4[2-4]|9[2-8])|45[3479]|54[2-467]|60[468]|72[236]|8(?:2[2-689]|3[23578]|4[3478]|5[2356])|9(?:2[2-8]|3[27-9]|4[2-6]|6[3569]|9[25-8]))[2-9]\\d{5,6}",[9,10]],["3(?:[0-247]\\d|3[0-79]|55|64)\\d{7}",[10]]],
"0",null]],
"93":[["AF",null,"[2-7]\\d{8}",[9],[7],[["(?:[25][0-8]|[34][0-4]|6[0-5])[2-9]\\d{6}",[9]],["7\\d{8}",[9]]],
"0",null]],
"94":[["LK",null,"[1-9]\\d{8}",[9],[7],[["1973\\d{5}",[9]],["(?:12[2-9]|602|8[12]\\d|9(?:1\\d|22|9[245]))\\d{6}|(?:11|2[13-7]|3[1-8]|4[157]|5[12457]|6[35-7])[2-57]\\d{6}",[9]],["7(?:[0-25-8]\\d|4[0-4])\\d{6}",[9]]],
"0",null]],
"95":[["MM",null,"1\\d{5,7}|95\\d{6}|(?:[4-7]|9[0-46-9])\\d{6,8}|(?:2|8\\d)\\d{5,8}",[6,7,8,9,10],[5],[["80080(?:0[1-9]|2\\d)\\d{3}",[10]],["1333\\d{4}",[8]],["(?:1(?:(?:12|[28]\\d|3[56]|7[3-6]|9[0-6])\\d|4(?:2[29]|7[0-2]|83)|6)|2(?:2(?:00|8[34])|4(?:0\\d|22|7[0-2]|83)|51\\d\\d)|4(?:2(?:2\\d\\d|48[013])|3(?:20\\d|4(?:70|83)|56)|420\\d|5(?:2\\d|470))|6(?:0(?:[23]|88\\d)|(?:124|[56]2\\d)\\d|2472|3(?:20\\d|470)|4(?:2[04]\\d|472)|7(?:3\\d\\d|4[67]0|8(?:[01459]\\d|8))))\\d{4}|5(?:2(?:2\\d{5,6}|47[02]\\d{4})|(?:3472|4(?:2(?:1|86)|470)|522\\d|6(?:20\\d|483)|7(?:20\\d|48[01])|8(?:20\\d|47[02])|9(?:20\\d|470))\\d{4})|7(?:(?:0470|4(?:25\\d|470)|5(?:202|470|96\\d))\\d{4}|1(?:20\\d{4,5}|4(?:70|83)\\d{4}))|8(?:1(?:2\\d{5,6}|4(?:10|7[01]\\d)\\d{3})|2(?:2\\d{5,6}|(?:320|490\\d)\\d{3})|(?:3(?:2\\d\\d|470)|4[24-7]|5(?:(?:2\\d|51)\\d|4(?:[1-35-9]\\d|4[0-57-9]))|6[23])\\d{4})|(?:1[2-6]\\d|4(?:2[24-8]|3[2-7]|[46][2-6]|5[3-5])|5(?:[27][2-8]|3[2-68]|4[24-8]|5[23]|6[2-4]|8[24-7]|9[2-7])|6(?:[19]20|42[03-6]|(?:52|7[45])\\d)|7(?:[04][24-8]|[15][2-7]|22|3[2-4])|8(?:1[2-689]|2[2-8]|(?:[35]2|64)\\d))\\d{4}|25\\d{5,6}|(?:2[2-9]|6(?:1[2356]|[24][2-6]|3[24-6]|5[2-4]|6[2-8]|7[235-7]|8[245]|9[24])|8(?:3[24]|5[245]))\\d{4}",[6,7,8,9]],["(?:17[01]|9(?:2(?:[0-4]|[56]\\d\\d)|(?:3(?:[0-36]|4\\d)|(?:6\\d|8[89]|9[4-8])\\d|7(?:3|40|[5-9]\\d))\\d|4(?:(?:[0245]\\d|[1379])\\d|88)|5[0-6])\\d)\\d{4}|9[69]1\\d{6}|9(?:[68]\\d|9[089])\\d{5}",[7,8,9,10]]],
"0",null]],
"98":[["IR",null,"[1-9]\\d{9}|(?:[1-8]\\d\\d|9)\\d{3,4}",[4,5,6,7,10],[8],[["96(?:0[12]|2[16-8]|3(?:08|[14]5|[23]|66)|4(?:0|80)|5[01]|6[89]|86|9[19])",[4,5]],["(?:1[137]|2[13-68]|3[1458]|4[145]|5[1468]|6[16]|7[1467]|8[13467])(?:[03-57]\\d{7}|[16]\\d{3}(?:\\d{4})?|[289]\\d{3}(?:\\d(?:\\d{3})?)?)|94(?:000[09]|(?:12\\d|30[0-2])\\d|2(?:[02689]0\\d|121)|4(?:111|40\\d))\\d{4}",[6,7,10]],["9(?:(?:0[0-5]|[13]\\d|2[0-3])\\d\\d|9(?:[0-46]\\d\\d|5(?:10|5\\d)|8(?:[12]\\d|3[0-2]|88)|9(?:[0-359]\\d|69|77|8[7-9])))\\d{5}",[10]]],
"0",null]],
"211":[["SS",null,"[19]\\d{8}",[9],[],[["1[89]\\d{7}",[9]],["(?:12|9[1257-9])\\d{7}",[9]]],
"0",null]],
"212":[["MA","[5-8]","[5-8]\\d{8}",[9],[],[["89\\d{7}",[9]],["80[0-7]\\d{6}",[9]],["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}",[9]],["5(?:(?:18|4[0679]|5[03])\\d|2(?:[0-25-79]\\d|3[1-578]|4[02-46-8]|8[0235-9])|3(?:[0-47]\\d|5[02-9]|6[02-8]|8[014-9]|9[3-9]))\\d{5}",[9]],["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}",[9]]],
"0",null],["EH",null,"[5-8]\\d{8}",[9],[],[["89\\d{7}",[9]],["80[0-7]\\d{6}",[9]],["(?:592(?:4[0-2]|93)|80[89]\\d\\d)\\d{4}",[9]],["528[89]\\d{5}",[9]],["(?:6(?:[0-79]\\d|8[0-247-9])|7(?:[016-8]\\d|2[0-8]|3[01]|5[0-5]))\\d{6}",[9]]],
"0",null]],
"213":[["DZ",null,"(?:[1-4]|[5-79]\\d|80)\\d{7}",[8,9],[],[["80[3-689]1\\d{5}",[9]],["800\\d{6}",[9]],["80[12]1\\d{5}",[9]],["98[23]\\d{6}",[9]],["9619\\d{5}|(?:[1-3]\\d|4[013-689])\\d{6}",[8,9]],["5(?:4[0-29]|6[0-4])\\d{6}|(?:55|6\\d|7[7-9])\\d{7}",[9]]],
"0",null]],
"216":[["TN",null,"[2-57-9]\\d{7}",[8],[],[["88\\d{6}",[8]],["8010\\d{4}",[8]],["8[12]10\\d{4}",[8]],["81200\\d{3}|(?:3[0-2]|7\\d)\\d{6}",[8]],["3(?:001|[12]40)\\d{4}|(?:(?:[259]\\d|4[0-8])\\d|3(?:1[1-35]|6[0-4]|91))\\d{5}",[8]]],null,null]],
"218":[["LY",null,"[2-9]\\d{8}",[9],[7],[["(?:2(?:0[56]|[1-6]\\d|7[124579]|8[124])|3(?:1\\d|2[2356])|4(?:[17]\\d|2[1-357]|5[2-4]|8[124])|5(?:[1347]\\d|2[1-469]|5[13-5]|8[1-4])|6(?:[1-479]\\d|5[2-57]|8[1-5])|7(?:[13]\\d|2[13-79])|8(?:[124]\\d|5[124]|84))\\d{6}",[9]],["9[1-6]\\d{7}",[9]]],
"0",null]],
"220":[["GM",null,"[48]\\d{8}|[2-9]\\d{6}",[7,9],[],[["(?:4(?:[23]\\d\\d|4(?:1[024679]|(?:4(?:[237-9]\\d|4[14-9])|8[0-389]\\d)\\d|5(?:5(?:3\\d|4[0-7])|[67]\\d\\d)))|5(?:5(?:3\\d|4[0-7])|6[67]\\d|7(?:1[04]|2[035]|3[58]|48))|8[0-389]\\d\\d)\\d{3}|44[6-9]\\d{4}",[7,9]],["(?:(?:[23679]\\d|4[015]|8(?:(?:3[35]|6[68]|99)\\d|7(?:[27]\\d|4[015])))\\d|5(?:[0-489]\\d|56))\\d{4}|8[4-7]\\d{5}",[7,9]]],null,null]],
"221":[["SN",null,"(?:[378]\\d|93)\\d{7}",[9],[],[["88[4689]\\d{6}",[9]],["800\\d{6}",[9]],["81[02468]\\d{6}",[9]],["(?:39|93)\\d{7}",[9]],["3(?:[026]\\d|3[89])\\d{6}",[9]],["7(?:[015-8]\\d|21|90)\\d{6}",[9]]],null,null]],
"222":[["MR",null,"(?:[2-4]\\d\\d|800)\\d{5}",[8],[],[["800\\d{5}",[8]],["(?:25[08]|35\\d|45[1-7])\\d{5}",[8]],["[2-4][0-46-9]\\d{6}",[8]]],null,null]],
"223":[["ML",null,"[24-9]\\d{7}",[8],[],[["80\\d{6}",[8]],["2(?:07[0-8]|12[67])\\d{4}|(?:2(?:02|1[4-689])|4(?:0[0-4]|4[1-69]))\\d{5}",[8]],["2(?:0(?:01|79)|17\\d)\\d{4}|(?:5[0-3]|[679]\\d|8[2-59])\\d{6}",[8]]],null,null]],
"224":[["GN",null,"722\\d{6}|(?:3|6\\d)\\d{7}",[8,9],[],[["722\\d{6}",[9]],["3(?:0(?:24|3[12]|4[1-35-7]|5[13]|6[189]|[78]1|9[1478])|1\\d\\d)\\d{4}",[8]],["6[0-356]\\d{7}",[9]]],null,null]],
"225":[["CI",null,"[02]\\d{9}",[10],[],[["2(?:[15]\\d{3}|7(?:2(?:0[23]|1[2357]|2[245]|3[45]|4[3-5])|3(?:06|1[69]|[2-6]7)))\\d{5}",[10]],["0[157]\\d{8}",[10]]],null,null]],
"226":[["BF",null,"[024-7]\\d{7}",[8],[],[["2(?:0(?:49|5[23]|6[5-7]|9[016-9])|4(?:4[569]|5[4-6]|6[5-7]|7[0179])|5(?:[34]\\d|50|6[5-8]))\\d{4}",[8]],["(?:0[1-7]|4[4-6]|5[0-8]|[67]\\d)\\d{6}",[8]]],null,null]],
"227":[["NE",null,"[027-9]\\d{7}",[8],[],[["09\\d{6}",[8]],["08\\d{6}",[8]],["2(?:0(?:20|3[1-8]|4[13-5]|5[14]|6[14578]|7[1-578])|1(?:4[145]|5[14]|6[14-68]|7[169]|88))\\d{4}",[8]],["(?:23|7[0467]|[89]\\d)\\d{6}",[8]]],null,null]],
"228":[["TG",null,"[279]\\d{7}",[8],[],[["2(?:2[2-7]|3[23]|4[45]|55|6[67]|77)\\d{5}",[8]],["(?:7[0-389]|9[0-36-9])\\d{6}",[8]]],null,null]],
"229":[["BJ",null,"01\\d{8}",[10],[],[["012\\d{7}",[10]],["01(?:2[5-9]|[4-69]\\d)\\d{6}",[10]]],null,null]],
"230":[["MU",null,"(?:[57]|8\\d\\d)\\d{7}|[2-468]\\d{6}",[7,8,10],[],[["30\\d{5}",[7]],["802\\d{7}|80[0-2]\\d{4}",[7,10]],["3(?:20|9\\d)\\d{4}",[7]],["219\\d{4}",[7]],["(?:2(?:[0346-8]\\d|1[0-8])|4(?:[013568]\\d|2[0-24-8]|71|90)|54(?:[3-5]\\d|71)|6\\d\\d|8(?:14|3[129]))\\d{4}",[7,8]],["5(?:4(?:2[1-389]|7[1-9])|87[15-8])\\d{4}|(?:5(?:2[5-9]|4[3-689]|[57]\\d|8[0-689]|9[0-8])|7(?:0[0-7]|3[013]))\\d{5}",[8]]],null,null]],
"231":[["LR",null,"(?:[2457]\\d|33|88)\\d{7}|(?:2\\d|[4-6])\\d{6}",[7,8,9],[],[["332(?:02|[34]\\d)\\d{4}",[9]],["2\\d{7}",[8]],["(?:(?:(?:22|33)0|555|7(?:6[01]|7\\d)|88\\d)\\d|4(?:240|[67]))\\d{5}|[56]\\d{6}",[7,9]]],
"0",null]],
"232":[["SL",null,"(?:[237-9]\\d|66)\\d{6}",[8],[6],[["22[2-4][2-9]\\d{4}",[8]],["(?:25|3[0-5]|66|7\\d|8[08]|9[09])\\d{6}",[8]]],
"0",null]],
"233":[["GH",null,"[235]\\d{8}|800\\d{5,6}",[8,9],[7],[["800\\d{5,6}",[8,9]],["3(?:181[0-5]|285[0-7]|3810)\\d{4}|3(?:0(?:[237-9]\\d|60)|[167](?:2[0-6]|7\\d|80)|2(?:2[0-5]|7\\d|8[0-4])|3(?:2[0-3]|7\\d|80)|4(?:2[013-9]|3[01]|7\\d|80)|5(?:2[0-7]|7\\d|80)|8(?:2[0-2]|7\\d|80)|9(?:[28]0|7\\d))\\d{5}",[9]],["(?:2(?:[0346-9]\\d|5[67])|5(?:[03-7]\\d|9[1-9]))\\d{6}",[9]]],
"0",null]],
"234":[["NG",null,"(?:20|9\\d)\\d{8}|[78]\\d{9,13}",[10,11,12,13,14],[6,7],[["800\\d{7,11}",[10,11,12,13,14]],["700\\d{7,11}",[10,11,12,13,14]],["20(?:[1259]\\d|3[013-9]|4[1-8]|6[024-689]|7[1-79]|8[2-9])\\d{6}",[10]],["(?:702[0-24-9]|819[01])\\d{6}|(?:7(?:0[13-9]|[12]\\d)|8(?:0[1-9]|1[0-8])|9(?:0[1-9]|1[0-6]))\\d{7}",[10]]],
"0",null]],
"235":[["TD",null,"(?:22|[3689]\\d|77)\\d{6}",[8],[],[["22(?:[37-9]0|5[0-5]|6[89])\\d{4}",[8]],["(?:3[01]|[69]\\d|77|8[5-7])\\d{6}",[8]]],null,null]],
"236":[["CF",null,"8776\\d{4}|(?:[27]\\d|61)\\d{6}",[8],[],[["8776\\d{4}",[8]],["(?:2[12]|61)\\d{6}",[8]],["7[02-7]\\d{6}",[8]]],null,null]],
"237":[["CM",null,"[26]\\d{8}|88\\d{6,7}",[8,9],[],[["88\\d{6,7}",[8,9]],["2(?:22|33)\\d{6}",[9]],["(?:24[23]|6(?:[25-9]\\d|4[0-2]))\\d{6}",[9]]],null,null]],
"238":[["CV",null,"(?:[2-59]\\d\\d|800)\\d{4}",[7],[],[["800\\d{4}",[7]],["(?:3[3-5]|4[356])\\d{5}",[7]],["2(?:2[1-7]|3[0-8]|4[12]|5[1256]|6\\d|7[1-3]|8[1-5])\\d{4}",[7]],["(?:36|5[1-37-9]|9\\d)\\d{5}",[7]]],null,null]],
"239":[["ST",null,"(?:22|9\\d)\\d{5}",[7],[],[["22\\d{5}",[7]],["900[5-9]\\d{3}|9(?:0[1-9]|[89]\\d)\\d{4}",[7]]],null,null]],
"240":[["GQ",null,"222\\d{6}|(?:3\\d|55|[89]0)\\d{7}",[9],[],[["90\\d[1-9]\\d{5}",[9]],["80\\d[1-9]\\d{5}",[9]],["33[0-24-9]\\d[46]\\d{4}|3(?:33|5\\d)\\d[7-9]\\d{4}",[9]],["(?:222|55\\d)\\d{6}",[9]]],null,null]],
"241":[["GA",null,"(?:[067]\\d|11)\\d{6}|[2-7]\\d{6}",[7,8],[],[["[01]1\\d{6}",[8]],["(?:(?:0[2-7]|7[467])\\d|6(?:0[0-4]|10|[256]\\d))\\d{5}|[2-7]\\d{6}",[7,8]]],
"0(11\\d{6}|60\\d{6}|61\\d{6}|6[256]\\d{6}|7[467]\\d{6})","$1"]],
"242":[["CG",null,"222\\d{6}|(?:0\\d|80)\\d{7}",[9],[],[["80[0-2]\\d{6}",[9]],["222[1-589]\\d{5}",[9]],["026(?:1[0-5]|6[6-9])\\d{4}|0(?:[14-6]\\d\\d|2(?:40|5[5-8]|6[07-9]))\\d{5}",[9]]],null,null]],
"243":[["CD",null,"(?:(?:[189]|5\\d)\\d|2)\\d{7}|[1-68]\\d{6}",[7,8,9,10],[],[["(?:(?:12|573)\\d\\d|276)\\d{5}|[1-6]\\d{6}",[7,8,9,10]],["88\\d{5}|(?:8[0-79]|9[016-9])\\d{7}",[7,9]]],
"0",null]],
"244":[["AO",null,"[29]\\d{8}",[9],[],[["2\\d(?:[0134][25-9]|[25-9]\\d)\\d{5}",[9]],["9[1-79]\\d{7}",[9]]],null,null]],
"245":[["GW",null,"[49]\\d{8}|4\\d{6}",[7,9],[],[["40\\d{5}",[7]],["443\\d{6}",[9]],["9(?:5\\d|6[569]|77)\\d{6}",[9]]],null,null]],
"246":[["IO",null,"3\\d{6}",[7],[],[["37\\d{5}",[7]],["38\\d{5}",[7]]],null,null]],
"247":[["AC",null,"(?:[01589]\\d|[2-467])\\d{4}",[5,6],[],[["(?:0[1-9]|[1589]\\d)\\d{4}",[6]],["6\\d{4}",[5]],["[2-47]\\d{4}",[5]]],null,null]],
"248":[["SC",null,"(?:[2489]\\d|64)\\d{5}",[7],[],[["85\\d{5}",[7]],["800[08]\\d{3}",[7]],["971\\d{4}|(?:64|95)\\d{5}",[7]],["4[2-46]\\d{5}",[7]],["2[125-8]\\d{5}",[7]]],null,null]],
"249":[["SD",null,"[19]\\d{8}",[9],[],[["1(?:5\\d|8[35-7])\\d{6}",[9]],["(?:1[0-2]|9[0-3569])\\d{7}",[9]]],
"0",null]],
"250":[["RW",null,"(?:06|[27]\\d\\d|[89]00)\\d{6}",[8,9],[],[["900\\d{6}",[9]],["800\\d{6}",[9]],["(?:06|2[23568]\\d)\\d{6}",[8,9]],["7[237-9]\\d{7}",[9]]],
"0",null]],
"251":[["ET",null,"(?:11|[2-57-9]\\d)\\d{7}",[9],[7],[["(?:11(?:[124]\\d\\d|3(?:[0-79]\\d|8[0-7])|5(?:[02-9]\\d|1[0-57-9])|6(?:[02-79]\\d|1[0-57-9]|8[0-8]))|2(?:2(?:11[1-9]|22[0-7]|33\\d|44[1467]|66[1-68])|5(?:11[124-6]|33[2-8]|44[1467]|55[14]|66[1-3679]|77[124-79]|880))|3(?:3(?:11[0-46-8]|(?:22|55)[0-6]|33[0134689]|44[04]|66[01467])|4(?:44[0-8]|55[0-69]|66[0-3]|77[1-5]))|4(?:6(?:119|22[0-24-7]|33[1-5]|44[13-69]|55[14-689]|660|88[1-4])|7(?:(?:11|22)[1-9]|33[13-7]|44[13-6]|55[1-689]))|5(?:7(?:227|55[05]|(?:66|77)[14-8])|8(?:11[149]|22[013-79]|33[0-68]|44[013-8]|550|66[1-5]|77\\d)))\\d{4}",[9]],["(?:7(?:[03]\\d|1[0-8]|2[1-35-79]|77|86|99)|(?:8[01]|9\\d)\\d)\\d{6}",[9]]],
"0",null]],
"252":[["SO",null,"[346-9]\\d{8}|[12679]\\d{7}|[1-5]\\d{6}|[1348]\\d{5}",[6,7,8,9],[],[["(?:1\\d|2[0-79]|3[0-46-8]|4[0-7]|5[57-9])\\d{5}|(?:[134]\\d|8[125])\\d{4}",[6,7]],["(?:(?:15|(?:3[59]|4[89]|6\\d|7[0-35-9]|8[08])\\d|9(?:0\\d|[2-9]))\\d|2(?:4\\d|8))\\d{5}|(?:[67]\\d\\d|904)\\d{5}",[7,8,9]]],
"0",null]],
"253":[["DJ",null,"(?:2\\d|77)\\d{6}",[8],[],[["2(?:1[2-5]|7[45])\\d{5}",[8]],["77\\d{6}",[8]]],null,null]],
"254":[["KE",null,"(?:[17]\\d\\d|900)\\d{6}|(?:2|80)0\\d{6,7}|[4-6]\\d{6,8}",[7,8,9,10],[],[["900[02-9]\\d{5}",[9]],["800[02-8]\\d{5,6}",[9,10]],["(?:4[245]|5[1-79]|6[01457-9])\\d{5,7}|(?:4[136]|5[08]|62)\\d{7}|(?:[24]0|66)\\d{6,7}",[7,8,9]],["(?:1(?:0[0-8]|[18]\\d|2[014]|3[05-9]|4[0-6])|7\\d\\d)\\d{6}",[9]]],
"0",null]],
"255":[["TZ",null,"(?:[25-8]\\d|41|90)\\d{7}",[9],[],[["90\\d{7}",[9]],["80[08]\\d{6}",[9]],["8(?:40|6[01])\\d{6}",[9]],["41\\d{7}",[9]],["2[2-8]\\d{7}",[9]],["(?:6[0-35-9]|7\\d)\\d{7}",[9]]],
"0",null]],
"256":[["UG",null,"800\\d{6}|(?:[29]0|[347]\\d)\\d{7}",[9],[5,6,7],[["90[1-3]\\d{6}",[9]],["800[1-3]\\d{5}",[9]],["20(?:(?:24[09]|30[67])\\d|6(?:00[0-2]|30[0-4]))\\d{3}|(?:20(?:[017]\\d|2[5-9]|3[1-4]|5[0-4]|6[15-9])|[34]\\d{3})\\d{5}",[9]],["7(?:28|34)0\\d{5}|7(?:[014-8]\\d|2[01467]|3[0-267]|9[0-589])\\d{6}",[9]]],
"0",null]],
"257":[["BI",null,"(?:[267]\\d|31)\\d{6}",[8],[],[["(?:22|31)\\d{6}",[8]],["(?:29|6[1-9]|7[125-9])\\d{6}",[8]]],null,null]],
"258":[["MZ",null,"(?:2|8\\d)\\d{7}",[8,9],[],[["800\\d{6}",[9]],["2(?:[1346]\\d|5[0-2]|[78][12]|93)\\d{5}",[8]],["8[2-9]\\d{7}",[9]]],null,null]],
"260":[["ZM",null,"800\\d{6}|(?:21|[579]\\d|63)\\d{7}",[9],[6],[["800\\d{6}",[9]],["63\\d{7}",[9]],["21[1-8]\\d{6}",[9]],["(?:[59][5-8]|7[5-9])\\d{7}",[9]]],
"0",null]],
"261":[["MG",null,"[23]\\d{8}",[9],[7],[["22\\d{7}",[9]],["2072[29]\\d{4}|20(?:2\\d|4[47]|5[3467]|6[279]|7[356]|8[268]|9[2457])\\d{5}",[9]],["3[2-9]\\d{7}",[9]]],
"([24-9]\\d{6})$|0","20$1"]],
"262":[["RE",null,"709\\d{6}|(?:26|[689]\\d)\\d{7}",[9],[],[["89[1-37-9]\\d{6}",[9]],["80\\d{7}",[9]],["8(?:1[019]|2[0156]|84|90)\\d{6}",[9]],["9(?:399[0-3]|479[0-6]|76(?:2[278]|3[0-37]))\\d{4}",[9]],["2631[0-6]\\d{4}|26(?:2\\d|30|88)\\d{5}",[9]],["(?:69(?:2\\d\\d|3(?:[06][0-6]|1[0-3]|2[0-2]|3[0-39]|4\\d|5[0-5]|7[0-37]|8[0-8]|9[0-479]))|7092[0-3])\\d{4}",[9]]],
"0",null],["YT",null,"(?:639\\d|7093)\\d{5}|(?:26|80|9\\d)\\d{7}",[9],[],[["80\\d{7}",[9]],["9(?:(?:39|47)8[01]|769\\d)\\d{4}",[9]],["26(?:89\\d|9(?:0[0-467]|15|5[0-4]|6\\d|[78]0))\\d{4}",[9]],["(?:639(?:0[0-79]|1[019]|[267]\\d|3[09]|40|5[05-9]|9[04-79])|7093[5-7])\\d{4}",[9]]],
"0",null]],
"263":[["ZW",null,"8\\d{6}(?:\\d{3})?|[235-8]\\d{8}",[7,9,10],[6],[["80(?:[01]\\d|20|8[0-8])\\d{3}",[7]],["86(?:1[12]|22|30|44|55|77|8[368])\\d{6}",[10]],["(?:2(?:02[014]|(?:42|9\\d)\\d|[56]20|72[03])|3(?:123|92\\d)|5(?:42\\d|525)|6(?:[16-8]21|52[013])|8(?:[1349]28|523))\\d{5}",[9]],["7(?:[1278]\\d|3[1-9]|51|9[01])\\d{6}",[9]]],
"0",null]],
"264":[["NA",null,"[68]\\d{7,8}",[8,9],[],[["8701\\d{5}",[9]],["80\\d{7}",[9]],["8(?:3\\d\\d|86)\\d{5}",[8,9]],["64426\\d{3}|6(?:1(?:2[2-7]|3[01378]|4[0-4])|254|32[0237]|4(?:27|41|5[25])|52[236-8]|626|7(?:2[2-4]|30))\\d{4,5}|6(?:1(?:(?:0\\d|2[0189]|3[24-69]|4[5-9])\\d|17|69|7[014])|2(?:17|5[0-36-8]|69|70)|3(?:17|2[14-689]|34|6[289]|7[01]|81)|4(?:17|2[0-2]|4[06]|5[0137]|69|7[01])|5(?:17|2[0459]|69|7[01])|6(?:17|25|38|42|69|7[01])|7(?:17|2[569]|3[13]|6[89]|7[01]))\\d{4}",[8,9]],["(?:60|8[1245])\\d{7}",[9]]],
"0",null]],
"265":[["MW",null,"(?:[1289]\\d|31|77)\\d{7}|1\\d{6}",[7,9],[],[["1[2-9]\\d{5}",[7]],["111\\d{6}|(?:2[12]|31|77|[89][89])\\d{7}",[9]]],
"0",null]],
"266":[["LS",null,"(?:[256]\\d\\d|800)\\d{5}",[8],[],[["800[1256]\\d{4}",[8]],["2\\d{7}",[8]],["[56]\\d{7}",[8]]],null,null]],
"267":[["BW",null,"90\\d{5}|(?:0800|[2-6]|(?:7|800)\\d)\\d{6}",[7,8,10],[],[["90\\d{5}",[7]],["(?:0800|800\\d)\\d{6}",[10]],["(?:2(?:1[01]|31|[469]\\d|5[0-2]|7[5-7]|89)|3(?:[15-79]\\d|2[1-5]|45|8[0-5])|4(?:[38]0|42|51|[679]\\d)|5(?:[056][01]|1[23]|2[034]|[347-9]\\d)|6(?:0[01]|[258]\\d|[34]0|6[03]))\\d{4}",[7]],["7(?:[1-8]\\d{3}|9(?:(?:[03]\\d|2[0-7])\\d|1(?:0[13-9]|1[0-35-9]|2\\d|3[0-8])))\\d{3}",[8]]],null,null]],
"268":[["SZ",null,"0800\\d{4}|(?:[237]\\d|900)\\d{6}",[8,9],[],[["900\\d{6}",[9]],["0800\\d{4}",[8]],["70\\d{6}",[8]],["[23][2-5]\\d{6}",[8]],["7[5-9]\\d{6}",[8]]],null,null]],
"269":[["KM",null,"[3478]\\d{6}",[7],[4],[["8\\d{6}",[7]],["7[4-7]\\d{5}",[7]],["[34]\\d{6}",[7]]],null,null]],
"290":[["SH","[2569]","(?:[2569]\\d|8)\\d{3}",[4,5],[],[["262\\d\\d",[5]],["2(?:[0-57-9]\\d|6[4-9])\\d\\d",[4,5]],["[569]\\d{4}",[5]]],null,null],["TA","8","8\\d{3}",[4],[],[["8\\d{3}",[4]]],null,null]],
"291":[["ER",null,"[178]\\d{6}",[7],[6],[["(?:1(?:1[12568]|[24]0|55|6[146])|8\\d\\d)\\d{4}",[7]],["(?:17[1-3]|7\\d\\d)\\d{4}",[7]]],
"0",null]],
"297":[["AW",null,"(?:[25-79]\\d\\d|800)\\d{4}",[7],[],[["900\\d{4}",[7]],["800\\d{4}",[7]],["(?:28\\d|501)\\d{4}",[7]],["5(?:2\\d|8[1-9])\\d{4}",[7]],["(?:290|5[69]\\d|6(?:[03]0|22|4[0-2]|[69]\\d)|7(?:[34]\\d|7[07])|9(?:6[45]|9[4-8]))\\d{4}",[7]]],null,null]],
"298":[["FO",null,"[2-9]\\d{5}",[6],[],[["90(?:[13-5][15-7]|2[125-7]|9\\d)\\d\\d",[6]],["80[257-9]\\d{3}",[6]],["6[0-36]\\d{4}",[6]],["(?:20|[34]\\d|8[19])\\d{4}",[6]],["(?:[27][1-9]|5\\d|9[16])\\d{4}",[6]]],
"(10(?:01|[12]0|88))",null]],
"299":[["GL",null,"(?:19|[2-689]\\d|70)\\d{4}",[6],[],[["80\\d{4}",[6]],["3[89]\\d{4}",[6]],["(?:19|3[1-7]|[68][1-9]|70|9\\d)\\d{4}",[6]],["[245]\\d{5}",[6]]],null,null]],
"350":[["GI",null,"(?:[25]\\d|60)\\d{6}",[8],[],[["2190[0-2]\\d{3}|2(?:0(?:[02]\\d|3[01])|16[24-9]|2[2-5]\\d)\\d{4}",[8]],["5251[0-4]\\d{3}|(?:5(?:[146-8]\\d\\d|250)|60(?:1[01]|6\\d))\\d{4}",[8]]],null,null]],
"351":[["PT",null,"1693\\d{5}|(?:[26-9]\\d|30)\\d{7}",[9],[],[["(?:6(?:0[178]|4[68])\\d|76(?:0[1-57]|1[2-47]|2[1-37]))\\d{5}",[9]],["80[02]\\d{6}",[9]],["80(?:8\\d|9[1579])\\d{5}",[9]],["30\\d{7}",[9]],["884[0-4689]\\d{5}",[9]],["6(?:222\\d|89(?:00|88|99))\\d{4}",[9]],["70(?:38[01]|596|(?:7\\d|8[17])\\d)\\d{4}",[9]],["600\\d{6}|6[06]92(?:0\\d|3[349]|49)\\d{3}",[9]],["2(?:[12]\\d|3[1-689]|4[1-59]|[57][1-9]|6[1-35689]|8[1-69]|9[1256])\\d{6}",[9]],["6(?:[06]92(?:30|9\\d)|[35]92(?:[049]\\d|3[034]))\\d{3}|(?:(?:16|6[0356])93|9(?:[1-36]\\d\\d|480))\\d{5}",[9]]],null,null]],
"352":[["LU",null,"35[013-9]\\d{4,8}|6\\d{8}|35\\d{2,4}|(?:[2457-9]\\d|3[0-46-9])\\d{2,9}",[4,5,6,7,8,9,10,11],[],[["90[015]\\d{5}",[8]],["800\\d{5}",[8]],["801\\d{5}",[8]],["20(?:1\\d{5}|[2-689]\\d{1,7})",[4,5,6,7,8,9,10]],["(?:35[013-9]|80[2-9]|90[89])\\d{1,8}|(?:2[2-9]|3[0-46-9]|[457]\\d|8[13-9]|9[2-579])\\d{2,9}",[4,5,6,7,8,9,10,11]],["6(?:[26][18]|5[1568]|7[189]|81|9[128])\\d{6}",[9]]],
"(15(?:0[06]|1[12]|[35]5|4[04]|6[26]|77|88|99)\\d)",null]],
"353":[["IE",null,"(?:1\\d|[2569])\\d{6,8}|4\\d{6,9}|7\\d{8}|8\\d{8,9}",[7,8,9,10],[5,6],[["15(?:1[2-8]|[2-8]0|9[089])\\d{6}",[10]],["1800\\d{6}",[10]],["18[59]0\\d{6}",[10]],["76\\d{7}",[9]],["700\\d{6}",[9]],["818\\d{6}",[9]],["88210[1-9]\\d{4}|8(?:[35-79]5\\d\\d|8(?:[013-9]\\d\\d|2(?:[01][1-9]|[2-9]\\d)))\\d{5}",[10]],["(?:1\\d|21)\\d{6,7}|(?:2[24-9]|4(?:0[24]|5\\d|7)|5(?:0[45]|1\\d|8)|6(?:1\\d|[237-9])|9(?:1\\d|[35-9]))\\d{5}|(?:23|4(?:[1-469]|8\\d)|5[23679]|6[4-6]|7[14]|9[04])\\d{7}",[7,8,9,10]],["8(?:22|[35-9]\\d)\\d{6}",[9]]],
"0",null]],
"354":[["IS",null,"(?:38\\d|[4-9])\\d{6}",[7,9],[],[["90(?:0\\d|1[5-79]|2[015-79]|3[135-79]|4[125-7]|5[25-79]|7[1-37]|8[0-35-7])\\d{3}",[7]],["80[0-8]\\d{4}",[7]],["49[0-24-79]\\d{4}",[7]],["809\\d{4}",[7]],["(?:689|8(?:7[18]|80)|95[48])\\d{4}",[7]],["(?:4(?:1[0-24-69]|2[0-7]|[37][0-8]|4[0-24589]|5[0-68]|6\\d|8[0-36-8])|5(?:05|[156]\\d|2[02578]|3[0-579]|4[03-7]|7[0-2578]|8[0-35-9]|9[013-689])|872)\\d{4}",[7]],["(?:38[589]\\d\\d|6(?:1[1-8]|2[0-6]|3[026-9]|4[014679]|5[0159]|6[0-69]|70|8[06-8]|9\\d)|7(?:5[057]|[6-9]\\d)|8(?:2[0-59]|[3-69]\\d|8[238]))\\d{4}",[7,9]]],null,null]],
"355":[["AL",null,"(?:700\\d\\d|900)\\d{3}|8\\d{5,7}|(?:[2-5]|6\\d)\\d{7}",[6,7,8,9],[5],[["900[1-9]\\d\\d",[6]],["800\\d{4}",[7]],["808[1-9]\\d\\d",[6]],["700[2-9]\\d{4}",[8]],["4505[0-2]\\d{3}|(?:[2358][16-9]\\d[2-9]|4410)\\d{4}|(?:[2358][2-5][2-9]|4(?:[2-57-9][2-9]|6\\d))\\d{5}",[8]],["6(?:[78][2-9]|9\\d)\\d{6}",[9]]],
"0",null]],
"356":[["MT",null,"3550\\d{4}|(?:[2579]\\d\\d|800)\\d{5}",[8],[],[["5(?:0(?:0(?:37|43)|(?:6\\d|70|9[0168])\\d)|[12]\\d0[1-5])\\d{3}",[8]],["800(?:02|[3467]\\d)\\d{3}",[8]],["3550\\d{4}",[8]],["7117\\d{4}",[8]],["501\\d{5}",[8]],["20(?:3[1-4]|6[059])\\d{4}|2(?:0[19]|[1-357]\\d|60)\\d{5}",[8]],["(?:7(?:210|[79]\\d\\d)|9(?:[29]\\d\\d|69[67]|8(?:1[1-3]|89|97)))\\d{4}",[8]]],null,null]],
"357":[["CY",null,"(?:[279]\\d|[58]0)\\d{6}",[8],[],[["90[09]\\d{5}",[8]],["800\\d{5}",[8]],["80[1-9]\\d{5}",[8]],["700\\d{5}",[8]],["(?:50|77)\\d{6}",[8]],["2[2-6]\\d{6}",[8]],["9(?:10|[4-79]\\d)\\d{5}",[8]]],null,null]],
"358":[["FI","1[03-79]|[2-9]","[1-35689]\\d{4}|7\\d{10,11}|(?:[124-7]\\d|3[0-46-9])\\d{8}|[1-9]\\d{5,8}",[5,6,7,8,9,10,11,12],[],[["[67]00\\d{5,6}",[8,9]],["800\\d{4,6}",[7,8,9]],["20\\d{4,8}|60[12]\\d{5,6}|7(?:099\\d{4,5}|5[03-9]\\d{3,7})|20[2-59]\\d\\d|(?:606|7(?:0[78]|1|3\\d))\\d{7}|(?:10|29|3[09]|70[1-5]\\d)\\d{4,8}",[5,6,7,8,9,10,11,12]],["1[3-7][1-8]\\d{3,6}|(?:19[1-8]|[23568][1-8]\\d|9(?:00|[1-8]\\d))\\d{2,6}",[5,6,7,8,9]],["(?:4[0-8]|50)\\d{4,8}",[6,7,8,9,10]]],
"0",null],["AX","18","2\\d{4,9}|35\\d{4,5}|(?:60\\d\\d|800)\\d{4,6}|7\\d{5,11}|(?:[14]\\d|3[0-46-9]|50)\\d{4,8}",[5,6,7,8,9,10,11,12],[],[["[67]00\\d{5,6}",[8,9]],["800\\d{4,6}",[7,8,9]],["20\\d{4,8}|60[12]\\d{5,6}|7(?:099\\d{4,5}|5[03-9]\\d{3,7})|20[2-59]\\d\\d|(?:606|7(?:0[78]|1|3\\d))\\d{7}|(?:10|29|3[09]|70[1-5]\\d)\\d{4,8}",[5,6,7,8,9,10,11,12]],["18[1-8]\\d{3,6}",[6,7,8,9]],["(?:4[0-8]|50)\\d{4,8}",[6,7,8,9,10]]],
"0",null]],
"359":[["BG",null,"00800\\d{7}|[2-7]\\d{6,7}|[89]\\d{6,8}|2\\d{5}",[6,7,8,9,12],[4,5],[["90\\d{6}",[8]],["(?:00800\\d\\d|800)\\d{5}",[8,12]],["700\\d{5}",[8]],["2\\d{5,7}|(?:43[1-6]|70[1-9])\\d{4,5}|(?:[36]\\d|4[124-7]|[57][1-9]|8[1-6]|9[1-7])\\d{5,6}",[6,7,8]],["(?:43[07-9]|99[69]\\d)\\d{5}|(?:8[7-9]|98)\\d{7}",[8,9]]],
"0",null]],
"370":[["LT",null,"(?:[3469]\\d|52|[78]0)\\d{6}",[8],[],[["9(?:0[0239]|10)\\d{5}",[8]],["80[02]\\d{5}",[8]],["808\\d{5}",[8]],["[89]01\\d{5}",[8]],["70[05]\\d{5}",[8]],["70[67]\\d{5}",[8]],["(?:3[1478]|4[124-6]|52)\\d{6}",[8]],["6\\d{7}",[8]]],
"[08]",null]],
"371":[["LV",null,"(?:[268]\\d|78|90)\\d{6}",[8],[],[["90\\d{6}",[8]],["80\\d{6}",[8]],["81\\d{6}",[8]],["6\\d{7}",[8]],["2333[0-8]\\d{3}|2(?:[0-24-9]\\d\\d|3(?:0[07]|[14-9]\\d|2[02-9]|3[0-24-9]))\\d{4}",[8]]],null,null]],
"372":[["EE",null,"8\\d{9}|[4578]\\d{7}|(?:[3-8]\\d|90)\\d{5}",[7,8,10],[],[["(?:40\\d\\d|900)\\d{4}",[7,8]],["800(?:(?:0\\d\\d|1)\\d|[2-9])\\d{3}",[7,8,10]],["70[0-2]\\d{5}",[8]],["(?:3[23589]|4[3-8]|6\\d|7[1-9]|88)\\d{5}",[7]],["(?:5\\d{5}|8(?:1(?:0(?:0(?:00|[178]\\d)|[3-9]\\d\\d)|(?:1(?:0[2-6]|1\\d)|[2-79]\\d\\d)\\d)|2(?:0(?:0(?:00|4\\d)|[1-7]\\d\\d)|(?:(?:[124-69]\\d|3[5-9])\\d|7(?:[0-79]\\d|8[013-9])|8(?:[2-6]\\d|7[01]))\\d)|[349]\\d{4}))\\d\\d|5(?:(?:[02]\\d|5[0-478])\\d|1(?:[0-8]\\d|95)|6(?:4[0-4]|5[1-589]))\\d{3}",[7,8]]],null,null]],
"373":[["MD",null,"(?:[235-7]\\d|[89]0)\\d{6}",[8],[],[["90[056]\\d{5}",[8]],["800\\d{5}",[8]],["808\\d{5}",[8]],["3[08]\\d{6}",[8]],["803\\d{5}",[8]],["(?:(?:2[1-9]|3[1-79])\\d|5(?:33|5[257]))\\d{5}",[8]],["562\\d{5}|(?:6\\d|7[16-9])\\d{6}",[8]]],
"0",null]],
"374":[["AM",null,"(?:[1-489]\\d|55|60|77)\\d{6}",[8],[5,6],[["90[016]\\d{5}",[8]],["800\\d{5}",[8]],["80[1-4]\\d{5}",[8]],["60(?:2[78]|3[5-9]|4[02-9]|5[0-46-9]|[6-8]\\d|9[0-2])\\d{4}",[8]],["(?:(?:1[0-25]|47)\\d|2(?:2[2-46]|3[1-8]|4[2-69]|5[2-7]|6[1-9]|8[1-7])|3[12]2)\\d{5}",[8]],["(?:33|4[1349]|55|77|88|9[13-9])\\d{6}",[8]]],
"0",null]],
"375":[["BY",null,"(?:[12]\\d|33|44|902)\\d{7}|8(?:0[0-79]\\d{5,7}|[1-7]\\d{9})|8(?:1[0-489]|[5-79]\\d)\\d{7}|8[1-79]\\d{6,7}|8[0-79]\\d{5}|8\\d{5}",[6,7,8,9,10,11],[5],[["(?:810|902)\\d{7}",[10]],["800\\d{3,7}|8(?:0[13]|20\\d)\\d{7}",[6,7,8,9,10,11]],["249\\d{6}",[9]],["(?:1(?:5(?:1[1-5]|[24]\\d|6[2-4]|9[1-7])|6(?:[235]\\d|4[1-7])|7\\d\\d)|2(?:1(?:[246]\\d|3[0-35-9]|5[1-9])|2(?:[235]\\d|4[0-8])|3(?:[26]\\d|3[02-79]|4[024-7]|5[03-7])))\\d{5}",[9]],["(?:2(?:5[5-79]|9[1-9])|(?:33|44)\\d)\\d{6}",[9]]],
"0|80?",null]],
"376":[["AD",null,"(?:1|6\\d)\\d{7}|[135-9]\\d{5}",[6,8,9],[],[["[19]\\d{5}",[6]],["180[02]\\d{4}",[8]],["[78]\\d{5}",[6]],["690\\d{6}|[356]\\d{5}",[6,9]]],null,null]],
"377":[["MC",null,"(?:[3489]|[67]\\d)\\d{7}",[8,9],[],[["(?:800|90\\d)\\d{5}",[8]],["(?:870|9[2-47-9]\\d)\\d{5}",[8]],["4(?:[46]\\d|5[1-9])\\d{5}|(?:3|[67]\\d)\\d{7}",[8,9]]],
"0",null]],
"378":[["SM",null,"(?:0549|[5-7]\\d)\\d{6}",[8,10],[6],[["7[178]\\d{6}",[8]],["5[158]\\d{6}",[8]],["0549(?:8[0157-9]|9\\d)\\d{4}",[10]],["6[16]\\d{6}",[8]]],
"([89]\\d{5})$","0549$1"]],
"380":[["UA",null,"[89]\\d{9}|[3-9]\\d{8}",[9,10],[5,6,7],[["900[239]\\d{5,6}",[9,10]],["800[1-8]\\d{5,6}",[9,10]],["89[1-579]\\d{6}",[9]],["(?:3[1-8]|4[13-8]|5[1-7]|6[12459])\\d{7}",[9]],["790\\d{6}|(?:39|50|6[36-8]|7[1-357]|9[1-9])\\d{7}",[9]]],
"0",null]],
"381":[["RS",null,"38[02-9]\\d{6,9}|6\\d{7,9}|90\\d{4,8}|38\\d{5,6}|(?:7\\d\\d|800)\\d{3,9}|(?:[12]\\d|3[0-79])\\d{5,10}",[6,7,8,9,10,11,12],[4,5],[["(?:78\\d|90[0169])\\d{3,7}",[6,7,8,9,10]],["800\\d{3,9}",[6,7,8,9,10,11,12]],["7[06]\\d{4,10}",[6,7,8,9,10,11,12]],["(?:11[1-9]\\d|(?:2[389]|39)(?:0[2-9]|[2-9]\\d))\\d{3,8}|(?:1[02-9]|2[0-24-7]|3[0-8])[2-9]\\d{4,9}",[7,8,9,10,11,12]],["6(?:[0-689]|7\\d)\\d{6,7}",[8,9,10]]],
"0",null]],
"382":[["ME",null,"(?:20|[3-79]\\d)\\d{6}|80\\d{6,7}",[8,9],[6],[["9(?:4[1568]|5[178])\\d{5}",[8]],["80(?:[0-2578]|9\\d)\\d{5}",[8,9]],["78[1-49]\\d{5}",[8]],["77[1-9]\\d{5}",[8]],["(?:20[2-8]|3(?:[0-2][2-7]|3[24-7])|4(?:0[2-467]|1[2467])|5(?:0[2467]|1[24-7]|2[2-467]))\\d{5}",[8]],["6(?:[07-9]\\d|3[024]|6[0-25])\\d{5}",[8]]],
"0",null]],
"383":[["XK",null,"2\\d{7,8}|3\\d{7,11}|(?:4\\d\\d|[89]00)\\d{5}",[8,9,10,11,12],[],[["900\\d{5}",[8]],["800\\d{5}",[8]],["38\\d{6,10}|(?:2[89]|39)(?:0\\d{5,6}|[1-9]\\d{5})",[8,9,10,11,12]],["4[3-9]\\d{6}",[8]]],
"0",null]],
"385":[["HR",null,"[2-69]\\d{8}|80\\d{5,7}|[1-79]\\d{7}|6\\d{6}",[7,8,9],[6],[["6[01459]\\d{6}|6[01]\\d{5}",[7,8]],["80\\d{5,7}",[7,8,9]],["7[45]\\d{6}",[8]],["62\\d{6,7}|72\\d{6}",[8,9]],["1\\d{7}|(?:2[0-3]|3[1-5]|4[02-47-9]|5[1-3])\\d{6,7}",[8,9]],["9(?:(?:0[1-9]|[12589]\\d)\\d\\d|7(?:[0679]\\d\\d|5(?:[01]\\d|44|55|77|9[5-79])))\\d{4}|98\\d{6}",[8,9]]],
"0",null]],
"386":[["SI",null,"[1-7]\\d{7}|8\\d{4,7}|90\\d{4,6}",[5,6,7,8],[],[["89[1-3]\\d{2,5}|90\\d{4,6}",[5,6,7,8]],["80\\d{4,6}",[6,7,8]],["(?:59\\d\\d|8(?:1(?:[67]\\d|8[0-589])|2(?:0\\d|2[0-37-9]|8[0-2489])|3[389]\\d))\\d{4}",[8]],["(?:[1-357][2-8]|4[24-8])\\d{6}",[8]],["65(?:[178]\\d|5[56]|6[01])\\d{4}|(?:[37][01]|4[013]|51|6[489])\\d{6}",[8]]],
"0",null]],
"387":[["BA",null,"6\\d{8}|(?:[35689]\\d|49|70)\\d{6}",[8,9],[6],[["9[0246]\\d{6}",[8]],["8[08]\\d{6}",[8]],["8[12]\\d{6}",[8]],["703[235]0\\d{3}|70(?:2[0-5]|3[0146]|[56]0)\\d{4}",[8]],["(?:3(?:[05-79][2-9]|1[4579]|[23][24-9]|4[2-4689]|8[2457-9])|49[2-579]|5(?:0[2-49]|[13][2-9]|[268][2-4679]|4[4689]|5[2-79]|7[2-69]|9[2-4689]))\\d{5}",[8]],["6040\\d{5}|6(?:03|[1-356]|44|7\\d)\\d{6}",[8,9]]],
"0",null]],
"389":[["MK",null,"[2-578]\\d{7}",[8],[6,7],[["5\\d{7}",[8]],["800\\d{5}",[8]],["8(?:0[1-9]|[1-9]\\d)\\d{5}",[8]],["(?:(?:2(?:62|77)0|3444)\\d|4[56]440)\\d{3}|(?:34|4[357])700\\d{3}|(?:2(?:[0-3]\\d|5[0-578]|6[01]|82)|3(?:1[3-68]|[23][2-68]|4[23568])|4(?:[23][2-68]|4[3-68]|5[2568]|6[25-8]|7[24-68]|8[4-68]))\\d{5}",[8]],["7(?:3555|(?:474|9[019]7)7)\\d{3}|7(?:[0-25-8]\\d\\d|3(?:[1-478]\\d|6[01])|4(?:2\\d|60|7[01578])|9(?:[2-4]\\d|5[01]|7[015]))\\d{4}",[8]]],
"0",null]],
"420":[["CZ",null,"(?:[2-578]\\d|60)\\d{7}|9\\d{8,11}",[9,10,11,12],[],[["9(?:0[05689]|76)\\d{6}",[9]],["800\\d{6}",[9]],["8[134]\\d{7}",[9]],["9[17]0\\d{6}",[9]],["70[01]\\d{6}",[9]],["9(?:5\\d|7[2-4])\\d{6}",[9]],["9(?:3\\d{9}|6\\d{7,10})",[9,10,11,12]],["(?:2\\d|3[1257-9]|4[16-9]|5[13-9])\\d{7}",[9]],["7060\\d{5}|(?:60[1-8]|7(?:0[2-5]|19|[2379]\\d))\\d{6}",[9]]],null,null]],
"421":[["SK",null,"[2-689]\\d{8}|[2-59]\\d{6}|[2-5]\\d{5}",[6,7,9],[],[["9(?:00|[78]\\d)\\d{6}",[9]],["800\\d{6}",[9]],["8[5-9]\\d{7}",[9]],["6(?:02|5[0-4]|9[0-6])\\d{6}",[9]],["9090\\d{3}",[7]],["96\\d{7}",[9]],["(?:2(?:16|[2-9]\\d{3})|(?:(?:[3-5][1-8]\\d|819)\\d|601[1-5])\\d)\\d{4}|(?:2|[3-5][1-8])1[67]\\d{3}|[3-5][1-8]16\\d\\d",[6,7,9]],["909[1-9]\\d{5}|9(?:0[1-8]|1[0-24-9]|4[03-57-9]|5\\d)\\d{6}",[9]]],
"0",null]],
"423":[["LI",null,"[68]\\d{8}|(?:[2378]\\d|90)\\d{5}",[7,9],[],[["90(?:02[258]|1(?:23|3[14])|66[136])\\d\\d",[7]],["8002[28]\\d\\d|80(?:05\\d|9)\\d{4}",[7,9]],["870(?:28|87)\\d\\d",[7]],["697(?:42|56|[78]\\d)\\d{4}",[9]],["(?:2(?:01|1[27]|2[024]|3\\d|6[02-578]|9[06])|3(?:[24]0|33|7[0135-7]|8[048]|9[0269]))\\d{4}",[7]],["(?:6(?:(?:4[5-9]|5\\d)\\d|6(?:[024-68]\\d|1[01]|3[7-9]|7[02]))\\d|7(?:[37-9]\\d|42|56))\\d{4}",[7,9]]],
"(1001)|0",null]],
"500":[["FK",null,"[2-7]\\d{4}",[5],[],[["[2-47]\\d{4}",[5]],["[56]\\d{4}",[5]]],null,null]],
"501":[["BZ",null,"(?:0800\\d|[2-8])\\d{6}",[7,11],[],[["0800\\d{7}",[11]],["(?:2(?:[02]\\d|36|[68]0)|[3-58](?:[02]\\d|[68]0)|7(?:[02]\\d|32|[68]0))\\d{4}",[7]],["6[0-35-7]\\d{5}",[7]]],null,null]],
"502":[["GT",null,"80\\d{6}|(?:1\\d{3}|[2-7])\\d{7}",[8,11],[],[["19\\d{9}",[11]],["18[01]\\d{8}",[11]],["[267][2-9]\\d{6}",[8]],["(?:[3-5]\\d\\d|80[0-4])\\d{5}",[8]]],null,null]],
"503":[["SV",null,"[25-7]\\d{7}|(?:80\\d|900)\\d{4}(?:\\d{4})?",[7,8,11],[],[["900\\d{4}(?:\\d{4})?",[7,11]],["800\\d{8}|80[01]\\d{4}",[7,11]],["2(?:79(?:0[0347-9]|[1-9]\\d)|89(?:0[024589]|[1-9]\\d))\\d{3}|2(?:[1-69]\\d|[78][0-8])\\d{5}",[8]],["[5-7]\\d{7}",[8]]],null,null]],
"504":[["HN",null,"8\\d{10}|[237-9]\\d{7}",[8,11],[],[["8002\\d{7}",[11]],["2(?:2(?:0[0-59]|1[1-9]|[23]\\d|4[02-8]|5[57]|6[2458]|7[0135689]|8[01346-9]|9[0-2])|4(?:0[578]|2[3-59]|3[13-9]|4[0-68]|5[1-3589]|80)|5(?:0[2357-9]|1[1-6]|4[03-58]|5\\d|6[014-69]|7[04]|80)|6(?:[056]\\d|17|2[067]|3[047]|4[0-378]|[78][0-8]|9[01])|7(?:0[5-79]|2[01]|6[46-9]|7[02-9]|8[034]|91)|8(?:79|8[0-357-9]|9[1-57-9]))\\d{4}",[8]],["[37-9]\\d{7}",[8]]],null,null]],
"505":[["NI",null,"(?:1800|[25-8]\\d{3})\\d{4}",[8],[],[["1800\\d{4}",[8]],["2\\d{7}",[8]],["(?:5(?:5[0-7]|[78]\\d)|6(?:20|3[035]|4[045]|5[05]|77|8[1-9]|9[059])|(?:7[5-8]|8\\d)\\d)\\d{5}",[8]]],null,null]],
"506":[["CR",null,"(?:8\\d|90)\\d{8}|(?:[24-8]\\d{3}|3005)\\d{4}",[8,10],[],[["90[059]\\d{7}",[10]],["800\\d{7}",[10]],["(?:2(?:00[0-3]|10[0-6])|4\\d{3}|5100)\\d{4}",[8]],["2(?:010|1(?:0[7-9]|[1-9]\\d)|[24-7]\\d\\d)\\d{4}",[8]],["(?:3005\\d|6500[01])\\d{3}|(?:5[07]|6[0-4]|7[0-3]|8[3-9])\\d{6}",[8]]],
"(19(?:0[0-2468]|1[09]|20|66|77|99))",null]],
"507":[["PA",null,"(?:00800|8\\d{3})\\d{6}|[68]\\d{7}|[1-57-9]\\d{6}",[7,8,10,11],[],[["(?:8(?:22|55|60|7[78]|86)|9(?:00|81))\\d{4}",[7]],["800\\d{4,5}|(?:00800|800\\d)\\d{6}",[7,8,10,11]],["(?:1(?:0\\d|1[0479]|2[37]|3[0137]|4[147]|5[05]|6[058]|7[0167]|8[2358]|9[1389])|2(?:[0235-79]\\d|1[0-7]|4[013-9]|8[02-9])|3(?:[0147-9]\\d|[25][0-5]|33|6[068])|4(?:00|3[0-579]|4\\d|7[0-57-9])|5(?:[01]\\d|2[0-7]|[56]0|79)|7(?:0[09]|2[0-26-8]|3[03]|4[04]|5[05-9]|6[0156]|7[0-24-9]|8[4-9]|90)|8(?:09|2[89]|3\\d|4[0-24-689]|5[014]|8[02])|9(?:0[5-9]|1[0-35-8]|2[036-9]|3[35-79]|40|5[0457-9]|6[05-9]|7[04-9]|8[235-8]|9\\d))\\d{4}",[7]],["(?:1[16]1|21[89]|6\\d{3}|8(?:1[01]|7[23]))\\d{4}",[7,8]]],null,null]],
"508":[["PM",null,"[78]\\d{8}|[2-9]\\d{5}",[6,9],[],[["8[129]\\d{7}",[9]],["80[0-5]\\d{6}",[9]],["80[6-9]\\d{6}|(?:[236-9]\\d|4[1-35-9]|5[0-47-9])\\d{4}",[6,9]],["708(?:4[0-5]|5[0-6])\\d{4}|(?:[236-9]\\d|4[02-489]|5[02-9])\\d{4}",[6,9]]],
"0",null]],
"509":[["HT",null,"[2-589]\\d{7}",[8],[],[["8\\d{7}",[8]],["9(?:[67][0-4]|8[0-3589]|9\\d)\\d{5}",[8]],["2(?:2\\d|5[1-5]|81|9[149])\\d{5}",[8]],["(?:[34]\\d|5[568])\\d{6}",[8]]],null,null]],
"590":[["GP",null,"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],[],[["8[129]\\d{7}",[9]],["80[0-5]\\d{6}",[9]],["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}",[9]],["(?:59(?:0(?:0[1-68]|[14][0-24-9]|2[0-68]|3[1-9]|5[3-579]|[68][0-689]|7[08]|9\\d)|87\\d)|80[6-9]\\d\\d)\\d{4}",[9]],["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}",[9]]],
"0",null],["BL",null,"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],[],[["8[129]\\d{7}",[9]],["80[0-5]\\d{6}",[9]],["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}",[9]],["(?:59(?:0(?:2[7-9]|3[3-7]|5[12]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}",[9]],["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}",[9]]],
"0",null],["MF",null,"7090\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],[],[["8[129]\\d{7}",[9]],["80[0-5]\\d{6}",[9]],["9(?:(?:39[5-7]|76[018])\\d|475[0-6])\\d{4}",[9]],["(?:59(?:0(?:0[079]|[14]3|[27][79]|3[03-7]|5[0-268]|87)|87\\d)|80[6-9]\\d\\d)\\d{4}",[9]],["(?:69(?:0\\d\\d|1(?:2[2-9]|3[0-5]))|7090[0-4])\\d{4}",[9]]],
"0",null]],
"591":[["BO",null,"(?:[2-7]\\d\\d|8001)\\d{5}",[8,9],[7],[["8001[07]\\d{4}",[9]],["50\\d{6}",[8]],["(?:2(?:2\\d\\d|5(?:11|[258]\\d|9[67])|6(?:12|2\\d|9[34])|8(?:2[34]|39|62))|3(?:3\\d\\d|4(?:6\\d|8[24])|8(?:25|42|5[257]|86|9[25])|9(?:[27]\\d|3[2-4]|4[248]|5[24]|6[2-6]))|4(?:4\\d\\d|6(?:11|[24689]\\d|72)))\\d{4}",[8]],["(?:57|[67]\\d)\\d{6}",[8]]],
"0(1\\d)?",null]],
"592":[["GY",null,"(?:[2-8]\\d{3}|9008)\\d{3}",[7],[],[["9008\\d{3}",[7]],["(?:289|8(?:00|6[28]|88|99))\\d{4}",[7]],["515\\d{4}",[7]],["(?:2(?:1[6-9]|2[0-35-9]|3[1-4]|5[3-9]|6\\d|7[0-79])|3(?:2[25-9]|3\\d)|4(?:4[0-24]|5[56])|5(?:0[0-6]|16)|77[1-57])\\d{4}",[7]],["(?:51[01]|6\\d\\d|7(?:[0-6]\\d|70|8[0167]))\\d{4}",[7]]],null,null]],
"593":[["EC",null,"1\\d{9,10}|(?:[2-7]|9\\d)\\d{7}",[8,9,10,11],[7],[["1800\\d{7}|1[78]00\\d{6}",[10,11]],["[2-7]890\\d{4}",[8]],["[2-7][2-7]\\d{6}",[8]],["964[0-2]\\d{5}|9(?:3[0-29]|[57][89]|6[0-36-9]|[89]\\d)\\d{6}",[9]]],
"0",null]],
"594":[["GF",null,"(?:694\\d|7093)\\d{5}|(?:59|[89]\\d)\\d{7}",[9],[],[["8[129]\\d{7}",[9]],["80[0-5]\\d{6}",[9]],["9(?:(?:396|76\\d)\\d|476[0-6])\\d{4}",[9]],["(?:59(?:4(?:[02-49]\\d|1[0-5]|5[6-9]|6[0-3]|80)|88\\d)|80[6-9]\\d\\d)\\d{4}",[9]],["(?:694(?:[0-249]\\d|3[0-8])|7093[0-3])\\d{4}",[9]]],
"0",null]],
"595":[["PY",null,"[36-8]\\d{5,8}|4\\d{6,8}|59\\d{6}|9\\d{5,10}|(?:2\\d|5[0-8])\\d{6,7}",[6,7,8,9,10,11],[5],[["9800\\d{5,7}",[9,10,11]],["8700[0-4]\\d{4}",[9]],["[245]0\\d{6,7}|[36-9]0\\d{4,7}",[6,7,8,9]],["(?:3[289]|4[246-8]|61|7[1-3]|8[1-36])\\d{5,7}|(?:2(?:[14-68]\\d|2[4-68]|7[15]|9[1-5])|3(?:18|3[167]|4[2357]|51|[67]\\d)|4(?:1\\d|3[12]|5[13]|9[1-47])|5(?:[1-4]\\d|5[02-4])|6(?:3[1-3]|44|7[1-8])|7(?:4[0-4]|5\\d|6[1-578]|75|8[0-8])|858)\\d{5,6}",[7,8,9]],["9881\\d{5}|9(?:51|6[129]|7[1-6]|8[1-7]|9[1-5])\\d{6}",[9]]],
"0",null]],
"596":[["MQ",null,"7091\\d{5}|(?:[56]9|[89]\\d)\\d{7}",[9],[],[["8[129]\\d{7}",[9]],["80[0-5]\\d{6}",[9]],["9(?:397[0-3]|477[0-5]|76(?:6\\d|7[0-367]))\\d{4}",[9]],["(?:59(?:6(?:[03-7]\\d|1[05]|2[7-9]|8[0-39]|9[04-9])|89\\d)|80[6-9]\\d\\d|9(?:477[6-9]|767[4589]))\\d{4}",[9]],["(?:69[67]\\d\\d|7091[0-3])\\d{4}",[9]]],
"0",null]],
"597":[["SR",null,"(?:[2-5]|[6-9]\\d)\\d{5}",[6,7],[],[["90\\d{5}",[7]],["80\\d{5}",[7]],["(?:56|91\\d)\\d{4}",[6,7]],["(?:2[1-3]|3[0-7]|4\\d|5[2-578])\\d{4}",[6]],["(?:6[08]|7[1-79]|8[1-9])\\d{5}",[7]]],null,null]],
"598":[["UY",null,"0004\\d{2,9}|[1249]\\d{7}|2\\d{3,4}|(?:[49]\\d|80)\\d{5}",[4,5,6,7,8,9,10,11,12,13],[],[["90[0-8]\\d{4}",[7]],["0004\\d{2,9}|(?:405|80[05])\\d{4}",[6,7,8,9,10,11,12,13]],["21\\d{2,3}",[4,5]],["(?:1(?:770|9(?:20|[89]7))|(?:2\\d|4[2-7])\\d\\d)\\d{4}",[8]],["9[1-9]\\d{6}",[8]]],
"0",null]],
"599":[["CW","[69]","(?:[34]1|60|(?:7|9\\d)\\d)\\d{5}",[7,8],[],[["60[0-2]\\d{4}",[7]],["955\\d{5}",[8]],["9(?:4(?:3[0-5]|4[14]|6\\d)|50\\d|7(?:2[014]|3[02-9]|4[4-9]|6[357]|77|8[7-9])|8(?:3[39]|[46]\\d|7[01]|8[57-9]))\\d{4}",[7,8]],["953[01]\\d{4}|9(?:5[12467]|6[5-9])\\d{5}",[7,8]]],null,null],["BQ","[347]","(?:[34]1|7\\d)\\d{5}",[7],[],[["(?:318[023]|41(?:6[023]|70)|7(?:1[578]|2[05]|50)\\d)\\d{3}",[7]],["(?:31(?:8[14-8]|9[14578])|416[14-9]|7(?:0[01]|7[07]|8\\d|9[056])\\d)\\d{3}",[7]]],null,null]],
"670":[["TL",null,"7\\d{7}|(?:[2-47]\\d|[89]0)\\d{5}",[7,8],[],[["90\\d{5}",[7]],["80\\d{5}",[7]],["70\\d{5}",[7]],["(?:2[1-5]|3[1-9]|4[1-4])\\d{5}",[7]],["7[2-8]\\d{6}",[8]]],null,null]],
"672":[["NF",null,"[13]\\d{5}",[6],[5],[["(?:1(?:06|17|28|39)|3[0-2]\\d)\\d{3}",[6]],["(?:14|3[58])\\d{4}",[6]]],
"([0-258]\\d{4})$","3$1"]],
"673":[["BN",null,"[2-578]\\d{6}",[7],[],[["5[34]\\d{5}",[7]],["22[0-7]\\d{4}|(?:2[013-9]|[34]\\d|5[0-25-9])\\d{5}",[7]],["(?:22[89]|[78]\\d\\d)\\d{4}",[7]]],null,null]],
"674":[["NR",null,"(?:222|444|(?:55|8\\d)\\d|666|777|999)\\d{4}",[7],[],[["444\\d{4}",[7]],["(?:222|55[3-9]|666|777|8\\d\\d|999)\\d{4}",[7]]],null,null]],
"675":[["PG",null,"(?:180|[78]\\d{3})\\d{4}|(?:[2-589]\\d|64)\\d{5}",[7,8],[],[["180\\d{4}",[7]],["2(?:0[0-7]|7[568])\\d{4}",[7]],["27[01]\\d{4}",[7]],["(?:(?:3[0-2]|4[257]|5[34]|9[78])\\d|64[1-9]|85[02-46-9])\\d{4}",[7]],["(?:7\\d|8[1-58])\\d{6}",[8]]],null,null]],
"676":[["TO",null,"(?:0800|(?:[5-8]\\d\\d|999)\\d)\\d{3}|[2-8]\\d{4}",[5,7],[],[["0800\\d{3}",[7]],["55[0-37-9]\\d{4}",[7]],["(?:2\\d|3[0-8]|4[0-4]|50|6[09]|7[0-24-69]|8[05])\\d{3}",[5]],["(?:5(?:4[0-5]|5[4-6])|6(?:[09]\\d|3[02]|8[15-9])|(?:7\\d|8[46-9])\\d|999)\\d{4}",[7]]],null,null]],
"677":[["SB",null,"[6-9]\\d{6}|[1-6]\\d{4}",[5,7],[],[["1[38]\\d{3}",[5]],["5[12]\\d{3}",[5]],["(?:1[4-79]|[23]\\d|4[0-2]|5[03]|6[0-37])\\d{3}",[5]],["(?:48|99[0-8]\\d)\\d{3}|(?:6[89]|7[1-9]|8[4-9]|9[0-8])\\d{5}",[5,7]]],null,null]],
"678":[["VU",null,"[57-9]\\d{6}|(?:[238]\\d|48)\\d{3}",[5,7],[],[["81[18]\\d\\d",[5]],["9(?:0[1-9]|1[01])\\d{4}",[7]],["(?:3[03]|900\\d)\\d{3}",[5,7]],["(?:38[0-8]|48[4-9])\\d\\d|(?:2[02-9]|3[4-7]|88)\\d{3}",[5]],["(?:[58]\\d|7[0-7])\\d{5}",[7]]],null,null]],
"679":[["FJ",null,"45\\d{5}|(?:0800\\d|[235-9])\\d{6}",[7,11],[],[["0800\\d{7}",[11]],["603\\d{4}|(?:3[0-6]|6[25-7]|8[58])\\d{5}",[7]],["(?:[279]\\d|45|5[01568]|8[034679])\\d{5}",[7]]],null,null]],
"680":[["PW",null,"(?:[24-8]\\d\\d|345|900)\\d{4}",[7],[],[["(?:2(?:55|77)|345|488|5(?:35|44|87)|6(?:22|54|79)|7(?:33|47)|8(?:24|55|76)|900)\\d{4}",[7]],["(?:(?:46|83)[0-5]|(?:6[2-4689]|78)0)\\d{4}|(?:45|77|88)\\d{5}",[7]]],null,null]],
"681":[["WF",null,"(?:40|72|8\\d{4})\\d{4}|[89]\\d{5}",[6,9],[],[["80[0-5]\\d{6}",[9]],["9[23]\\d{4}",[6]],["[48]0\\d{4}",[6]],["72\\d{4}",[6]],["(?:72|8[23])\\d{4}",[6]]],null,null]],
"682":[["CK",null,"[2-578]\\d{4}",[5],[],[["(?:2\\d|3[13-7]|4[1-5])\\d{3}",[5]],["[578]\\d{4}",[5]]],null,null]],
"683":[["NU",null,"(?:[4-7]|888\\d)\\d{3}",[4,7],[],[["[47]\\d{3}",[4]],["(?:[56]|888[1-9])\\d{3}",[4,7]]],null,null]],
"685":[["WS",null,"(?:[2-6]|8\\d{5})\\d{4}|[78]\\d{6}|[68]\\d{5}",[5,6,7,10],[],[["800\\d{3}",[6]],["6[1-9]\\d{3}|(?:[2-5]|60)\\d{4}",[5,6]],["(?:7[1-35-8]|8(?:[3-7]|9\\d{3}))\\d{5}",[7,10]]],null,null]],
"686":[["KI",null,"(?:[37]\\d|6[0-79])\\d{6}|(?:[2-48]\\d|50)\\d{3}",[5,8],[],[["30(?:0[01]\\d\\d|12(?:11|20))\\d\\d",[8]],["(?:[24]\\d|3[1-9]|50|65(?:02[12]|12[56]|22[89]|[3-5]00)|7(?:27\\d\\d|3100|5(?:02[12]|12[56]|22[89]|[34](?:00|81)|500))|8[0-5])\\d{3}",[5,8]],["(?:6200[01]|7(?:310[1-9]|5(?:02[03-9]|12[0-47-9]|22[0-7]|[34](?:0[1-9]|8[02-9])|50[1-9])))\\d{3}|(?:63\\d\\d|7(?:(?:[0146-9]\\d|2[0-689])\\d|3(?:[02-9]\\d|1[1-9])|5(?:[0-2][013-9]|[34][1-79]|5[1-9]|[6-9]\\d)))\\d{4}",[8]]],
"0",null]],
"687":[["NC",null,"(?:050|[2-57-9]\\d\\d)\\d{3}",[6],[],[["36\\d{4}",[6]],["050\\d{3}",[6]],["(?:2[03-9]|3[0-5]|4[1-7]|88)\\d{4}",[6]],["(?:[579]\\d|8[0-79])\\d{4}",[6]]],null,null]],
"688":[["TV",null,"(?:2|7\\d\\d|90)\\d{4}",[5,6,7],[],[["2[02-9]\\d{3}",[5]],["(?:7[01]\\d|90)\\d{4}",[6,7]]],null,null]],
"689":[["PF",null,"4\\d{5}(?:\\d{2})?|8\\d{7,8}",[6,8,9],[],[["80[0-5]\\d{6}",[9]],["499\\d{5}",[8]],["44\\d{4}",[6]],["4(?:0[4-689]|9[4-68])\\d{5}",[8]],["8[7-9]\\d{6}",[8]]],null,null]],
"690":[["TK",null,"[2-47]\\d{3,6}",[4,5,6,7],[],[["(?:2[2-4]|[34]\\d)\\d{2,5}",[4,5,6,7]],["7[2-4]\\d{2,5}",[4,5,6,7]]],null,null]],
"691":[["FM",null,"(?:[39]\\d\\d|820)\\d{4}",[7],[],[["31(?:00[67]|208|309)\\d\\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-6]\\d)\\d)\\d{3}",[7]],["31(?:00[67]|208|309)\\d\\d|(?:3(?:[2357]0[1-9]|602|804|905)|(?:820|9[2-7]\\d)\\d)\\d{3}",[7]]],null,null]],
"692":[["MH",null,"329\\d{4}|(?:[256]\\d|45)\\d{5}",[7],[],[["635\\d{4}",[7]],["(?:247|528|625)\\d{4}",[7]],["(?:(?:23|54)5|329|45[35-8])\\d{4}",[7]]],
"1",null]],
"800":[["001",null,"(?:00|[1-9]\\d)\\d{6}",[8],[],[["(?:00|[1-9]\\d)\\d{6}",[8]]],null,null]],
"808":[["001",null,"[1-9]\\d{7}",[8],[],[["[1-9]\\d{7}",[8]]],null,null]],
"850":[["KP",null,"85\\d{6}|(?:19\\d|[2-7])\\d{7}",[8,10],[6,7],[["(?:(?:195|2)\\d|3[19]|4[159]|5[37]|6[17]|7[39]|85)\\d{6}",[8,10]],["19[1-3]\\d{7}",[10]]],
"0",null]],
"852":[["HK",null,"8[0-46-9]\\d{6,7}|9\\d{4,7}|(?:[2-7]|9\\d{3})\\d{7}",[5,6,7,8,9,11],[],[["900(?:[0-24-9]\\d{7}|3\\d{1,4})",[5,6,7,8,11]],["800\\d{6}",[9]],["8(?:1[0-4679]\\d|2(?:[0-36]\\d|7[0-4])|3(?:[034]\\d|2[09]|70))\\d{4}",[8]],["7(?:1(?:0[08]|1[0-3679]|3[013]|69|9[0136])|2(?:[02389]\\d|1[18]|7[27-9])|3(?:[0-38]\\d|7[0-369]|9[2357-9])|47\\d|5(?:[178]\\d|5[0-5])|6(?:0[0-7]|2[236-9]|[35]\\d)|7(?:[27]\\d|8[7-9])|8(?:[23689]\\d|7[1-9])|9(?:[025]\\d|6[0-246-8]|7[0-36-9]|8[238]))\\d{4}",[8]],["30(?:0[1-9]|[15-7]\\d|2[047]|89)\\d{4}",[8]],["(?:2(?:[13-9]\\d|2[013-9])\\d|3(?:(?:[1569][0-24-9]|4[0-246-9]|7[0-24-69])\\d|8(?:4[0-8]|[579]\\d|6[0-5]))|58(?:0[1-9]|1[2-9]))\\d{4}",[8]],["(?:4(?:0(?:6[0-3]|9[3-6])|24[3-6]|44[0-35-9]|6(?:4[0-57-9]|6[0-6])|7(?:4[0-48]|6[0-5]))|5(?:25[3-7]|35[4-8]|73[0-6]|95[0-8])|6(?:26[013-8]|(?:66|78)[0-5])|7(?:0(?:7[1-8]|8[0-8])|10[1-4])|84(?:4[0-2]|8[0-35-9])|9(?:29[013-9]|39[014-9]|59[0-467]|899))\\d{4}|(?:4(?:4[0-35-9]|6[0-357-9]|7[0-35])|5(?:[1-59][0-46-9]|6[0-4689]|7[0-246-9])|6(?:0[1-9]|[13-59]\\d|[268][0-57-9]|7[0-79])|70[1-59]|84[0-39]|9(?:0[1-9]|1[02-9]|[2358][0-8]|[467]\\d))\\d{5}",[8]]],null,null]],
"853":[["MO",null,"0800\\d{3}|(?:28|[68]\\d)\\d{6}",[7,8],[],[["0800\\d{3}",[7]],["(?:28[2-9]|8(?:11|[2-57-9]\\d))\\d{5}",[8]],["6800[0-79]\\d{3}|6(?:[235]\\d\\d|6(?:0[0-5]|[1-9]\\d)|8(?:0[1-9]|[14-8]\\d|2[5-9]|[39][0-4]))\\d{4}",[8]]],null,null]],
"855":[["KH",null,"1\\d{9}|[1-9]\\d{7,8}",[8,9,10],[6,7],[["1900(?:1\\d|2[09])\\d{4}",[10]],["1800(?:1\\d|2[019])\\d{4}",[10]],["23(?:4(?:[2-4]|[56]\\d)|[568]\\d\\d)\\d{4}|23[236-9]\\d{5}|(?:2[4-6]|3[2-6]|4[2-4]|[5-7][2-5])(?:(?:[237-9]|4[56]|5\\d)\\d{5}|6\\d{5,6})",[8,9]],["(?:(?:1[28]|3[18]|9[67])\\d|6[016-9]|7(?:[07-9]|[16]\\d)|8(?:[013-79]|8\\d))\\d{6}|(?:1\\d|9[0-57-9])\\d{6}|(?:2[3-6]|3[2-6]|4[2-4]|[5-7][2-5])48\\d{5}",[8,9]]],
"0",null]],
"856":[["LA",null,"(?:2\\d|3)\\d{8}|(?:[235-8]\\d|41)\\d{6}",[8,9,10],[6],[["(?:2[13]|[35-7][14]|41|8[1468])\\d{6}",[8]],["208[78]\\d{6}|(?:20[23579]|30)\\d{7}",[9,10]]],
"0",null]],
"870":[["001",null,"7\\d{11}|[235-7]\\d{8}",[9,12],[],[["2\\d{8}",[9]],["(?:[356]|774[45])\\d{8}|7[6-8]\\d{7}",[9,12]]],null,null]],
"878":[["001",null,"10\\d{10}",[12],[],[["10\\d{10}",[12]]],null,null]],
"880":[["BD",null,"[1-469]\\d{9}|8[0-79]\\d{7,8}|[2-79]\\d{8}|[2-9]\\d{7}|[3-9]\\d{6}|[57-9]\\d{5}",[6,7,8,9,10],[],[["80[03]\\d{7}",[10]],["96(?:0[1-69]|1[0-479]|2[278]|3[13-9]|4[0-47-9]|54|6[69]|7[78]|88)\\d{6}",[10]],["(?:4(?:31\\d\\d|423)|5222)\\d{3}(?:\\d{2})?|8332[6-9]\\d\\d|(?:3(?:03[56]|224)|4(?:22[25]|653))\\d{3,4}|(?:3(?:42[47]|529|823)|4(?:027|525|65(?:28|8))|562|6257|7(?:1(?:5[3-5]|6[12]|7[156]|89)|22[589]56|32|42675|52(?:[25689](?:56|8)|[347]8)|71(?:6[1267]|75|89)|92374)|82(?:2[59]|32)56|9(?:03[23]56|23(?:256|373)|31|5(?:1|2[4589]56)))\\d{3}|(?:3(?:02[348]|22[35]|324|422)|4(?:22[67]|32[236-9]|6(?:2[46]|5[57])|953)|5526|6(?:024|6655)|81)\\d{4,5}|(?:2(?:7(?:1[0-267]|2[0-289]|3[0-29]|4[01]|5[1-3]|6[013]|7[0178]|91)|8(?:0[125]|1[1-6]|2[0157-9]|3[1-69]|41|6[1-35]|7[1-5]|8[1-8]|9[0-6])|9(?:0[0-2]|1[0-4]|2[568]|3[3-6]|5[5-7]|6[0136-9]|7[0-7]|8[014-9]))|3(?:0(?:2[025-79]|3[2-4])|181|22[12]|32[2356]|824)|4(?:02[09]|22[348]|32[045]|523|6(?:27|54))|666(?:22|53)|7(?:22[57-9]|42[56]|82[35])8|8(?:0[124-9]|2(?:181|2[02-4679]8)|4[12]|[5-7]2)|9(?:[04]2|2(?:2|328)|81))\\d{4}|(?:2(?:[23]\\d|[45])\\d\\d|3(?:1(?:2[5-7]|[5-7])|425|822)|4(?:033|1\\d|[257]1|332|4(?:2[246]|5[25])|6(?:2[35]|56|62)|8(?:23|54)|92[2-5])|5(?:02[03489]|22[457]|32[35-79]|42[46]|6(?:[18]|53)|724|826)|6(?:023|2(?:2[2-5]|5[3-5]|8)|32[3478]|42[34]|52[47]|6(?:[18]|6(?:2[34]|5[24]))|[78]2[2-5]|92[2-6])|7(?:02|21\\d|[3-589]1|6[12]|72[24])|8(?:217|3[12]|[5-7]1)|9[24]1)\\d{5}|(?:(?:3[2-8]|5[2-57-9]|6[03-589])1|4[4689][18])\\d{5}|[59]1\\d{5}",[6,7,8,9,10]],["(?:1[13-9]|64)\\d{8}|(?:3[78]|44|66)[02-9]\\d{7}",[10]]],
"0",null]],
"881":[["001",null,"6\\d{9}|[0-36-9]\\d{8}",[9,10],[],[["6\\d{9}|[0-36-9]\\d{8}",[9,10]]],null,null]],
"882":[["001",null,"[13]\\d{6}(?:\\d{2,5})?|[19]\\d{7}|(?:[25]\\d\\d|4)\\d{7}(?:\\d{2})?",[7,8,9,10,11,12],[],[["1(?:3(?:0[0347]|[13][0139]|2[035]|4[013568]|6[0459]|7[06]|8[15-8]|9[0689])\\d{4}|6\\d{5,10})|(?:345\\d|9[89])\\d{6}|(?:10|2(?:3|85\\d)|3(?:[15]|[69]\\d\\d)|4[15-8]|51)\\d{8}",[7,8,9,10,11,12]],["348[57]\\d{7}",[11]],["342\\d{4}|(?:337|49)\\d{6}|(?:3(?:2|47|7\\d{3})|5(?:0\\d{3}|2[0-2]))\\d{7}",[7,8,9,10,12]]],null,null]],
"883":[["001",null,"(?:[1-4]\\d|51)\\d{6,10}",[8,9,10,11,12],[],[["(?:2(?:00\\d\\d|10)|(?:370[1-9]|51\\d0)\\d)\\d{7}|51(?:00\\d{5}|[24-9]0\\d{4,7})|(?:1[0-79]|2[24-689]|3[02-689]|4[0-4])0\\d{5,9}",[8,9,10,11,12]]],null,null]],
"886":[["TW",null,"[2-689]\\d{8}|7\\d{9,10}|[2-8]\\d{7}|2\\d{6}",[7,8,9,10,11],[],[["20(?:[013-9]\\d\\d|2)\\d{4}",[7,9]],["80[0-79]\\d{6}|800\\d{5}",[8,9]],["7010(?:[0-2679]\\d|3[0-7]|8[0-5])\\d{5}|70\\d{8}",[10,11]],["99\\d{7}",[9]],["50[0-46-9]\\d{6}",[9]],["(?:2[2-8]\\d|370|55[01]|7[1-9])\\d{6}|4(?:(?:0(?:0[1-9]|[2-48]\\d)|1[023]\\d)\\d{4,5}|(?:[239]\\d\\d|4(?:0[56]|12|49))\\d{5})|6(?:[01]\\d{7}|4(?:0[56]|12|24|4[09])\\d{4,5})|8(?:(?:2(?:3\\d|4[0-269]|[578]0|66)|36[24-9]|90\\d\\d)\\d{4}|4(?:0[56]|12|24|4[09])\\d{4,5})|(?:2(?:2(?:0\\d\\d|4(?:0[68]|[249]0|3[0-467]|5[0-25-9]|6[0235689]))|(?:3(?:[09]\\d|1[0-4])|(?:4\\d|5[0-49]|6[0-29]|7[0-5])\\d)\\d)|(?:(?:3[2-9]|5[2-8]|6[0-35-79]|8[7-9])\\d\\d|4(?:2(?:[089]\\d|7[1-9])|(?:3[0-4]|[78]\\d|9[01])\\d))\\d)\\d{3}",[8,9]],["(?:40001[0-2]|9[0-8]\\d{4})\\d{3}",[9]]],
"0",null]],
"888":[["001",null,"\\d{11}",[11],[],[["\\d{11}",[11]]],null,null]],
"960":[["MV",null,"(?:800|9[0-57-9]\\d)\\d{7}|[34679]\\d{6}",[7,10],[],[["900\\d{7}",[10]],["800\\d{7}",[10]],["4(?:0[01]|50)\\d{4}",[7]],["(?:3(?:0[0-4]|3[0-59])|6(?:[58][024689]|6[024-68]|7[02468]))\\d{4}",[7]],["(?:46[46]|[79]\\d\\d)\\d{4}",[7]]],null,null]],
"961":[["LB",null,"[27-9]\\d{7}|[13-9]\\d{6}",[7,8],[],[["9[01]\\d{6}",[8]],["80\\d{6}",[8]],["7(?:62|8[0-6]|9[04-9])\\d{4}|(?:[14-69]\\d|2(?:[14-69]\\d|[78][1-9])|7[2-57]|8[02-9])\\d{5}",[7,8]],["(?:(?:3|81)\\d|7(?:[01]\\d|6[013-9]|8[7-9]|9[0-4]))\\d{5}",[7,8]]],
"0",null]],
"962":[["JO",null,"(?:(?:[2689]|7\\d)\\d|32|427|53)\\d{6}",[8,9],[],[["9\\d{7}",[8]],["80\\d{6}",[8]],["85\\d{6}",[8]],["70\\d{7}",[9]],["74(?:66|77)\\d{5}",[9]],["8(?:10|8\\d)\\d{5}",[8]],["87(?:000|90[01])\\d{3}|(?:2(?:6(?:2[0-35-9]|3[0-578]|4[24-7]|5[0-24-8]|[6-8][023]|9[0-3])|7(?:0[1-79]|10|2[014-7]|3[0-689]|4[019]|5[0-3578]))|32(?:0[1-69]|1[1-35-7]|2[024-7]|3\\d|4[0-3]|[5-7][023])|53(?:0[0-3]|[13][023]|2[0-59]|49|5[0-35-9]|6[15]|7[45]|8[1-6]|9[0-36-9])|6(?:2(?:[05]0|22)|3(?:00|33)|4(?:0[0-25]|1[2-7]|2[0569]|[38][07-9]|4[025689]|6[0-589]|7\\d|9[0-2])|5(?:[01][056]|2[034]|3[0-57-9]|4[178]|5[0-69]|6[0-35-9]|7[1-379]|8[0-68]|9[0239]))|87(?:20|7[078]|99))\\d{4}",[8]],["(?:427|7(?:11|[29]\\d|[78][0-25-9]))\\d{6}",[9]]],
"0",null]],
"963":[["SY",null,"[1-359]\\d{8}|[1-5]\\d{7}",[8,9],[6,7],[["(?:1(?:[1478]\\d|[2356])|21\\d|3(?:[13]\\d|4)|4[134]|5[1-3])\\d{6}|2[1-5]\\d{6}",[8,9]],["(?:50|9[03-689])\\d{7}",[9]]],
"0",null]],
"964":[["IQ",null,"(?:1|7\\d\\d)\\d{7}|[2-6]\\d{7,8}",[8,9,10],[6,7],[["1\\d{7}|(?:2[13-5]|3[02367]|4[023]|5[03]|6[026])\\d{6,7}",[8,9]],["7[3-9]\\d{8}",[10]]],
"0",null]],
"965":[["KW",null,"18\\d{5}|(?:[2569]\\d|41)\\d{6}",[7,8],[],[["18\\d{5}",[7]],["2(?:[23]\\d\\d|4(?:[1-35-9]\\d|44)|5(?:0[034]|[2-46]\\d|5[1-3]|7[1-7]))\\d{4}",[8]],["(?:41\\d\\d|5(?:(?:[05]\\d|1[0-7]|6[56])\\d|2(?:22|5[25])|7(?:55|77)|88[58]|999)|6(?:(?:0[034679]|5[015-9]|6\\d)\\d|1(?:00|11|6[16])|2[26]2|3[36]3|4[46]4|7(?:0[013-9]|[67]\\d)|8[68]8|9(?:[069]\\d|3[039]))|9(?:(?:[04679]\\d|8[057-9])\\d|1(?:00|1[01]|99)|2(?:00|2\\d)|3(?:00|3[03])|5(?:00|5\\d)))\\d{4}",[8]]],null,null]],
"966":[["SA",null,"(?:[15]\\d|800|92)\\d{7}",[9,10],[7],[["925\\d{6}",[9]],["800\\d{7}",[10]],["920\\d{6}",[9]],["1(?:1\\d|2[24-8]|3[35-8]|4[3-68]|6[2-5]|7[235-7])\\d{6}",[9]],["579[0-8]\\d{5}|5(?:[013-689]\\d|7[0-8])\\d{6}",[9]]],
"0",null]],
"967":[["YE",null,"(?:1|7\\d)\\d{7}|[1-7]\\d{6}",[7,8,9],[6],[["78[0-7]\\d{4}|17\\d{6}|(?:[12][2-68]|3[2358]|4[2-58]|5[2-6]|6[3-58]|7[24-6])\\d{5}",[7,8]],["7[01378]\\d{7}",[9]]],
"0",null]],
"968":[["OM",null,"(?:1505|[279]\\d{3}|500)\\d{4}|800\\d{5,6}",[7,8,9],[],[["900\\d{5}",[8]],["8007\\d{4,5}|(?:500|800[05])\\d{4}",[7,8,9]],["2[1-6]\\d{6}",[8]],["(?:1505|90[1-9]\\d)\\d{4}|(?:7[124-9]|9[1-9])\\d{6}",[8]]],null,null]],
"970":[["PS",null,"[2489]2\\d{6}|(?:1\\d|5)\\d{8}",[8,9,10],[7],[["1800\\d{6}",[10]],["1700\\d{6}",[10]],["(?:22[2-47-9]|42[45]|82[014-68]|92[3569])\\d{5}",[8]],["5[69]\\d{7}",[9]]],
"0",null]],
"971":[["AE",null,"(?:[4-7]\\d|9[0-689])\\d{7}|800\\d{2,9}|[2-4679]\\d{7}",[5,6,7,8,9,10,11,12],[],[["900[02]\\d{5}",[9]],["400\\d{6}|800\\d{2,9}",[5,6,7,8,9,10,11,12]],["700[05]\\d{5}",[9]],["600[25]\\d{5}",[9]],["[2-4679][2-8]\\d{6}",[8]],["5[02-68]\\d{7}",[9]]],
"0",null]],
"972":[["IL",null,"1\\d{6}(?:\\d{3,5})?|[57]\\d{8}|[1-489]\\d{7}",[7,8,9,10,11,12],[],[["1212\\d{4}|1(?:200|9(?:0[0-2]|19|9\\d))\\d{6}",[8,10]],["1(?:255|80[019]\\d{3})\\d{3}",[7,10]],["1700\\d{6}",[10]],["7(?:280[01]|38(?:[05]\\d|8[0-358])|8(?:33|55|77|81)\\d)\\d{4}|7(?:18|2[23]|3[237]|47|6[258]|7\\d|82|9[2-9])\\d{6}",[9]],["1599\\d{6}",[10]],["151\\d{8,9}",[11,12]],["153\\d{8,9}|29[1-9]\\d{5}|(?:2[0-8]|[3489]\\d)\\d{6}",[8,11,12]],["55(?:4(?:0[0-4]|10|6[015-9])|57[0-289]|8[06][0-2])\\d{4}|5(?:(?:[0-2][02-9]|[36]\\d|[49][2-9]|8[3-7])\\d|5(?:01|2\\d|3[0-3]|4[3-5]|5[0-25689]|6[6-8]|7[0-267]|8[7-9]|9[1-9]))\\d{5}",[9]]],
"0",null]],
"973":[["BH",null,"[136-9]\\d{7}",[8],[],[["(?:87|9[0-8])\\d{6}",[8]],["8[02369]\\d{6}",[8]],["84\\d{6}",[8]],["(?:1(?:3[1356]|6[0156]|7\\d)\\d|6(?:1[16]\\d|500|6(?:0\\d|3[12]|44|55|7[7-9]|88)|9[69][69])|7(?:[07]\\d\\d|1(?:11|78)))\\d{4}",[8]],["(?:3(?:[0-79]\\d|8[0-57-9])\\d|6(?:3(?:00|33|6[16])|441|6(?:3[03-9]|[69]\\d|7[0-689])))\\d{4}",[8]]],null,null]],
"974":[["QA",null,"800\\d{4}|(?:2|800)\\d{6}|(?:0080|[3-7])\\d{7}",[7,8,9,11],[],[["800\\d{4}|(?:0080[01]|800)\\d{6}",[7,9,11]],["2[136]\\d{5}",[7]],["4(?:(?:[014]\\d\\d|999)\\d|2022)\\d{3}",[8]],["[35-7]\\d{7}",[8]]],null,null]],
"975":[["BT",null,"[178]\\d{7}|[2-8]\\d{6}",[7,8],[6],[["(?:2[3-6]|[34][5-7]|5[236]|6[2-46]|7[246]|8[2-4])\\d{5}",[7]],["(?:1[67]|[78]7)\\d{6}",[8]]],null,null]],
"976":[["MN",null,"[12]\\d{7,9}|[5-9]\\d{7}",[8,9,10],[4,5,6],[["712[0-79]\\d{4}|7(?:1[013-9]|[5-79]\\d)\\d{5}",[8]],["[12](?:2[1-3]|(?:3[2-8]|4[2-68]|5[1-4689])\\d)\\d{5,6}|7(?:0(?:[0-5]\\d|7[078]|80)|128)\\d{4}|[12]27\\d{6}|(?:11|2[16]|5[368])\\d{6}",[8,9,10]],["(?:87[01]|92[0139])\\d{5}|(?:5[05]|6[069]|7[28]|8[0135689]|9[013-9])\\d{6}",[8]]],
"0",null]],
"977":[["NP",null,"(?:1\\d|9)\\d{9}|[1-9]\\d{7}",[8,10,11],[6,7],[["1(?:66001|800\\d\\d)\\d{5}",[11]],["(?:1[0-6]\\d|99[02-6])\\d{5}|(?:2[13-79]|3[135-8]|4[146-9]|5[135-7]|6[13-9]|7[15-9]|8[1-46-9]|9[1-7])[2-6]\\d{5}",[8]],["9(?:00|6[0-3]|7[0-24-6]|8[0-24-68])\\d{7}",[10]]],
"0",null]],
"979":[["001",null,"[1359]\\d{8}",[9],[8],[["[1359]\\d{8}",[9]]],null,null]],
"992":[["TJ",null,"(?:[0-57-9]\\d|66)\\d{7}",[9],[3,5,6,7],[["(?:3(?:1[3-5]|2[245]|3[12]|4[24-7]|5[25]|72)|4(?:46|74|87))\\d{6}",[9]],["(?:33[03-9]|4(?:1[18]|4[02-479])|81[1-9])\\d{6}|(?:[09]\\d|1[0-27-9]|2[0-27]|3[08]|40|5[05]|66|7[0157-9]|8[07-9])\\d{7}",[9]]],null,null]],
"993":[["TM",null,"[1-7]\\d{7}",[8],[],[["(?:1(?:2\\d|3[1-9])|2(?:22|4[0-35-8])|3(?:22|4[03-9])|4(?:22|3[128]|4\\d|6[15])|5(?:22|5[7-9]|6[014-689]))\\d{5}",[8]],["(?:6\\d|7[12])\\d{6}",[8]]],
"8",null]],
"994":[["AZ",null,"365\\d{6}|(?:[124579]\\d|60|88)\\d{7}",[9],[7],[["900200\\d{3}",[9]],["88\\d{7}",[9]],["(?:2[12]428|3655[02])\\d{4}|(?:2(?:22[0-79]|63[0-28])|3654)\\d{5}|(?:(?:1[28]|46)\\d|2(?:[014-6]2|[23]3))\\d{6}",[9]],["36554\\d{4}|(?:[16]0|4[04]|5[015]|7[07]|99)\\d{7}",[9]]],
"0",null]],
"995":[["GE",null,"(?:[3-57]\\d\\d|800)\\d{6}",[9],[6,7],[["800\\d{6}",[9]],["70[67]\\d{6}",[9]],["(?:3(?:[256]\\d|4[124-9]|7[0-4])|4(?:1\\d|2[2-7]|3[1-79]|4[2-8]|7[239]|9[1-7]))\\d{6}",[9]],["5(?:(?:(?:0555|1(?:[17]77|555))[5-9]|757(?:7[7-9]|8[01]))\\d|22252[0-4])\\d\\d|5(?:0(?:0(?:1[09]|70)|505)|1(?:0[01]0|1(?:07|33|51))|2(?:0[02]0|2[25]2)|3(?:0[03]0|3[35]3)|4(?:0[04]0|411)|5222|9000)[0-4]\\d{3}|(?:5(?:0(?:0(?:0\\d|1[12]|2[02]|3[0-6]|4[04]|5[05]|77|88|9[09])|(?:[14]\\d|77)\\d|22[02]|888)|1(?:1(?:[03][01]|[124]\\d|5[02-6]|7[0-6])|4\\d\\d)|2(?:228|555)|3555|4(?:4(?:[02-9]\\d|14)|555)|5(?:[0157-9]\\d\\d|200|333|4(?:44|55))|6[89]\\d\\d|7(?:(?:[0147-9]\\d|22)\\d|5(?:00|[57]5))|8(?:0(?:[018]\\d|2[0-4])|5(?:55|8[89])|8(?:55|88))|9(?:090|[1-35-9]\\d\\d))|790\\d\\d)\\d{4}",[9]]],
"0",null]],
"996":[["KG",null,"8\\d{9}|[235-9]\\d{8}",[9,10],[5,6],[["800\\d{6,7}",[9,10]],["312(?:5[0-79]\\d|9(?:[0-689]\\d|7[0-24-9]))\\d{3}|(?:3(?:1(?:2[0-46-8]|3[1-9]|47|[56]\\d)|2(?:22|3[0-479]|6[0-7])|4(?:22|5[6-9]|6\\d)|5(?:22|3[4-7]|59|6\\d)|6(?:22|5[35-7]|6\\d)|7(?:22|3[468]|4[1-9]|59|[67]\\d)|9(?:22|4[1-8]|6\\d))|6(?:09|12|2[2-4])\\d)\\d{5}",[9]],["312(?:58\\d|973)\\d{3}|(?:2(?:0[0-35]|2\\d)|5[0-24-7]\\d|600|7(?:[07]\\d|55)|88[08]|9(?:12|9[05-9]))\\d{6}",[9]]],
"0",null]],
"998":[["UZ",null,"(?:20|33|[5-9]\\d)\\d{7}",[9],[],[["(?:55\\d\\d|6(?:1(?:22|3[124]|4[1-4]|5[1-3578]|64)|2(?:22|3[0-57-9]|41)|5(?:22|3[3-7]|5[024-8])|[69]\\d\\d|7(?:[23]\\d|7[69]))|7(?:[168]\\d\\d|2(?:22|3[13-57-9]|4[1-3579]|5[14])|3(?:2\\d|3[1578]|4[1-35-7]|5[1-57]|61)|4(?:2\\d|3[1-579]|7[1-79])|5(?:22|5[1-9]|6[1457])|9(?:22|5[1-9])))\\d{5}",[9]],["(?:(?:[25]0|33|8[078]|9[0-57-9])\\d{3}|6(?:1(?:2(?:2[01]|98)|35[0-4]|50\\d|61[23]|7(?:[01][017]|4\\d|55|9[5-9]))|2(?:(?:11|7\\d)\\d|2(?:[12]1|9[01379])|5(?:[126]\\d|3[0-4]))|5(?:19[01]|2(?:27|9[26])|(?:30|59|7\\d)\\d)|6(?:2(?:1[5-9]|2[0367]|38|41|52|60)|(?:3[79]|9[0-3])\\d|4(?:56|83)|7(?:[07]\\d|1[017]|3[07]|4[047]|5[057]|67|8[0178]|9[79]))|7(?:2(?:24|3[237]|4[5-9]|7[15-8])|5(?:7[12]|8[0589])|7(?:0\\d|[39][07])|9(?:0\\d|7[079])))|7(?:[07]\\d{3}|2(?:2(?:2[79]|95)|3(?:2[5-9]|6[0-6])|57\\d|7(?:0\\d|1[17]|2[27]|3[37]|44|5[057]|66|88))|3(?:2(?:1[0-6]|21|3[469]|7[159])|(?:33|9[4-6])\\d|5(?:0[0-4]|5[579]|9\\d)|7(?:[0-3579]\\d|4[0467]|6[67]|8[078]))|4(?:2(?:29|5[0257]|6[0-7]|7[1-57])|5(?:1[0-4]|8\\d|9[5-9])|7(?:0\\d|1[024589]|2[0-27]|3[0137]|[46][07]|5[01]|7[5-9]|9[079])|9(?:7[015-9]|[89]\\d))|5(?:112|2(?:0\\d|2[29]|[49]4)|3[1568]\\d|52[6-9]|7(?:0[01578]|1[017]|[23]7|4[047]|[5-7]\\d|8[78]|9[079]))|9(?:22[128]|3(?:2[0-4]|7\\d)|57[02569]|7(?:2[05-9]|3[37]|4\\d|60|7[2579]|87|9[07]))))\\d{4}",[9]]],null,null]]};
