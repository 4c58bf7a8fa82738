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
