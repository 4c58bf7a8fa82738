/**
 * The spreadsheet menu (Russian or English by the user's locale): set the secret, show the webhook URL and
 * a test command, recompute kpi_lite, export leads as a Bitrix24 CSV file to Drive.
 */

var MENU_TEXT = {
  ru: {menu: 'sheets-bridge', secret: 'Задать секрет вебхука', url: 'Показать адрес вебхука и тест',
       kpi: 'Пересчитать kpi_lite', leads: 'Выгрузить лиды для Битрикс24 (CSV в Google Диск)',
       askSecret: 'Придумайте секрет (не короче 16 символов). Его нужно будет вписать в адрес вебхука.',
       short: 'Секрет слишком короткий: нужно не меньше 16 символов.', saved: 'Секрет сохранён.',
       deployFirst: 'Сначала разверните скрипт как веб-приложение (Развернуть → Новое развёртывание).',
       urlIntro: 'Адрес для чат-бота:', test: 'Проверка из терминала:', kpiDone: 'kpi_lite пересчитан.',
       noLeads: 'Нет заявок без crm_id.', fileSaved: 'Файл сохранён в Google Диск:'},
  en: {menu: 'sheets-bridge', secret: 'Set the webhook secret', url: 'Show the webhook URL and a test',
       kpi: 'Recompute kpi_lite', leads: 'Export leads for Bitrix24 (CSV to Google Drive)',
       askSecret: 'Choose a secret (16 characters or more). It goes into the webhook URL.',
       short: 'The secret is too short: use at least 16 characters.', saved: 'The secret is saved.',
       deployFirst: 'Deploy the script as a web app first (Deploy → New deployment).',
       urlIntro: 'URL for the chatbot:', test: 'Test from a terminal:', kpiDone: 'kpi_lite recomputed.',
       noLeads: 'No leads without a crm_id.', fileSaved: 'File saved to Google Drive:'}
};

function text_t_() {
  var locale = (Session.getActiveUserLocale() || 'ru').slice(0, 2);
  return MENU_TEXT[locale === 'ru' ? 'ru' : 'en'];
}

function onOpen() {
  var t = text_t_();
  SpreadsheetApp.getUi().createMenu(t.menu)
    .addItem(t.secret, 'menuSetSecret')
    .addItem(t.url, 'menuShowUrl')
    .addItem(t.kpi, 'recomputeKpiLite')
    .addItem(t.leads, 'exportLeadsToDrive')
    .addToUi();
}

function menuSetSecret() {
  var t = text_t_();
  var ui = SpreadsheetApp.getUi();
  var answer = ui.prompt(t.secret, t.askSecret, ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return;
  var secret = answer.getResponseText().trim();
  if (secret.length < 16) { ui.alert(t.short); return; }
  PropertiesService.getScriptProperties().setProperty('WEBHOOK_SECRET', secret);
  tokenKey_();  // make sure the token key exists
  ui.alert(t.saved);
}

function webhookUrl_() {
  var url = ScriptApp.getService().getUrl();
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET') || 'SECRET';
  return url ? url + '?token=' + encodeURIComponent(secret) : '';
}

function menuShowUrl() {
  var t = text_t_();
  var url = webhookUrl_();
  if (!url) { SpreadsheetApp.getUi().alert(t.deployFirst); return; }
  var sample = '{"timestamp":"2025-01-01T12:34:56+03:00","channel":"whatsapp","session_id":"test","event_type":"lead.created"}';
  SpreadsheetApp.getUi().alert(t.urlIntro + '\n' + url + '\n\n' + t.test + '\n' +
    "curl -L -H 'Content-Type: application/json' -d '" + sample + "' '" + url + "'");
}

/** kpi_lite: events per day and type, lead → confirmed conversion per day, low-confidence events. */
function recomputeKpiLite() {
  var book = SpreadsheetApp.getActiveSpreadsheet();
  var rows = kpiLiteRows_(readEvents_());
  var sheet = book.getSheetByName('kpi_lite') || book.insertSheet('kpi_lite');
  sheet.clearContents();
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
  try { SpreadsheetApp.getUi().alert(text_t_().kpiDone); } catch (e) { /* run from a trigger */ }
  return rows;
}

function readEvents_() {
  var sheet = eventsSheet_();
  var last = sheet.getLastRow();
  if (last < 2) return [];
  var values = sheet.getRange(2, 1, last - 1, EVENTS_HEADER.length).getValues();
  return values.map(function (r) {
    var o = {};
    EVENTS_HEADER.forEach(function (h, i) { o[h] = r[i]; });
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
  var header = ['day', 'events', 'by_type', 'leads', 'confirmed', 'lead_to_confirmed', 'low_confidence'];
  var out = [header];
  Object.keys(days).sort().forEach(function (day) {
    var d = days[day];
    var types = Object.keys(d.types).sort().map(function (k) { return k + ': ' + d.types[k]; }).join('; ');
    out.push([day, d.events, types, d.leads, d.confirmed, d.leads ? Math.round(1000 * d.confirmed / d.leads) / 1000 : '',
      d.low]);
  });
  return out;
}

/** lead.created events without a crm_id, as a Bitrix24 import file (UTF-8 BOM, ';', all quoted). */
function leadsCsv_(events) {
  var header = ['TITLE', 'NAME', 'PHONE_MOBILE', 'EMAIL_WORK', 'SOURCE_ID', 'SOURCE_DESCRIPTION', 'COMMENTS', 'STATUS_ID'];
  var q = function (v) { return '"' + String(v).replace(/"/g, '""') + '"'; };
  var lines = [header.map(q).join(';')];
  events.filter(function (e) { return e.event_type === 'lead.created' && !String(e.crm_id).trim(); })
    .forEach(function (e) {
      var comments = cell_('lead.created ' + e.timestamp + '; intent: ' + (e.intent || '—') + '; event_id: ' + e.event_id);
      lines.push([q('Заявка чат-бота (' + e.channel + '), сессия ' + e.session_id), q(''), q(''), q(''),
        q(String(e.channel).toUpperCase()), q('chatbot'), q(comments), q('NEW')].join(';'));
    });
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}

function exportLeadsToDrive() {
  var t = text_t_();
  var csv = leadsCsv_(readEvents_());
  if (csv.split('\r\n').length <= 3 && csv.indexOf('lead.created') < 0) {
    try { SpreadsheetApp.getUi().alert(t.noLeads); } catch (e) { /* trigger */ }
    return null;
  }
  var name = 'bitrix24-leads-' + Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd') + '.csv';
  var file = DriveApp.createFile(name, csv, MimeType.CSV);
  try { SpreadsheetApp.getUi().alert(t.fileSaved + '\n' + file.getUrl()); } catch (e) { /* trigger */ }
  return file;
}
