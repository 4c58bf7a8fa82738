/*
 * sheets-bridge 2.0.0 for Google Apps Script — the whole bridge in one file.
 * Paste it into Extensions → Apps Script (replacing the sample code), then the manifest
 * apps_script/dist/appsscript.json into Project Settings → "Show "appsscript.json" manifest file in editor".
 * Guide: templates/apps_script_guide_ru.md / templates/apps_script_guide_en.md.
 * Built by apps_script/build.js from Texts.gs, Code.gs, Status.gs, Menu.gs, Events.gs, Privacy.gs, Phones.gs, Adapters.gs, PhoneData.gs, NameData.gs
 * (sha256 ebc9df2cf7e07a71). Do not edit here: edit the sources and rebuild.
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
    'err.body_deep': 'тело запроса — JSON, вложенный глубже {max} уровней',
    'err.source': 'неизвестная платформа «{source}»; известные: {known}',
    'err.required': 'обязательное поле',
    'err.not_string': 'должно быть строкой, а не {type}',
    'err.too_long': 'длиннее {n} символов',
    'err.iso': 'нужны дата и время ISO-8601, например 2025-01-01T12:34:56+03:00',
    'err.no_offset': 'нужен сдвиг от UTC (…+03:00 или Z)',
    'err.year': 'год {year} вне {from}–{to}; проверьте часы отправителя',
    'err.offset': 'сдвиг от UTC должен быть от −14:00 до +14:00',
    'err.event_type': 'должно выглядеть как сущность.действие (строчные буквы, через точку), например lead.created',
    'err.level': 'должно быть одним из: info, warning, error',
    'err.confidence': 'должно быть числом от 0 до 1',
    'err.object': 'должно быть JSON-объектом',
    'err.deep': 'вложено глубже {max} уровней',
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
    'err.body_deep': 'the body is not valid JSON (nested deeper than {max} levels)',
    'err.source': 'unknown platform “{source}”; known: {known}',
    'err.required': 'is required',
    'err.not_string': 'must be a string, not {type}',
    'err.too_long': 'is longer than {n} characters',
    'err.iso': 'must be ISO-8601 like 2025-01-01T12:34:56+03:00',
    'err.no_offset': 'needs a UTC offset (…+03:00 or Z)',
    'err.year': 'year {year} is outside {from}–{to}; check the sender’s clock',
    'err.offset': 'the UTC offset must be between -14:00 and +14:00',
    'err.event_type': 'must look like noun.verb (lowercase, dot-separated), e.g. lead.created',
    'err.level': 'must be one of info, warning, error',
    'err.confidence': 'must be a number from 0 to 1',
    'err.object': 'must be a JSON object',
    'err.deep': 'nests deeper than {max} levels',
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
// A body nesting deeper is refused naming `body`, as the Python receiver refuses what its JSON parser cannot read
// (RecursionError, near 980 levels there). Payloads may nest MAX_DEPTH levels; everything after this check recurses.
var MAX_BODY_DEPTH = 900;

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
  return store_(events.map(function (ev) { return {values: rowValues_(ev, key, received), derived: !ev.event_id}; }));
}

/** The checked events of a request body (FieldError naming the field otherwise). */
function eventsOf_(body, source, ctx) {
  var data;
  try {
    data = JSON.parse(body);
  } catch (err) {  // also a RangeError, should the parser run out of stack
    throw new FieldError_('body', t_('err.body'));
  }
  if (depthOver_(data, MAX_BODY_DEPTH)) throw new FieldError_('body', t_('err.body_deep', {max: MAX_BODY_DEPTH}));
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

/**
 * Appends the rows not in the sheet yet; entries: [{values: rowValues_(…), derived: whether the id was derived
 * from the content (the sender gave none)}]. A row whose id is already among the last RECENT_ROWS rows (or earlier
 * in this request) is a duplicate — unless its id was derived and the row there differs (another crm_id, user or
 * intent): then it is another event and is stored under contentId_, as the Python journal does.
 */
function store_(entries) {
  return withLock_(function () {
    var sheet = tab_(EVENTS_TAB, EVENTS_HEADER);
    var seen = recentIds_(sheet), mine = Object.create(null);
    var stored = [], duplicates = [], fresh = [];
    var known = function (id) { return has_(seen, id) || has_(mine, id); };
    entries.forEach(function (entry) {
      var row = entry.values.map(cell_), id = String(row[0]);
      if (known(id)) {
        var before = has_(mine, id) ? mine[id] : storedRow_(sheet, seen[id]);
        if (!entry.derived || sameEvent_(before, row)) { duplicates.push(id); return; }
        row = [contentId_(entry.values)].concat(entry.values.slice(1)).map(cell_);
        id = String(row[0]);
        if (known(id)) { duplicates.push(id); return; }
      }
      mine[id] = row;
      stored.push(id);
      fresh.push(row);
    });
    if (fresh.length) appendRows_(sheet, fresh, [CONFIDENCE_COLUMN]);
    return reply_({ok: true, stored: stored, duplicates: duplicates, version: BRIDGE_VERSION});
  });
}

function storedRow_(sheet, rowNumber) {
  return sheet.getRange(rowNumber, 1, 1, EVENTS_HEADER.length).getValues()[0];
}

/** Two rows (as cells) of the same event: equal but for the id and the time of receipt. */
function sameEvent_(a, b) {
  return EVENTS_HEADER.every(function (name, i) {
    return name === 'event_id' || name === 'received_at' || String(a[i]) === String(b[i]);
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

/** {id: its row number} of the last RECENT_ROWS rows (the first row of an id that is there twice). */
function recentIds_(sheet) {
  var last = sheet.getLastRow();
  var seen = Object.create(null);
  if (last < 2) return seen;
  var first = Math.max(2, last - RECENT_ROWS + 1);
  sheet.getRange(first, 1, last - first + 1, 1).getValues().forEach(function (r, i) {
    if (!has_(seen, String(r[0]))) seen[String(r[0])] = first + i;
  });
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
var YEARS = [2000, 2100];         // a timestamp outside them is a sender's bug (events.YEARS)
var MAX_DEPTH = 20;               // how deeply a payload may nest (events.MAX_DEPTH)
var MAX_OFFSET_MINUTES = 14 * 60;  // real UTC offsets run from -12:00 to +14:00
var ESCAPE_LEADS = ['=', '+', '-', '@', '\t', '\r', '\n', "'"];
var ILLEGAL_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;  // dropped from cells (cells._ILLEGAL)
// Lone surrogates (JSON "\ud800", a text cut in the middle of an emoji) become U+FFFD in every text of an event
// (events._clean); with U+FFFE and U+FFFF, which XML 1.0 cannot hold either, also in every cell (cells._NOT_XML).
// The u flag makes a valid pair one code point, so only lone halves match.
var LONE_SURROGATE = /[\ud800-\udfff]/gu;
var NOT_XML_CHARS = /[\ud800-\udfff\ufffe\uffff]/gu;

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
  v = typeof v === 'number' ? pyInt_(v) : clean_(v);
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
  if (p.year < YEARS[0] || p.year > YEARS[1]) fail_('timestamp', 'err.year', {year: p.year, from: YEARS[0], to: YEARS[1]});
  if (Math.abs(p.offset) > MAX_OFFSET_MINUTES || (Math.abs(p.offset) === MAX_OFFSET_MINUTES && p.offsetSeconds)) {
    fail_('timestamp', 'err.offset');
  }
  return isoText_(p);
}

/* ---------- what no event may hold ---------- */

function clean_(s) {
  return s.replace(LONE_SURROGATE, '\ufffd');
}

/** A JSON value with lone surrogates in its texts and keys replaced (events._clean_all); its depth is checked first. */
function cleanAll_(v) {
  if (typeof v === 'string') return clean_(v);
  if (Array.isArray(v)) return v.map(cleanAll_);
  if (!isObject_(v)) return v;
  var out = Object.create(null);  // a key "__proto__" (JSON.parse keeps it) stays a key
  Object.keys(v).forEach(function (k) { out[clean_(k)] = cleanAll_(v[k]); });
  return out;
}

/** Whether lists and objects nest more than max levels deep in v (events._depth: a value that is neither is 0
 * levels, [] is 1). A loop over a stack, not recursion, so a body nested 100,000 deep is measured too. */
function depthOver_(v, max) {
  var stack = [[v, 0]];
  while (stack.length) {
    var top = stack.pop(), item = top[0], level = top[1] + 1;
    if (item === null || typeof item !== 'object') continue;
    if (level > max) return true;
    var children = Array.isArray(item) ? item : Object.keys(item).map(function (k) { return item[k]; });
    for (var i = 0; i < children.length; i++) stack.push([children[i], level]);
  }
  return false;
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
    if (p && depthOver_(p, MAX_DEPTH)) fail_('payload', 'err.deep', {max: MAX_DEPTH});
    out.payload = cleanAll_(p || {});
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

/** The id of an event sent without one, derived from its time, channel, session, type and payload (events.event_id). */
function eventId_(ev) {
  if (ev.event_id) return ev.event_id;
  return 'ev_' + sha256Hex_(pyJson_({timestamp: ev.timestamp, channel: ev.channel, session_id: ev.session_id,
    event_type: ev.event_type, payload: ev.payload})).slice(0, 20);
}

function sha256Hex_(text) {
  return bytesToHex_(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8));
}

/**
 * The `events` row's values, in EVENTS_HEADER order (events.to_row): user ids as keyed hashes; every text (ids,
 * channel, intent, crm_id, payload) scrubbed, so a phone in crm_id becomes a token while LEAD_789 stays; names
 * in the payload as tokens (scrubPayload_); the payload as Python's JSON text.
 */
function rowValues_(ev, key, receivedAt) {
  var payload = Object.keys(ev.payload).length ?
    pyJson_(scrubPayload_(ev.payload, key, true, ev.event_type === 'message.sent')) : '';
  var given = ev.event_id ? scrub_(ev.event_id, key) : '';
  return [given || eventId_(ev), ev.timestamp, receivedAt, ev.level, scrub_(ev.channel, key), scrub_(ev.session_id, key),
    hashId_(ev.user_id, key), ev.event_type, scrub_(ev.intent, key), ev.confidence, scrub_(ev.crm_id, key), payload];
}

/** The row as cells. */
function toRow_(ev, key, receivedAt) {
  return rowValues_(ev, key, receivedAt).map(cell_);
}

/**
 * An id for an event without event_id that also covers what eventId_ leaves out (user, intent, crm_id, level,
 * confidence), made from the row's values but its id and time of receipt (events.content_id): two such events
 * that differ only there are two events, not a retry.
 */
function contentId_(values) {
  var fields = {};
  EVENTS_HEADER.forEach(function (name, i) {
    if (name !== 'event_id' && name !== 'received_at') fields[name] = values[i];
  });
  return 'ev_' + sha256Hex_(pyJson_(fields)).slice(0, 20);
}

/** One value as a cell (workbook/cells.py to_cell): text a spreadsheet could evaluate gets a leading apostrophe. */
function cell_(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return isFinite(v) ? v : '';
  var text = String(v).replace(ILLEGAL_CHARS, '').replace(NOT_XML_CHARS, '\ufffd');
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
 * Keyed tokens for personal data, the same as sheets_bridge.privacy (detect.py, scrubber.py, keys.py, fullnames.py):
 * phones (Phones.gs), e-mails, bank cards (Luhn), passports, introduced names / patronymics and full names become
 * [PHONE:1a2b3c4d5e]-style tokens, HMAC-SHA256 of "KIND:value" under TOKEN_KEY. Overlaps are settled as in
 * Python: spans sorted by start, then kind (e-mail, card, passport, phone, name), then length; an existing
 * token is never scrubbed again.
 */

var WORD = '[\\p{L}\\p{N}_]';  // Python's \w (Unicode)
var EMAIL_RE = new RegExp('(?<![\\p{L}\\p{N}_.+-])[\\p{L}\\p{N}_.+-]+@[\\p{L}\\p{N}_-]+(?:\\.[\\p{L}\\p{N}_-]+)*\\.[A-Za-z\\u0400-\\u04ff]{2,}', 'gu');
// Not after a digit and a decimal point (a coordinate's fraction); a long number inside a link is an id, never a card
// (detect.CARD_RE and URL_RE).
var CARD_RE = /(?<![\d-])(?<!\d[.,])\d(?:[ -]?\d){12,18}(?!\d)/g;
var URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
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
// Long texts are scanned in windows of SCAN_WINDOW characters (code points, as Python counts them), each seen with
// SCAN_CONTEXT characters on both sides, as scrubber.WINDOW and CONTEXT: the time grows with the length (not its
// square), and the phone finder's limit (PN_MAX_TRIES candidates, as phonenumbers') holds per window, so the end
// of a long text is scrubbed too. A span is taken from the window it starts in.
var SCAN_WINDOW = 2000;
var SCAN_CONTEXT = 200;

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
  var links = [];
  if (text.indexOf('/') >= 0 || text.toLowerCase().indexOf('www.') >= 0) {
    eachMatch_(URL_RE, text, function (m) { links.push([m.index, m.index + m[0].length]); });
  }
  eachMatch_(CARD_RE, text, function (m) {
    var digits = m[0].replace(/\D/g, '');
    var inLink = links.some(function (span) { return span[0] <= m.index && m.index < span[1]; });
    if (!inLink && digits.length >= 13 && digits.length <= 19 && luhn_(digits) &&
        !NOT_A_PHONE_BEFORE.test(lastChars_(text.slice(0, m.index), 30))) {  // detect._before: 30 characters
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

/** What the finders find in a text, in Python's order (Scrubber._find_all). */
function findAll_(text) {
  return [].concat(findEmails_(text), findCards_(text), findPassports_(text), findPhoneSpans_(text), findNames_(text),
    findFullNames_(text));
}

/** UTF-16 offsets of the text's code points (Python's indexes), and the text's length at the end. */
function codePointOffsets_(text) {
  var at = [];
  for (var i = 0; i < text.length; i += text.codePointAt(i) > 0xffff ? 2 : 1) at.push(i);
  at.push(text.length);
  return at;
}

/** Every piece of personal data in the text, without overlaps (Scrubber.find): long texts in windows (SCAN_WINDOW). */
function findPersonalData_(text) {
  var limit = SCAN_WINDOW + 2 * SCAN_CONTEXT;
  var at = text.length > limit ? codePointOffsets_(text) : null, n = at ? at.length - 1 : 0;
  if (!at || n <= limit) return withoutOverlaps_(text, findAll_(text));
  var found = [];
  for (var start = 0; start < n; start += SCAN_WINDOW) {
    var low = at[Math.max(0, start - SCAN_CONTEXT)], from = at[start], to = at[Math.min(n, start + SCAN_WINDOW)];
    findAll_(text.slice(low, at[Math.min(n, start + SCAN_WINDOW + SCAN_CONTEXT)])).forEach(function (f) {
      if (from <= f.start + low && f.start + low < to) {
        f.start += low;
        f.end += low;
        found.push(f);
      }
    });
  }
  return withoutOverlaps_(text, found);
}

/** The spans that overlap neither an earlier one nor a token already in the text (Scrubber._without_overlaps). */
function withoutOverlaps_(text, found) {
  if (!found.length) return [];
  var existing = [];
  eachMatch_(TOKEN_RE, text, function (m) { existing.push([m.index, m.index + m[0].length]); });
  found.sort(function (a, b) {
    return (a.start - b.start) || (KIND_PRIORITY[a.kind] - KIND_PRIORITY[b.kind]) || ((b.end - b.start) - (a.end - a.start));
  });
  var kept = [], j = 0;
  found.forEach(function (f) {
    if (kept.length && f.start < kept[kept.length - 1].end) return;
    while (j < existing.length && existing[j][1] <= f.start) j++;
    if (j < existing.length && existing[j][0] < f.end) return;  // already a token (scrubbing twice changes nothing)
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

/* ---------- full names without a model (sheets_bridge/privacy/fullnames.py) ---------- */

// A capitalized given name (NameData.gs, in any grammatical case) followed by a capitalized word that is not an
// ordinary sentence word, or preceded by a word shaped like a Russian surname, with a patronymic if one follows; or
// a title (Mr, Ms, Dr, г-жа…) before a capitalized word. A given name alone is left alone: it identifies nobody.
var NAME_WORD = '[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?';
var NAME_RUN_RE = new RegExp('(?<![\\p{L}\\p{N}_@.#/-])' + NAME_WORD + '(?:[ \\t\\u00a0]+' + NAME_WORD + ')*' +
  '(?![\\p{L}\\p{N}_@-])', 'gu');  // title-case words separated by spaces: the candidates
var NAME_WORD_RE = new RegExp(NAME_WORD, 'gu');
var NAME_TITLE_RE = new RegExp('(?<![\\p{L}\\p{N}_])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|г-жа|г-н|госпожа|господин)\\.?' +
  '[ \\t\\u00a0]+(' + NAME_WORD + ')', 'gu');
var RU_SURNAME_RE = /(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ом|е|ы|ых)?|(?:ск|цк)(?:ий|ая|ой|ого|ому|им|ую|ом)|енко|чук|ук|юк|ян|янц|дзе|швили|ова|ева)$/iu;
// Capitalized words that start sentences or name things, never a surname after a given name (fullnames.STOP).
var FULL_NAME_STOP = new Set([
  'спасибо', 'благодарю', 'здравствуйте', 'привет', 'добрый', 'доброе', 'доброго', 'хорошо', 'хорошего', 'хорошая',
  'отлично', 'ок', 'окей', 'да', 'нет', 'пожалуйста', 'подскажите', 'скажите', 'можно', 'сколько', 'когда', 'где',
  'как', 'что', 'кто', 'это', 'эта', 'этот', 'вы', 'вас', 'вам', 'ваш', 'ваша', 'ваше', 'вами', 'мы', 'нас', 'нам',
  'я', 'мне', 'меня', 'он', 'она', 'они', 'оно', 'там', 'тут', 'если', 'или', 'и', 'а', 'но', 'ну', 'уже', 'ещё',
  'еще', 'сегодня', 'завтра', 'вчера', 'записала', 'записал', 'записали', 'запишите', 'записать', 'ждём', 'ждем',
  'жду', 'до', 'после', 'на', 'в', 'с', 'у', 'к', 'по', 'за', 'от', 'для', 'без', 'при', 'про', 'передадим',
  'передам', 'передайте', 'понедельник', 'вторник', 'среда', 'среду', 'четверг', 'пятница', 'пятницу', 'суббота',
  'субботу', 'воскресенье', 'январь', 'января', 'февраль', 'февраля', 'март', 'марта', 'апрель', 'апреля', 'май',
  'мая', 'июнь', 'июня', 'июль', 'июля', 'август', 'августа', 'сентябрь', 'сентября', 'октябрь', 'октября', 'ноябрь',
  'ноября', 'декабрь', 'декабря', 'бог', 'богу', 'бога', 'господи', 'россия', 'москва', 'уфа', 'казань', 'thanks',
  'thank', 'hi', 'hello', 'hey', 'dear', 'ok', 'okay', 'yes', 'no', 'please', 'sure', 'the', 'a', 'an', 'i', 'we',
  'you', 'he', 'she', 'they', 'it', 'this', 'that', 'is', 'are', 'was', 'can', 'could', 'would', 'should', 'will',
  'do', 'does', 'did', 'have', 'has', 'good', 'great', 'morning', 'evening', 'afternoon', 'night', 'see', 'bye',
  'and', 'or', 'but', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'miss', 'dr', 'spa', 'salon', 'studio', 'clinic'
]);

function surnameLike_(word) {
  return word.length >= 2 && !FULL_NAME_STOP.has(casefold_(word));
}

/** [first, last] word indexes of the full names in one run of capitalized words (fullnames._name_words). */
function nameWords_(words) {
  var spans = [], i = 0;
  while (i < words.length) {
    var word = words[i].text;
    if (word.length < 3 || FULL_NAME_STOP.has(casefold_(word)) || !isGivenName_(word)) { i++; continue; }
    var first = i && RU_SURNAME_RE.test(words[i - 1].text) && surnameLike_(words[i - 1].text) ? i - 1 : i;
    if (spans.length && first <= spans[spans.length - 1][1]) first = i;
    var last = i;
    while (last + 1 < words.length && last - first < 2 && surnameLike_(words[last + 1].text)) last++;
    if (last > first) {
      spans.push([first, last]);
      i = last + 1;
    } else {
      i++;
    }
  }
  return spans;
}

function fullNameSpan_(text, start, end) {
  return {start: start, end: end, kind: 'NAME', value: pySplit_(casefold_(text.slice(start, end))).join(' ')};
}

/** Full names typed in the text (fullnames.FullNames.find). */
function findFullNames_(text) {
  var out = [];
  eachMatch_(NAME_RUN_RE, text, function (run) {
    if (!/[ \t\u00a0]/.test(run[0])) return;
    var words = [];
    eachMatch_(NAME_WORD_RE, run[0], function (w) {
      words.push({text: w[0], start: run.index + w.index, end: run.index + w.index + w[0].length});
    });
    nameWords_(words).forEach(function (span) {
      out.push(fullNameSpan_(text, words[span[0]].start, words[span[1]].end));
    });
  });
  eachMatch_(NAME_TITLE_RE, text, function (m) {
    if (FULL_NAME_STOP.has(casefold_(m[1]))) return;
    var start = m.index + m[0].length - m[1].length;
    out.push(fullNameSpan_(text, start, start + m[1].length));
  });
  return out;
}

/* ---------- name fields of event payloads (events._scrub_payload, fullnames.is_given_name) ---------- */

// Payload keys that hold a person's name (compared without "_", "-" and case), at the top level or inside the
// objects that describe a person; a business's own sender (message.sent) keeps its name, as a manager does in chats.
var NAME_KEYS = ['name', 'firstname', 'lastname', 'middlename', 'fullname', 'surname', 'username', 'nickname',
  'displayname', 'clientname', 'contactname', 'customername', 'authorname', 'fio', 'sender'];
var PERSON_KEYS = ['from', 'user', 'client', 'contact', 'customer', 'sender', 'author', 'profile', 'subscriber',
  'lead', 'person', 'chat'];
var NAME_ENDINGS = ['ами', 'ями', 'ой', 'ей', 'ем', 'ём', 'ом', 'ою', 'ею', 'е', 'у', 'ю', 'ы', 'и', 'а', 'я', 'ь'];
var NAME_NOMINATIVES = ['', 'а', 'я', 'й', 'ь', 'ия'];
var PY_SPACE = '[\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';  // str.isspace
var PY_SPACES_RE = new RegExp(PY_SPACE + '+');
var PY_STRIP_RE = new RegExp('^' + PY_SPACE + '+|' + PY_SPACE + '+$', 'g');
var ONE_TOKEN_RE = new RegExp('^(?:' + TOKEN_RE.source + ')$');
var GIVEN_NAMES_ = null;  // the decoded lexicon (NameData.gs), made on first use

/** Python's str.casefold for the letters names are written in (ß and final sigma fold as in Python). */
function casefold_(s) {
  return String(s).toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ');
}

/** Python's str.split() (no argument): on runs of whitespace, without empty words. */
function pySplit_(s) {
  return String(s).split(PY_SPACES_RE).filter(Boolean);
}

function pyStrip_(s) {
  return String(s).replace(PY_STRIP_RE, '');
}

/** The given names of sheets_bridge/data/first_names.txt, decoded from GIVEN_NAME_DATA (see NameData.gs). */
function givenNames_() {
  if (GIVEN_NAMES_) return GIVEN_NAMES_;
  var names = new Set(), before = '', re = /(\d)(\D*)/g, m;
  while ((m = re.exec(GIVEN_NAME_DATA)) !== null) {
    before = before.slice(0, +m[1]) + m[2];
    names.add(before);
  }
  GIVEN_NAMES_ = names;
  return names;
}

/** A given name in any grammatical case (fullnames.is_given_name): Анна, Анне, Ксении, Ильдару, Анна-Мария. */
function isGivenName_(word) {
  if (word.indexOf('-') >= 0) return word.split('-').some(function (part) { return part && isGivenName_(part); });
  var names = givenNames_(), low = casefold_(word), length = Array.from(low).length;
  if (names.has(low)) return true;
  return NAME_ENDINGS.some(function (ending) {
    if (!low.endsWith(ending) || length - ending.length < 2) return false;
    var stem = low.slice(0, low.length - ending.length);
    return NAME_NOMINATIVES.some(function (nominative) { return names.has(stem + nominative); });
  });
}

/** A person's display name (or the phone it is saved as) as a token (Scrubber.person). */
function person_(value, key) {
  if (!pyStrip_(value)) return value;
  var e164 = normalizePhone_(value);
  if (e164) return '[PHONE:' + keyedHash_(key, 'PHONE', e164) + ']';
  return '[NAME:' + keyedHash_(key, 'NAME', pySplit_(casefold_(value)).join(' ')) + ']';
}

/** A name field's value: a token, unless it is one given name alone ("Анна", which identifies nobody; the text
 * rules keep it too) or already a token (events._person_name). */
function personName_(value, key) {
  var words = pySplit_(value);
  if (!words.length || (words.length === 1 && isGivenName_(words[0])) || ONE_TOKEN_RE.test(pyStrip_(value))) {
    return scrub_(value, key);
  }
  return person_(value, key);
}

function fieldKey_(name) {
  return casefold_(String(name).replace(/_/g, '').replace(/-/g, ''));
}

/** A payload with its texts scrubbed, and the values under name keys (names: at the top level or in a person's
 * object) as persons; in a business's message (message.sent) the sender keeps its name (events._scrub_payload). */
function scrubPayload_(v, key, names, business) {
  if (typeof v === 'string') return scrub_(v, key);
  if (Array.isArray(v)) return v.map(function (x) { return scrubPayload_(x, key, names, business); });
  if (!isObject_(v)) return v;
  var out = Object.create(null);  // a key "__proto__" (JSON.parse keeps it) stays a key
  Object.keys(v).forEach(function (k) {
    var field = fieldKey_(k);
    if (names && NAME_KEYS.indexOf(field) >= 0 && typeof v[k] === 'string' && !(business && field === 'sender')) {
      out[k] = personName_(v[k], key);
    } else {
      out[k] = scrubPayload_(v[k], key, PERSON_KEYS.indexOf(field) >= 0, business);
    }
  });
  return out;
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

/** {"messages": [{"id", "chat_id", "timestamp", "direction": "in"|"out", "text", "sender", "channel"?}]}. The event
 * id is gen-<chat_id>:<id>, since many platforms number messages per chat (% and : in the chat id escaped). */
function adaptGeneric_(body, ctx) {
  if (!isObject_(body) || !Array.isArray(body.messages)) fail_('messages', 'err.not_platform', {platform: 'generic', field: 'messages'});
  return body.messages.map(function (m, i) {
    var at = 'messages[' + i + ']';
    if (!isObject_(m)) fail_(at, 'err.object');
    ['id', 'chat_id', 'timestamp', 'text'].forEach(function (k) { if (idText_(m[k]) === '') fail_(at + '.' + k, 'err.required'); });
    var direction = m.direction === undefined ? 'in' : m.direction;
    if (direction !== 'in' && direction !== 'out') fail_(at + '.direction', 'err.direction');
    var chat = idText_(m.chat_id).replace(/%/g, '%25').replace(/:/g, '%3A');
    return {event_id: 'gen-' + chat + ':' + idText_(m.id), timestamp: when_(m.timestamp, at + '.timestamp', ctx),
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

// ===== NameData.gs =====
/*
 * Generated by apps_script/tools/make_name_data.py from sheets_bridge/data/first_names.txt: do not edit by hand.
 * The names, front-coded: a digit (the leading letters shared with the name before) and the rest.
 *
 * Given names, one per line in lower case: Russian (Cyrillic) first, then Latin script.
 * sheets_bridge/privacy/fullnames.py takes a given name followed by a surname ("Анна Сафина", "Anjali Mehta")
 * as a person's full name; a given name alone is never replaced because of this list.
 * Sources (their licences, verbatim, and how this file was built: first_names.md beside it):
 * - Russian: natasha 1.6.0 (PyPI; github.com/natasha/natasha), natasha/data/dict/first.txt, MIT License,
 * Copyright (c) 2016 (the natasha authors); minus the ordinary words of its maybe_first.txt (common given
 * names among them kept), plus Latin spellings (ICAO Doc 9303 table and the common y/yu/ya spelling).
 * - English: US Census Bureau, 1990 census name files dist.female.first and dist.male.first (public domain),
 * as shipped in names 0.3.0 (PyPI; github.com/treyhunner/names); minus English words (first_names.md).
 * - Indian: indian-names 0.3 (PyPI; github.com/ByteBaker/indian-names), first.female.names and
 * first.male.names, BSD 3-Clause License, Copyright (c) 2021, Shraddha Kishan Tripathi.
 */
var GIVEN_NAME_COUNT = 22939;
var GIVEN_NAME_DATA = [
  "0aanchal2radhita3ohi4n3ti2stha1ba3i3kar3s3t3y2bas3ey3ie3os3y2di3rahman5khman3u4gani4karim5odir4l5a6tif6ziz5hamid5khamid5la7h7kh6o7h7kh5o4malik4rahim7man8on6khim8man9on6shid7ul6uf5rahman7khman4salam7om6mad6ttor4vali5ohid6khid2e3ke3l2ha4y3igyan4jeet4lash8a5esh4nav5esh4sar5hek6ree2i3dat3gail3l2lai5khan4y5han5khan2o2ra4ham4kham4m3ek3or5bek2u3bakar6ir6r3kar3zar2ylai6khan5y6han6khan2zal1da3h3i3lberto4ia",
  "t5ne4yat3m3n3y2die2eksandr9a5ei6y3l4a5ida7e4e5chka4ia5ia5na6e6ka6ochka5ya4ka4l5a5e4ya3ma4i3na2ham3ya2i3a4n3ba3ia3k3l4bek4e5t4han4ia4khan4ya4zhan3na5i5y3s4a3ti4ya6nath3ya2kham2lan3et2mir2ok3lf5o4ph2rei4y3ia5n6a6e6na7e6o4en6e6ne2ya4n4shankar3gzhy3l4bek4zhan1eka3sandr4ei5y2lita1fanasia7i8a7y8a2gan2onasii7y4ia4ya2rodita2tandil3on1gabek3fia4on4ya3si3ta4ha4ochka2il2laia4ya2nes5a5hka5sa3i4a4ia4ya3us2rafe",
  "na3ipina5pina2ueda3nda3stin7a2van2zam1had3n3t2iles4ya2liddin5in2ma4d5zhon4t3ed4t5zhan2ror5bek2sar2tam3em1iaal3goz4ul3koz3la3n4a5t3ru3t3u4ka4ly6m4zhan3z4han2ba4nu4r4t3ek3ike3ol5at3ulat3yn2churok2d3a4i4mir4n5a5ka4r5bek5ik5khan4sh3e4mir4r3in5a3ochka4s3yn4s2erke2ganym6sh3era5im7a5ym3iul5n4z5a3ul5chik5echka5ia5ka4n4zel2ia3da2k3a4z3en4rim3han6ym3o4rkem3umis3yn2la4ana4n5a4ra3een4ne3in5a3una2ma4n5a4ra3ee3",
  "ira3urat2na4gul4r5a4sh4z5ik3el3isa3ur5a2peri2rat3in2s3a4lkyn4na4ra4ule3el4n4zim3ha5n5t4e4olpan4waran7ya3ina3lana4u3u4ltan5u6u4n3ylu2ta4ch4l5ina4n3bai4ek3en3kul3olkyn3uar4gan4rgan3zhan2ub3na3r3sh5a2var4z2ym4gul4zhan2za4da4na4t3ek4re3hamal5n6a5rkyn4uldyz3ilia4rek1ja3y2eet1ka3kii5y3n4ksha3rys3sh2baian4r4yan3ermet3obek4pe4ta2didar2erke3zhan2gul2had4n4t3il5es7h3liddin6in3ma5d6zhon5t4ed5t6zhan3ror6bek3s",
  "ar3tam4em2i3f3ko3lah3m4zhan3ra2kenzhe3u2lima2mal5zhon4ral5zhan3onshak2niet3ur5a2o3b4ir3n4ia4ya3p3sh4ia4ya2ram5an5zhon3iti3om2sana4ule3el4nia6ia6ya3hara5t5y4in5t4olpan3inia6ia6ya5ya3ulu2tan4u3ilek3olkyn2ulina2yl4ai5y4bek4zhan2zhan5rkyn4ibek5git4ol4unis1la3ddin4in3h3ina5e3kh3n4a4e4na3yna2ba3ek4rt6a6ha6ina8e6o3ina5chik5ka5ochka4shka3us2da4n4r3en3iiar4yar3o3yn5ai6y2e3ase3c4hka4ia3en3ftina3g3h4a5ndro3i",
  "da4sha3jandra8ina8o3k4a5ndr4ei5y4h5a6ndro4s5a6dr8a6n7d8a9r8er8or8r9a9ia9iia9ina9iya9o9ushka8yr7lr7ndr7r8a6shka5e6i6y5i6a6i7a6s6y7a5ki6y5ndr3m3n4a5chka4chik4e4ka4ochka4ushka3s4andr8a8o4echka5i5nka5y4h5a5enka5ia5ka4ia5ia5ya4ka6ndr5ei6y4sandra9o4ya3ta4ha5ea5ia3vtina3x4a5nder7ra8ia4ia5s2fia4ia4na5ur4r5a4s4ya3ons6o5zo3red6a6ia6o2gis4z2has4zur2i3a4kbar4na4s5hab5kar6hab3baba4ek4i3ca4e4hka5on4ia3da4zhon3e",
  "3ftina3han3i4a5r4usha7ka3k4a4han4o4s5andr5ei6y3m4a5rdon4bek4e4han4khan4zhan3n4a5chka4chik4e4ka4ochka4ur5shka6ia7k6ya3ra3s4a4e4h5a6n5er5ia5ka4ia5ia5ya4ka5han4ochka5n6ka4sa3ta3usia6k3via5ia5ya3x3y4a5r4usha7ka3za4han5on2ka3has5zur3sandr4ei5y2la4h4kh4n3een4gra4n5a5e3i4e4ne4son3ochka3usia5ya3yn4son2ma4gul4nbet4s5h6an5khan4t4z5bek3eda4ta3ina4r5a3usha2nksandr3ur2ochka3na4chik4ka4ochka4so4ushka4zo3sha2pam",
  "ys3ha4onse7o2sina3u4shka2ta4gracia4ir4n5a3er3ha4ea3on3usha3yn5a6i6y5bek5gul5shash2ua3kard3sia4ya2va4ro3era5ta3i4n5a2ya4na4s3ce4ia3m4bek4zhan3sa4e4ha4ia4on4sa3usik5ya2zhan1mada4ei5y4o4u3iak3l4ia5ia5ya4ya3n4ai5t5y4bai6y5ek4da5yk4gali5eldi8y5ul4kos5ul4tai6y5ur4zhan6ol3r4endra4tya3yak2bar3erly3ika3rose3uj2ee3li5a5ia5ya3rica3t3ya2galan2i3d3e4e3l4a4ia5ia5ya4ya3n4a5t4chon4ka4ochka3r4a5n4bek4chon4han5on4k",
  "han6on4lan4zhan3sh5ka3t4abh2mie2nat2ogh3l3n3s2paro2rah4kh3iddin4sh4t5a2u3langa3r2y3r1na3bel3di3id5a4t3lisa3maria4ika3nd4ya3r4a4bek4gul3s4atasia9ia9ya4tacia6s7i8a8i9a9ka8y9a9ka7ya5eisha6ysha5osia8ia8ya3tasia7ia7ya4ol6i7a7i8a7y8a2chik4y2d3ei4ra5son4y3i3o3r4a5nik4e5a6s5e5i6a6ka5s5ts5w5y6a6ka4i5a6n7a7o5i6an5k5s5u6kha6sha8ka5y6an4o5n6ik4uha5kha5sha4y5i5u6ha6kha6sha8ka5y3y3zhei6la7ika8na7la6y2echka3k4a3",
  "l4ia5ia5ya4ya3t4a4ka4ta5e2fisa5ka5ochka2gad3ela5e6na6s5ia6c7a6ia6ka6na7e7ka7ochka6que6ta6ya5la5o5yn3ie4la5ina3la4e5a3yr2h2i3a3bal3chka3fe3ia3ka4et3l4a3mesh3ruddh6h3s4a5t4h5a4ia5ia5ya4sa4ya3ta4ochka4ra3u4sha5ia4ta6chka5ik5ka5ochka3ya2ja4li4na5ette5i3elica3u2ka3it5a3o3ur4sh2lrei5y2mol2n3a4bel7l8e4lee5isa4mae6ria8e4stasia9ia9ya3e4liese5le4marie4t5a5t6a6e3i4a4ce4e4ka4s4ta4uta3marie3na3ushka3ya4uta2o3k",
  "hi3n3op3ra3tolii7y2rei4y3i2sagan4r4t3h4ika4ul5man3tasia7ia7ya2thony3ima4one7tte4p3o4ha4ine7tte4kha4n5e6tta8e5ia6da6etta6i7a6na6o6y7a5y4sha6ka3uan3wan2uar5bek3bhav5uti3frii6y3gya3j4a3pam6a4riya3r4adha5g3sh5a5ervon5ik5ka5ree3za2var5bek5zhon3er4sha6ita2ya3u4sha5ya4ta6chka5ik5ka5ochka2zhei5la6ichka7ka7na6ka6la6ochka5y4i3or5ik1parajita4na2er2olinaria9ia9ya4linaria9ii9iia9iy9iya5on4on6ia3orv6a2polinaria",
  "9iia9iya2rol3yl2ti2urva1ra3celi7s6y3dhana5ya3fat3i4k5a4lym3m4ais4is3rat3sh3y4ka4lym3z2bi2celia3hana4i5bald5e5k5l5ta2da4k4n5a4th3elia5l6a6e4n3is4th3rei5y2em3s3tha3vik2gam3elia4n5tina3yn2han4t3ip2i3a4dna4n5a5e5na6e3ca3e4l5le4t3f3jit3k3na4ka4ochka3p3s4ha5ka4tarh7kh3una2jita3un2kadi6i6y4sha3en3han5t4ip2la4n3ean4en4n5a5e4tha5ta6e3ie4nda5e3tan3yne2m3an5ai6y5d6a6ina6o5gul5i4t3en3ida4n5a5da5e2na4t3etta6e3",
  "i4ta3o4ld6o3ulfo4r2o3n2pan5a3ine4t5a2ron2salan3en5ia6i7a6y7a5tii7y3hak3ik3lan6bek3tan2tak4sh6es3em5a5chik5ida6i6y5ka5on3hur3i4e4k3om3ur5chik5ik5ka5o4sh4t3yk4sh2u3han3ka4han3n4a4ima5ta3sh5i3t4iun4yun3uke3zhan2villa4nd2ya4bhatta4n5a3slan4tan7bek3una2zhaan7a5n6a3igul3u4man3y4gul1sa3d4bek4ula6la7o3l3n4ali3sin3t2echka3em3ka3l4ia4ya3m4a5i5y4gul3nka3t2ha4b4d4nti4t3ely3hen3im4rwad4sh3khen3lea5e5igh5y4i5e4",
  "y5n3ok4t5ik3raf3ton3u4r5a4tosh3win6i2i3da3e3f3ia5t3k3l4bek3m4a3uta3ya5t2ka4r5bek4t3er5bek3hab5d5t3old2lam5bek4n5bek3ey3iddin5in2ma4n3ik2ol2pandiiar7yar2ror2sol3unta2ta4mur4n5a4p3emir3hik3ik3khik3ra4id2una4cion2ya3l4ai5n5y4bek4han4khan4tas4ym4zat5han3uta1ta3bek3dzhan3i3sh5ka3y2em2ham4rva3ena2ishay2kham2mir2on2rem2sa4maz2ul4anand2yrau1ubrey2die3ra4ea5y4ia5e4y2gusta6ina8e6us2ndrea2ra3ea4l5ia6ia6o6ya3",
  "ika3ora5e1va3ni4ti6ka3taria7ia7ya3z4bek2dei4y3hesh3otia5ya2el4ina3ry3t4ik5s2gustin8a2ichal3jit3k3nash3ral3s2kash2nish2raam4m3elia6ia6ya3il3ora2tandil1wadh3ntika2ilda1yaal3goz4ul3ko5z3la3n4a5t4na3ru3t3u4ka4ly6m4zhan3z4han2ba4nu4r4t3ek3ike3ol5at3ulat3yn2churok2da4mir4n5a5ka4r5bek5han5ik5khan4sh4y3emir4r3in5a3os3yn4s2erke3sha2ganym6sh3era5im7a5ym3iz5a3ul5chik5echka5ka5ya4n4zel3yul5n2han5ym2ida2k3a4z3",
  "en4rim3han6ym3o4rkem3umis3yn2la4ana4n5a4ra3in5a3una2man5a4ra3ira3urat2na4gul4r5a4sh4z5ik3el3isa3ur5a2peri2rat3in2s3a4lkyn4na4ra4ule3el4n4zim3ha5n5t4e4olpan3ina3lana4u3u4ltan5u6u4n3ylu2ta4ch4l5ina4n3bay4ek3en3kul3olkyn3uar4gan4rgan3zhan2ub3na3r3sh5a5i2var4z2ya3m4gul4zhan2za4da4na4t3ek4re3hamal5n6a5rkyn4uldyz3ilya4rek1za3d4a3lee4ia5ia5na5ya4ka3m4at4zhon3r3t3zel2er2har5a2i3ana3iana3k3m4a4bek4han4khan",
  "4zhon3ret3s3yana3z4a4bek4ov4zhon2naur2rail3et2ucena2zie0baatr2bai5ka4ra4y5ka3ek4tte3ita3ken3loo3ulal4r2dal3ma3ri2ga4udin3dagul5n5t5ulet3ila4r5a3lan3rat3zhan2ha4dir5ur5yr4r5a3odir5ur3ram4iddin6in4om6zhon4uz3ti5er5yar4ovar4ygul3yt5bek5gul5zhan2ia4man4n5a5sulu4rma4skhalan5tan3bol3el3kunth3ley3murat3na3r4a5m5s4ma4ta3sangur3yr4sh3zhan2kai4r4y3bergen3daulet3ha5dir6ur6yr5r6a4odir6ur4ram5iddin7in5om7zhon5",
  "uz4ti6er6iar6yar5ovar5ygul4yt6bek6gul6zhan3ir3o3tiiar5yar4ybai7y6ek5gul3ulia5ya3yt5bek5gul5kul5nur5zhamal8n2lausa3dev3gyn3hiya3khia6ia6ya3nur6a3raj3want3ym3zhan4ia5ia5ya2mbi2nshidhar3u2o2rabara4n4t3b4ar6a4era4i5e4ra3i4iat4s4yat3kha3malei7y3ney4i4o3rett4i5e4y3sik3t4on2san5g5ti3hir3ia4l5ia4r3ta3ya2tal3ik4ma4r3o4r3r4az3u3yi4r5bek5han5khan5zhan4y2ubek3ka3r4zhan3yr5zhan2ya4man4n5a5sulu4rma4shalan5khala",
  "n5tan3bol3el3murat3r4am5s4ta3sangur3yr4sh3zhan2zar5bai7y5gul3hena1ea3ta4rice6s7a6z3u4lah2be2cki5e4y2e2ga4iym4ly4yym3ench3imai6y3zat4han4od2ha3ruz3zod2ibars6ys4it4ut2k3a4syl3bol6at6ot3en4t4zhan3ha5n4ruz4zod3ir3khan3murat4yrza3nazar4ur3sultan3tas4emir4ur3zada5t4han4od2la3ek4n3gisiz3ia4gma5to4nda3kis3l4a4e3osnezhka3va2ma2n3der4zhamin3edict6kt3ia5min4ta5o3jamin3nett4ie4y3ton3ya5min2rdibek3eke6t4nice3i",
  "k5bol3met3na5dette6ine5rd7a7ina9e7o4eice5tta4ice5e6ce5ta3ry3t4a4ha4ie4ram3yl2sik3lan3s4el4ie2th4anie6n6y4el3men3sey4y3te4i5e5na4y5ann5e2ula5h2v3erlee7y6y2ybars6ys4it4ut2zhan1hagirath9i4vant6ti4wat7i3radwaj5t4gav3skar3vika4ya3wna2eem4shma2oomi6ka2upendra3shan3waneshwar1ianca4ka2bi4gul4nur2k3a3o2lal3bo3ial4gma3li5e4y5e3ol3yal2mal2niamin3yamin2pin2rdie3git3zhan2slan2zhan1labla3ine4r3ke3nca5h6e2ek2ond",
  "ell2um2ythe1ob3a3bi5e4y5e3ette3i4r3o4chon4dzhon4murod3ur5zhon2dia4k3ka3ya2gdan6a6chik6ka6na6ochka2hodir2k3a3hodir2lat5bek5han5khan3eslav3ot5bek2ng3i4a4fatsii9y4ta3ni5e4y3u3ya2oker2rat3ia5n4k4s5ka5lav8a3ka3ya5n2s3ia3ya2ta4goz4kan5oz3ik4r2yce3d2zhena1rad4ford4ley5y4y3hmadatta6kumari5i3ian4n3jesh3nda5e6e6n5i6e5on5y4t3yan4n2eana5n6a6e3d3e3nda6n5on4na4t5on3t4t2ian5a5na6e3ce3dget7t8e3gette4id6a5tte3jbhu",
  "shan4esh4mohan3nda3tani6y4ney5i4t5a6ney7i8e7y5eny5ney6i6y3us2ock3derick3nislav9a4wyn3ok5e5s2uce3na4ilda4o2yan5na5t3ce3nn3on3us1uba2da3u4lai6y2ena2ffy3ord2iana5to2ka2la4h4t3bul2mer2ned3ny3ty2ratino3han4on3khan5on3l4iiat5yat3ma3t4on3ul5ai6y2ster2vaisar4ysar2yana5to1yanka2ron0caitlin5yn2landra3eb3ista3lie3vin2melia5lia4ron3i4e4la5la6e3mie4y2ndace5nce4elaria4i5ce5da5e5s4ra4y5ce2price2ra3en4y3i4dad4e4n",
  "5a4sa5sa4ta3l4a4ee6n5na6e5tta5y4i5e5ne5ta4o5s5ta6ta4ton4y5n3ma5n4el6a6ia7na7ta6la6o5n4ina6e4on3ol5a6nn5e6e5in7a7e5l5yn7e7n4n4yln3ri5e4ol6l4y3son3ter3y4l5on4n2sandra3ey3ie4mira3sandra5undra4ey4i5dy5e4ondra4y2talina4rina3erina3harine4erin8a8e6n6yn5y4i5e4leen4rine5yn4y3ina3rice5na2yla1ecelia3il5a5e5ia5le5y2dric6k2lena4sta6e6ina8e3ia4na5da5e3sa2ola2sar1had4wick3e3hongir3ian6a4ti4zat3k4hongir4i3mshed3n",
  "4a4chal4da6n7i5ika5ra7bhan7kala9nti7ma9uli7shekhar4el6l7e4g4tal6y5e6l7l8e3ra4is6e6sa7e5ta6y4la5een6na7e6s7etta6tte6y5i6e6ne5ott8e5sie5yn5z4main8e4olette5s4u3s4idy5ty4sidy4tity3u4ncey3ya5n6a4zat2echek3inesh3lsea6y5ie3r4a4e5e5lle4i5e5lyn5se6h4ly6n4men4ri6e5yl4y5l6e6l3slav7a4ter3t4ana3yenne4nesh2haya3otelal2i3a3eko3k4a4i3min5s5t6a3n4ara4g5is7han7khan6z4tamani3quita3rag3tra3zhik2loe2ochagai8y3duraa3ig",
  "an7a3lpon7ai8y3n4g5uk3ygan7a2ris5sy5ta7l6een7l7n8a8e6i7a8na9e7e7n8a8e8ia6oper8her6y3ystal2u3ck3k3lpan3n4g2ynara4gyz2zhan1iara2cely2era4ra2nda4erella4i5e4y3thia2ra1lair5e3ra4e5nce5tha6ta4ibel5ce5nda6e5s6a6sa5ta4k3ssie3ud5e6tte5ia6e6ne6o3y4ton2elia3mencia6t7e7ina9e4mie3o4patra4ra4tilde3ta4us3veland2ifford4ton3nt5on2ora4inda3tilde2yde1odi3y2lby3e4en4man4ne4tta6e3in3leen5n6e5tte4in3ton3umbus2ncepcion6",
  "tion5tta4ha5ita3nie3rad3stance4uela7o3tessa2ra4l5ee5ie4zon3delia6l4ia5e3een4ne4tta4y3i4e4na5e5na6e3liss3nelia7us6l3rie5n6a6e6ne3tez4ney3y2urtney2y1raig2eola2is4elda4sy4ta6l5en5i6e6n7a7e5obal6pher5y2uz2ysta5le1uc2rt4is1yndi4y3thia2ril3stal3us2thia0dacia2dahon4khon2fka3na2gir3mar6a3ny2ha3lia2iaana4n5a3na4e3r3sey2ke3ha3ota2lene4r3gat3i4a4da4ia4la4ya3ton2maris3ba3din3eli6a5ya4tken3ian4en4l5ia5ya4ni4on",
  "4r5a3on3yanti4rak2n3a4bek4e4gul4ia4ra4t4ya3chik5o3e4chka4k4l5ia5le5ya4tte3i4a5l5r4ca5h4el6a6e6l7a7e5r4ia6l6r5l6a4k5a4l5a5ka5l6e5o4r5a4s4ta4ya6l6r3ka5n4o3n4a4ette4ie6lle5l4y3ochka3te3usia5ya4ta3ya4el6l7e3zan2phine4ne2ra3by3cel5y4i5e4y3ell4n5a3han3ia5na4ga4ha4i5a4k5ha4ma4n5a5ka5ochka4o4sha6ka4us6ha7ka4y5a3ka4han3la4een5na6e4ine3men3nell3on3rel6l5n4ick5n4on4yl3shan3t3usia5ya3win3ya5na4l4n4usha7ka2sha",
  "4echka5nka4i5k4ka5o4ok4rath4ulchik6echka6ia7chka7k6ka6ya5nchik6echka6ia6ka6ya5sia7k6ya5ta6ka3tan6bek4on2to2ud3ka3let6bek6han6khan3r4en6bek4ia5ia5ya3t2v3a3e3id5a4na4s3lat6bek4et3o3ran4on6bek3ud3yd2wna4e2yaana4n5a4shankar3le3na3si2zdraperma1eadra3n4a4dra6e7a4e4gelo4n5a5e2bashish3bi5e4ra4y3era3i3ora6h3ra5h4oah2de3ra2eann6a3dee4ra3na3pa5k5li5m4ika4mala4shikha4ti3tta2idara4ra5e3mon3rdre3v2ja2kster2l3ai",
  "ne4na3bert3cie3ena3fina3ia4cia4la6h4nda4sa3l4a3ma5r4er4y3ois6e4ra6s5es5is5se3pha5ia6ne3sie3ta3ya2ma4n4rcus3entii7y4tra6ia7ce7us3i4an4d4r4s3yan2n3a4e3chik3een4se3i4ce4el4k4s5e5ha5ka5lam5se4ta4z5a3ka3na4i5s6e4y3s3ver3yse2on4is4na2rek3ick3rick2shawn3irae5e6e3mond3pina3sie3tiny2tra2vang4sena5hish3brat3dutt3endra4sh3id4ka4n3on5a4ra6h3yani2wayne3ey3itt2xter2ydara3mon3v1hananjay3ra5m4mendra2eeraj2rupad4v",
  "2wani2yanendra1ia3mond3n4a5chka4chik4e4ka4n5a5e4ochka3r3s4hka2bir2ck2dar5a3i2edra5e3go3r4a4bek4dre2gna3vijay2ia4na4r5a4s4z2k3a3sha2lafruz4n4ra3bar3dora3fuza3i4a5fruz5r6a6ochka5ver4ia4k4p4us4ya3ka3lon3murad7t6od3nara5z4oza4ura3orom4var3rabo3shat5od7bek3ya5fruz5r6a6ochka5ver4us2m3a4n4rik4s5h5ia6k5ya3chik3ian4tier5r6ii7y3ka4o3ochka4k4n5chik4s3ple3trii6y3ulia5ka5ya3yan4ch2n3a4h4r5a5ka5ochka3esh3ia4iar",
  "4s5lam4yar3ka5r3muhamed8med5khamed9med3o4chka4ra6h3ulia5ya4sia6k5ya3ya2on4e4is6ii7y4na5e3r2panshi3per3u2rk2sa4na3ha4ita3ia3ya2trii5y2ukha3sha2vakar3ina3ya5nsh8u2wakar2xie2ya4na4r5a4s4z1mirii5y4tii6y3tii5y4ri6i6k6y5o5ti6y5y2trii5y1obromir8a5slav4ynia6ya2die4k2laan6a3gan4or3ia3lie4y3ores5is3ya2menic7a6k7a3inga6o5ic7a7k6k7a6que5que4tila3onique2na4ld4t3ella4r4tta6e3g3i4a4er4k4ta3n4a4ell5tta7e4i5e4y3ov",
  "an3te3ya2ra4thy3cas3dzhi3eatha4en4ne4tha6ea5ta3i4a5n4e4n5a5da5e4s3la3midont3otha6ea6y3ris3sey3tha5ea6y5y3zhi5o5u2san3bol3han3ia4k3khan3ton6bek3ya4m5zhan3zhan2t3tie4y2ug4las7s2vie3let3ran3ud2yle1rako4ula7ura3upadi2eama3ma3w2ishti3u4nia2ucilla3pad3silla2yu4nya1uane2dley2gar2isen2lat3ce4ie3ma3sineia7ya3us5tan2man2ncan3g3ia5sha3ka5n3ya5sha2rdona3ga3sun2sia3ka3ti5n4y3ya2ysen1wain3na3yne2ight1yan2lan2uh",
  "a3kha3sha1zera5ssa2ha4bar5ir5rail4far4han7gir6r5ongir4khan8gir7r6ongir4lal5il4m5a6l5bul8at5i6k6l7a7ia7ya5ol5shed7id4n5a5et7a5gar6o5ibek6k5nat4red4sper5tin5ur4vad5id3eff4i5d5k6hun6ob5ms5n5son4k5a5i5son4mal5ma4n5i6fer5net6i7fer5sen4remi5i5ri4si6ka5s6i7ka4y5d5hun5k6hun6ob5ms5n5son3igurda4m5mi4na5ni3o4el4har4khar4n5atan5i6bek6k5ni4rdan6zh5zh4shua4zef3uleta7ta5i6a6ia6ya5ya4ma4rabek4zeppe0earl4e5an5en5n",
  "e4ie5ne3nest7ine3tha1boni5e4y1cho1da2da3i4e3y2elmira3m3n2gar5d6o3or2i3a3e3ge3k3l3son3ta4h2ka2mon5d3und6o2na2o2ra3is2uard6a6o5t2vard5t3in2ward6o3in5a2ya3th5e1ffie2im2rain3em4n3osinia8ia8ya7ya1ga2enii5y2or4chik4ik4ka4ushka4ych1hson2tel1ileen4ne2nar1ka3terina8ka8ochka4irina2hson2lavya2ta3erina2ub1la3dia3ina5e3man3na4e4or3yne2ba3ek4rt2chik5n2da4na5iz4r3en3iiar4yar3on4r5a4s3ridge2eanor7a7e4se3chka3n4a4",
  "e4i4ka4ochka5r6a6e3onor7a7e3r4bek3zaveta4oveta2freda4ieda7e2ga2han2i3a4na5ora4s3chka4ia3da4ia3f3jah3k4a3ma3n4a4ka4ochka5r6e3onora3s4a5beth5veta4e5i5o5y4ha4on4sa3z4a5bet8h5r5veta8ka8ochka8ta4beth4ebeth4oveta2ka3e3han2la4da4mae4n3en5a3i4a4e4na4ot6t4s3ochka3sworth3y4a4n2ma4n4r4z3er3in4r5a5ochka3o3urat5od2na4r5a4z3ora3ur5a2odia3is5a5e3na3uise3y2roy2sa3had5n3ie3y2tai4y3on2va3era3ia4e4n5a5ka5ochka4r5a5k",
  "a5ochka4s2wanda3ood2ya3se2za4ra3han5s3ira3ochka1ma3nuel5il2elda4ia6n5na6e4y5a6n3rald4ita4son4y2i3ko3l4e5e4i5a5e5ia5o5ya4y5a3n4a4e3r4lan2ma4line4nuel6il3et5t3i4e4tt3y2ochka3gene3mali3ry2rah4kh4n1na3kentii8y2da3i3riu4yu3zhe5i2edina3ida2id2lik2n3i2och3la2rike4que7ta2toni2ver2zhe1pifan6ia1ra3ch3dzh3ly3smo4t4yl2bol5at5syn3ulan6t2daulet3em4n5i3ni5a4ya3os2eke3ma4ei5y3n3s2gali4nat4sh4zy3ei4n4y2han4t2ic4a4",
  "h4k5a3h3k4a4h3n4n2kanat3e4bulan4gali4n4sh4zhan3han5t3in5bek3o3yn2lan3ene3ik4nda5e2ma4han4k5han4n3ek4linda3ine5ia3olai6y3uhan4khan4rat2na4r4t4z5ar3es5t6ina8e6o3ie4s3st3ur2ofei5y3ha3kha3ma2rol2sain5yn4yyn3hat3in3ultan3yn2tai4y3ine2ulan2vand3in2win2yn2zat3han4ena4igit1sbol5at2en4ia5ia5ya3t2hli2imhan4khan2kender6ir2ma3eralda3ira6lda2peranza2sie2ta4i4y3eban4fana4la5l6a6e4r3her3rella2zhan1teri2ha4n3el5e",
  "ne5yn3yl2ibar2sio3uko2ta3ie1ufemia2gena5e5ia6e6o2la4h4lia2n3a3ice2ra2sebia6o3tolia1va3lyn3n4gelina9e2dakia6ia6ya3okia6ia6m6ya2elia5n6a6e6ka6ochka4yn6e6n3rett7e3tte2geha4inia6ya4kha4n5i6a6i7a6y7a5nii7y5y6a4sha6ka3nii5y3raf2ia3e3lina3ta2kakii6y2lampia7i8a7y8a2ochka3n4ne2patii6y2sei4y1wa1xie1ynar1zekiel3quiel2iz2ra0fabian4ola2dei4y3is2e2gim2hri5ddin6in2ia4gul4z3g3k3l3na3ruza4y3z4a5li4iddin4ulla7o2khr",
  "i6ddin7in2llon2ma3il2nia4ia4l5ia5ya4s5a4ya3nie4ur4y3tomas3ur4za3ya3zia5ia5l6ia6ya5ya2rabi4h4ngis7z3gat3had5t4od6zhon3i4d5a5un4k4t4z5a6t3khad6t5od7zhon3man3rah4uh5kh3uh4kh3zana4ona2ti4a4h4kh4ma6h6t5e5ka3ma3ya2ust5ina7o5o3zia5ia5ya2viola2wn2y3a4gul4z3e3ruza3z4ali4iddin4ulla7o2zil3liddin6in3yl1edar3erico3ia4ia4ya3ka3or5a4s4t3r3ya2kla2lecia3ica5e5ia6dad6ta8s4ks4pa5e4sa5ha4tsia7ia7ya4x3ton2nia4ks3ya2od",
  "or6a5sia7i8a7y8a3fan2rdinand3ide3min6a3nanda7e7o4e3uz5a2vzi1ibi2dail4lia6ia6ya4n5ia6ia6ya3el5a5ia2kret2l3ia4berto4mon4p5p4us5za3l4ip3omena3ya4us5za2ma2nat2ona2ra4ia4ya3dania7ia7ya5us5vs4us3gat3iuza3uz5a3yuza2zalia6ia6ya3uli1larida5t3via2era3sh3ta4cher2iur5a4za2o3r4a5nce4ence7ia8o6e6tina9o5tta4ia5d6a5nda6e4rie3ssie3y4d2yur5a4za1oksi2ma2nda2olkumari2rest3rest2ster2tia4ma4na5ia6ia6ya3ya2zil1ran4ce6ne",
  "6s7ca8o5hesca8ka9o5ie6na7e6s7ca8o5oise4kie5lin6yn4sisca5ua4ts2ed4a4da5i6e5y4eric8a8k9a7k4i5a4ric7k8a3eda4man3ida3nk5i2ida4rih6kh3eda3tz2ol3sia4t4ya1uad3t2miko2ntik2rik3kat0gaara2ba3i4b4den4l4t3riel7a7e7la8e2del3ir3zhi6murad2far3ur2gan5deep4sh3ik3o2i3a4na5e4z3dar3k3l3ni3rat3sa4ha2janand3endra2la3chenok3e4chka4n3i4a4b4chka4ia4m5a5zhan4na5ka5ochka5ur4unchik6ia5sha7ka6ia7k6ka4ya3ka3ochka3ya4m5bek5zhan",
  "4unchik6ya5sha7ka6ik6ka6ya2mid3let3zat2nesh3ga4esh4otri3i4a4sher3na4ibal3s3ya2rfield3gi3i4k4ma3land3net6t4ik3ret6t4i4y3th3y2san3par3ton2ta2uhar6a3khar7a3rav4i5sh3tam6i2vhar3in3khar3r4iil5l6a2ya4na5e4tri4z3dar3e3k3la4e5ne4ord3nell7e4i3rat3sa4ha2zi4k4magomed4nur4z5a1earldine2briel2eta5njali4ika2gam2idar2ktor2la3echka4na3ia4ia4usia4ya3ka3la3ya4usya2ma3ma2na4dii6y4ro3chik3dalf3e4sis4va5ie7ve6ve3ia4e3k",
  "a3na5dii7y4ie4y3oveva3ri5etta5h5k6h2offrey3r4g5ann5e6ann9a6ne6tta8e5i6a7na8n9a9e6e6i6na7e6os6y2rald6ine6o5t5yn4rd6o4sim3da3el5ma3i3maine4iona3ri4y3tha4ie4rud7a7e7is4ude2ser3ha2v3or5g5k2ydar1hislaine1ia3nna2brat2dget2es2ga3i2ia2l3ani3bert7e7o3da3iana3lian3ma3yana2na3ette3ger3ny3o2orgi6i6y3vanna7i2riraj4sh2sela5e5le2ta2ulia4nara3nai4el3seppe7ina3zel4ial2vi2ya2zat1ladis4y5s3fira3sha3yds2eb3nda5ora4n5",
  "a5ie6s2ikeria7ia7ya3nda3uza2oria5ia5ya4y2ynda4is3uza1oar4ik2cha2ga3i2ha2kha2lda4ie3ib2med4r2nzalo2pal3i2rdei5y4on2sha5n4ka2vardhan3ind6a1rach5ik4ia5e6la3dy3ham3ig4r3nt4ville3yce4r3zhina4yna2eg4g4or6i7a7i7o7y6y3m3ta4chen4ta2icelda3gor6i7i7y3ha3kha3nia4ya3sel6da4ha6nia7ya5ka2over1uadalupe2ddoo3iya3run3vin2illermina8o2ka2l3aina5ym4m4yna5ym3bahar6or6ram6yt5khar7or7ram7yt6yt5nu5rchyn6shin8yn3chachak5eh",
  "ra6khra5ik6ra3dana5r6ia7ia7ya5uren4en3echka3fairuz5ra5yruz4ia5ia5na5ra5ya3gena4ina3han3i4a5im4chka4ia4m5a6i6y4na5ur4ra4stan4usa5za4ya4za3ka4han3maral4ira3nar6a6ochka5z6a6ik7ra6ka6ym4isa4ora5za4ur6a3om5zhon3saia5na5ra5ya4ezim4han6ra6t4ia5ia5m5na5ra5ya4um3vira3ya5im4usa5za3zada5na5r6a5t4hahan6ina9r6khan6mal6n7a8r8t6uhar7khar6yna9r6zira5igit4ia5ia5na5ra5ya2ma4r2nai4y3cha3ia3ja5n3ya2ram3ban3gen2s3ein4",
  "n4yn3sie3tav6o2vanch2zal5ia6ia6ya5ya3el5echka5ia6ia6ya5ka5ya3ial3yal1wen4da5olyn4n2yn4eth1yanendra2ulnara4ya3nay4el3zel4yal0habib5a5ulla8o2chatur4ik2di4cha4dzha4s5ha6ka4ya4zha7t6ka3ya3zhi6murad9at2e3t2fiz5a2gani2ha2i3ley2kim2l3ey3id5a4f5a4k4l4m5a6t4na4sa4t3k3ley4ie3murat2mdam3id5a5ullo4s3sika3za5t2n3a3chik3g3h3i4f5a3k3na5h4elore3s4ika5ni4vi3ter3um5an3ym3zada2rdik3i4har4ka4nakshi5i4priya4s5hankar6c",
  "handra4ton3lan6d4ey4i3mony3old4n3riet7t8e5s6on4y3sh5a6d6l5ini6t7a5vardhan3uka4n3vey2s3an5boy3bulat3en3ik3san4ie2tab3idzhe4ma4ra3tie3una2ushila2va4shka4zh3isha3ya2yal5a4t3bula3dar4ee5n3em3ley3nets3riddin4ulla7o3wood2zar3el3ret1eath2ctor2da3i3wig3y2e2ide4i4y3ke2laine3en5a5e3ga3len3mut2ma4nt3lata2nk3rietta8e4y2rb4ert3iberto3linda3ma5n4elinda4ila5na6e6ia3schel4hel3ta4ha2ster2tag3tie1idan2edi3n2kmat6ul",
  "lo4et2laria6o5y3da4e5gard9e4red3lari6y3ma3ola3ton2madri4ni5sh7i7u3esh2nata2polito2ram3oko2sako3rav2tesh2zar3ir3ri1loya1oa2bert2lden3ley4i5e5s2ma3er2ng2race5io4gay3en3he3tencia6se7ia2se4a2ward2yt2zhiakbar1ristina7ka5o6for5usya5ya3tik1siu1uan2bert2e3y2gh3o2i2lda3io2mberto3oyun2ng2ong2rsand4hed5id7a7bek2sain4n5boy4yn3ein4n4yn3hbaht4nud3niddin6in3rav1wa1yacinth3di2e2man2o3n2u3n3rem4rem0iadviga2goda2kh",
  "a4ia3im3ob4v3ub2lkun2mil5ia2n3a4chka3chik3ek3ik5a4na4s4ta3ka3na3ochka4sh3ulia5ka4sh5ia6k5ka3yk3zhima2raslav3ema3ik4na5ka3mak3omir4polk4slav8a8ka8na2sha5r4ka3ia4k4n3ka3min6a2va2zgul3ilia1ba2odullo2ra4gim4him4im4khim4shka3em3ogim4him4khim1chigo1da3lia3r2egel3l4l5a2ibek2ris1esha1ftihor4khor1gar4ek2nacia6o4t5ii6y2or4eha5k6ha5sha7ka4ian5e4yan2r1hsan2tier4yar1isus1ka2bol5zhon2e2hsan3tier5iar5yar2ram3om5",
  "zhon2s3hita1la3ha3kha3na3ria5ia5on5ya2da4n4r5ik3us2eana3en3ne3s3z2fak4r4t3ir5a2gam4r3ina4z5a6r2ham4n3om5zhon2ia4na4r4s4z3ia5s3m3n4a3ukha4s5a5ha6ka5ia4za5ia3ya5s3za2ka3ham5n4om6zhon3in2la4rion3ia3ona3ya2mar3ir5a2nar5a4z3ur5a2ona4chik4ka4na4ochka2saf3e4iar4yar3hat3ia4ia6r4na4ya6r3ur2uminada2vina4r5a2ya4na4r4s4z3uha4kha4s5a5ha6ka5ya4za5ya2zat3ia4da4ia4ra4ya1ma3m3n4a4gali3shka2elda2il3r2manuil2ogene2r",
  "an1na3bat3kentii8y3l3ra2diana4ra3rajit5neel6i5sen4esh3u4mati2ell3s4a4sa5ochka3z2ga3e4borg4r3rid3ushka3var2ka4r5a2na3esa5sa3ochka4kentii9y3ulia5ka5ya4sia6k5ka5ya2ocencia4hka3kentii8y3m4zhon2saf2tigam2ulia4ya3sia5k4ka4ya2zilia5ya1oan4n5a2gan5n2khan2la4nta3dyz2n3a3e2sif4p4v2zef1ppolit1ra3chka3da3ida3kli6i6y3na2chik2ek3n4a4e2i3da3k3n4a4ka4ochka3sh5a5echka6nka5ka4ka2ka2ma3gard2ochka3da3n2shat2unchik4ia",
  "4ya3sia5chka5k4ka4ya2vin5g2win2yna1sa3ac4k3bek5l6l7a7e3dora3i4ah5s3k3tai5y3ura3y2ela2fandier2ha4k4n5i3han3ika4ta3khan3war2iah3dra5o3s2kandar6er3ender3hak2lambek5ia6ia6ya3iam3om5bek5zhon3yam2ma4el4gil4il4t5ullo4yl3et3ira3oil2o3bel2rael4fil4il4pil3eal3oil2sa4c1udzhin2ka3i2l3ai3cha5ik5onok3dash4uz3echek6ka4k4na5ka3i4a5kha5n6a6ka6na6ochka5sha7echka7ka6ia7k6ka4chka4i5a4k5a4nka4ya3ka2mi2na3iia4r4s3na3o4",
  "na3us2ra4n4sik3chik3ets3gen3i4i4k4s3ka4o3ochka4k2sef3ichka4f4k3ka3tas4ina3uf4p2ta2zik1va3n4a4gai6y4ka4na4ushka3r3shka2elisse3ta4ta5e3y2o3na4ne3ry1zabel6a6la3t4ullo3ura2basar2etta2i3a4slav2mail2naur2ola4da2ya4slav2zat5illo3et0jacalyn3elyn3inda5ta6o3k4eline6yn4i5e4lyn4queline4son3lyn3ob3qualine5e6lin9e7yn9e9n6s6tta5i6e6line5line6yn2da3e3wiga2e2gannath3deesh4ish3riti3vanti2ime5e4ie2ke2laj3eesa3isa2ma",
  "4al4l4r3e4e4l4s4y3i4e4ka4la4son3mie3unadas2n3a4e4rdan4y3e4an4e5n4l5l6a6e4ne4ssa4t5h5t6a6e4y3hvi3i4ce4e5ce4na5e4s5e4ta3ki3mejay3n4a4et6te4ie3uary3yce2queline6yn2red3od3red5tt4od3vis2smin3on3per2tashankar3in2unita2vier4tri2wahar2y3a4nt6i3e4sh3me4ie3na4e3prakash3shree4on2zmin6e1ean4a4e5lle5ne5tt7a7e4ice5e5ne4marie4na5e6tta8e5ie6ne2d2etendra5sh4u3vika2ff4erey6son6y4ie4rey5y2n3a4e3e4e4ll6e4tte4va3i4ce4",
  "fer5fer4ne4se3na4efer5ll5tte4i5e5fer6fer5ne4y2rald6ine4my3e4miah5y3i4ca4lyn3lene3maine3old4me5y3rell4i5ca5e4od5ld4y2senia3ica3s4e5nia4i5a5ca5e5ka3tine3us5a5ita2tta4ie2wel5l1ill4ian2m3mie4y2n3a3ny1oan4a4e4ie4n5a5e5ie3quin7a2celyn2dee3i4e3y2e3ann3l4la5e6n3sph3tta5e3y2hana5na6e3n4a5than7on4etta7e4ie4na5ie5y4sie5on2i3e2landa3een4ne3ie4ne3yn5n2n3a4h4s4than6on3e4ll6e3g3i4e3na4ie2rdan4on3ge2se4f5a5ina7e4",
  "lyn4ph6ina8e4tte3h4ua3iah4e3lyn3peh4hine3ue2van3ita2ya3ce5lyn3e1uan4a4ita2de3i4e4th3son3y2hi2le4e4ne4s3i4a5n6a6e6n7a7e4e5ann5nne5t6a6ta7e4o4ssa4us2ng3ie4or4ta3ko2sta4in6a6e2tta1wala1yoti5raditya4sana0kaavya2bir3yl2cey3i4e3y2dir4sha3ria5ia5ya3yr5bek5zhan2ha3raman6on2i3a3farik3la5sh3n4ar3r4at4bek4zhan3sar3tlin5yn3um3yrbek5zhan2jal3ol2kashi3ha4raman7on2la4mkas5pyr4vati3dybek5gul3eigh4k4ria6ia6ya4y3i4",
  "a5n4charan4ma6t4nka4shankar3lie4oo3pana3ya5n6i4bek4n4s3zhan2m3a4l5a6shankar5ia6ia6ya4r4zhai7y3bar3eta3i4l5a6h5ia6ia6ya5ka5la6ochka5ochka5ya4ni3lesh3o4l5a5iddin3ran4on3shat3ya2nagat4k5lata5prasad8tap4n4tbek3chan3dace4i5ce5s4ra4y3eki4sha3gana3haiya3i4sha3stantin3ta4emir4i5k3ybek4kei6y4sh6ai7y2pil4talina5olina6n3lan2ra4bas4koz4lina4m4n4pet4shash3eem5n4n5a4y3i4e4m5a4n5a6chka5chik5e5ka5ochka4sa5ha6ka5s",
  "a3l4a4een5n6e4o4son4y5ga7sh5n3ma4elita5n3n4elia7ia7ya3o4l5e5ina7e7ka7ochka5yn4m5atullo4n3ren4i5e4y3shyga3tik6eya3una4sia5ya3y4l5gash4n2sandra3ey3ha4i5ka5nath4vi4yap3i4a4e5t4m3per3sandra4ie3tiel3um3ya4m5han5khan2talina4ra5ina3e4chka4lin5yn7n4nka4rina7e7ka7ochka3haleen5rina8e6yn4e5leen5rin8a8e6n6yn5y4i5e4leen6ne5ine5yn4rin7e5yn7e4y5rn3i4a4e4na4ra5ina4u5fffka7ka6ka5kha5nchik6echka6ia6ka5sha7echka8nka",
  "7ka3ka4o3lyn3rice5n6a6ka4usia6ka6ya3tie3y4a4u5fffka7ka6ka5ha5kha5nchik6echka6ka6ya5sha7echka8nka7ka2usar4hal7ya5ik7i2veri3indra4ta2y3a3ce5e3e3farik3la4ee6n5igh5ne3nar3rat3sar3um3yrbek5zhan2zbek3hymukan3ik4m5ir3uko3ybek4na1ecia2dar5nath2eley4y3na5n3sha2iko3la3n3ra3sha4i3t4h5a2li3le5e5y4i5e4y5e3sey4i5e3vin2ma4l3berly3ran2n3a4n3da5l6l4ra5ick3es5ary4th3g3i4a4sha3na4eth4i5th4y3t4on3ya5tta4etta3zhe6bai8",
  "y7ek6gul2p2ra3emet4n3i4a4l5l4m3men4it3olain6yn3ri5e4y3stin3ya2sari3ha5v4ia2t3i3ki3rin3ti3urah2va3en3in2yn3si3t2zhik1habib6a6ulla9o3chatur5ik3di5a5cha5dzha5ia5jah5s6ha7ka5ya5zha8t7ka4ya4zhi7murad9rat3et3fiz6a3gani3ial6a5t4bula4dar4em4nets4riddin5ulla8o3kha4im3lid6a5f6a5k5l6ah5m6a7t5sa5t4k4murat3mdam4id6a6ullo5s4za6t3n4a4chik4i5f6a4na4ter4um4ym4zada3ris5ton4li4on4uka5n3s4an6boi8y4bulat4en4ik3tab4idz",
  "he5ma5ra4una3va5shka5zh3yal6a5t4bula4dar4em4nets4riddin5ulla8o3zar4ret2eda4i3len6a4ga4mut3nk3tag2iadi3dan3kmat7ullo5et3llari4ola3nata3srav3u4rem5rem3zar4ir4ri2loia4ya2olden4li3ma3ragai7y4en4khe3se3zhiakbar2ristia7na8ka6o7for6usia8ya6ya2uan3lio3moiun5yun3rsand5hed6id8a8bek3sain5n6boi8y5yn4ein5n5yn4hbakht6oo5i5nud4niddin7in4rav2yadi4ti3u4rem5rem1iamran3na5n3ra2ba2era4sten3sha3th2k3a3i2ley2m3a3ber6el",
  "y6lee8y7i8e7y6y4ra3i4ko2na3dra2p2r3a4n3by3ia5n4gaia6ya4k4l5l6l4m4ukha5sha7ka3k3ochka3ril3san4ten5ie6n3ti3ya5n4uha5kha5sha7ka2s3ha5n4ore2t3ti5e4y2unnei2yoko2zzie4y1lara4isa6sa4k3udio4s3va4dia6i7a6y7a2ementina3o4patra3pa3r2im4ent7ii8y2od4in3ndaik6yk1narik1oba3il5zhon3lan2dir2e2kila3o2lek3ganat3ia5n6chik5sik4unia3ka3ya5n6chik5sik4unya2mal3il5zhon3ron2nan3drat7ii8y3kana3or3rad3stantin8sia9iia9iya6tin5",
  "iantin5ontin5yantin3ys2ralina3ey3i4na4un3kem3lan3nei5lia7i8a7y8a5y3olina3tney3y4un2sha3im3ta5ntin4ia6n7tin5k4ya6n7tin2tia3ofei6y3ya2urtney3stubh2zma1raig3sava2estina2ill3pashankar4er3s4h5na5tiano9u4ia4s5y4ta6l6n5een6l6n5i6a7n8a8o6e6k6n7a8chka7chik7e7ka7ochka6sha8ka6ukha7sha9ka5le5ofer6pher5y6a6n6uha7kha7sha9ka4ya3ti5ka2osh2ysta6l5en5in7a5le5yna1sana4dr2enechka4ia5chka5ia5ya4ka4ya2iu4fka4kha4nchik5",
  "echka5ia6chka5ka4sha6echka7nka6ik6ka2yu4fka4ha4kha4nchik5echka5ichka5ka5ya4sha6echka7nka6ik6ka1tulhu4khu1uan4dyk4tai6y4ysh7bek3t4bek2ban5ych8bek4t2daibergen4ybergen3er3rat2ka3usia5ya2lash3iash3yash2m3ar3is5ai6y3kum3ud2nal3duz4yz6ai7y3ia3nei5y3sulu3ti3ya2ral5ai6y5bek3ban4on6ali3man6bek6gazy4et3oko3t4is2sh3ia3ya2tman2ular2zia3ma4ich3ya1ventin1yamran3nan2dyr2ial5bek2la3e4e3ie3ych6bek2m3bat4erly2oko3n",
  "g2ra3myzy2ung4ney2yal5bek2zgaldak3zhibek0lacey3helle4in3i4e3resha3y2da4wn3imir3ochka4nna3y2el2homa2i3kaiu3la4o3ma3ne3san2juana2keesha4isha4ndra5ya4sha6ia3i4a4esha4sha4ta3shman6i5ya2la3bahadur3i4t5a3ka2mar5a3ia4ia4ya3onica5t2n3a3ce3don3ell6e4tte3g3i4e4ta3ka3nie4y3ochka4ra2pulia5ya2quanda4ita2ra4e4ine3ee3honda3ik4on4sa5ka5ochka5sa4ta3ka3ochka4nda3raine4y3s3ue2sandra3ha5nda7ra5un7da5wn7a7da5y4ell4on6",
  "da4unda4yn3onya2ta4nya4rsha4sha6ia3esha3ia4cia4f5a4na4sha3onia5ya4ria4sha4ya5ia3rice6ia5na5sha2una3ra5lee5n4e5en5l5n6a6ce6e5tta7e4i5ce5e5nda6e5ta4yn2v3ada4nya3elle4nia4ra5n6a6e4ta5te3ina5ia4sha3kush3on5a5da5e5ia5na6e3r4entii8y2wana5da5na3erence3rence2xmi2ykayu3la4o3ma3ne3san2zar5o4t3iz5a3zat1ea3h3n4a4dra6o4n5a5e4ora3tha4rice2chi3ia2da2e3ann6a6e3la3na3sa2h3a2ia3da3f3gh5a6nn3la5ni4i5a4ochka3sa5n6ka4",
  "ha4ian2ka3h4a3isha3sa5ndr8a4ei5y4i4us2la4h4nd3echka3ia4chka4k3ka3ush3ya2ma4ra3uel2n3a4chka4r5a5d3chik3ia4e4k4ta4za3ka3na4ie4y3ochek6ka4k4ra5e3ulia5ka5ya4r5a4sia6k5ka5ya3ya2o3kadia7ia7ya3la3ma3n4a5rd7a7o4e5l4ia5d6a5e5la4or6a6e4tii6ne6y3pold7o3ra3ta2ra4chka3chik3ia4ia4k5a4ya3ka3ochka4k4y3unchik5ia5ya4sia6k5ka5ya2sa3echka4nka3ha4enka4ik4ka3ia4chka4k4unia3ka3lee5y4i5e3sie3ter3ya4unya2ta3ha3icia4sha4ti",
  "a3tie4y2va4n3chik3i4za3on2wis2xie2yla4i4ochka4ya3san6ka4yan2zlie1ga1ia3ila5ia4san5ian3lechka4ka3man3na4e4ka4na5e4ochka3zat4zat2bbie4y3erty3rada2da3ia4ia4ya3ka3ochka4k3usia6k5ka5ya2en3selotte2gia2ia4na2k3a3usia5ya2la3echka4k3i4a5n6a6na4chka4ia6na4t4ya6na3ka3la4i5a6m6n7a5e4y3u3ya2ma4ra2n3a4r5a3coln3da4say5ey5y4y3ette3g3h3iza3ka3n4ea4ie3o4chka3sey3ur4sia6k5ya3wood2on4el2pi4ka2ra2sa4beth4ndra3beth3e4t",
  "te3ha3ka3sa4ette2ta2uba5nia6ka5sha7ka6ik5va4chik4imka4ka5o4ochka5mir8a5v4ushka3da4ka4mida6la7ka7ochka4ochka5k4vig3ka3lia4ka3sechka5n6a6ka4i5a5ia5k5nda6e4ka3tik4sifer6ia3ziia2via2ya4na2z3a4beth4chka4nka4veta7ka3beth3eth5te3i4k3ka3ochka4k4nka3un5chik5ka3zette4i5e1loyd1oan2bar2chin6bek2gan2ha2ia3da3k3s4e2kendra3ha2la3i4a4k4ta3la3ochka4loshka3ya2ma2n3a3da3i4a3na4ie4y3ya2ra4ine4lee3e4an4e5n4lei4n5a5e5z",
  "a6o4ta5ta6e3i4a5nn4e4k4lee4na5da5e4s5a4ta3ka3na3ochka3raine4etta4i5ane5e5ne3y2sha2ttie2uann6e3ella4tta3ie4s5a5e3ra4des4ie3venia2vella4tta3ie2well2ya3ce3d1uana4n5a5e2ba2cas3hia5ia5ya3i4a5na6o4e5n6ne4la5e5la6e4na5da4o4us3recia5tia3y2die4vina2e3lla3tta2i3gi3na3s4a4e3za2ke4ria5ya3ian3yan2la3u2na4ra3tik2pe3ita2ra3lene4ine2sine2tfullo3her2venia2z1yalechka4ka3man3na4ka3yla5ya4san5yan3zat4zat2da3ia2la3e2m",
  "an2n3da4ia4on4say5ey3ell6e4tta6e3n4a4e5tte3sey3wood2uba5nka6ya5sha7ka6ik5va4chik4imka4ka5o4ochka5mir8a5v4ushka3da4ka4mida6la7ka7ochka4ochka5k4vig3ka3lka4ya3sechka5n6a6ka4i5a5k5nda6e5ya4ka4ya3tik4sia6fer6ya3zia5ya0maadyr2bel5le3le2c3helle3ie3k4enzie3y2dalene5ine5yn4n4ra3die3elaine5eine6ne5ine5yn3ge3hav6i6rao4u5lika5r6i7ma5soodan3i4a5r4e4iar4k4n5a5ka5ochka4shka5on4yar3len6a4yn3o4na5na3ri5d3ya3zhid2e",
  "3gan2falda3ka3tuna2ga4li5y4med6t5med4n4ram5et3da5len8a8e6ina3en3gie3nolia3omed7ali7gadzhi7rasul6t3zhan2ha4bat5bat4ch4devi4lakshmi5ia4mbet4nbet4vir3buba3di3eep4sh6wari3fuza3ima4na4r5a3lie3mad6ali4ed4ud6zhon5t3sat4ud3ua2i3a3da3eruf3gul3ia3kal4l3l4e4i3na3r4a5m6bek4bek4e3s4a5ra4ha4ie3thili4ri2jorie2ka4r3eda3ha5bat6bat5ch5mbet5nbet4buba4di4fuza4ina5r6a4lie4mad7ali5ed5ud7zhon6t4sat5ud3im3ka3o4sia5ya3pal",
  "3s4ad5lina5t6bek4ii5k5m6a6ilian8lian8yan6ka7o6us4on4ud6a5t2la3colm5m3ena5ka6e3haz3ia4ia4k5a6t4nda5i4sa5hka5sa4ya3ka4haz3lie4ory3ohat4khat4rie3ti3vina3ya2mai4y3ed3ie4kon3mie3ta3uka4r5a2n3a4na4p4r5bek4s4t3da5kini5vi4i5e5ra4y3e4chka3gl3ia5sha7ka4bhushan4e4karnika5ram4sh6a7nkar4unia6ka4zha3jari4esh4u5la5nath5shree3ka3mohan3ohar4j4rama3s4a4huk4i4ur6bek3u4al4chehr7khr7r4el6a4k3vel3y4a5sha7ka4unka6ya3zur",
  "a2o2ple2r3a4d4garet5ret4l5a4nda4t5ik3c4el6a6ene6ina8e8o6l7a7e7us6o5ne4hel7le4i5a5e4o5s4us4y3dan4ell4on3ek4m4n4t5a3fa4usha3g4aret8a8e8t9a9e6ita8e8o9chka8ta6t4e5ne5ret6t6y5t4herita4ie5t4o5rie7ta5sha7ka5t4ret7t4uerita9e5lan5rite4y3ha5ba7t6o4ta3i4a5h5m5n6a6ela6ka6n7a7e6o7chka5sha7ka4bel6th4ca5ela5hka5ruz4e5l6a6la7e5ta6ta7e4f4ia6m6na6sh6t5ka4k5a5o4lee5ou5u5yn7n4n5a6chka5chik5da5e6t7t5ka5ochka4o5n4s5a6b",
  "el5ela5ha6echka6ka5ia5ol5sa5ya4ta5sa5za4us4vel4ya6m6na6sh6t5ka3jorie6y3kandeya4el5tta4ha6ba8t7o4ita4o4us3la5na4een5n6a6e4in6e4o5n4yn5s3na4i5e3querite6tta5is6ta7ta3ry3s4el6in4ha6ll4ik3ta4h5a4i5n6a6e4usia6ka6ya4y5n3uf4sia5ka5ya4tanjali5i3va4el6la4in5s3x3y4a5lice5m5n6a6ka6n7a7e6ochka5sha7ka4belle6th4ellen5tta4jane5o4land5ee5in5n5ou7ise5yn7n4rose4sia5ya3zhan7a5ona4ia5ia5ya2sako3h4a4echka5nka4ka4rab4ul",
  "echka6ia7chka6ka6ya5nia6ka6ya5ta6ka3ia5nia4k4m3ka4im3rur3simo3tura3ya5nya2ta3fei5y3ha4ew4ilda7e3ias4lda6e3liuba4yuba3rena3t4hew4ie3vei6ka5y6ka2ud4e4ie3len3ra4een4ice6io5ne5ta4o3sami2vile4s3let4ida5ud7a4on4uda4yud7a3zuna2xie4ma5ina5o4ne3well2ya4nk3bell7e3e3gul3kal4l3li3me3nard3ola3ra5m6bek4bek3sa5ra3uri3ya2zhid5t3ie1ckenzie3inley1eagan4han2chelle2da3eia4r5bek4t4u4ya3ina5e3ni3zhid2e3na4u3ra4im2fodii",
  "6y2g3an3gan3ha5n6n4na2hdi3man4ed5t3ri5ban5ddin4ob5ch5na5zh4ubon3ti3ul2i3bl3lis3ram6bek6gul6kul4bek4khan4lan4man4zhan3son2ka4n3hdi4man5ed6t4ri6ban6ddin5ob6ch6na6zh5ubon4ti2l3aine4na5i6a6e6ia6ya5y6a3ba3da3ek4na3ia4da4k4na5da5e4s5a5sa6ia4ta3lie5sa6sa3odee5i6e5y4nie5y3s3va4in6a3ynda2met2n3aka3di4y3sulu2rab3cedes7z4y3dan3edith4i4ke4m4y3gen3hat3i4deth5ith4lin5yn4ssa3khat3lan4e5ne4in4yn3na3ri5e5lee6l3tie",
  "3uert5t4zhan3vin3yl3zhan2ssi2ta3iu3t3yu2y3bl3lis3ram6bek6gul6kul4bek4han4khan4lan4man4zhan3son1ger1hitar1ia3khri2ca4ela4h3ha5el7a7e5l6e4eal5l6e6ina8e6l7e4iko5l3key4i5e2esha2fodii6y2gdalia3el3non3ran3uel6ina2h3a4el6a4il4l4n4s4y5l6ina6o3ey3ika3o4il4n2ia2k3a4el6a4il4sa3e4l3h4a5el7a5i6l7ina7o5l5n5s5y6l7ina7o4ei5y4o5il5n3i4ta3ki3luha5kha3o4la6i6y5ka4sh3u2l3a4da4gro7s4n5a5ia6ia6ya5ka5na5ochka5ya4sha3da4",
  "red3en5a5ka5ochka3ford3ia5usha4na5d4sa5sa4tsa3ka3la5rd4icent5e4y3o4sh5lava3ton3ya5usha2mansa3i2n3a4kshi4ra4s4to3da4i4y3erva3g4iian5yan3h3ia4gul3kail3na4i5e4ur3ta3ura3ya3zalia6ya4ilia6ya2quel2ra4ida4li4m5bek5gul4n5a5da4s5lava4t3bek3eille4lla4ya3gul3hat3iam5n4k4na3ka4hat4o3lan3na3ochka4n4sia5ka5lav8a8ka5ya3ra3said3ta4ha3za5bek4halol6n4o5hid5khid2sa4k5i3h4a5n6ia6ka6ya4el4ka5o4utka3s4y3ti5e4r4y2tali3c",
  "h5el7l3hilesh4un3ia5i3ka3rii5y4ofan3sue5ko3tie3ya5y3zi5e2ya3oko2zhgona1khitar2sim1lada1odest6a6o2hamed5mad6ed4n3ini5ur4ra4t3mad2ira3sei5s5y4ha2ka3hamed6mad7ed4inur5ra4mad2ldir4yr3ia3li5e4y3ya2na3et3gush3i4ca4ka4que3nie3roe3serrate3te4i4y3u2on2ra3gan3iah4s3ris3ton2se4s3he3ia3ya2tia3vei5y3ya2vsar2ysha2zell6a6e1ridula3tyunjay1stislav8a1ubarak5iz3ina2daris3ita3rika2habat5bat4mad5bet5ed7ali7zhan6t5mad8",
  "ali8chon8zhon7t6ed8ali7t4n4ye3iddin5in4t3lisa3riddin6in3sin3tar6han4or2i2kaddas4gali4n3habat6bat5ie5mad6bet6ed8ali8zhan7t6mad9ali9chon9zhon8t7ed9ali8t5n5ye4iddin6in5t4lisa4riddin7in4sin4tar7khan5or3im3ti3ul4nd2lia3ya2min5at2nar5a5bek3ir5a4s5a3ko3na4i2oi2r3ad5in4ger4li4t5bek5han5khan5zhan4z3chik3iel4k3ka3lidhar3od5ali5bek5zhon3ray3taz4uz3zik2sa3heg3i4a4k3ka3lim6a7t6ka3o3sa3tafa6o3ya2zafar5far1yahri",
  "3khri2esha2kola3tybek2les2ong2ra3iam3l4e3na3on3ta4ice5e5s4le3za5bek2ung1zia3ia3ya0nabat3i4ra4zhon2chyn2da3echka4ne5ka4zhda3i4a4ia4m4n5a5e4r5a4ufka5kha5sha7echka8nka7ka4ya3ka3ya4r4ufka5ha5kha5sha7echka8nka7ka2fania5ya3is5a2geena4ndra4sh3ima2hid2ib3da5n3k4a3l4ia4ya3m4a3na3ra4i3tik3yr2ka3esha3hid3ia4sha4ta3ul2lini2m3ig4k3rata2n3a4mi3cee5y4i5e4y3dan4ini5ta4kishor4u3ette3i3nette4ie2oma4i2pisat3oleon2ra",
  "4d4n5a4yan7i3cisa3e4k4ndra3gis5z6a4ul3ia4ia4man4na5e4ya3kas3mada4in6a3tai5y3yia6ana4ya6ana2sia4b5a4hat4khat4m5a4r3ka3rullo3tasia7ia7ya6ka6ya4ena6chik6ka6ochka4ia5k5nka5uffka7ka6kha6lia6nia6sha8echka9nka8ka4ka4unia6ya5sia6ya4ya5uffka7ka6ha6kha6lya6nya6sha8echka9nka8ka3ya4r2ta4cha4fka4ha4kha4l5ek5i6a6e6ia6na6ya5ka5ochka5ya4n4sha6echka7nka6ia6ka3ela5la3halie5n6ael6ial7el3ia4g4ia4k4sha4vidad4ya3ka3lia",
  "4ya3ochka4sha3su3tavuta3ulechka5ia5ka5ya4sia6chka6k5ka5ya3war3ya2um3ryz6bai8y7ek2veen3neet3ruz3ya2yantara3dan3k4a3lya3yr2za4r5bek5chik5ii6y3eka4rke3gul6ia6ya3hia5ia5ya4mudin3i4a4fa4gul4ia4k5o4lia5ya4m5a4pa4r5a4ya3ka4en3ly3okat3rin3ugum3ym1drei4y1eal2cole2d3a3ra2el4ima4oo4y3raj4ja4oo4u3ta4i4oo2ha2ida3l4ia3mar2ka3et3it5a5os3o4lai6y3ruz2lda3echka3i4a4chka4da3ka3l4a4e4i5a5e4y5a3son3ya2mat3o2na3ita3si2",
  "oma4i3nila6la2reida3issa3ses3y2sibeli3ter4or2ta3tie2va4da3ill6e2wton2ylya3mar2znaika5yka1ga3n2oc2uyet1ia3sha2chelle4ka4ol6as6e6le3k4i5e4olas6e4y3ol5a6s7a5e6tte5le2da3hi3ia3zhat2esha3ves2ga4ra3el4r3iar4na3ora3yar2had4l4rika4t2iara4z5bek2ka4lai6y4nor4s3had5t4il3i4a4ch4for4sh4t5a5ka5os7ik3ki3o4dim4l5a6i6s6y5e6ta7ta5i6a6na5os5y6a4s3ta3u4lia5ya4sha5ia5ka5ya2la4dri4kshi3da3esh3iufar3sa3ufar3yufar2ma3ish",
  "6a2na3el3fa3ka3o4chka4k3ulia5ka5ya4sia6k5ya2ranjan3bhay3mal6a2sa3ha5nt4i4tha4u2ta3esh3ika4n4sh6a3ya5nand2ura4guiana6n4ka4ochka3sha5ka4ia4ka3ta4ik4ka4ochka2vedita2yara4ti4z5bek2zam5i3om1oah2ble3uko2dar3ir5a5bek2e3lia4la5e3mi2hemi2la4n2ma3ina2na3na2otan2ra4h4ir4yr3bert7o3een4ne3ik5o4ne3ma5n6d3o3ris2sir2va3ella3ruz2za4nin3im5a5zhon1ripendra1talia4ya1ubia2gzar2ka2mbers2ne2pur2r3a4ddin5il6n4hmet4i5ka5n",
  "a5ym4khmet4li5y4na5ia6ia6ya4syl4y5ka5na5ym3ba5hyt5khyt6yt5nu4ek5rgen4ibi5ke4ol6at6ot3dana5ulet4in3gali5zy4eldi4isa5za4uiaana5l6ia6ya5n5yaana3han5t3i4a4da5din5in4ia6t4k4la5lo4man4slam4ya6t4za3ka5nat4eldi5n4han6t4yz3lan6a6bek4y5bai7y6ek5han5khan3magomed5han5khan5n5t4uhamed8mad9ed5khamed9mad9med3peri3s4at5ule4eit5yt4hat4ilia6ya4lu4ultan6u4yltan3tai5s5y4ilek7u4ugan3ullo3ym3zada5t4haina6mal6n7at6s6yna5",
  "igit4ia5da5ia5lia6ya5ya2sia3rat3ya1ver1yasha2dia2la2ura4gun6yana4ka4ochka3sha5ka4ka4ya3ta4ik4ka4ochka0obdulia2id4zhon1chir2ie2tavia6o1da2elia4l3ssa3tte2il4bek4ia4zhon3na3s4sei6y2ri1felia5ia5ya1ganes4nes1hun4zhon1iatullo2bek2una1khun5zhon2sana5chik5ka5ochka3i4k2tai4via7n6ia6ya4y3iabrina3yabrina1la2cha4i5k2e3chka3g4a3k4sa6nder8r9a5ei6y5ii6y3n4a4e4ka4ochka3s4echka5nka4hka4ia5ia5ya4ka4ya3ta3via3zha5ek",
  "5ik5ka2ga3unia5ya2ia3chka3ia3k3m4pia6ia6ya4zhon3n4da3unchik5ia5ka4shka5ia6k5ka3va4er4ia5ia5ya3ya2ka2li4e2ya3mpia3unchik5ka5ya4shka5ik5ka5ya2zhas1ma3k3r2ega3r2ir4bek4zak5han2kar2prakash2urbek1na2dar4syn2eida2gar2ie3k3ta2otole2zagai6y1orzhak1pal2helia2timus1ra3l4bai6y5ek4ee4han4ia4khan3z4aly4bai6y5ek4gul4han4khan5ul2en3st3tha2han2if4zhon3k3sia4ya2ka3en3han2lando2nella2ozbek2pha2son2val3ille2ynbai6sa",
  "r6y5ek4gul4kul2zu1scar2ia3p2kar2man2pan2sie2tap3in2valdo2waldo2ya1tabek3r2elia2ha2ilia3s2to1uida1vanes2ik2sep1wen1yatullo2bek2una1zell5a2ie2od4a4bek0paankhi3ta2blo2dma5ja5vati4ini2fnutii7y2ha4n3om2ige3rav2kha5n4om2lak4sh3enshe3ina3ki3lav6i3ma4er4ira2m3ala3ela5ia5la3ila4r3ula2nas3chali3dora3ia3kaj4rat3sy3telei8mon7y8mon3ya2ola2p2rahat4khat4mon4sat5ka3hat3inita7i4tosh3ker4hat3manand4eshwar3th5enia5i",
  "vi4icia3ul3vati4in6a5z2sh4a4ik4ka5o4ok3quale3ty2tia4ence4ma6t4ulia3ria5ca6e6ia6k5k5na5sia7ia7ya5tsia8ia8ya3sanchik4y3ti5e4y3ya4ulya2ul4a4ene5tta7e4ina6e5ta4o2v3an3el3il3la4entii8y4ik4o4uha5kha5sha2yal3rav2z1earle6ne5ie6ne5y2dro2g3gie4y2i3n2lageia6ya5ia6ia6ya2nelopa7e3ney4i5e2r3cy3i4zat3la3ry3t2tar3e4r3ia4er4mat4unia3ka3or3r4a4ik5na4o5nila5s4uha5kha3ya4unya2yn1hebe2il4ip4lip6s4omena2oebe2ung3ong2yl",
  "icia5s6s4lis1ia2edad3rre2lar3ip2naka3g3kie2per2yush1laton1ok2lad4t3echka3i4a4chka4karp4na5chik5ka5ochka4sha6ka4ushka3ka3li4y3umna3ya4ushka2ntii5y2oja3nam3rnima2rfirii7o7y3sche4ha3ter4ia2tap1rabha6kar6vati3chi3deep4yuman3full3gati4ya3jjwal3kash4har3mad4ila4od3nav5y4ita4jal3shansa7t4kovia7ya4oon3tap4eek7sha4hamesh4ibha5gya5ksha5ma4yasha5ush8a3veen3yag2ecious3etam5i3ksha3m4chand4lata4narayan6th4praka",
  "sh4shankar3rna3ston3yash2icilla3nce6ss3ora3scila7la3ti5ka5sh3ya5darshini5li5mvada5nka6shi2ohor3khor4ofii7y5p6ii7y3nia4ya3skovia7ya3videncia2udence1uja2lat3heriya3kheria8ia8ya2neet2ra3va4i2shkar4pa0qiana1ueen5ie3ntin2iana3ncy4n4tin5on2yen0rabadan3ia4ga4ia6t4ya6t2chael5l5na4eal5l6e6l7e4it3quel2del3ha5raman4ika3if4i4k4m5a5ir4na4on4s5lav4y3mil6a5r6a3omir3u3zh5a6b7ali6n7a2e3ann3chka3lene2f3a4el6a4il3ha",
  "t3ia4da4g4ia4k4l5ia5ya4s4t4ya3kat4hat3o2ghav6endra6i4u3if4m4ni3nar3uel2ha4t3ib4l5a5ya4m5a5zhan7on4ya3man5t6illo6ulla9o4et4on6ali3ul3ym5zhan2ia4n5a3da3eno3f4a3gul3ka4han7a5on7a3l4ia4ya3m4bek4on6d3na4ur3s4a5t4ka3ymbek2j3an5i4t3eev4ndra4sh6war3kumar3nath4ish3shree3u3yawardhan2kesh3ha5t4i5a5b5ia5l6a6ia6ya5m6a6zhan8on5ya4man6t7illo7ulla9lo5et5on7ali4ym6zhan3sana4ha5it7a3ymzhan2leigh3f3ia4f4ia4na4ya3ph2",
  "m3al4n4shankar4yan4z5an5on3bha3chandra3dev4hari3esh4ta3ik4l5a5ia5ya4n5a4r5o4s4z3narayan4ik3on5a5ita3prasad4yare3zan4es4ia5ia5l6ia6ya5ya2na4e3bir3da5l6l4ee5ll4i4olph4y3ee4l3gnath3i4a4f4ia4l4s4ya3jan6a3o3veer2phael2quel2riti2shad5t4eeda4i5d6a5ka5t4mi3ih4kh4l5ia5ya4m5a3ta4islav3ul5bek2tan3bek3i4bor3mir3nakar4esh2uan5a3f3l3shan7a7ia8ia8ya3za2van3en3i4a4ia4l5ia5ya4nder6ra4shankar4ya3shan7bek2ya4n5a3e3f",
  "a4ord3gul3han6a4on6a3ka4han7a5on7a3lene4ya3mon6d7e4undo3na4ur3sa5t3ymbek2zalia6ia6ya3hab3ia4da4f5a4ia6t4l5ia5ya4m4na4ya6t3mik1ea3gan3nna3tha2ba3beca6ca3eca5ca5ka4kah5ka2da2ed3na3t4a2fat3ugia6o2gan3ena5ia3gie3ina6ld5e5ia5ka5ochka4sha6ka2i3chel3d3ko3na5ldo3ta2kha3s2m3a3bo3edios3ona3zi2na4d4e4l5do4t5a5e5ka5o6chka4y3da4i3e4a4e4smi4tta3ita3na2p2shad5ma5t3sie2ta3ha3ta2uben2va4l4ti4z3ekka2x2y3chel3es3na5",
  "lda7o2zeda3ida3o3uan3van1gei3y1hea3ba3tt2iannon2oda3na4da1ia3na4na2carda6o3ha5rd4elle4i5e3k4ey4i5e4y3o2da3dhi3heekaran4ima3van2f3at3hat3kat4hat2gina3oberto2hard2iaz2k3a4rdo3hard3i3ki3o2ley2ma3jhim3ma4ochka3sha2n3a4d4l4s4t5a4z3chin3kesh3ochka2psime2sa3ha5bh5d5t4i5kesh4u2ta3esh3i4k5a3ka3ochka3ta3u4lia5ka5ya4sia6k5ka5ya2urik2va4l3ka2ya4z2za4bek4t3ida3o3van1ob3bi5e5n4y5n3ena4r5t6a6o3ia4ia4k4n5zon4ya3t",
  "3yn2cco3hel6l7e3io2d3erick3ger3ia4k5a4on3ney3olfo3rick5go3ya3zher2gelio4r2han3ini4t2ial2ksana4i4olana8ka2lan5d6a6e6o3f3lan6d2ma4ha4ine4kha4n5a4rio3chik3elia4o3ich4k4na3ka4o3ochka4na3ych2n3a4ld6o6u3da3i4a3na4i5e4y3ya2opa3sevelt2r3y2sa4lba5ee5ia6e6na7d8a7e5va5yn4maria5ond4na5n6a6e4ria6o4ura3coe3eann7a7e4lee5ia6ne5la6e5yn4marie7y4na5da6o4tta6e3han3ia4e4na4o4ta3lyn3s4ana4ie3tia5k5slav9a4ya3y2vshan2wen",
  "a2xana5e5n6a6e3ie3y2y3al3ce2za4li6a6ia6na6ya4na5na6e4rio3ella3ik1tem1uben3i4e4k4n5a3ye2chi5ka5r2dik3olf5ph3ra5nath3y2eben2fa4t3ia4ia4na4ya3us2ha3shona2kha4shona3ia4ia6t4ya6t3mini2lan2mia4ia4l5ia5ya4na4sa4ya3pa2njhun2pa4li4njali3ert4sh2salina4na3han6a6ia7ia7ya5t3ia4k3ka3lan6a6bek6chik6ka6ochka4ik4on3s4el6l3t4am6bek6chik6zhon4em4iam5k4y5am3ya2ta3h4a5nn7e4e4ie2vim2zal5ia6ia6na6ya4na5na3el3ia4ia4l5ia5",
  "ya4ya1yan4n2sbek3gul3kul3ty3zhan2urik2zhik0saad4at3k2ba3i4na5e5ka5ochka4r5a4t3ra4ina3uhi4khi4r3yr5zhan2cchidanand3ha4iko5n2dam3dam3e3hana3i4a4e4g4ia4k4ya3riddin3ye4k2era2far5ali5bek3i4a4e4ia4na4ya3ura2gadat4r5ika4t3dat4iana3e3i4d5a4ra4t3lai5ra5y3yn5bek5dyk5ysh2ha4ya6na3dev3ib5a4l2ia4ana4gul4khat4n5a4ra4sat4t4zhan3d4a5sh4bek4ullo4zhon3ed4ra3fiddin4ula6la8kh7o3gid3id3ka5l4han3lau4yk3mon3na3ra5n3t3yn",
  "4yna3zana2jan3jan2ken4t3ha5ia7na5ya7na4ib6a5l3ina6t4t3o3shi2lah4kh4mat5bek5on4uat4vat3eh4kh4na3i4a4h5a6t4ia4kh6a7t4m5a6t5zhan4na4ya3ley4i5e4y3ma5n4on3ohiddin4khiddin4m5e6ia6ya4ni3ta5nat3vador5tore3ya2m3ad4l4nata5dar5ta6ha4r5a5th4t5ha3ed4eksha5r5t4lla3gat3ia4d4ia4na4r5a4ya3mie4y3pada3raggi5t3son3ual4el4il4r3vel2na4l4m4n4t5an3ches6z5o6s3da5ara4ee6p4hya4i5bek5e4ra5o4u5gash4y4zhar6i3echek6ik6ka4k3ford",
  "3g4eet7a3i4a4dhya4e4ia6t4m4ya6t3jana5y4eet6v4uana7ita3ka5lp4o3o4bar4k4ra3s4kriti4yzbai8y3ta5na6ika4iago5na4o5s6h7i4yago3ya4ch3zhar7bek2odat2par5bek5gali6ul3iiat4yat3na2ra4h4i4n5a4s5wati3binaz3daana5na5r4or6bek3gis4y5lana3han3i4a4ia4ka4na4ta4una4ya3khan4is3mat3o4j5ini3ra3sen6bai8y3thak3var6bek4esh4inoz3yuna2sa3h4a4echka5nka4ik4ka5o4ok4ulechka6ia6ka6ya5nia6ka6ya2tanei6y3enik3i4sh3sita3tar3urnina3yam",
  "5prakash3zhan2u3l4e5t3mya3ndra3rabh5v2va4nna7h3elii6y3ia4ia4ta5ri4ya3r3va2ya4ana4gul4hat4khat4n5a4ra4sat4t4zhan3d4a5sh4ullo3ed4ra3fiddin4ula6la8h8kh7o3gid3han3id3ka5l4han3lau4yk3mon3ra5n3yn4yna3zana2zhida1carlet7t2ot4t5ie5y1ean3son2bastian6yan3rina2da2ema3ta2gei4y3rei5y2idzh5i3mur3ran3tzhan2ka2lbi3ena5e3im5a4n5a3ma4eg2m3a3en3ka2n3a4ida4n3ia3ka3ya2ogei5y2ptember2r3afim7a6na3dar4zhio3ega5ei6y4i4na5i",
  "a5ka5ya4y4zha6enka3g4a5zy4e5ei6y5i5k5ts5y4i5i5o5y4o4unia6ya4y5i5y3hio3ii4k5bai7y6ol8syn5zhan4na4ta4y3khio3ob4ga4zha3ver3zh5an5ik6o5o2seg5ma2th3lana3suko2va4k4ra4stian6yan3da3erin7a5us3il5ia5ya4nch5dzh3ka2ydzh5i3mour4ur3ran3tzhan2zim1ha3ban4dan4nam3d4iiar5yar3e3gen4uun3ha4ban5oz4id6a5n6a4lo4mar5urat4naz5oz7a4ob4rier6yar6zada8t5om5uh6z4sanam4zod7a3ilendra6sh5ja5y4na4ra3kha5ban6oz5id7a6n7a5lo5mar6ura",
  "t5naz6oz8a5ob5rier7iar7yar7zada9t6om6ukh7z5sanam5zod8a4ia5r6a5ta4ti4umbhari5ntala3la5bh5nda4ini4kar4on6da5o3ma4bhavi6u4eka4hal6n4ika5l4khal7n4o4s5hod5i6a6ddin6ia6ya5udin3n4a5e4da5i5or5ra4e5ka5l6l7e4i5ce5ka5qua5ta4kar4na6n5on4on4ta6e6nu6y5e6l7l8e5i3pagat4i3quana5ita3ra5d5f5n5p6at4da4ee5ll5n4i5ce5e5f5ka5lyn5p6a5ta4la5een6ne5otta4maine4of6iddin5lyn5n6da4ri5on4yl5n3sha6nk5ikala6nath5wat4ta3takshi4lyk4",
  "rughna4tyk3un5a5da5na5ta6e3vkat4on6da6ne3wana6da6na4n5a5da5ee5na5ta3y4antani4la4na5e2ea3ba3ela4na4tal7a8prasad5endra3fali3ila6h3khar3la4ba5y4don4ia4la5ey5i6e5y4ton3meka4ika3na4ika5ta4na5e3r4a5li4bek4ee5ll4han5on4i5ce5dan5e5ka5ll6yn5se5ta4khan6on4lene6y5ok5y6n4man4on5z4rell5i6e6l7l5on5y6l4wood4y5l6l4zad6t5od7bek3shnath3va4ket3yla2iela3kha3la4oh4pa5i3n3pra3ra4ely4han4khan4l5ee7n6ne6y5y3shir3v4a5ji5m",
  "5ngi6i6shi4endra5sh4poojan4shankar3zue5ko2obha3di4mon3h4a5n4ida5n5sta4rat5uh6z4sanam4zhahon3ira3kan4h5a6n5ida6n6sta5rat6ukh7z5sanam5zhakhon4ir3lban4pan3ma3n4a4chalai9y4da5ra4na4ta3raan7a4ena4uh5kh3shana3ta2raddha4van3eejesh4k4ya6nsh6sh3idevi4kant4nath4ram3uti2tefan5fen2u3bh5am6ngi5endu5i3chi6ta3hrat7bek7zhon3khrat8bek8zhon4rona5ullo4ur3mkar3n4ia4ya3ra4ik4ka4ochka3shanik7na2weta6nk2yamali3la3nar6a7",
  "i7y4bolat4gys7han7khan3rai6lym5y6lym4yn1iava2byl2d3dhant6rth5i3ney3or2el3rra3vush2gizmund3ne3rid2iana4vush2ko2las3va5na4er5str4ia5ia5ya2m3a3ba3en4on3on5a5e5ne3ran2na3di4y3o2obhan2rafima4nush4zhudin3en5a3gei5y3in5a4us3och4zh6a6iddin2tora2u3mbel3zana6na4i2xta2yana4vush1karlet7t2ott2rudzh2ye1lav4a4chik4entii8y4ian7a5k4ka5o4ochka5k5n4yan7a2yvia1mail2bat2ita2riti1neha4lata3zhana7ka7na7ochka5ka2igdha3zh",
  "ana1obir5zhon2corro2dik3nom2elma2fa3i4a4ia5ka4ko4ya5ka3ka3ochka3ya2gdiana2ham4n3ib5zhon4ni2ila2khib6zhon3rat2l3ange3bon3edad3ia3omia6ia6ya5on3tan3ya2mdatt3er4sh3mer3on2na4kshi4l5i4m3dra3echka3g3i4a4chka4ia4k4ya3ja3ka3u3ya2o3k3n2phia5e2raya3bon2s3lan3o1panch3rkle2encer2iridon1rgei4y2ishti1tacee5y4i5a5e4y3lin6a3n4eslav4ford4islav9a4ley4ton3rla4r3s4ia6n5k4ka4on4ya6n2efa5n6i7a7e7ia7ya6y4fanie3isi3lla5",
  "ochka3n3p4a5n6ida7e5shka4haine6n7e7i8a8e7y5en7ie5ine5nie4ik4ka3rling3sha3ve5n4ie3wart3ysi2iui4sha3v4en2oian3pa3rmy3yan2uart3ti2yui4sha1uanne2bhadra5n5sh7ini4on3khan5on3odh3udai6y2dakshina4rshini3eeksha4sh6na4vi3ha5kar4eendra6r4ir3ie2e3ann3llen2fia4ia4ya2gam4ndha2hani4s5ini3rab4ob2jal4n4ta3it2k3hrab5ob3riti7ka2labh6a4iman6on4yman6on3eiman6en4kha4ma4yman6en3ik4m5an3ochana3pan3tanbek6ie4on3u4shash2ma",
  "ia5ia4n4ya5ya3bul3iko4t5ra3maia5ya3ukhi2n3aina4nda4t5ullo3dar6i4et3eeta6i3g4at3idhi4l3kar3nat4i3shine2priya2rabhi4ia5e4j4ya5e3ekha4n5dra4sh3gei5y3hay3ia4ia4k4ya3khai6y3uchi3ya5kant9i5prakash2san5a5n6a7h6e3hant4eela4il4ma5ita3ie3y2yash2zan5n6a6e3ette3i4e3y1velana3ta5lana4ik4ka4lana7ka7na7ochka4ochka5slav5zar4ulia7k6ka6ya5sia7k6ka6ya2iatik5ogor6polk6slav9va6zar3tlana2yatik5ogor6polk6slav9va6zar1wapn",
  "il3ra5j5njali3ti1yava2bil3le2dney2imyk2lvester4ia5e2mbat2nthia2reeta3gak3ym2umbel3zana6na4i2ymyk0taalai6bek5y6bek2batha3etha3igat4tha3riz2d2echka2gir2ha3ir3mina2i3a4na3ler3muraz3na3r4a3s4a4ha4ia5ia5ya4ya2juana2kako3ha4ir4mina3isha2la4bsho4nt6bek4p3eh4kh3gat3ia5n4b4na4sha4tha3shyn3ya5n2m3a4la4nna4r5a5ochka4sha4tha4z3bra3eika4ka5ia4la4ra5lan4sha3i4ca4e4k5a5o4la5la4r5is5lan4sha3mara4era4i5e4y3ra4iko3",
  "una2na4t5ar4y3chik3dra4y3echka4ka4sha3gela3ia5na4chka4ka4r4sha6ka4ta4uffka6ka5kha5lka5sha7echka8nka7ka6ia7k6ka4ya3ja3ka3may3na4er3sholpan4ulpan6u4ylu3u4ja4shree3vi3ya5na4uffka6ka5ha5kha5lka5sha7echka8nka7ka6ik6ka6ya3zila6ia6ya2ra4h4s5ik3en3han3i4el4k5a3khan3lan3on3ra3sha3un5a3yn3zan2sha4ia5na4ka3ia3ka4ira4yn3lima3ya2tev5ik3iana6ia6ka6ochka3ka3na3ochka3ul4m3yana6ka6ochka6ya2ulan3nya2wana5da5na3na4y",
  "5a2y3a4na3ler4or3muraz3na2zagul1ed3dy2ena2gan2hen2ia3lor3mur6az3sha2jas5vi3prakash6tap2khen2lma5n2ma4ri3bulat3chik3eka4rlan3ik5a4r5bek5han5khan5lan5zhan3ka3ochka4fei6y3pie4le3ur3ych2na3esha3giz3isha3nie5lle2o3dor6a6o3fila3na2quila2ra3easa4nce5tii7y4sa5e5ia6ta5sa4za3i4ca4na4sa3ra5nce4ell5nce5sa4i5e5lyn4y2sha3s4a4ie2tiana6ka3yana6ka2ya3lor3mur6az1had4deus3lia3nh3o2ea3da3lma3o4dora7e4la3resa6e6ia6sa4",
  "on4sa2i2omas6ena6ina8e3ra2resa2u3rman3y1ia3na4na3ra2en3ra4ra3sha2fany3faney6i7e6y4iny2gran2homir4n2juana2k3homir5n3o2lda3ek5tes3lie4o2m3a4fei6y4ti3erhan5khan5lan3ika4rlan3ka3my3ofei6y4ha4kha4n4sha6ka4thy3ur5chik5ik5ka5lan2na3isha3ka3ochka3y2sa3h4a4ka2t3us1legen3k4tes1obi4as4e3y2ccara2d3d2fig4k2grul3zhan2ha3ir5zhon3tar2i3r2ka3ha4ir6zhon4tar3tar3zhan2legen3ganai7y4onai7y3ia5n5sik4b5zhon4k3ka4un4yn6a",
  "i7y3ya5n5sik2ma4chka4ra4s5a5h3eka3i4ka5o4ris3ka3mi5e4y5e3ochka4ko2na3da3echka4tte4y3i4a4chka4e4sha4ta3ja3ka3ni3y4a2ra3ebek4gali4han4khan3gyn3i4e3ri5e3y2sha4ia5k6o4ka3ia4k3ka3ya2to3y2va2wanda2ya1racee5y4i5e4y3n4g3vis2easa3ena3na4t5on3sa4sa5ie3va4or3y2icia3fon3na4h4idad5ty3pti4urari3sh5a4ta6n3veni2ofim3y2u3di5e4y3la3man1sagana2eren2vetana5ik2yden3ren1uan2iaara4na4ra2la3egen3ika3kin3si2mar3en2pak2ral",
  "4n4r5bek3ik3kan3lan3pal3sun6ai7y4yn6ai7y6bek2shar3ia3ka3ya2yaara4na4ra3et2zik1wana4da4na2ila2yla1yesha2isha2ler2nchtyk3isha2ra3ee4ll3on5e2son0uali4han4khan2sia3ya1baidullo3ydullo1chiha4kha3kun1day4raj2dhav2it1iliam3l3yam1jjwala1ktam1la3n4bek3r4bek2bala3ike3olsyn4syn2dai4na6i6y4y2fat2ia4n5a5ka5ochka4sha6ka2ka2lubii6y2mas3eken2pan2rike2ugbek3k4bek2vi4a4ia4ya2ya4n5a5ka5ochka4sha6ka3kbek3sses2zhalgas5",
  "n1ma3han3kant4han3lat3r4bek3shankar2ed4a4chon4zhon2id4a4bek4zhan6on3rbek3t2ka2m2rbek2ut1na2nati1olter1pagya3sana2endra1rfin2jita2mat3ila2shita3ula2uzmag1sagi3ma2ein3n2ha2man3on2on2tim4n5a5ia5ya1te2karsh3ir5bek2tam1ulkan1vais3ys0vaag4devi4ishwari4n3ni2chik2da3ia5n4k4m5ir5ka4ukha3ka3os3ya5n4m4uha5kha2gan3e3id4f4t4z3ram2ha3id4t3o4b3tang2ibhav3dehi3shali5navi2ka3ha4id5t4o5b4tang3il2l3arie3da4emar4is3e",
  "chka4h4k5h4ncia5e5sia7ia7ya5tin8a8e4r5a5chik5i6a7n6e6i7a6k6y7a5ka5ochka6n5y6an3i4a4d5a4han4ia4k5han5o4ntin8a4ukha5sha7echka7ka6ik4ya4zhon3ka3labh4ie3odia5ya4rie3rie3ter3ya4uha5kha5sha7echka7ka6ik2nce4hik3da5na3echka4k4s5a5sa4tta3ia4k4ta4ukha5sha7ka3ka3na4esa6sa3o4k3shika3ya4uha5kha5sha7ka2rdan4haman4ui3echka4nik5ka3falamei9y4olomei9y3ia4s4usha7ka3ka3lam3sha3tan4ika3un5a4zhan3var6a3ya4usha7ka2s3a3e",
  "k4lina6sa3hishth4ti3ia5n6ia4f4l5i6a6i6ki6na7ka6sa7ka7sa6y5ko5ya4ma4sualii9y3ka4o3o3sa3undhara3ya5n6ya4l2tslav2ughn2va4n2zgen3ha3ir5a1dadimir1echeslav2d3a4ng5t3ika3prakash2ena2l3da3ena4s3ia4mir3la3ma3va4et2na3di3edikt4r5a5ochka4ssa4tta3ia5min4ce4ta3nie3tseslav3us3ya2ola4etta2pa2ra4nichka6ka3da4ell4ie3ena3gie3ka3la4ene4ie5ne3n4a4ell5tta4ia5ce5e5ta4on3o4chka4na5ica7hka6ka6que3sie3tie3unchik5ia5ka5ya4",
  "sia6k5ka5ya2selina3ta2ta4l5ia6i6k6y5ya3lana3ta1genii5y1iachaslav5eslav9va5islav3leta6ta2bha4or4uti2centa6e3hka3key4i5e4y3tor6ia7na2da4di3hi3isha3ur4shi3ya3zhai6y2gen3nesh2jay5a3endra2k3a4lp4s3entii7y3i3ki3ochka3ram5nt3tar4oia6ia6ya5r6i7a7ia7ya6ya3uha4kha4lechka5ia6chka5ka5ya4sha6ka5ia6chka6k5ka5ya2l3as5rao3dan3en5a3gelm3ia5m4ia4ya3li3ma3nur3ora3ya5m2mal5a2na4y5ak3ce5nt6za7o3eet6a4r5a3iamin4ta3ni5e",
  "3od3sent2ola4eta6ka6ta7e7ochka4ka4la5eta4ochka3rel4ika2pin3ul2ral4t3dzhinia9ia9ya3endra3gen4ie5l6io5na6ia3ineia6ya3onika3savia7ia7ya2shakha5l5n4enka4nu6kant6priya4vanatan4wanath6s3khan3sarion2t3a4ha4kha4l5ek5ia6i7a6k6na7ka6y7a5ka5ya4s3ek3ia5i5n6ia4ukha5sha3ka3o4chka4ld4r5ia6ia6o6ya4s3ulia5ya4sia5ka5ya3ya5n6ya5y4uha5kha5sha2usal2va4n4svan3ek4n3ian6a4dha4en6ne1lad4a4eslav4i5a6n5k5len8a5mer6ir8a6r5s6",
  "lav9a5ukha6sha4ka4len7a4mir4ochka5k5n4ushka6ia7k6ka6ya4ya6n5uha6kha6sha3s4ta2odimer6ir1oha3id2kha4id2land3demar3f4gang3odia6mer7ir5ka5ya2n3cile3da3nie2rmiks4s2v3a4n5chik3chik3ik3k4a3ochka1redina3zh2inda1seslav3volod1ugar2sal5a1yachaslav5eslav9va5islav2usal0wade2i2ldo3ker3lace4y3ter4on4raud2n3da3eta5ta3ita2rd3ner3ren2va2ylon3ne1ei2ldon2n3dell4i5e4olyn4y3ona2rner2s3ley3ton1hitley4ney1ilber6t4ur6n3da",
  "3ey3ford4red7o3helmina5mina3la5rd4ena6e5tta7e4ia6m7s6n5e6mae5s4odean5w4y3ma4er3son3ton2ndy3ford4red3ifred3nie5fred3ona3ston1onda2odrow1yatt2nell3ona0xavier1enia1iao2omara1ochitl1uan0yadira3viga2eko3l2goda2ha4ira3ya2jaira2kha4ya3im3ob4v3ub2lkun2mil5ya3una2n3a4chka3chik3ek3g3ik5a4na4ra4s4ta3ka3na3ochka4sh3ulka5ya4sh5ik5ka5ya3yk3zhima2raslav3ema3ik4na5ka3mak3omir4polk4slav8a8ka8na2sh4a5r5swi4ika4ka4o",
  "da6hara4vi4want3ik4n3ka3min6a6e3uko3ya2va2zgul3ilya1byrai5y1ee2lena2n2r2senia3senia2tta2vette1ing1kylas1ntymak1ogesh3ita2han2khan3o2landa6e6o3dyz3onda2n3g2shie5ko3if4p2ulanda2zef1rys4bek4keldi1udhi3zhin2ette2k3a3i4ko3o3ta2l3anda4y3cha5ik5onok3dash4uz3echek6ka4k4na5ka3i4a5n6a6ka6na6ochka4chka4k5a4nka4y5a3ka3ya5ha5kha5sha7echka7ka6ik6ka6ya2mi2n3a3g3ia4r4s4ya3na3o4na3us2onne2ra4n4sik3chik3ets3gen3i4i",
  "4k5o4s4y3ka4o3ochka4k2sef3ichka4f4k3ka3tas4ina3uf4p2ta2zik1vette2one4ne0zabar3ir5a2chariah6y4ery3k4ary2da2far2gid5at4r5a4t2har5iy3id5a4r3ra2iana3da3nab5p4iddin4udin3r4a3tuna2k3aria6ia6ya3har6ii7y4id6a5r4ra3ia4ia4r5a4ya2li4a4fa4ia4m5han5khan4na4ya3kar3ya2ma4n5bek3in5a4r5a5bek3zagul2na3dra3e3gar2pir2ra3ema4ta3i4a5na4f5a4ia4ma4na5ka5ochka4ya3rina3yana2ur4bek4e5sh2ven2yana3nab5p4iddin4udin3ra3tuna2za1",
  "ebo2in4ab5l4eb5p2lda3emhan5khan3im5han5khan3la3ma2ma3fira2na4ida3fira3ia4k3obia2pp2ra3e2tta2vs2yn4ab5l4eb5p1habrail3di4ra4yra3far3hangir4on6gir3idar4na6gul6r4yk3k4a4e4hangir5on7gir4lin4o5n4shylyk5ybek6gul6lyk3lgas4ia5l4ol6iddin4ya5n3ma5l4bul5yl4il6a6ia6ya4ol6iddin4shed6id3n4a5bai7y6ek5gul5i6dar6ym5r6a6bek6gul6ys5syl5t6bek5y6dar6ym4bolat6ta4dar7bek6ulet5os4eka5l6ia6ya5rke5t6a6ta4gali5eldi8y5ir5ul4i",
  "5a5bek5ia5k5ya4ka4na6t5et7a5ochka5ur4saia6ule6ya5erik5lu5ultan7u4tas4uzak4ybek5l6ai7y6syn5m5sh3ras4gal7ma4kyn7ai8y7bek4ylkasyn3sik4lan4min7a4ulan5r6bek3udir4har4khar3vlon7bek4ohir5khir3ydar4na6gul6r4yk3zgul4i5ra2dan2eha3k4a5n4ha3n4dos4echka5k5veva4ia5chka5k5s6bek6h7bek5ulia7ka4ka4tos4ya5ulka7ya3rar2ibek3gan4er2oha4ongir3kha5ongir3laman4das3mart3ni5bek5k3omart3ra5bek4ik4ka4zh3zefina2ubanysh3lduz5yz",
  "7ai8y3ma5bai7y6ek5gali6ul3par3rabek3sup3zha2yldyz7bek3para3rgal7bek1ia2ba2dan2eda4ullo2fa2gmund2ia4da2k3a3o2lia4ia4ya3ola3ya2mfira2na4ida4t3fir6a3ira3ka3nur3ochka4vii6y3ulia5ya4r2ta2uma2ya4da1lata5n4ka4ochka5slava2iha3kha1oe3nka2fia2han3id5zhon4r2i3a3ka3la3r2khan4id6zhon5r3ir5zhon2la3tan3ushka2na3ia2ra4ida3iana6ka4gto4k5to4na3o3ro3yana6ka2sia3ya2ya3ka1ubaida5r6a4rzhat4yda5r6a2far2hra4iddin2khra5id",
  "din2la3echka4ikha4ma4yha5kha3fat4ia5ia5ra5ya3i4a4han4ia4khan4ya3ka3ma4ira3ya2mrad5t4ud2ra4b3ida4k1yuma0аарон1ба3й3кар3с3т2бас3ос2ди3рахман3у4вали5охид4гани4карим5одир4л5а6зиз6тиф5ла7х6о7х5о5хамид5ь4малик4расул6уф6хим7ман8он6шид5рахман4салам7ом6мад6ттор2еке2зал2и3дат3л2лай5хан2о2ра4м4хам3ек3ор5бек2у3бакар6ир6р3зар3кар2ылай6хан1ва3з4бек3тария2густин8а2дей3отья2елина4ь3т4ик5с2ик2раам4м3елия3ил3ора2та",
  "ндил1габек3си3та4очка3фон4ья2ван2зам2ил4ь2лая2нес5а5са4шка3ия2рафена3ипина5пина2унда1да3й3лят3м2ександр9а5ей3лаида4ечка4ина6ка6очка5я4ь5ка5я4я3ма4и2и3ба3к3л4бек4е5т4жан4хан4ь5бек5жан5хан4я3на5й3с4а3я2лан3ет2мир2ок3льф2рей3иан6а6о2хам2ыгжы3л4бек4жан2ьян2элина4ь4я1ека3сандр4ей1жар4а1за3д4а3зель3лина5я4ька3м4ат4жон3р3т2ер2и3ана3з4а4бек4жон4ов3к3м4а4бек4жон4хан3рет3с3яна2наур2раил3ет1ибек2герим3ул5ь2д",
  "3а4на4р3ос4чка3ын2жан2за2ка2ма2на3ур2ша1йаал3на3ру2ба4ну4р4т3ек3ике3ол5ат3улат3ын2ваз4р2ганым6ш3ера5им7а5ым3из5а3узель4л5ечка5ь6ка6чик5я4н3юль4н2да4й4мир4н5а5ка4р5бек5ик5хан4ш3емир4р3ин5а3ос3ын4с2ерке2жамал4н5а4ркын3улдыз2за4да4на4т3ек4ре3иля4рек2ида2к3а4з3ен4рим3о4ркем3умис3ын2ла4ана4н5а4ра3ин5а3уна2ман5а4ра3ира3урат2на4гул7ь4з5ик4р5а4ш3ель3иса3ур5а2пери2рат3ин2с3а4лкын4на4ра4уле3езим4л5ь4н3ина3л",
  "ана4у3у4лтан5у6у4н3ылу2та4л5ина4н4ч3бай4ек3ен3жан3кул6ь3олкын3уар4ган4рган2хан5ым2чурок2ша4н4т3е3олпан2ым4гул7ь4жан2я1ка3кий3н3рыс2бар4ян3ермет3обек4пе4та2гул5ь2дидар2ежан3рке2жан4ркын3ибек4гит3ол3унис2и3м4жан3ра3ф2кенже3у2лима2мал5жон5ь4рал5жан3оншак2ниет3ур5а2о3б4ир3н4я3п3ся3ш2рам5ан5жон3ом2сана4уле3ель4ния3иния5ья3улу2тан4у3илек3олкын2улина2шин3олпан2ыл4ай4бек4жан1ла3ддин4ин3н4а3х2берт3ина2дан4",
  "р3ияр3ын5ай2е3втина3г3к4а5ндр4ей4с5а6др8а6н7д8а9р8ер8ор8р9а9ина9ия9о9ушка8ыр7лр7ндр7р8а6шка5е6и6й5и6й6с6я5кй5ндр3м3н3сандр8а8о4ей5нька5чка4ия4кандр5ей4сандро4ь5ка4я3фтина3х4а5ндро3чка3ш2и3акбар4на4скар5хаб3баба4ек4и3вия3да4жон3е3жан4он3за3й3к4а4о4с5андр5ей3м4а5рдон4бек4е4жан4хан3н4а5чка4ка4очка4ур5сик6я5шка4чик3ра3с4а4ия4ка4онька5чка4са4хан3та3фтина3хан3чка4он3ш4а5н4ер4ка3юша5ка3я4р2ка3сандр4ей2ла",
  "4н4х3ен3и3очка3уся2ма4гул7ь4з5бек4нбет4с5хан4т4ш3ира3уша2нксандр2очка2памыс2су4шка2тан5а3уша3ын5а6й5бек5гул8ь5шаш2уа3кард3ся2хазур4с2ым4бек4жан2ь3ба4ек5рт7а7о4ина6ка6очка6чик5шка4ус3ви5на3гиз5с3жан3ка3ма4ина5р6а3нур3она5ка5очка5ушка5чик4ша3сина3таир4ер3фина6ур5р6а5с5я4онс4ред3яна2эн2юсик4я2я3с2ёна5чка4ка4очка4ушка4чик3ша4енька4ка1мадей4у3лия4ь4я3н4ай5т4бай5ек4гали5елди8ы7ьды5ул7ь4да5ык4жан5ол4кос5",
  "ул4тай5ур3р3як2галан2ели5я3т2и3д3л4а4ия4ь4я3н4а5т4ка4очка4чон3р4а5н4бек4жан4лан4хан5он4чон3т3шка2нат2он2рах3иддин2у3ланга3р2ыр1набель3ид5а4т3р4а4бек4гул7ь3с4атасия4тас7и8й9ка8я7ья7я5ейша5осия3тасия4оли7и7й7я6ь2вар5бек5жон3ер2гелика6на7ка7очка6я3илина3ыр2д3ей4рсон3жей5ла6ика7на6ла3и3о3р4аник4е5а6с5и5й6ка5с5ц5я4иан7а7о5й5к5с5ян4й4о5н6ик4уха5ша4ый4э5й4ю5ха5ша6ка2ек4а3л4ия4ь5я4я3т4а4ка4та3чка2жей4ла5и",
  "ка6на6чка5ка5ла5очка3и2зор5ик2и3ка3ла3с4а5т4ия4ья4я3та4очка3фе3чка3я2ка2лрей2н3а4стасия3ет5а3и3на3ушка3эт3юта3я2о3н3ра3толий2рей3и2саган4р4т3тасия2тип3о4н5ида6й6на6о6я4ха4ша5ка3уан2уар5бек3за3р3фрий3ш4ервон4ик4ка2фиса5ка5очка2чик3ы2ь3ка4о3чик2эль4я3т2ю3ся3та5чка4ик4ка4очка3ша2я1пер2олинария4линарий9ия5он4он2полинария2рол2ти1раз3ик3й4ка4лым3м4аис4ис3рат3фат3ш2би2гам3ен3ын2да4к4н5а3рей2евик3м3с2жаан",
  "6а4н5а2зигуль3у4ман3ы4гуль2и3адна4н5а5на3ет3к3на4ка4очка3п3с4тарх3ф3ша4ка3эль2кади6й4ша3ен2лан3ен3тан2м3ан5ай5гуль5и4т3ен3ин5а5е5э3эн2на4т3и3о4льд3ур2о3н2пине2салан3ен5ий6я5тий3ик3лан6бек3тан3эн2так4ш5ес3емида6й5он3и4к3ур5ик5ка5о5чик4т4ш3ык4ш3ьом3ём5а5ка5чик2у3жан3ка3на3т4юн3уке3хан2хан4т3ип2чи4бальд4к4л2шак2ыслан4тан7бек2ья4на2юна1сад4бек4ула6ла7о3л4ь3н4али3син3т2ека3л4ь5я4я3м4а5й4гул7ь3нька3т3чк",
  "а2и3да3е3к3лбек4ь3м4а3ф3я4т2ка4р5бек4т3ер5бек3ольд2лам5бек4н5бек3иддин5ин2ма4н3ик2оль2пандияр2рор2соль2та4мур4н5а4п3емир3ик3ра4ид3хик2уна2хаб4д4т2ыл4ай5н4бек4жан4зат4тас4хан4ым2ька2юта2я1та3бек3джан3й3ш4ка2ем2мир2он2рем2хам2ырау1урел5ия3ика1фанасий7я2ган2онасий4я2родита2тандил1хад3н3т2илес2лиддин5ин2ма4д5жон4т3ед4т5жан2рор5бек2сар2там3ем2ьмад1ца3маз1шим2ок3т4ик2раф2ур4а2хен1элита1юб2на2р2ш3а1ягоз3",
  "уль2жан2з2коз2ла2н3а4т2т2у3жан3ка3лы5м0баатр2бай5ка3ек3кен3ур2га4удин3дагул8ь5н5т5улет3жан3ила4р5а3лан3рат2дма3ри2жена2зар5бай5гул2ина3р4а4ма2йаман3бол3жан3мурат3р4ам5с4та3сангур3ыр4ш3эл2кай4р3берген3даулет3ир3о3тияр4ыбай6ек5гул8ь3уля3ыт5бек5гул8ь5жамал7н5кул5нур2лауса3гын3жан3зия3нур6а3хия3ым2ну2ран4т3бара4и3и4с4ят3малей3ни4о3ри3сик3т2сан5г3ир3та3я2тал3ик4ма4р3о4р3р4аз3у3ый4р5бек5жан5хан2убек3ка3",
  "р4жан3ыр5жан2ха4дир5ур5ыр4р5а3одир5ур3рам4иддин6ин4ом6жон4уз3ти5ер5яр4овар4ыгуль3ыт5бек5гул8ь5жан2шир2я3ман3н4а4сулу3рма3стан4халан1еата4рис7а2га4йым4лы3енч3жан3зат4од3имай2жан2йбарс6ыс4ит4ут2к3а4сыл3бол6ат6от3ежан4н4т3жан3зада5т4од3ир3мурат4ырза3назар4ур3султан3тас4емир4ур3хан2лгисиз3ла3оснежка3ёк2ма2н3дер4жамин3едикт3ьямин3я2рдибек3еке6т3ик5бол3мет3нард3та2сик3лан3сель2тти2ха3зод3руз1иби4гул7ь4н",
  "ур2жан2к3а3о2лал3игма3л3ол3ьбо3ял2ньямин2ржан2слан1лабла2ек2ум1об3а3би3и4р3о4джон4мурод4чон3ур5жон2гдан6а6ка6на6очка6чик2дик3ька3я2жена2ка2лат5бек5хан3еслав3от5бек2ни4та4фаций3ни3у3я2рат3ик4с5ка5лав8а3ька3я4н2с3я2та4гоз4кан5оз3ик4р2ходир1райан4н2ендон2итани4ни2онислав9а2уно2эд2юс1уба2вайсар2да3у4лай3ь2ка2лат3бул2мер2нед2ратино3лият3ул5ай3хан4он2яна4то1ьянка1эла3игма5то3ла2тмен0вааг4н2ва4н2ган3е3ид",
  "4з4т4ф3рам2дик4м5ир5ка3ос3ым3ька3юха3я4н2жа2зген3ир5а2ка3иль2лдис3енсия5тин8а4р5а5и6ан6и6й6к6я5ка5он6чка5чик5ьян4х4чка3и4д5а4жон4к5о4нтин8а4хан4я3одя3ьдемар4ка4тер3юсик4ха4ша5ечка5ка3я3ёк2нда3ек4с5а5са4чка3ик3о3чик3ька4ок3юха4ша5ка3я2рвар6а3дан4уи3еник5ька4чка3ис3лам3тан3ужан3фаламей4оломей3ька3юша5ка3я2с3а3ек4лина6са3ил5и6и6й6на7ка6са7ка7са5ь6ко5я4ма4суалий4ф3о3са3ыль3ь4ка5о3я4н5я2ха3ид4т3о4б3тан",
  "г2цлав2чик1гений1дадимир1елена4с3имир2нди3едикт4р5а5очка3иамин3цеслав3я2олетта2па2ра4ника6чка3ка3о4ника6чка4чка3унчик5ька5я4сик5ька5я2селина3та2та4л5ий6к5ь5я3лана3та2чеслав1иалета6та2вьен2ген2дади3жай2к3а3ентий3ки3очка3тар4оия5р6и7я6я3улечка5ичка5ька5я4сик6чка5ька5я4ха4ша5ка2лен5а3ия3ли3ора3ь4гельм4дан4нур4ям3я2нер5а3иамин3ни3сент2олета6ка6та7очка4ка4ла5ета4очка3рел4ика2рджиния3инея3оника3савия2сс",
  "арион3хан2т3а4л5ек5ии6й6к6на7ка6я5ь6ка5я4с4ха3ек3ка3ольд4р5ио6я4с4чка3уля4ська5я3ька3юха4ша3я4й4н5я2чка2шванатан3енка1лад4а4еслав4и5к5лен8а5мер6ир8а6р5с6лав9а4ка4лен7а4мир4ок5н5чка4усик6ька6я5шка4ька4юха5ша4я5н3с4та2одимер6ир1ов3а4н5чик3ик3к4а3очка3чик2ланд3одимер7ир5ька5я3ьдемар4ф5ганг2рмикс4с2ха3ид1редина3ж1севолод3слав1угар2сал5а1эл1юсал1ячаслав3еслав8а3ислав0гаара2ба3и4б4ден4л4т3риела7ла7ь5эла",
  "7ла7ь2вр4иил5л6а3хар2гаш3ик3о2дель3жи5мурад3ир2зи4з5а4к4магомед4нур2й3дар3к3ни3рат3са3ша2ла3ечка3и4б4м5а5жан4на5ка5очка5ур4чка4я3ка3очка3ченок3ым5бек5жан3юнчик5я4сик5ька5я4ша5ка3я2мзат3ид3лет2ни4шер3на4ибал3с3я2ри4к3ник3рет4и2сан3пар2та2ухар6а2фар3ур2я3з3на4е4э1ев3ор5г5к2гам2йдар2ктор2ла3ена4чка3ия3ла3ька3юся3я2на4дий3дальф3ка3на5дий3ри5етта5к5х3чик2ор4г5и6й6на6ос2ральд6т4сим3да3ел3ман4иона3труда2",
  "ша1ибрат2ви2га2ес2зат2лани3яна2орги6й2та2я1лафира3ша2еб3нн2икерия2ория2юза1оар4ик2га3и2либ2мер2рдей4он2ха2ча2ша4н3ка1ражина3йр3нт3ч4ик2ег4ор6и7й3та4та2игор6и7й3ня3ха3ша5ня4ка2эм1уванч2двин2зал5ия5ь5я3елечка5ия5ь6ка5я3эль3яль2ка2лайна5ым4м3бакыт5ну5рчын6шын5хар6ор3дана5рия5урен4ен3ечка3жазира5йна8р5мал5н6ар7т5ухар5хан4игит3зада5р5т4ина5ра5я3и4за4м5а6й4на5ур4ра4стан4чка4я3марал4ира3наз6ым5р6а4оза5ра",
  "4ур6а3ом5жон3сана5ра5я4езим4им3файруз3хан3чехра3шат3ь4бану6ршин8ын6хар7рам7ыт4вира4гена5ина4дана6р7ия5ен4жазира6йна6мал6н7а8р8т6хан4зада6на6р7а6т5ина6ра6я4ка4мира4наз7а7ик8ра7ка6р7а7очка5иса5оза6ра5ур7а4сана6ра6я5езим5им6на6ра6я5ум4файруз6ра5ина6ра6я4хан4чачак5ехра5ик6ра4шан6ра6т3юза4са3я4им2ма4р2най3ча3я2рам3бан3ген2сеин4йн4н3тав1эбриэль2рэлма2сэр1юзель3яль2льнара3я2най3ель0дав3а3ид3лат6бек4ет3о3",
  "ран4он6бек3уд3ыд2гир3мара2дахон2здраперма2ир2йаана4на3на2ке3ота2лгат3ер3и4да4ла4я2мба3дин3ели5я4ткен3иан4ль5я4р5а3ырак2набек4гул7ь4ра4т4я3ек4ль5я4чка3зан3и4ал5р4ел6а6ла6ь5р4ил6а4к4л5а5ка5л5о5ь4р5а4с4ч4эл6а6ла6ь4я5л5р3ка5н4о3нил3очка3те3уся4та3чик4о3ька3я2ра3ена3ига4й4к4ма4на5ка5очка4ха4ша5ка4я3мен3т3уся3хан3ын3ька4юшка4я5на3юша2стан6бек4он2то2уд3ка3лет6бек6хан3р4ен6бек4ия3т2фка3на2ха2ша3енька4чка3",
  "и4к3ка4о3ок3улечка5ик6чка5ька6чик5я4нечка5чик5ька5я4сик5я4та5ка2ян4а1евид2йв3дара3мон2кстер2ля2ма4н3ентий3и4д4р4с3ьян3ян2н3и4з5а4к4с5ка5лам3ни5с3с3чик3ька2онис2рек1жа3бар4ир4раил3вад4ид3лал4ил6ь3м4а5л6ь4бул7ат4и5к5л6а6ь6я4ол4шед5ид3н4а4гар5о4ет6а4ибек5к4нат3ред3спер4тин4ур3фар3хан6гир5р4онгир2ей4д4к5об4мс4н4сон4хун3к4а4и4сон3мал4ма3н4и5фер4нет5и6фер4сен3реми4и4ри3си5ка4с5и6ка3фф2игурда3м4ми3на4ни2",
  "о3зеф3н4атан4и5бек5к4ни3рдан5ж4ж3хар3шуа3эл2узеппе3ли5я4ьета7та4я3ма3рабек2эк1зера5сса1иана5чка4ка4на4очка4чик3р3с3шка2бир2дар5а3и2его3р4а4бек2к3а2лан4ра4фруз3бар3дора3и4к4я3мурад7т6од3наз4оза3овар4ром3рабо3фуза3шат4од6бек3ьбар4ка4мурат4наз6ра5оза5ура4фуза4шат5од4яр6а3юс3я4вер4ра5очка4фруз2м3а4н4рик4с5ик5я4ш3итрий5ър3ка4о3ок4н5чик4с4чка3трий3улька5я3чик3ыч3ьян2н3а4р5а5ка5очка3ис5лам4яр3ка3мухамед8",
  "мед3о4ра4чка3уля4сик5я3я2онис6ий3р2ппер2са4на3я2трий2ша2я3з3на3р4а3с1мирий4тий3тий4ри6и6й6к5й5о5тй2трий1обромир8а5слав4ыня2влет3ран3уд2дик2лаан6а3гор3ьган3я2меник7а3иник7а2н3а4льд4т3ер3и4ер4к3ни3я2ра3джи3жи4о4у3иан4н5а3мидонт2сан3бол3жан3ик3тон6бек3хан3ым5жан3я1рако4ула7ура2ю3ня1угар2йсен2лат3ма3ьсинея2ман2нкан3ька3я4ша2рдона3сун2ська3я1ьулус6тан1эвид2ймон2н3и4ел6ь4с4эл3ни3чик1юха2ша0ева3нгелина2г",
  "еиня4н5и6и6й6я5й5ний5ья4ха4ша5ка3ний3раф2дакия3оким6я2елина2какий2лампий7я2очка2патий2сей1га2ений2ор4ик4ка4ушка4чик4ыч1двард2гар2иге3к3л4ь2уард1ка3терина8ка8очка4ирина2терина1ламан3на2вин2дана4р3ос2езавета4овета3н4а4е4ка4очка3онора2жан4с2иза5бет5вета8ка8очка8та5р4овета3на3савета4ей2ла2мира3урат2нар3ур2тай2хан2ьвира3дар3мира3нур1мельян4я2ил4ия4ь3н1накентий2лик1пифан1ралы3сыл2бол5ат5сын3улан6т2ванд2",
  "газы4ли4нат3ей4н2даулет3ен3ос2еке3ма4ей2жан3игит2зат2ик4а2канат3е4булан4гали4жан4н4ш3ин5бек3о3ын2лан3ик2мак4н4хан3ек3олай3урат4хан2наз5ар4р4т3ест3ур2ома3фей3ха2саин4йын3ин3ултан3ын2тай2улан2хан4т2шат1сбол5ат2ен4ия3т2жан2имхан2кендир2тай1фим2рем3осиния7ья0жабраил2влон6бек3охир2ди3ра3ыра2згул6ь3и4ра2йдар3на5гул8ь5р3ык2к3а3е3лин3о4н3сыбек5гул5лык3шылык2лгас3ил3ол5иддин3ын3я2ма4л3бул4ыл3ила5ь5я3ол5идд",
  "ин3шед4ид2н3а4бай5ек4гул7ь4й5дар5ым4р5а5бек5гул8ь5ыс4сыл4т5бек3болат5та3гали4елди6ьды4ир4ул6ь3дар6бек5улет4ос3ека4л5ь5я4рке4т5а5та3и4бек4к4я3ка3на5т4ет6а4очка4ур3сауле5я4ерик4лу4ултан6у3тас3узак3ыбек4л5ай5сын4м4ш3эль2рас3гал6ма3кын6ай6бек3ылкасын2сик3лан3мин6а3улан4р5бек2удир3хар2фар2хангир3он5гир1дан1ек3а4н2ндос3евьева4к4чка3ик4с5бек4чка4ш5бек3тос3ь4ка3юлька5я3я2рар2ха1ибек2ган3ер1озефина2ламан3д",
  "ас2март2ни4бек4к2омарт2ра4бек3ж3ик3ка2ха3онгир1убаныш2жа2лдуз4ыз6ай2ма4бай5ек4гали5ул7ь2пар2рабек2суп1ылдыз6бек2пара2ргал6бек1эка0забар3ир5а2вен2гид5ат4р5а4т2да2за2ида3р4а2йнаб5п4иддин4удин3ра3туна2к3ария3ир5а4я2ли4м5хан4на4фа4я3кар3я2ма4н5бек3загул8ь3ин5а4р5а5бек2нгар2пир2ра3ема4та3и4ма4на5ка5очка4ф5а4я3рина3яна2ур4бек4е5ш2фар2хар5ий3ид5а4р3ра2яна1ебо2вс2йн4аб5л4еб5п2лемхан3им5хан2ма3фира2ник3фир",
  "а2пп2ра3е1иба2гмунд2дан2еда4улло2к3а3о2лия3ола3я2мфира2на4ида4т3ира3ка3нур3овий4чка3уля4р3фир6а2та2фа2я3да1лата5н4ка4ослава5чка2иха1оенька2и3р2йка2кир5жон2лтан3ушка2ригто4к5то4на3о3ро3яна5ка2ся2хан3ид5жон4р2я1убаир4йда5р6а4ржат2лейха4чка3и4хан4я3фия3ька4мира4фат5ира6я3я2мрад5т4уд2ра4б3ида4к2фар2хра4иддин1юма0иба2одулло2ра4гим4им4хим4шка3ем3огим4хим1ва3н4а4гай4ка4на4ушка3р3шка2ета4та2о3на1гарек4ь2н",
  "ат5ий2ор4ъ4ь4ян4ёк5ха5ша6ка2рь1дар2егел3ль2ибек2рис1забела6ла6ь4элла3т4улло3ура2басар2зат5илло3ет2и2маил2наур2ольда2я3слав1исус1ка2бол5жон2рам3ом5жон2с1лана3рион5я3ха2гар3из2дар3ус2ез3с2иана4с3за3м3на3я4с2кин2ларион3она3я2наз4р3ур2она4ка4на4очка4чик2сур2фат2хам3ом5жон2шат2ьвина5р6а3гам5р4из6а7р5на3дан5р6ик4ус3зат4ида5ра5я3ин5а3ка4ин3мар4ир6а3наз5р6а4ур6а3саф4еяр4ина5я6р4ур3фак5р5т4ир6а3хам5н4ом3ша",
  "т3юха4шка3я4з4на4р4с2юза4я3с4а4я3ха3ша4ка2яна3с1мам3н4а4гали3шка2иль3р2мануил2ран1набат3кентий3л3ра2га3вар3рид3ушка2диана4ра2еса4са5очка2зиля2ка4р5а2на3еса5са3окентий4чка3улька5я4сик5ька5я2окентий3м4жон3чка2саф2тигам2уля3сик4ька4я1оан4н5а2ган5н2ланта2н3а2сив4ф1пполит1ра3да3ида3кли6й3на3чка2ек3н4а2и3да3к3н4а4ка4очка3с4ка3ша4енька5чка4ка2ка2ма2ода3н3чка2унчик4я3сик5чка4ька4я2чик2шат2ына2эн4а1са3ак3б",
  "ек3й3к3тай2кандар6ер3ендер2ламбек5ия3ом5бек5жон3ям2ма4гил4ил4йл4т5улло3ет3ира3оил2о2раил4пил4фил3оил2са2фандиер2хак1улия1фтихор1хсан2тиер4яр1чиго1шхан0йозеф2лдыз2сип4ф2хан0кабир3ыл2дир4ша3рия3ыр5бек5жан2жымукан2збек3ик4м5ир3ыбек4на2ин3р4ат4бек4жан2й3нар3рат3сар3фарик3ырбек5жан2каши2ламкас5пыр3дыбек5гул3ек4рия3жан3и4ма6т4нка3ыбек4с3я4н2ма4жай4л5ия4р3бар3ета3и4л5а5ия5ка5ла6очка5очка5ь5я3о4л5а5иддин3",
  "ран4он3шат2нагат4н4тбек3еки3и3стантин3темир4ик3ыбек4кей4ш5ай2питалина5олина6н3лан2рабас4коз4лина4м4пет4шаш3ен3и4м5а4н5а6чка5е5ка5очка5чик5э4ша5ка3л4а4ен4о4сон4ыга7ш3мелита5н3нелия3о4лина7ка7очка5ь4м5атулло3уся3шыга3ылгаш3эн2сандра3иет4м3пер3сандра3тиэль3ум3ым5хан3я2талина4ра5ина3енька4рина7ка7очка4чка3и4ра5ина3рин6а6ка4уська6я3ька5о3ю4нечка5чик5ька5я4фка5фка6фка4ха4ша5енька6чка5ка3я2усар2ха3раман6",
  "он2юм2я1вентин1евин2жик2йн3си3т2лли2ма4л5ь3ран2н3ан3г3ес5ары3же5бай6ек5гул8ь3и3ни3т2п2ремет3ил5л4м3мен3я2т3и3рин3ти2ша1иара2ба2к3а3и2м3а2р3а3игая4к4л5л6л4м3очка3рил3сан3ьян3юха4ша5ка3я2с2тти1лава4дий6я3ра4иса6са4к3удио4с2ементина3о4патра3па3р2им4ент7ий2од4ин3ндайк1нарик1оба3ил5жон3лан2дир2е2зьма2ко2лганат3ек3ька3юня3я4н5чик4сик2мил5жон3рон2нан3драт7ий3ор3рад3стантин7ция6тин5онтин5янтин3ыс2ралина3и",
  "на3кем3лан3ней5лий7я3олина3юн2сим3та5нтин4ик4я5н6тин2тофей3я2ша1расава2естина2илл3пер3с4с4та5ен5и6ан8а8о6к6н7а8чка7е7ка7очка7чик6ша7ка5офер5юха6ша7ка5я4я3штиано8у2ош1сана4др2енечка4ичка5я4ька5я4я2ю3нечка4ичка4чик4ька5чик4я3фка3ха3ша4енька5чка4ик4ка1тулху1уан4дык4тай4ыш6бек3т4бек2бан5ыч7бек4т2дайберген3рат3ёр2зьма5ич3я2ка3уся2лаш3яш2мар3ис5ай2ндуз4ыз6ай3нэй3сулу3я2рал5ай5бек3бан4он6али3ман6бек6газы",
  "4ет3око3т2ся2тман2улар1ыдыр2згалдак3жибек2лыч5бек2мбат2рмызы2ял4бек1эйт2ри3олайн2т3и3рин3ти1юннэй1ямран2нан0лавр4ентий2да3имир3очка2зарь4т3зат3из5а2йкаю3ла4о3ма3сан2ки2ла3и4та3ка2мара3ия2на3ка3очка2пуля2ра3ик4он4са5ка5очка3ка3очка3с2тиф5а2ура4ита2чин2ша3ын1еа3на2ван3и4за3он3чик2йла4и4очка4я3сан6ка4ян2ка3са5ндр8а4ей4и4ус2ла3ечка3ик4чка3уш3ька3я2ма4ра2на4р5а4чка3ие4за4к3ка3ок4чек5ка3улька5я4р5а4сик5",
  "ька5я3чик3ька4чик2о3кадия3н4а5рд7о4ель4ид6а4ора4тий3польд2ра4чка3ик5а4я3ка3ок4чка3унчик5я4сик5ька5я3чик2сенька4чка3ик4чка3ька3юня3я2х2чи1иа3на4ка4на4очка2да3ия3ка3ок4чка3усик5ька5я2з3а4вета7ка4нька4чка3зи3и4к3ка3ок4нька4чка3ун5чик5ька2к3а3уся2лек4чка3и4ан6а6на4т4чка4я5на3у3ька3я2ма4ра2н3а4р5а3да3иза3ка3очка3ур4сик5я2он4ель2ра2ска3са2та2я3на1обар2ган2ик2ла3и4к4та3ла3олошка4чка2ра3ен5а3ик4са3ка3очка",
  "2чин5бек2я1уи3за3на3с2керья3ьян2лу2нара3тик2сине5э2тфулло2чия1ьга2оля3ня3ха3ша1эйла1юба4ва4нька5я4сик4ша5ка3имка3ка4о3овь4мир7а4чка3ушка3чик2да3виг3ка3мида5ла6ка6очка3ок4чка2зия2ка2лька3я2сенька4чка3и4к4нда5е4я3ьен6а4ка3я2тик2цифер4я1язат3зат2йла4я3сан4ян2лечка3ька2ман2на3ка1ёва2ня2ха2ша3енька3ик3ка0маадыр2взуна3иле3лет4ида4он4уда4юд6а2га4мед6т5мед4рам3да5лена6ина3жан3омед7али7гаджи7расул6т2дара3ж",
  "ид3и4ар4к4н5а5ка5очка4шка4яр3лен6а3о4на5на3рид3я2жид4т2ил3на3р4бек3с2йа3гул6ь3кал4л3ли3ра5м6бек4бек3са5ра3я2ка4р3им3ка3о4ся3пал3с4ад5лина5т6бек4ии5к5м6а6илиан8лиан8ьян6ка7о6ус4он4уд6а5т2лена5ька7е3ик5а6т4шка4я3охат3хаз3ьвина3я2май3ед3икон3ука4р5а2нана4п4р5бек4с4т3вел3гл3е4чка3зура3ижа3с4ур6бек3у4к4чер6хр4эль3шук3ька3юнька5я3я4ша5ка2о2р3а4д4л5а4т5ик3гарет6ита8очка8та4о5рита5ша6ка4улан3дан4он3ек4м4т",
  "5а3жан6а4она3зия3и4а5м5н6а6на4ета6та4йка4к5а4н5а6чка5е6т7т5ка5очка5чик5э4о4с5а6бель5я4та4ус4ф4ца4чка4ша5ечка5ка4этта4я5м5на5т5ш3к4ел4о4ус3ла4ен3с4ел6ин6ь4ик4эль3та4и5н6а4уська6я4ын3уська5я4ф3фа4уша3ха5ба7т6о3чел3ыся3ья5м5н6а6ка5ша6ка3я4м4н5а5ка5очка4ша5ка2сик4м3ким3рур3симо3тура3ька3я4ня2та3вей6ка3иас4льда3люба3рена3фей2улен2фка3туна2ха4бат5бат4мбет4нбет4ч3буба3ди3ина4р5а3лие3мад6али4ед4уд6жон5т3с",
  "ат4уд3фуза2ш3а3енька4чка3ка3раб3улечка5ичка5ька5я4нька5я4та5ка2ъруф1гер1еган2дербек4т4у4я3жид3ина5е3ни3ёр2ирбек4жан2й3бл3лис3рам6бек6гул9ь6кул4бек4жан4лан4ман4хан3сон2ка4н2лана5и6я5ья3ек4на3ик4на5е4с5а5са2мет2нди3сулу2раб3ген3дан3ей4ке3жан3и3лан4ин3ри3уерт5т4жан3хат3ьем2сси2фодий2хди3ман4ед5т3ри5бан5ддин4об5ж5на5ч4убон3ти1зия1иа2гель3ран2жгона2к3а4ел4ил4са4эл6ь3и4та3ки3луха3о4ла6й5ка4ш3у2л3а4да4н5",
  "а5ия5ка5на5очка5ья4ша3ен5а5ка5очка3ина4са4ца3ка3ла3ослава4ш3ька3я4уша2ми2нара4с4то3гиян3заля4иля3игуль3каил3ни4ур3ура3я2ра4ида4ли4м5бек5гуль4н5а5да4с5лава4т3бек3гул6ь3жалол5н3за5бек4о5хид3иам4к4на3ка4о3лан3он4слав8а8ка5ька5я4чка3ра3саид3хат2са4к5и3тр2трий4офан3ька3я4й2фодий2х3а4ела6ь4ил4й5л6ина6о4л4н4сь4эль3ей3о4ил4н2чил2ш3а4н5ька5я3ель3ка4о3утка2я1ксим1лада1овсар2дест2исей2йша2ка2лдир4ыр3ли3ьдир3",
  "я2на3гуш3и4ка3те4и2рган3ис2ся2твей3я2хамед5мад6ед3инур4ра3мад3ьмад1стислав8а1убарак5из3ина2дарис2зафар5фар2кагали4ддас4н3им2ля2мин5ат2нар5а5бек3ир5а4с5а3ко2р3агер4д5ин4з4т5бек5жан5хан3зик3ик3ка3од5али5бек5жон3таз4уз3чик2са3и4к3лим6а7т6ка3о3са3тафа6о3ька3я2хабат5бат4йе4мад5бет5ед7али7жан6т5мад8али8жон8чон7т6ед8али7т4н3иддин5ин4т3лиса3риддин6ин3син3тар6хан4ор3ьаммад2шег1хитар1ыкола3тыбек2рза5бек1эй3",
  "бл2лс2н2ргэн3и4лин3лин2тт3ью2эрим1яхри0набат3и4жон4ра2вруз2гима2дежда4нька4чка3и4м4н5а4р5а4я3ыр3ька3юфка4ха4ша5енька6чка5ка3я2жия3мудин2за4р5бек5ий5чик3гул6ь6я3ека4рке3и4гуль4к5о4ля4м5а4па4р5а4фа4я3ка4ен3лы3окат3рин3угум3ым2иб3да3л4ь4я3м4а3на3ра4и2йдан3к4а3ля3ыр2ка2миг4к2на4ми3и2оми2писат3олеон2ра4н5а3гиз6а5с4уль3е4к3иман4на5е5э4я3кас3мин6а3тай3ыйа6ана2сиб5а4м5а4р4хат3рулло3тасия6ька7я6я4ена6очка6",
  "чик6ька4ик5нька4уня5ся4ька5я4юля5ня5фка6фка5ха5ша6енька7чка6ка4я4ёнка3ыр3ька3я2та4лек5и6на6я5ка5очка5ь6ка6я5я4н4фка4ха4ша5енька6чка5ка3ела5ла3иг4к4я3ка3лья3очка3тавута3улечка5ька5я4сик6чка5ька5я3элла3я2ум3рыз6бай7ек2фаня3ис5а2хид2цу2чын1вер1дрей1евилл2знайка2йля3мар2ка3ет3ит5а5ос3о4лай3руз2лечка3и4чка3ла4и4я3ька4сон3я2мат3о2нси2онила6ла2рсес2сибели3тер4ор1ига4ра3ер3ина3ора3яр2джат2зам5и3ом2ка4лай4",
  "нор4с3и4т5а5ка5ос7ик4фор4ч4ш3ки3о4дим4ла6и6й6с5ета7та5ина5й5ос5ь5я4с3та3у4ля4ська5я4ша2ла3уфар3юфар2ма2на3ель3ка3о4к4чка3улька5я4сик5я3эль2са2хад4т2чка2яз4бек3ра1овруз2дар3ир5а5бек2за4нин3им5а5жон2мина2на3на2райр3ик3ман3о2сир1талья1угзар2ка2не2р3а4ддин5ил6н4й5ка5на5ым4ли5ы4на5ия4сыл4хмет3ба5кыт5ну5хыт4ек5рген4иби5ке4ол6ат6от3газы5ли4елди4иза5са4ул6ь6я3дана5улёт4ин3жайна5мал5н6ат5с4игит3зада5т4ида5",
  "ля5я3и4да5дин5ин4за4к4ла5ло4ман4слам4я5т3ка5нат4елди5н4ыз3лан6а6бек4ы5бай6ек5хан3магомед5н5т5хан4ухамед8мад9ед3пери3с4ат5уле4еит5йт4иля4лу4ултан6у4ылтан3тай5с4илек7у4уган3улло3хан5т3шат3ым2срат3я1ьургуйаана6н1элли4я3я2нси1юра3гун5яна3ка3очка2ська3я2та3ик3ка3очка2ша3ка1яша0обид4жон1ванес2ик2сеп1ганес4нес1дил4бек4жон3на3ссей2ри1зод4а4бек1йбек1ксана5ка5очка5чик3и4к2тавиан6я4й3ябрина1ла2га2е3г4а3жек4и",
  "к4ка3к4са6ндер8р9а5ей5ий3на4очка4ька3сенька5чка4ия4ь5ка4я3чка3шка2жас2ивер4ия3к3м4жон4пия3чка3я2ли2ча2ь3га4уня3ка3чи5к2юнчик4ька4я3сик4ька4я3шка2я2ёжа3нка1мак3р2ир4бек4жан4зак2урбек1нгар2дар4сын2загай2ик2отоле1оржак1птимус1раз4алы4бай5ек4гул4кул4хан3л4бай5ек4хан2ест2зу2ик3ся3ф4жон2ка3ен2нелла2озбек2сон2хан2ынбай6сар5ек4гул7ь4кул1сип2кар2ман2пан2тап3ин2я1табек3р2то1фелия1хун4жон1чир1юна1ятулло0паат",
  "а2бло2в3ел3ил3ла4ентий4ик4о4уха5ша2йрав2ленше3ина2мела3ир2нас3крат3телей8мон3я2п2рамон4сат5ка4хат3виз5н6а3хат2тима6т3рик5на5сия5ция3юля3я2ула4ина4о4ь2фнутий2ха4н3ом2цанчик2ш3а3ик3ка4о3ок1едро2йн2лагея5ия2нелопа2ри4зат3т2тар3ер3имат3ор3ра4ик4о5с4уха3ър3ька3юня3я1илип1латон1олад4т3ечка3и4карп4на5ка5очка5чик4чка4ша5ка3ли3умна3ька3юшка3я2нтий2рфирий2тап1расковья2иора2окоп6ий5фий3ня3сковья3хор1улат3ьхе",
  "рия1ьер1ётр0рабадан3ига4я5т2ван3ил5ь5я4я3шан6бек2гим4ф3нар2дель3ж4а5б6али5н6а3ий4к4м5а5ир4на4он4с5лав4ф3мил6а5р6а3омир3у2ечка2жаб2залия3ида4ль5я4м4на4ф5а4я5т3мик2ида3л4ь4я3м4бек3с4а5т4ка3ф2йан5а3гул6ь3ка3ля3мон6д3нур3са5т3фа3хан6а4он6а3ымбек2ксана3ымжан2лина4ф4я3ьф2маз5ан5он4л4н3ета4ш3зан4ес4иль6я5я3из4к4л5а5ь5я4н5а4р4с3он2нель3ил5ь4с4ф4я3о2рити2силь5я4м5а4х3та4ислав3ул5бек5ь2тбек3ибор3мир2уан5а3з",
  "а3л4ь3ф3шан6а6ия2ф3а4ел6ь4ил6ь4эл6ь3иг4да4к4ль5я4с4т4я3кат3о3хат2ха4т3иб4ла5ь5я4м5а5жан6он4я3ман5т6илло6улла9о4ет4он6али3ым5жан2шад4т3ид5а4т2ъно2я3н4а1гей1ебекка2ваз4ль3екка2гина5ка5очка4ша5ка2зван3еда3ида3о3уан2й3чел2кс2м3а3бо3зи2на4д4ль4т5а5ка5очка3ди3е4сми2п2фат2шад4т1иана4на2валь2гина2да3ван2за4бек4т3ван3ида3о2к3а4рдо3и3ки3о2мма4очка2н3а4д4з4ль4с4т5а3очка3чин2псиме2та3ик3ка3очка3та3улька5я4сик",
  "5ька5я2ф3ат3кат3хат2хард2ч3ард3и2ша4д4т2яз1об3ер5т6о3ик4н5зон4я2вшан2джер3ик5а4он3я2за4ли6на6я4на5на4рио3ик2ксана4и4олана8ка2лан5д3лан2ма4н4рио4ха3ео3ик4на4ч3ка4о3очка3чик3ыч3эо2н3алдо6у5ьд3ни3я2р2сина3тик5слав9а4я2ял1тем1убен3ик4н5а2вим2дик3ольф2залина6я5ь4на5на3ель3иль5я4я2кия5т2лан2миль5я4на4са4я2салина4на3ик3лан6а6бек6ка6очка6чик4ик4он3т4ам6бек6жон6чик4ем4ик4эм4ям3ька3я2та2фа4т3ина4я2ха3шона2ш",
  "ан5а5ия4т1ыжик2сбек3гул6ь3жан3кул6ь3ты1эй2м1юрик0саад4ат3к2ба3и4на5ка5очка4р5а4т3рина3ур4хи3ыр5жан2ва3ва3елий3ия3р2гадат4т3дат4иана3и4д5а4ра4т3лай5ра3ын5бек5дык5ыш2дам3дам3и4г4к4я3риддин3ык2ера2жида2ид4а4бек4жон3на3т2йаана3гид3д4а5ш4улло3ед4ра3зана3ид3ка5л3лау4ык3мон3ра5н3фиддин4ула6ла8х7о3хан3ын4ына2кен3ина6т4т3о2лават4мат5бек5он4уат4х5ь3ех3и4м5а6т5жан4х5а6т4я3ли3ман4он3ом5ея4хиддин3та5нат3ьвадор",
  "4ма3я2мад4л4ндар5та4р5а4т3вел3гат3ед3ид4на4р5а4я3рат3сон3уил4р4эль2нал4м4н4т3да5ара4жар5и4и5бек4ра5о4у5гаш3ек4чик5ка3жар6бек3и4е4м4я5т3о4бар3с4ызбай3та4ьяго3чез4о5с4ёс3ыч3ька5о4ок3я3ёчек2одат2пар5бек5гали6ул3ият2ра4на3биназ3вар6бек4иноз3гис4ы5лана3даана5на5р4ор6бек3ия3кис3мат3о3ра3сен6бай3хан3юна2са2таней3еник3жан3и3тар2уле4ёт2фар5али5бек3и4е4на4я3ура2ха4я5на3иб5а4л2цита2ш3а3енька4чка3ик3ка4о3ок3у",
  "лечка5ька5я4нька5я2я3гуль3жан3н4а3ра3сат3т3хат1велана3та5лана4ик4ка4лана7ка7на7очка4озар5слав5чка4улик6ька6я5сик6ька6я2итлана2ятик4огор5зар5полк5слав9а1ебастьян2ва4к4ра4стьян3да3ерин7а5ус3иль5я4ндж5ч3ка2гей3рей2да2зим2йдж3мур3ран3тжан2ка2лена3им5а4н5а3ьби2м3ён2н3ан3ька3я2огей2р3афим7а3вер3г4а5зы4е5ей5и5й5к5ц4ий4й4о4уня4ый3дар4жио3егей4й4на5я3ж4ан4ик5о4о3ий4к5бай6ол8сын5жан3об4жа3хио3ьгей4ога5жа3ёг",
  "а4жа5енька4нька2тлана1игизмунд2д3ор2евуш2ко2льва5ер6стр5ия2м3а3ба3ен4он3он5а2нди3о2ражудин4нуш4фима3гей3ень3ин5а4ус3ож5а5иддин4ч2тора2эль2явуш3на1карлет7т2отт2рудж1лав4а4ентий4ик4ка5о4ок5н5чка4чик4ян6а1маил2бат1нежана6ка6на6очка4ка2ижана1обир5жон2гдиана2дик3ном2елма2крат2лбон3омия5он3тан3я2мон2на3ечка3и4к4чка4я3ька3я2рбон2с3лан3о2фа3и4йка4ко4я3ка3очка3ья2хиб5жон1панч2иридон1ргей1талин6а3неслав4исл",
  "ав9а3р3с4ик4он4ька4я5н2ейси3лла5очка3п4ан6ида5шка3фа5н6и7я3ша2ив4ен2оян2ьопа3юи2элла3н3фан2юша2ёпа4ик4ка1убудай3хан4он2занна2лайман6он3ейман6ен3ик4м5ан3пан3танбек6ие4он3у4шаш2майя4я3буль3мая2нат5улло3гат3дет3кар3нат2райе4я3гей3ен3ик4я3хай2сана5на2фия2храб4об1ыймык2мбат2ргак3ым1эйдзи2лмэг2м2сэг5ма1юзана5на3и2мбель1ява1ёма3ка0таалай6бек2бигат3риз2гир2ечка2загул2ир4а3с4а4ия4ья2й3лер3мураз2ла4бшо4нт6б",
  "ек4п3гат3ех3иб4на3шын3я4н2маз4ра5очка4ша3ерлан3и4к4ла5ла4р5ис5лан3рико3уна2нат5ар3ечка3зила6я3ир4та4чка3сулпан6у4ылу3чик3шолпан3ька4яна3юлька4сик5ька5я4фка5фка4ха4ша5енька6чка5ка3я2рас5ик3зан3иел4к3лан3он3хан2скира4ын3лима3ька3я2тев5ик3иана3ка3очка3ул3ьна4яна6ка6очка6я3яна2улан2ха3ир3мина2ша3ка2ьяна2я1ед2йлор3мур6аз2лман3ьман2мари3булат3ерлан3ик4р5бек5жан5лан5хан3офей3ур3ыч2нгиз2о3дор3на2реза4нтий",
  "2тьяна3яна5ка2я1иана2гран2к3о2лек5тес3ло2м3а4ти4фей3ерлан5хан3ирлан3ка3он4фей4ха4ша5ка3ур5ик5ка5лан5чик2на3ка3очка2т2хомир4н2ша3ка1леген3к4тёс1оби2гжан3рул2ир2ка3жан3тар2лганай4онай3еген3иб5жон4к3кун4ын6ай3ька3я4н4сик2ма4ра4с4чка4ш3ирис3ка3ми3очка2нечка3и4чка3ни3ька3я2ргын3ебек4гали4хан2сик3ька3я2то3ы2фиг4к2ха3ир5жон3тар2ша3ик3ка1ревор2истан3фон2офим2у1узик2йаара4ра2леген3кин2мар3эн2пак2рал4н4р5бе",
  "к3ик3кан3лан3пал3сун6ай4ын6ай6бек2ська3я2яна3ра1ынчтык1ьома1эхен1ёма3ка3очка3чик0уали4хан2ся1байдулло1вайс1илл3ьям1ктам1лан4бек3р4бек2бала3ике3олсын4сын2дай4на6й2жалгас4н2лубий2мас3екен2пан2угбек3к4бек2ыкбек2ьви5я3ка3фат3ян5а5ка5очка4ша5ка2я3на4ка1ма3лат3р4бек3хан2ед4а4жон4чон2ид4а4бек4жан5он3рбек3т2ка2м2рбек2ут1олтер1рмат2сула2узмаг2фин1саги3ма2еин3н2ман3он2он2тим4н5а5ья1ткир5бек1улкан1чиха2кун0ф",
  "агим2дей3ис2зил5ь3лиддин6ин3ыл2иг3з4а3к3л4ь3на2йз4али4иддин4улла7о3руза2ма3ил5ь2нзиль6я5я3ил5ь5я4с5а4я3нур3томас3уза4р3я2раби4нгиз7с3гат3зана4она3и4д5а5ун4з5а6т4к4т3ман3рух3ух3хад5т4од6жон2ти4ма6т5е5ка4х3ма3я2узия3ст2хри5ддин6ин2я3гуль3з1евзи2дар3ия3ора4с4т3р3ька3я2ликс4ция2никс3я2одор6а5сий7я3фан2рдинанд3иде3нандо3уз5а1иби2даиль4лия4н5ия3ель2залия3ули2крет2л3имон4п5п3л4ип3юза4с3я2ма2нат2она2ра4я3",
  "гат3давс5ния5ус4ус3уз5а3юза1ларида5т2ера3ш2орид6а2юза3р4а1озил2кси2ма2рд3ест2тима4на5ия3я1рансуа4ц4ческа8о2ед4ди4ерик4и3нк2ида4рих2ол3ст4я2энк5и1уад3т2нтик2рик3кат1ёдор2кла0хабиб5а5улла8о2ва4ж4шка2гани2джи5мурад9т3и4джа4жа6т5ка4с4ча4ша5ка4я3я2ет2зар3рет2йбула3дар3ем3нец3риддин4улла7о2ким2лид5а4к4л5ь4м5а6т4са4т4ф5а3к3мурат2мдам3за5т3ид5а5улло4с2н3а3зада3и4ф5а3на3тер3ум3чик3ым2рис4тон3ли3он3ука4н2с3",
  "ан5бой3булат3ен3ик2таб3идже4ма4ра3уна2физ5а2ха2чатур3ик2ял4а3т1еда3и2лен5а3ьга4мут2таг1идан2зар3ир3ри2кмат6улло4ет2ллари3ола2ната2срав1лоя1ожиакбар2лден3ли2ма2рагай3ен3хе2се1ристина7ка5о6фор5уся5я1уан2лио2моюн2рсанд3шед4ид6а6бек2саин4йн4н5бой3еин4йн4н3ниддин6ин3рав2шбахт3нуд1ью1энк1юрем3рем1яди0цагана1ветана4ик1ерен1ыден2рен0чайзат2к3и2мшед2н2рли4ьз3ос2хонгир2ян4а1ейнеш2ра3мен2слав6а3тер2чек1жан1и",
  "жик2к3а3и2мин4с4т5а2на4ра3гиз5с6хан1одураа2йган6а2лпон6ай2н3гук2чагай1ук2лпан1ынара3гыз0шабан3дан3нам2вкат2ген2дияр2ира2кир5а2лкар2ма3ил5ь3о3с4и5ддин5я4удин3хал5н3шод2ндор2пагат3и2ра4п5ат4ф3ип5а4ф3лотта3оф5иддин2тлык3тык2ха3бан4оз3зод6а3ид5а4н5а3ло3мар4урат3наз4оз6а3об3риер5зада7т5яр4ом4уз5х3санам2ша1ева3кет2йла2лдон2нне2р3али3бек3зад5т4од6бек3лок3оз3хан4он1ирхан1оди3мон2ира2кан3ир2лбан3пан2ма2н3ч",
  "алай2раан6а3ена3ух2та2х3а4н3жахон3ида4н4ста3рат4уз5х3санам1рек1тефан4фен1укрона4улло3ур2мкар2н3я2ра3ик3ка3очка2храт6бек6жон2шаник5на1ынар5а6й3болат3гыс6хан2рай5лым3ын0ыбырай1кылас1нтымак1рыс4бек4келди0эва3н2ген5ий2елин6а6ка6очка2илина3та1гор1двард5т3ин2гар5д2ди2ем2и3е3к3л4ь3та2мон5д3унд2о2уард6а6о5т2ька2я1зиз1йнар1ка1ла3ман3на2бек2вин4ра4с2га2дар3ияр3ор2еанора3н4а3онора3р4бек3чка2и3ана5ора3за5бет6",
  "эт5вета3к4а3ма3н4а4ка4очка3онора3с4а4он3ф3чка2ла4да3и4на3очка3я2мира3урод2нур5а2она2хан2чин2ь3бек3вера4ин6а6ка6очка5р6а6ка6очка5с3га3дана6из5р4ияр4ор3ер3за5ра4ира4очка3ка3маз5н5р4ин5р6а6очка3наз5р6а4ора4ур6а3хан3чик5н3шад5н2я1ма3нуил2и3л4и5я4ь4я3н4а4е3р4лан2ма4нуил3ет3и2омали3чка2ран4х1нвер2дже4и3и3рю2же2н3и2рике2тони1радж3ст3ч2бол2вин2гаш2дни4я3эм4ни2ен3с2жан3ена3эна2ик4а3х2кин2лан2ма3ек3ине2на3е",
  "с5т6о3ис3ст2тине2хан1сен2кендер2ма3еральда3ира6льда2тер1тери2ибар1хсон1цио1шли0юджин1зик1ка2и1лай2даш3уз2ек3на4ька3чек4ка2и3ан5а5ка5на5очка3й3к4а3нька3чка3я2ь3ка3ча4ик4онок2я3сик4ька4я3ха3ша4ечка4ка1ми1на2ир3с3я2на2о3на2ус1ра3н3сик2ген2ец2и3и3й3к3с2ка3о2ок3чка2чик1сеф2ик3ф3чка2тас3ина2уп3ф2ька1та0ява1года1двига1згуль2иля1ким2об3в2уб1лкун1миль4я1на3чка2ек2жима2ик4а3на3с3та2ка2на2очка3ш2улька4я3сик4",
  "ька4я3ш2чик2ык1раслав2ема2ик3на4ка2мак2омир3полк3слав7а7ка7на1сик3н2мин5а2ька2я1ха2ья1ша3р2ка0ёдгор1куб1рик"
].join('');
