// The one file an owner pastes (apps_script/dist/sheets-bridge.gs) is what the sources build to, and works alone.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { build, stale, SOURCES, OUTPUTS } = require('../build');
const { load } = require('./harness');

test('dist/ is up to date with the sources: run node apps_script/build.js after editing them', () => {
  assert.deepEqual(stale(), []);
});

test('every .gs source is in the build, and the build names its version', () => {
  const dir = path.join(__dirname, '..');
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.gs')).sort(), SOURCES.slice().sort());
  const script = build().script;
  const version = /var BRIDGE_VERSION = '([^']+)'/.exec(script)[1];
  assert.ok(script.startsWith(`/*\n * sheets-bridge ${version} for Google Apps Script`));
  assert.equal(fs.readFileSync(OUTPUTS.manifest, 'utf8'), fs.readFileSync(path.join(dir, 'appsscript.json'), 'utf8'));
});

test('the single file alone runs the bridge: menu, an event, the check page', () => {
  const a = load({ dist: true, properties: { WEBHOOK_SECRET: 'a-long-enough-secret' } });
  a.run('onOpen');
  assert.equal(a.ui.menus[0].items.length, 6);
  assert.equal(a.post({ timestamp: '2025-01-01T12:34:56+03:00', channel: 'whatsapp', session_id: 's',
    event_type: 'lead.created' }, 'a-long-enough-secret').ok, true);
  assert.match(a.get().html, /sheets-bridge/);
});

test('the guides name the one file to copy and every menu item exactly as the menu shows it', () => {
  for (const [lang, locale] of [['ru', 'ru_RU'], ['en', 'en_US']]) {
    const guide = fs.readFileSync(path.join(__dirname, '..', '..', 'templates', `apps_script_guide_${lang}.md`), 'utf8');
    assert.ok(guide.includes('apps_script/dist/sheets-bridge.gs') && guide.includes('apps_script/dist/appsscript.json'));
    const a = load({ locale });
    a.run('onOpen');
    for (const [label] of a.ui.menus[0].items.slice(0, 4)) assert.ok(guide.includes(label), `${lang}: ${label}`);
    for (const word of ['/exec', '/dev', 'docs/chatbots.md', 'errors']) assert.ok(guide.includes(word), `${lang}: ${word}`);
  }
});
