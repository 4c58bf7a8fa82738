/**
 * sheets-bridge for Google Apps Script: a webhook that writes chatbot events into this spreadsheet,
 * with no server. Paste into Extensions → Apps Script, deploy as a web app (see the guide in
 * templates/apps_script_guide_ru.md / _en.md), and give the /exec URL (with ?token=SECRET) to the chatbot.
 *
 * The rows it writes to the `events` tab are the same as the Python receiver's (SPEC §5): the same
 * validation, the same keyed tokens for phones, e-mails and cards (HMAC-SHA256 with TOKEN_KEY), the same
 * event ids. It is a simpler copy of the Python scrubber: it finds phones, e-mails, card numbers and
 * "меня зовут …" names, not names in general.
 */

var EVENTS_TAB = 'events';
var EVENTS_HEADER = ['event_id', 'timestamp', 'received_at', 'level', 'channel', 'session_id', 'user_id',
  'event_type', 'intent', 'confidence', 'crm_id', 'payload'];
var MAX_BATCH = 500;
var RECENT_ROWS = 2000;           // duplicates are looked for among this many last rows
var EVENT_TYPE_RE = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;
var LEVELS = ['info', 'warning', 'error'];
var FORMULA_LEADS = ['=', '+', '-', '@', '\t', '\r', '\n'];

/* ---------- the web app ---------- */

function doPost(e) {
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET');
  if (!secret) return reply_({ok: false, error: 'the script has no secret yet: use the menu "sheets-bridge → Set the secret"'});
  var token = (e && e.parameter && e.parameter.token) || '';
  if (!constantTimeEqual_(token, secret)) return reply_({ok: false, error: 'wrong or missing token', field: 'token'});
  var events;
  try {
    var data = JSON.parse((e.postData && e.postData.contents) || '');
    events = validateMany_(data);
  } catch (err) {
    if (err && err.field !== undefined) return reply_({ok: false, error: err.message, field: err.field});
    return reply_({ok: false, error: 'the body is not valid JSON', field: 'body'});
  }
  var key = tokenKey_();
  var received = nowIso_();
  var rows = events.map(function (ev) { return toRow_(ev, key, received); });
  var lock = LockService.getScriptLock();
  try {
    lock.waitLock(30000);
  } catch (err) {
    return reply_({ok: false, error: 'the sheet is busy, retry in a few seconds'});
  }
  try {
    var sheet = eventsSheet_();
    var seen = recentIds_(sheet);
    var stored = [], duplicates = [], fresh = [];
    rows.forEach(function (row) {
      if (seen[row[0]]) { duplicates.push(row[0]); return; }
      seen[row[0]] = true;
      stored.push(row[0]);
      fresh.push(row.map(cell_));
    });
    if (fresh.length) {
      var range = sheet.getRange(sheet.getLastRow() + 1, 1, fresh.length, EVENTS_HEADER.length);
      range.setValues(fresh);     // one write per request
    }
    return reply_({ok: true, stored: stored, duplicates: duplicates});
  } finally {
    lock.releaseLock();
  }
}

function doGet() {
  return reply_({ok: true, hint: 'POST events here (JSON), with ?token=SECRET'});
}

function reply_(obj) {
  // A web app always answers HTTP 200 (after a 302 redirect): the body carries the outcome.
  return ContentService.createTextOutput(JSON.stringify(obj)).setMimeType(ContentService.MimeType.JSON);
}

function nowIso_() {
  return new Date().toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/* ---------- validation (SPEC §5), errors name the field ---------- */

function FieldError_(field, message) {
  this.field = field;
  this.message = message;
}

function text_(obj, name, required, maxLen) {
  var v = obj[name];
  if (v === undefined || v === null || v === '') {
    if (required) throw new FieldError_(name, 'is required');
    return '';
  }
  if (typeof v !== 'string' && !(typeof v === 'number' && isFinite(v))) {
    throw new FieldError_(name, 'must be a string, not ' + (Array.isArray(v) ? 'list' : typeof v));
  }
  v = String(v);
  if (v.length > (maxLen || 200)) throw new FieldError_(name, 'is longer than ' + (maxLen || 200) + ' characters');
  return v;
}

function normalizeTimestamp_(stamp) {
  var m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:\d{2})$/.exec(stamp);
  if (!m) {
    if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(stamp)) {
      throw new FieldError_('timestamp', 'needs a UTC offset (…+03:00 or Z)');
    }
    throw new FieldError_('timestamp', 'must be ISO-8601 like 2025-01-01T12:34:56+03:00');
  }
  var clock = m[2];
  var frac = /\.(\d+)$/.exec(clock);
  if (frac) {  // Python's isoformat writes microseconds, and none when they are zero
    var micro = (frac[1] + '000000').slice(0, 6);
    clock = clock.replace(/\.\d+$/, /^0+$/.test(micro) ? '' : '.' + micro);
  }
  return m[1] + 'T' + clock + (m[3] === 'Z' ? '+00:00' : m[3]);
}

function validate_(obj, index) {
  try {
    if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new FieldError_('event', 'an event must be a JSON object');
    var out = {};
    out.timestamp = normalizeTimestamp_(text_(obj, 'timestamp', true));
    out.channel = text_(obj, 'channel', true, 50);
    out.session_id = text_(obj, 'session_id', true);
    var type = text_(obj, 'event_type', true, 100);
    if (!EVENT_TYPE_RE.test(type)) throw new FieldError_('event_type', 'must look like noun.verb (lowercase, dot-separated), e.g. lead.created');
    out.event_type = type;
    out.event_id = text_(obj, 'event_id', false);
    var level = text_(obj, 'level', false, 10) || 'info';
    if (LEVELS.indexOf(level) < 0) throw new FieldError_('level', 'must be one of info, warning, error');
    out.level = level;
    out.user_id = text_(obj, 'user_id', false) || text_(obj, 'user_phone', false, 40);
    out.intent = text_(obj, 'intent', false, 100);
    var c = obj.confidence;
    if (c !== undefined && c !== null && (typeof c !== 'number' || !(c >= 0 && c <= 1))) {
      throw new FieldError_('confidence', 'must be a number from 0 to 1');
    }
    out.confidence = (c === undefined) ? null : c;
    out.crm_id = text_(obj, 'crm_id', false, 100);
    var p = obj.payload;
    if (p !== undefined && p !== null && (typeof p !== 'object' || Array.isArray(p))) throw new FieldError_('payload', 'must be a JSON object');
    out.payload = p || {};
    if ((type === 'message.received' || type === 'message.sent') && typeof out.payload.text !== 'string') {
      throw new FieldError_('payload.text', 'message events need payload.text (a string)');
    }
    return out;
  } catch (err) {
    if (err instanceof FieldError_ && index !== undefined) throw new FieldError_('[' + index + '].' + err.field, err.message);
    throw err;
  }
}

function validateMany_(data) {
  if (Array.isArray(data)) {
    if (!data.length) throw new FieldError_('events', 'the array is empty');
    if (data.length > MAX_BATCH) throw new FieldError_('events', 'at most ' + MAX_BATCH + ' events per request (got ' + data.length + ')');
    return data.map(function (o, i) { return validate_(o, i); });
  }
  return [validate_(data)];
}

/* ---------- JSON exactly as Python's json.dumps(sort_keys=True, ensure_ascii=False) ---------- */

function pyJson_(v) {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : pyFloat_(v);
  if (typeof v === 'string') return pyString_(v);
  if (Array.isArray(v)) return '[' + v.map(pyJson_).join(', ') + ']';
  var keys = Object.keys(v).sort();
  return '{' + keys.map(function (k) { return pyString_(k) + ': ' + pyJson_(v[k]); }).join(', ') + '}';
}

function pyFloat_(x) {
  var s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}

function pyString_(s) {
  return '"' + s.replace(/[\\"\u0000-\u001f]/g, function (ch) {
    var map = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'};
    return map[ch] || '\\u' + ('0000' + ch.charCodeAt(0).toString(16)).slice(-4);
  }) + '"';
}

/* ---------- keyed tokens (the same as sheets_bridge.privacy) ---------- */

function tokenKey_() {
  var hex = PropertiesService.getScriptProperties().getProperty('TOKEN_KEY');
  if (!hex) {
    hex = randomHex_(32);
    PropertiesService.getScriptProperties().setProperty('TOKEN_KEY', hex);
  }
  return hexToBytes_(hex);
}

function randomHex_(n) {
  var out = '';
  for (var i = 0; i < n * 2; i++) out += Math.floor(Math.random() * 16).toString(16);
  return out;
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

function normalizePhone_(text) {
  var digits = String(text).replace(/[^\d+]/g, '');
  var plus = digits.charAt(0) === '+';
  digits = digits.replace(/\+/g, '');
  if (digits.length === 11 && (digits.charAt(0) === '8' || digits.charAt(0) === '7')) digits = '7' + digits.slice(1);
  else if (digits.length === 10 && !plus) digits = '7' + digits;
  else if (!(plus && digits.length >= 11 && digits.length <= 15)) return null;
  if (digits.charAt(0) === '7' && !/^7[3489]\d{9}$/.test(digits)) return null;
  return '+' + digits;
}

var PHONE_RE = /(?:(?:\+7|\b[78])[\s\-(]*|\b)\d{3}[\s\-)]*\d{3}[\s\-]*\d{2}[\s\-]*\d{2}\b/g;
var EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z\u0400-\u04ff]{2,}/g;
var CARD_RE = /(?:^|[^\d-])(\d(?:[ -]?\d){12,18})(?!\d)/g;
var INTRO_RE = /(меня\s+зовут|my\s+name\s+is)[\s,:–-]+([A-Za-zА-Яа-яЁё][a-zа-яё-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё-]+){0,2})/gi;
var NOT_A_PHONE_BEFORE = /(?:заказ\S*|договор\S*|сч[её]т\S*|инн|огрн\S*|снилс|order|invoice|№|#)\s*[:№#]?\s*$/i;

function luhn_(digits) {
  var sum = 0;
  for (var i = 0; i < digits.length; i++) {
    var d = +digits.charAt(digits.length - 1 - i);
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return sum % 10 === 0;
}

function scrub_(text, key) {
  if (!text) return text;
  text = text.replace(EMAIL_RE, function (m) { return '[EMAIL:' + keyedHash_(key, 'EMAIL', m.toLowerCase()) + ']'; });
  text = text.replace(CARD_RE, function (whole, num) {
    var digits = num.replace(/\D/g, '');
    return (digits.length >= 13 && luhn_(digits)) ? whole.replace(num, '[CARD]') : whole;
  });
  text = text.replace(PHONE_RE, function (m, offset, all) {
    if (NOT_A_PHONE_BEFORE.test(all.slice(Math.max(0, offset - 30), offset))) return m;
    var e164 = normalizePhone_(m);
    return e164 ? '[PHONE:' + keyedHash_(key, 'PHONE', e164) + ']' : m;
  });
  text = text.replace(INTRO_RE, function (m, intro, name) {
    var words = name.split(/\s+/);
    var value = words.map(function (w) { return w.toLowerCase(); }).join(' ');
    return m.replace(name, '[NAME:' + keyedHash_(key, 'NAME', value) + ']');
  });
  return text;
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

function hashId_(value, key) {
  if (!value) return '';
  var e164 = normalizePhone_(value);
  if (e164) return '[PHONE:' + keyedHash_(key, 'PHONE', e164) + ']';
  return 'user_' + keyedHash_(key, 'USER', String(value).trim(), 16);
}

function eventId_(ev) {
  if (ev.event_id) return ev.event_id;
  var basis = pyJson_({timestamp: ev.timestamp, channel: ev.channel, session_id: ev.session_id,
    event_type: ev.event_type, payload: ev.payload});
  var digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, basis, Utilities.Charset.UTF_8);
  return 'ev_' + bytesToHex_(digest).slice(0, 20);
}

function toRow_(ev, key, receivedAt) {
  var payload = Object.keys(ev.payload).length ? pyJson_(scrubDeep_(ev.payload, key)) : '';
  return [eventId_(ev), ev.timestamp, receivedAt, ev.level, ev.channel, scrub_(ev.session_id, key),
    hashId_(ev.user_id, key), ev.event_type, ev.intent, ev.confidence === null ? '' : ev.confidence, ev.crm_id,
    payload];
}

/* A text that a spreadsheet would evaluate is stored with a leading apostrophe (as the Python side). */
function cell_(v) {
  if (typeof v !== 'string') return v;
  if (v.length && (FORMULA_LEADS.indexOf(v.charAt(0)) >= 0 || v.charAt(0) === "'")) return "'" + v;
  return v;
}

function constantTimeEqual_(a, b) {
  a = String(a); b = String(b);
  var diff = a.length ^ b.length;
  for (var i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/* ---------- the sheet ---------- */

function eventsSheet_() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName(EVENTS_TAB);
  if (!sheet) {
    sheet = book.insertSheet(EVENTS_TAB);
    sheet.getRange(1, 1, 1, EVENTS_HEADER.length).setValues([EVENTS_HEADER]);
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
