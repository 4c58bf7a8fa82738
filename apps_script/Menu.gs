/**
 * The spreadsheet menu (Russian or English by the spreadsheet's locale): set the secret, paste the web app URL,
 * show the chatbot URL, send a test event, recompute kpi_lite, export leads as a Bitrix24 CSV file to Drive.
 */

var EXEC_URL_RE = /^https:\/\/script\.google\.com\/(?:a\/macros\/[^\/?#]+\/|macros\/)s\/[A-Za-z0-9_-]+\/(exec|dev)\/?(?:[?#].*)?$/;
var TEST_EVENT_TYPE = 'bridge.test';
var LEAD_COLUMNS = ['TITLE', 'NAME', 'PHONE_MOBILE', 'EMAIL_WORK', 'SOURCE_ID', 'SOURCE_DESCRIPTION', 'COMMENTS', 'STATUS_ID'];

function onOpen() {
  SpreadsheetApp.getUi().createMenu(t_('menu'))
    .addItem(t_('menu.secret'), 'menuSetSecret')
    .addItem(t_('menu.url'), 'menuSetUrl')
    .addItem(t_('menu.show'), 'menuShowUrl')
    .addItem(t_('menu.test'), 'menuSendTest')
    .addSeparator()
    .addItem(t_('menu.kpi'), 'recomputeKpiLite')
    .addItem(t_('menu.leads'), 'exportLeadsToDrive')
    .addToUi();
}

function ask_(title, question) {
  var ui = SpreadsheetApp.getUi();
  var answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText().trim() : null;
}

function tell_(message) {
  try { SpreadsheetApp.getUi().alert(message); } catch (e) { /* run from a trigger or the editor */ }
  return message;
}

function menuSetSecret() {
  var secret = ask_(t_('menu.secret'), t_('secret.ask'));
  if (secret === null) return null;
  if (secret.length < 16 || /\s/.test(secret)) return tell_(t_('secret.short'));
  PropertiesService.getScriptProperties().setProperty('WEBHOOK_SECRET', secret);
  tokenKey_();  // make sure the token key exists
  return tell_(t_('secret.saved'));
}

/** 'exec' URL without its query, or {error: text key}. */
function checkExecUrl_(text) {
  var m = EXEC_URL_RE.exec(String(text || '').trim());
  if (!m) return {error: 'url.bad'};
  if (m[1] === 'dev') return {error: 'url.dev'};
  return {url: String(text).trim().replace(/[?#].*$/, '').replace(/\/$/, '')};
}

/**
 * The owner pastes the /exec URL from Deploy → Manage deployments. ScriptApp.getService().getUrl() is not used:
 * outside a live request it can return the /dev URL, which only editors can open — an anonymous chatbot would
 * get a sign-in page and lose every event.
 */
function menuSetUrl() {
  var text = ask_(t_('menu.url'), t_('url.ask'));
  if (text === null) return null;
  var checked = checkExecUrl_(text);
  if (checked.error) return tell_(t_(checked.error));
  PropertiesService.getScriptProperties().setProperty('WEB_APP_URL', checked.url);
  return tell_(t_('url.saved'));
}

function execUrl_() {
  var checked = checkExecUrl_(PropertiesService.getScriptProperties().getProperty('WEB_APP_URL'));
  return checked.url || '';
}

/** The chatbot's URL: the /exec URL with the secret (and the platform), '' until both are set. */
function webhookUrl_(source) {
  var base = execUrl_();
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET');
  if (!base || !secret) return '';
  return base + (source ? '?source=' + encodeURIComponent(source) + '&' : '?') + 'token=' + encodeURIComponent(secret);
}

function menuShowUrl() {
  var url = webhookUrl_();
  if (!url) return tell_(t_('url.missing'));
  var platforms = Object.keys(ADAPTERS).filter(function (s) { return s !== 'generic'; });
  return tell_(t_('show.intro') + '\n' + url + '\n\n' + t_('show.platforms') + '\n' +
    platforms.map(function (s) { return '  ' + s + ': &source=' + s; }).join('\n') + '\n\n' + t_('show.check'));
}

/* ---------- the test event ---------- */

function menuSendTest() {
  var url = webhookUrl_();
  if (!url) return tell_(t_('url.missing'));
  var event = {event_id: 'test-' + Utilities.getUuid(), timestamp: isoAt_(Math.floor(nowMs_() / 1000) * 1000, sheetTimeZone_()),
    channel: 'test', session_id: 'sheets-bridge-test', event_type: TEST_EVENT_TYPE, payload: {note: 'sheets-bridge test'}};
  return tell_(sendTestEvent_(url, event));
}

/** Posts the event as a chatbot would and says, in the owner's words, whether it arrived. */
function sendTestEvent_(url, event) {
  var response;
  try {
    response = UrlFetchApp.fetch(url, {method: 'post', contentType: 'application/json', payload: JSON.stringify(event),
      muteHttpExceptions: true, followRedirects: true});
  } catch (err) {
    return t_('test.failed', {error: String((err && err.message) || err)});
  }
  var answer;
  try { answer = JSON.parse(response.getContentText()); } catch (err) { answer = null; }
  if (!answer || typeof answer.ok !== 'boolean') return t_('test.html', {code: response.getResponseCode()});
  if (!answer.ok) return t_('test.refused', {error: answer.error + (answer.field ? ' (' + answer.field + ')' : '')});
  var old = answer.version !== BRIDGE_VERSION ? '\n\n' + t_('test.old', {running: answer.version || '?', current: BRIDGE_VERSION}) : '';
  var row = rowOf_(EVENTS_TAB, event.event_id);
  return (row ? t_('test.ok', {row: row}) : t_('test.stored_elsewhere')) + old;
}

function rowOf_(name, id) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return 0;
  var last = sheet.getLastRow(), first = Math.max(2, last - RECENT_ROWS + 1);
  var ids = sheet.getRange(first, 1, last - first + 1, 1).getValues();
  for (var i = ids.length - 1; i >= 0; i--) if (String(ids[i][0]) === id) return first + i;
  return 0;
}

/* ---------- kpi_lite ---------- */

/** kpi_lite: events per day and type, lead → confirmed conversion per day, low-confidence events. */
function recomputeKpiLite() {
  var rows = kpiLiteRows_(readEvents_().filter(function (e) { return e.event_type !== TEST_EVENT_TYPE; }));
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var sheet = book.getSheetByName('kpi_lite') || book.insertSheet('kpi_lite');
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, 1).setNumberFormat('@');  // days stay text, as the events tab's times
  sheet.getRange(1, 3, rows.length, 1).setNumberFormat('@');
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  tell_(t_('kpi.done'));
  return rows;
}

function readEvents_() {
  var sheet = tab_(EVENTS_TAB, EVENTS_HEADER);
  var last = sheet.getLastRow();
  if (last < 2) return [];
  return sheet.getRange(2, 1, last - 1, EVENTS_HEADER.length).getValues().map(function (r) {
    var o = {};
    EVENTS_HEADER.forEach(function (h, i) { o[h] = typeof r[i] === 'string' ? uncell_(r[i]) : r[i]; });
    return o;
  });
}

function kpiLiteRows_(events) {
  var days = {};
  events.forEach(function (e) {
    var day = String(e.timestamp).slice(0, 10);
    var d = days[day] = days[day] || {events: 0, types: {}, leads: 0, confirmed: 0, low: 0};
    d.events += 1;
    d.types[e.event_type] = (d.types[e.event_type] || 0) + 1;
    if (e.event_type === 'lead.created') d.leads += 1;
    if (e.event_type === 'appointment.confirmed') d.confirmed += 1;
    if (e.confidence !== '' && e.confidence !== null && Number(e.confidence) < 0.6) d.low += 1;
  });
  var out = [['day', 'events', 'by_type', 'leads', 'confirmed', 'lead_to_confirmed', 'low_confidence']];
  Object.keys(days).sort().forEach(function (day) {
    var d = days[day];
    var types = Object.keys(d.types).sort().map(function (k) { return k + ': ' + d.types[k]; }).join('; ');
    out.push([day, d.events, types, d.leads, d.confirmed, d.leads ? Math.round(1000 * d.confirmed / d.leads) / 1000 : '', d.low]);
  });
  return out;
}

/* ---------- Bitrix24 leads ---------- */

/** Free text for a CSV cell (crm/leads.py safe_text): one line, capped, inert if it starts like a formula. */
function safeText_(text, limit) {
  var line = Array.from(String(text).split(/\s+/).filter(Boolean).join(' ')).slice(0, limit || 2000).join('');
  return (line && ESCAPE_LEADS.indexOf(line.charAt(0)) >= 0) ? "'" + line : line;
}

/** lead.created events without a crm_id, as a Bitrix24 import file (UTF-8 BOM, ';', every value quoted). Every
 * free-text field is made inert: a channel "=HYPERLINK(…)" must not become a formula in Excel or Bitrix. */
function leadsCsv_(events) {
  var q = function (v) { return '"' + String(v).replace(/"/g, '""') + '"'; };
  var lines = [LEAD_COLUMNS.map(q).join(';')];
  events.filter(function (e) { return e.event_type === 'lead.created' && !String(e.crm_id).trim(); })
    .forEach(function (e) {
      lines.push([
        safeText_('Заявка чат-бота (' + e.channel + '), сессия ' + e.session_id, 120), '', '', '',
        safeText_(String(e.channel).toUpperCase(), 100), 'chatbot',
        safeText_('lead.created ' + e.timestamp + '; intent: ' + (e.intent || '—') + '; event_id: ' + e.event_id),
        'NEW'].map(q).join(';'));
    });
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/**
 * The CSV goes to Drive through the advanced Drive service (enabled in appsscript.json), which works with the
 * narrow drive.file scope: "only the files this script creates". DriveApp.createFile would need full access to
 * every file in the owner's Drive.
 */
function exportLeadsToDrive() {
  var csv = leadsCsv_(readEvents_());
  if (csv.split('\r\n').length <= 2) { tell_(t_('leads.none')); return null; }
  var name = 'bitrix24-leads-' + Utilities.formatDate(new Date(nowMs_()), sheetTimeZone_(), 'yyyy-MM-dd') + '.csv';
  var file = Drive.Files.create({name: name, mimeType: 'text/csv'}, Utilities.newBlob(csv, 'text/csv', name),
    {fields: 'id,webViewLink'});
  tell_(t_('leads.saved') + '\n' + (file.webViewLink || 'https://drive.google.com/file/d/' + file.id + '/view'));
  return file;
}
