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
