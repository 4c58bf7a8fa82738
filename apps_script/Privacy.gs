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
