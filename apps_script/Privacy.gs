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
