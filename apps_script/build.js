#!/usr/bin/env node
// Builds apps_script/dist/sheets-bridge.gs — the ONE file an owner pastes into Extensions → Apps Script —
// from the .gs sources, and copies the manifest next to it (dist/appsscript.json).
//   node apps_script/build.js          write dist/
//   node apps_script/build.js --check  exit 1 if dist/ is not what the sources give (the tests run this)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const DIR = __dirname;
const DIST = path.join(DIR, 'dist');
// Order matters only for readability: every file defines functions and constants, none runs code at load.
const SOURCES = ['Texts.gs', 'Code.gs', 'Status.gs', 'Menu.gs', 'Events.gs', 'Privacy.gs', 'Phones.gs', 'Adapters.gs',
  'PhoneData.gs', 'NameData.gs'];
const OUTPUTS = { script: path.join(DIST, 'sheets-bridge.gs'), manifest: path.join(DIST, 'appsscript.json') };

function version(texts) {
  const m = /var BRIDGE_VERSION = '([^']+)'/.exec(texts);
  if (!m) throw new Error('Texts.gs defines no BRIDGE_VERSION');
  return m[1];
}

function build() {
  const parts = SOURCES.map((name) => [name, fs.readFileSync(path.join(DIR, name), 'utf8')]);
  const digest = crypto.createHash('sha256');
  parts.forEach(([, text]) => digest.update(text));
  const head = [
    '/*',
    ` * sheets-bridge ${version(parts[0][1])} for Google Apps Script — the whole bridge in one file.`,
    ' * Paste it into Extensions → Apps Script (replacing the sample code), then the manifest',
    ' * apps_script/dist/appsscript.json into Project Settings → "Show "appsscript.json" manifest file in editor".',
    ' * Guide: templates/apps_script_guide_ru.md / templates/apps_script_guide_en.md.',
    ` * Built by apps_script/build.js from ${SOURCES.join(', ')}`,
    ` * (sha256 ${digest.digest('hex').slice(0, 16)}). Do not edit here: edit the sources and rebuild.`,
    ' */',
    '',
  ].join('\n');
  const body = parts.map(([name, text]) => `// ===== ${name} =====\n${text.trimEnd()}\n`).join('\n');
  return { script: head + body, manifest: fs.readFileSync(path.join(DIR, 'appsscript.json'), 'utf8') };
}

function stale() {
  const want = build();
  return Object.keys(OUTPUTS).filter((k) => !fs.existsSync(OUTPUTS[k]) || fs.readFileSync(OUTPUTS[k], 'utf8') !== want[k]);
}

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const bad = stale();
    if (bad.length) {
      console.error(`apps_script/dist is out of date (${bad.join(', ')}): run node apps_script/build.js`);
      process.exit(1);
    }
  } else {
    const out = build();
    fs.mkdirSync(DIST, { recursive: true });
    Object.keys(OUTPUTS).forEach((k) => fs.writeFileSync(OUTPUTS[k], out[k]));
    console.log(`wrote ${path.relative(process.cwd(), OUTPUTS.script)} and ${path.relative(process.cwd(), OUTPUTS.manifest)}`);
  }
}

module.exports = { build, stale, SOURCES, OUTPUTS };
