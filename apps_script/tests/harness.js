// Loads the bridge into a Node vm context with fakes of the Apps Script services it uses. The fakes behave like
// the real services where the real ones have bitten us:
// - writes are deferred: a range's writes land when its execution calls SpreadsheetApp.flush(), reads the sheet
//   itself (reads flush the reader's own writes), or ends — another execution reads the sheet without them;
// - setValues parses each value as if typed (numbers, dates, TRUE/FALSE, formulas; a leading ' is dropped)
//   unless the cell's number format is '@' (plain text);
// - ScriptApp.getService().getUrl() outside a live request gives the development /dev URL, which an anonymous
//   caller cannot open (UrlFetchApp gets Google's sign-in page there);
// - services check the manifest's oauthScopes: DriveApp.createFile needs the full drive scope, UrlFetchApp needs
//   script.external_request, the advanced Drive service must be enabled in the manifest;
// - Utilities.getUuid() is random; Math.random is counted (the token key must not use it);
// - text becomes UTF-8 bytes (digests, blobs) as in Java: a lone surrogate is '?'.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const crypto = require('node:crypto');
const { SOURCES, OUTPUTS } = require('../build');

const APPS_SCRIPT = path.join(__dirname, '..');
const signed = (buf) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));
const unsigned = (arr) => Buffer.from(arr.map((b) => (b + 256) % 256));
const EXEC_URL = 'https://script.google.com/macros/s/AKfycbTESTDEPLOYMENT/exec';
const DEV_URL = 'https://script.google.com/macros/s/AKfycbTESTDEPLOYMENT/dev';
const SIGN_IN_PAGE = '<!doctype html><html><head><title>Sign in – Google Accounts</title></head><body>Sign in</body></html>';
const SCOPE = (s) => `https://www.googleapis.com/auth/${s}`;
// Apps Script turns a string into UTF-8 as Java's String.getBytes does: a lone surrogate becomes '?' (Node would
// give U+FFFD's bytes and hide a text hashed before it was cleaned).
const utf8 = (s) => Buffer.from(String(s).replace(/[\ud800-\udfff]/gu, '?'), 'utf8');

/* ---------- what setValues stores when the cell is not plain text ---------- */

class Formula { constructor(text) { this.formula = text; } toJSON() { return { formula: this.formula }; } }

function typed(v) {
  if (typeof v !== 'string') return v;
  if (v.startsWith("'")) return v.slice(1);  // "text follows": the apostrophe itself is not stored
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(v)) return Number(v);
  if (/^[+-]?\d+(\.\d+)?%$/.test(v)) return Number(v.slice(0, -1)) / 100;
  if (/^(true|false)$/i.test(v)) return v.toLowerCase() === 'true';
  if (/^\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.test(v)) return new Date(v.replace(' ', 'T') + (v.length > 10 ? '' : 'T00:00:00'));
  if (/^[=+-]/.test(v)) return new Formula(v);
  return v;
}

/* ---------- spreadsheet with deferred writes ---------- */

class Book {
  constructor(timeZone, locale) {
    this.sheets = {};
    this.timeZone = timeZone;
    this.locale = locale;
    this.pending = [];        // [{exec, apply}]
    this.current = null;      // the running execution
  }
  queue(apply) { this.pending.push({ exec: this.current, apply }); }
  commit(exec) {
    const mine = this.pending.filter((p) => p.exec === exec);
    this.pending = this.pending.filter((p) => p.exec !== exec);
    mine.forEach((p) => p.apply());
  }
}

class FakeRange {
  constructor(sheet, row, col, rows, cols) { Object.assign(this, { sheet, row, col, rows, cols }); }
  cells(fn) {
    for (let r = 0; r < this.rows; r++) for (let c = 0; c < this.cols; c++) fn(this.row - 1 + r, this.col - 1 + c, r, c);
  }
  getValues() {
    this.sheet.book.commit(this.sheet.book.current);
    const out = Array.from({ length: this.rows }, () => Array(this.cols).fill(''));
    this.cells((R, C, r, c) => {
      const v = (this.sheet.data[R] || [])[C];
      out[r][c] = v instanceof Formula ? '#ERROR!' : (v ?? '');
    });
    return out;
  }
  setValues(values) {
    if (values.length !== this.rows || values.some((v) => v.length !== this.cols)) {
      throw new Error('The number of rows or columns in the data does not match the range');
    }
    const copy = values.map((r) => r.slice());
    this.sheet.writes.push(copy);
    this.sheet.book.queue(() => this.cells((R, C, r, c) => {
      const plain = (this.sheet.formats[R] || [])[C] === '@';
      (this.sheet.data[R] = this.sheet.data[R] || [])[C] = plain ? copy[r][c] : typed(copy[r][c]);
    }));
    return this;
  }
  setNumberFormat(format) {
    this.sheet.book.queue(() => this.cells((R, C) => { (this.sheet.formats[R] = this.sheet.formats[R] || [])[C] = format; }));
    return this;
  }
}

class FakeSheet {
  constructor(book, name) { Object.assign(this, { book, name, data: [], formats: [], writes: [] }); }
  getLastRow() {
    this.book.commit(this.book.current);
    let last = this.data.length;
    while (last > 0 && !(this.data[last - 1] || []).some((v) => v !== '' && v !== undefined && v !== null)) last--;
    return last;
  }
  getRange(row, col, rows = 1, cols = 1) { return new FakeRange(this, row, col, rows, cols); }
  setFrozenRows() {}
  clearContents() { this.book.queue(() => { this.data = []; }); }
  deleteRows(row, n) { this.book.queue(() => { this.data.splice(row - 1, n); this.formats.splice(row - 1, n); }); }
}

/* ---------- time zones (Java-style patterns of Utilities.formatDate) ---------- */

function zoneParts(date, tz) {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(date).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return { ...p, offset: Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000) };
}

function formatDate(date, tz, pattern) {
  const p = zoneParts(date, tz);
  const pad = (n) => String(Math.abs(n)).padStart(2, '0');
  const offset = p.offset === 0 ? 'Z' : (p.offset < 0 ? '-' : '+') + pad(Math.floor(Math.abs(p.offset) / 60)) + ':' + pad(Math.abs(p.offset) % 60);
  return pattern.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss|XXX/g, (m, lit) => (lit !== undefined ? lit : {
    yyyy: p.year, MM: p.month, dd: p.day, HH: p.hour, mm: p.minute, ss: p.second, XXX: offset }[m]));
}

/* ---------- the context ---------- */

function readManifest() {
  return JSON.parse(fs.readFileSync(process.env.BRIDGE_MANIFEST || path.join(APPS_SCRIPT, 'appsscript.json'), 'utf8'));
}

function load({ properties = {}, locale = 'ru_RU', timeZone = 'Europe/Moscow', prompts = [], dist = false,
  manifest = readManifest(), deployment = { url: EXEC_URL, access: 'ANYONE_ANONYMOUS' },
  files = process.env.BRIDGE_FILES ? process.env.BRIDGE_FILES.split(path.delimiter) : null } = {}) {
  const book = new Book(timeZone, locale);
  const props = { ...properties };
  const lock = { holder: null, acquired: 0, released: 0, flushedBeforeRelease: true };
  const ui = { alerts: [], menus: [], prompts: prompts.slice() };
  const drive = [];
  const fetches = [];
  const stats = { randomCalls: 0, uuids: 0 };
  const scopes = manifest.oauthScopes || [];
  const advanced = ((manifest.dependencies || {}).enabledAdvancedServices || []).map((s) => s.userSymbol);
  const needScope = (service, ...any) => {
    if (!any.some((s) => scopes.includes(SCOPE(s)))) {
      throw new Error(`You do not have permission to call ${service}. Required permissions: ${SCOPE(any[0])}`);
    }
  };
  let executions = 0;
  const context = {
    console,
    PropertiesService: {
      getScriptProperties: () => ({
        getProperty: (k) => (k in props ? props[k] : null),
        setProperty: (k, v) => { props[k] = String(v); },
      }),
    },
    Utilities: {
      DigestAlgorithm: { SHA_256: 'sha256' },
      Charset: { UTF_8: 'utf8' },
      getUuid: () => { stats.uuids++; return crypto.randomUUID(); },
      newBlob: (s, mime, name) => ({ getBytes: () => signed(utf8(s)), getDataAsString: () => String(s),
        getContentType: () => mime, getName: () => name }),
      computeHmacSha256Signature: (data, key) =>
        signed(crypto.createHmac('sha256', unsigned(key)).update(unsigned(data)).digest()),
      computeDigest: (alg, s) => signed(crypto.createHash(alg).update(utf8(s)).digest()),
      formatDate,
    },
    ContentService: {
      MimeType: { JSON: 'application/json' },
      createTextOutput: (s) => ({ content: s, setMimeType(m) { this.mime = m; return this; } }),
    },
    HtmlService: {
      createHtmlOutput: (html) => ({ html, title: '', setTitle(t) { this.title = t; return this; }, getContent() { return this.html; } }),
    },
    LockService: {
      getScriptLock: () => ({
        waitLock: () => {
          if (lock.holder !== null && lock.holder !== book.current) throw new Error('Lock timeout: another process was holding the lock');
          lock.holder = book.current; lock.acquired++;
        },
        releaseLock: () => {
          if (lock.holder === book.current) {
            if (book.pending.some((p) => p.exec === book.current)) lock.flushedBeforeRelease = false;
            lock.holder = null; lock.released++;
          }
        },
      }),
    },
    SpreadsheetApp: {
      flush: () => book.commit(book.current),
      getActive: () => context.SpreadsheetApp.getActiveSpreadsheet(),
      getActiveSpreadsheet: () => ({
        getSheetByName: (n) => book.sheets[n] || null,
        insertSheet: (n) => (book.sheets[n] = new FakeSheet(book, n)),
        getSpreadsheetTimeZone: () => book.timeZone,
        getSpreadsheetLocale: () => book.locale,
      }),
      getUi: () => ({
        ButtonSet: { OK_CANCEL: 'OK_CANCEL' }, Button: { OK: 'OK', CANCEL: 'CANCEL' },
        createMenu: (title) => {
          const menu = { title, items: [] };
          ui.menus.push(menu);
          const chain = { addItem: (label, fn) => { menu.items.push([label, fn]); return chain; },
            addSeparator: () => chain, addToUi: () => chain };
          return chain;
        },
        alert: (msg) => ui.alerts.push(String(msg)),
        prompt: () => {
          const answer = ui.prompts.length ? ui.prompts.shift() : null;
          return { getSelectedButton: () => (answer === null ? 'CANCEL' : 'OK'), getResponseText: () => answer || '' };
        },
      }),
    },
    Session: { getActiveUserLocale: () => locale.slice(0, 2), getScriptTimeZone: () => manifest.timeZone },
    // Outside a live request the new editor reports the development URL (only editors can open /dev).
    ScriptApp: { getService: () => ({ getUrl: () => DEV_URL }) },
    UrlFetchApp: {
      fetch: (url, options = {}) => {
        needScope('UrlFetchApp.fetch', 'script.external_request');
        fetches.push({ url, options });
        const [base, query = ''] = url.split('?');
        const html = (code, page) => ({ getResponseCode: () => code, getContentText: () => page });
        if (base !== deployment.url || deployment.access !== 'ANYONE_ANONYMOUS') return html(200, SIGN_IN_PAGE);
        const parameter = Object.fromEntries(new URLSearchParams(query));
        const method = (options.method || 'get').toLowerCase();
        const e = { parameter, postData: method === 'post' ? { contents: String(options.payload || ''), type: options.contentType } : undefined };
        const out = execute(() => (method === 'post' ? context.doPost(e) : context.doGet(e)));
        return html(200, out.content !== undefined ? out.content : out.html);
      },
    },
    DriveApp: {
      createFile: (name, content, mime) => {
        needScope('DriveApp.createFile', 'drive');
        drive.push({ name, content, mime });
        return { getUrl: () => 'https://drive.google.com/file/d/' + name };
      },
    },
    MimeType: { CSV: 'text/csv' },
  };
  if (advanced.includes('Drive')) {
    context.Drive = { Files: { create: (resource, blob, options) => {
      needScope('Drive.Files.create', 'drive.file', 'drive');
      const file = { id: 'file' + (drive.length + 1), name: resource.name, mimeType: resource.mimeType,
        content: blob.getDataAsString(), fields: options && options.fields };
      drive.push(file);
      return { id: file.id, webViewLink: `https://drive.google.com/file/d/${file.id}/view` };
    } } };
  }
  vm.createContext(context);
  vm.runInContext('Math.random = function () { __stats.randomCalls++; return 0; };', Object.assign(context, { __stats: stats }));
  // BRIDGE_FILES (or files) loads other sources, e.g. an older version, to see which tests it fails
  const sources = files || (dist ? [OUTPUTS.script] : SOURCES.map((f) => path.join(APPS_SCRIPT, f)));
  for (const file of sources) vm.runInContext(fs.readFileSync(file, 'utf8'), context, { filename: path.basename(file) });

  /** Runs fn as one execution (its writes land at the end, unless deferred: then call the returned commit). */
  function execute(fn, { defer = false } = {}) {
    const outer = book.current;
    const me = ++executions;
    book.current = me;
    context.LANG_CACHE_ = null;
    try {
      const result = fn();
      if (!defer) book.commit(me);
      return defer ? { result, commit: () => book.commit(me) } : result;
    } finally {
      book.current = outer;
    }
  }
  const request = (body, token, query = {}) => ({
    parameter: { ...(token === undefined ? {} : { token }), ...query },
    postData: { contents: typeof body === 'string' ? body : JSON.stringify(body), type: 'application/json' },
  });
  const post = (body, token, query) => JSON.parse(execute(() => context.doPost(request(body, token, query))).content);
  const get = (parameter = {}) => execute(() => context.doGet({ parameter }));
  const run = (name, ...args) => execute(() => context[name](...args));
  /** Two requests, the second arriving after the first released the lock but before its writes landed. */
  const overlapping = (first, second) => {
    const a = execute(() => context.doPost(request(...first)), { defer: true });
    const b = execute(() => context.doPost(request(...second)), { defer: true });
    a.commit(); b.commit();
    return [JSON.parse(a.result.content), JSON.parse(b.result.content)];
  };
  const rows = (tab = 'events') => JSON.parse(JSON.stringify((book.sheets[tab] || { data: [] }).data));
  return { ctx: context, book, sheets: book.sheets, props, lock, ui, drive, fetches, stats, post, get, run, overlapping, rows,
    execute, EXEC_URL, DEV_URL };
}

module.exports = { load, typed, formatDate, EXEC_URL, DEV_URL };
