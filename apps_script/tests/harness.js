// Loads the .gs files into a Node vm context with small fakes of the Apps Script services they use.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const crypto = require('node:crypto');

const signed = (buf) => Array.from(buf, (b) => (b > 127 ? b - 256 : b));
const unsigned = (arr) => Buffer.from(arr.map((b) => (b + 256) % 256));

class FakeRange {
  constructor(sheet, row, col, rows, cols) { Object.assign(this, { sheet, row, col, rows, cols }); }
  getValues() {
    const out = [];
    for (let r = 0; r < this.rows; r++) {
      const line = this.sheet.data[this.row - 1 + r] || [];
      out.push(Array.from({ length: this.cols }, (_, c) => (line[this.col - 1 + c] ?? '')));
    }
    return out;
  }
  setValues(values) {
    if (values.length !== this.rows || values.some((v) => v.length !== this.cols)) {
      throw new Error('The number of rows or columns in the data does not match the range');
    }
    this.sheet.writes.push(values.map((r) => r.slice()));
    values.forEach((line, r) => { this.sheet.data[this.row - 1 + r] = line.slice(); });
    return this;
  }
  setNumberFormat() { return this; }
}

class FakeSheet {
  constructor(name) { this.name = name; this.data = []; this.writes = []; }
  getLastRow() { return this.data.length; }
  getRange(row, col, rows = 1, cols = 1) { return new FakeRange(this, row, col, rows, cols); }
  setFrozenRows() {}
  clearContents() { this.data = []; }
}

function load({ properties = {}, locale = 'ru', promptAnswer = '' } = {}) {
  const sheets = {};
  const props = { ...properties };
  const lock = { held: false, acquired: 0, released: 0 };
  const ui = { alerts: [], menus: [] };
  const drive = [];
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
      newBlob: (s) => ({ getBytes: () => signed(Buffer.from(String(s), 'utf8')) }),
      computeHmacSha256Signature: (data, key) =>
        signed(crypto.createHmac('sha256', unsigned(key)).update(unsigned(data)).digest()),
      computeDigest: (alg, s) => signed(crypto.createHash(alg).update(String(s), 'utf8').digest()),
      formatDate: (d) => d.toISOString().slice(0, 10),
    },
    ContentService: {
      MimeType: { JSON: 'application/json' },
      createTextOutput: (s) => ({ content: s, setMimeType(m) { this.mime = m; return this; } }),
    },
    LockService: {
      getScriptLock: () => ({
        waitLock: () => { if (lock.held) throw new Error('Lock timeout: another process was holding the lock'); lock.held = true; lock.acquired++; },
        releaseLock: () => { if (lock.held) { lock.held = false; lock.released++; } },
      }),
    },
    SpreadsheetApp: {
      getActiveSpreadsheet: () => ({
        getSheetByName: (n) => sheets[n] || null,
        insertSheet: (n) => (sheets[n] = new FakeSheet(n)),
      }),
      getUi: () => ({
        ButtonSet: { OK_CANCEL: 'OK_CANCEL' }, Button: { OK: 'OK' },
        createMenu: (title) => {
          const menu = { title, items: [] };
          ui.menus.push(menu);
          const chain = { addItem: (label, fn) => { menu.items.push([label, fn]); return chain; }, addToUi: () => chain };
          return chain;
        },
        alert: (msg) => ui.alerts.push(msg),
        prompt: () => ({ getSelectedButton: () => 'OK', getResponseText: () => promptAnswer }),
      }),
    },
    Session: { getActiveUserLocale: () => locale, getScriptTimeZone: () => 'Asia/Yekaterinburg' },
    ScriptApp: { getService: () => ({ getUrl: () => 'https://script.google.com/macros/s/DEPLOYMENT/exec' }) },
    DriveApp: { createFile: (name, content, mime) => { drive.push({ name, content, mime }); return { getUrl: () => 'https://drive/' + name }; } },
    MimeType: { CSV: 'text/csv' },
  };
  vm.createContext(context);
  const dir = path.join(__dirname, '..');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.gs')).sort()) {
    vm.runInContext(fs.readFileSync(path.join(dir, file), 'utf8'), context, { filename: file });
  }
  const post = (body, token) => {
    const e = { parameter: token === undefined ? {} : { token }, postData: { contents: typeof body === 'string' ? body : JSON.stringify(body), type: 'application/json' } };
    return JSON.parse(context.doPost(e).content);
  };
  return { ctx: context, sheets, props, lock, ui, drive, post };
}

module.exports = { load };
