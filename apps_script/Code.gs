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
