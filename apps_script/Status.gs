/**
 * GET …/exec: the check page an owner opens in a browser instead of running curl. Anyone can open it, so without
 * the secret it only says that the bridge is deployed; with ?token=SECRET it also shows today's counts (in the
 * spreadsheet's time zone), the last event's time and where rejected events are. ?format=json gives the same
 * as JSON.
 */

var COUNT_BACK_ROWS = 5000;       // today's rows are looked for among this many last rows

function handleGet_(e) {
  var params = e.parameter || {};
  var status = bridgeStatus_(params.token);
  if (params.format === 'json') return reply_(status);
  return HtmlService.createHtmlOutput(statusHtml_(status)).setTitle(t_('page.title'));
}

function bridgeStatus_(token) {
  var secret = PropertiesService.getScriptProperties().getProperty('WEBHOOK_SECRET');
  var status = {ok: true, version: BRIDGE_VERSION, secret_set: !!secret};
  if (!secret || !token) return status;
  status.token_ok = constantTimeEqual_(token, secret);
  if (!status.token_ok) return status;
  var tz = sheetTimeZone_(), start = startOfToday_(tz);
  var events = receivedSince_(EVENTS_TAB, 3, start), errors = receivedSince_(ERRORS_TAB, 1, start);
  status.time_zone = tz;
  status.events_today = events.count;
  status.errors_today = errors.count;
  status.last_event = events.last;
  return status;
}

/** The instant today began in the zone (ms). */
function startOfToday_(tz) {
  var now = nowMs_();
  var p = partsOfInstant_(now, tz);
  var midnight = {year: p.year, month: p.month, day: p.day, hour: 0, minute: 0, second: 0};
  return Date.UTC(p.year, p.month - 1, p.day) - wallOffset_(midnight, tz) * 60000;
}

/** How many rows of a tab were received since `since` (column `col` holds received_at), and the newest one. */
function receivedSince_(name, col, since) {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  var out = {count: 0, last: ''};
  if (!sheet || sheet.getLastRow() < 2) return out;
  var last = sheet.getLastRow(), first = Math.max(2, last - COUNT_BACK_ROWS + 1);
  var values = sheet.getRange(first, col, last - first + 1, 1).getValues();
  out.last = String(values[values.length - 1][0]);
  var lastAt = Date.parse(out.last);
  if (lastAt) out.last = Utilities.formatDate(new Date(lastAt), sheetTimeZone_(), 'yyyy-MM-dd HH:mm:ss');
  for (var i = values.length - 1; i >= 0; i--) {
    var at = Date.parse(String(values[i][0]));
    if (!(at >= since)) break;  // rows are appended in the order they arrive
    out.count++;
  }
  return out;
}

function escapeHtml_(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
  });
}

function statusHtml_(s) {
  var lines = [s.secret_set ? t_('page.ok') : t_('page.no_secret')];
  if (s.secret_set && s.token_ok === undefined) lines.push(t_('page.token'));
  if (s.token_ok === false) lines.push(t_('page.wrong_token'));
  if (s.token_ok) {
    lines.push(t_('page.today', {tz: s.time_zone, events: s.events_today, errors: s.errors_today}));
    if (s.last_event) lines.push(t_('page.last', {when: s.last_event}));
    if (s.errors_today) lines.push(t_('page.errors'));
  }
  lines.push(t_('page.version', {version: s.version}));
  var mark = s.secret_set ? '✅' : '⚠️';
  return '<!DOCTYPE html><html lang="' + lang_() + '"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>' + escapeHtml_(t_('page.title')) +
    '</title></head><body style="font-family: sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em">' +
    '<h1>' + mark + ' sheets-bridge</h1>' +
    lines.map(function (l) { return '<p>' + escapeHtml_(l) + '</p>'; }).join('') + '</body></html>';
}
