/**
 * Chatbot platforms that cannot send SPEC §5 events: their bodies become events. A web app has one URL, so the
 * platform is chosen by a query parameter: …/exec?source=wazzup&token=SECRET. The same adapters, with the same
 * results, are in sheets_bridge/webhook/adapters.py (served at /hooks/<platform>); tests/fixtures/chatbots has a
 * sample body per platform and the rows both receivers must write. docs/chatbots.md: where each platform's
 * webhook is set.
 *
 * ctx: {tz: the spreadsheet's time zone, now: the time of receipt (ms), params: the query parameters}.
 * Times: ISO-8601 with an offset is kept; without one it is taken in the spreadsheet's time zone; numbers are
 * Unix seconds (or milliseconds from 10^11 on); none at all is the time of receipt.
 */

var ADAPTERS = {
  telegram: adaptTelegram_,
  salebot: adaptSalebot_,
  bothelp: adaptBothelp_,
  aimylogic: adaptAimylogic_,
  chat2desk: adaptChat2desk_,
  wazzup: adaptWazzup_,
  generic: adaptGeneric_
};
var EPOCH_TEXT_RE = /^\d{9,13}(\.\d+)?$/;
var PLACEHOLDER_RE = /^\$\{.*\}$/;   // an Aimylogic variable that was not filled in

/* ---------- times ---------- */

/** The zone's UTC offset in minutes at the instant ms (Utilities.formatDate's XXX gives "+03:00" or "Z"). */
function zoneOffset_(tz, ms) {
  var text = Utilities.formatDate(new Date(ms), tz, 'XXX');
  if (text === 'Z') return 0;
  var m = /^([+-])(\d{2}):?(\d{2})$/.exec(text);
  return (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + (+m[3]));
}

function partsOfInstant_(ms, tz) {
  var offset = zoneOffset_(tz, ms);
  var local = new Date(ms + offset * 60000);
  return {year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(),
    micro: (((ms % 1000) + 1000) % 1000) * 1000, offset: offset, offsetSeconds: 0};
}

/** The offset of a wall-clock time in the zone, as Python's zoneinfo with fold=0 (before a transition). */
function wallOffset_(p, tz) {
  var wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  var before = zoneOffset_(tz, wall - 86400000), after = zoneOffset_(tz, wall + 86400000);
  var fits = function (o) { return zoneOffset_(tz, wall - o * 60000) === o; };
  if (fits(before) || !fits(after)) return before;
  return after;
}

function isoAt_(ms, tz) {
  return isoText_(partsOfInstant_(ms, tz));
}

/** A platform's time as ISO-8601 with an offset (see the header); FieldError naming field otherwise. */
function when_(value, field, ctx) {
  if (value === undefined || value === null || value === '') return isoAt_(Math.floor(ctx.now / 1000) * 1000, ctx.tz);
  if ((typeof value === 'number' && isFinite(value)) || (typeof value === 'string' && EPOCH_TEXT_RE.test(value))) {
    var v = Number(value);
    if (v < 0) fail_(field, 'err.time');
    return isoAt_(v >= 1e11 ? Math.floor(v + 0.5) : Math.floor(v * 1000 + 0.5), ctx.tz);
  }
  var p = typeof value === 'string' ? parseIso_(value) : null;
  if (!p) fail_(field, 'err.time');
  if (p.offset !== null) return value;
  p.offset = wallOffset_(p, ctx.tz);
  return isoText_(p);
}

/* ---------- helpers ---------- */

function has_(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** An id or a short text as a string ('' for missing), as Python's str() writes numbers. */
function idText_(v) {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'number') return Number.isInteger(v) ? pyInt_(v) : pyFloat_(v);
  return String(v);
}

function need_(obj, name, field, platform) {
  if (!isObject_(obj) || idText_(obj[name]) === '') {
    fail_(field || name, platform ? 'err.not_platform' : 'err.required', {platform: platform, field: field || name});
  }
  return idText_(obj[name]);
}

function message_(incoming, role, text, extra) {
  var payload = {text: text};
  if (!incoming) payload.role = role;
  Object.keys(extra || {}).forEach(function (k) { if (extra[k] !== undefined && extra[k] !== '') payload[k] = extra[k]; });
  return {event_type: incoming ? 'message.received' : 'message.sent', payload: payload};
}

function withEvent_(base, msg) {
  base.event_type = msg.event_type;
  base.payload = msg.payload;
  return base;
}

/* ---------- platforms ---------- */

/** A Telegram Bot API Update: message / edited_message, and business_message from a Telegram Business account. */
function adaptTelegram_(update, ctx) {
  need_(update, 'update_id', 'update_id', 'Telegram');
  var kind = ['message', 'edited_message', 'business_message', 'edited_business_message']
    .filter(function (k) { return isObject_(update[k]); })[0];
  if (!kind) return [];  // callbacks, polls… carry no conversation text
  var msg = update[kind], chat = isObject_(msg.chat) ? msg.chat : {}, sender = isObject_(msg.from) ? msg.from : {};
  var chatId = need_(chat, 'id', 'message.chat.id');
  var text = msg.text || msg.caption || (has_(msg, 'photo') ? '<photo>' : '<media>');
  var business = kind.indexOf('business') >= 0;
  var incoming = business ? idText_(sender.id) === chatId : !sender.is_bot;
  var role = (sender.is_bot || msg.sender_business_bot) ? 'bot' : 'manager';
  return [withEvent_({event_id: 'tg-' + idText_(update.update_id), timestamp: when_(msg.date, 'message.date', ctx),
    channel: 'telegram', session_id: 'tg_' + chatId, user_id: 'tg_' + chatId},
    message_(incoming, business ? role : 'bot', String(text)))];
}

/** Salebot: every message of the project, posted to the project's "Webhook URL". */
function adaptSalebot_(body, ctx) {
  var id = need_(body, 'id', 'id', 'Salebot');
  var clientId = need_(body.client, 'id', 'client.id');
  var incoming = body.is_input === 1 || body.is_input === '1' || body.is_input === true;
  var failed = body.delivered === 0 || body.delivered === '0' || body.delivered === false;
  var attachments = Array.isArray(body.attachments) && body.attachments.length;
  var text = typeof body.message === 'string' && body.message ? body.message : (attachments ? '<attachment>' : '');
  var ev = withEvent_({event_id: 'sb-' + id, timestamp: when_(null, 'time', ctx), channel: 'salebot',
    session_id: 'sb_' + clientId, user_id: idText_(body.client.recepient), level: failed ? 'warning' : 'info'},
    message_(incoming, 'bot', text, {error: failed ? idText_(body.error_message) : ''}));
  return [ev];
}

/** BotHelp: the "Send subscriber data via webhook" action of a flow (a lead by default; ?event= to change). */
function adaptBothelp_(body, ctx) {
  if (!isObject_(body)) fail_('body', 'err.not_platform', {platform: 'BotHelp', field: 'cuid'});
  if (body.event === 'conversation_closed' || body.event === 'user_profile_viewed') return [];
  var id = ['cuid', 'bhid', 'user_id', 'id'].map(function (k) { return idText_(body[k]); }).filter(Boolean)[0];
  if (!id) fail_('cuid', 'err.not_platform', {platform: 'BotHelp', field: 'cuid'});
  var payload = {};
  if (idText_(body.email)) payload.email = idText_(body.email);
  if (Array.isArray(body.tags)) payload.tags = body.tags.map(idText_);
  return [{timestamp: when_(body.event_timestamp, 'event_timestamp', ctx), channel: ctx.params.channel || 'bothelp',
    session_id: 'bh_' + id, user_id: idText_(body.phone) || 'bh_' + id,
    event_type: ctx.params.event || 'lead.created', payload: payload}];
}

/** Aimylogic: the body of an "HTTP request" block as docs/chatbots.md gives it (variables ${…}). */
function adaptAimylogic_(body, ctx) {
  if (!isObject_(body)) fail_('user', 'err.not_platform', {platform: 'Aimylogic', field: 'user'});
  var get = function (k) { var v = idText_(body[k]); return PLACEHOLDER_RE.test(v) ? '' : v; };
  var user = get('user');
  if (!user) fail_('user', 'err.required');
  var text = get('text');
  var type = get('event') || ctx.params.event || (text ? 'message.received' : 'lead.created');
  var isMessage = type === 'message.received' || type === 'message.sent';
  return [{timestamp: when_(get('time'), 'time', ctx), channel: get('channel') || 'aimylogic',
    session_id: 'aimy_' + user, user_id: get('phone') || 'aimy_' + user, event_type: type, intent: get('intent'),
    payload: isMessage ? message_(type === 'message.received', 'bot', text).payload : (text ? {text: text} : {})}];
}

/** Chat2Desk: the inbox / outbox webhook events (messages from and to clients). */
function adaptChat2desk_(body, ctx) {
  if (isObject_(body) && body.hook_type && ['inbox', 'outbox'].indexOf(body.hook_type) < 0) return [];
  var messageId = need_(body, 'message_id', 'message_id', 'Chat2Desk');
  var incoming = body.type === 'from_client';
  if (!incoming && body.type !== 'to_client' && body.type !== 'autoreply') return [];  // system notes, comments
  var client = isObject_(body.client) ? body.client : {};
  var clientId = idText_(body.client_id) || idText_(client.id);
  if (!clientId) fail_('client_id', 'err.required');
  var media = body.photo ? '<photo>' : body.audio ? '<audio>' : body.pdf ? '<document>' :
    (Array.isArray(body.attachments) && body.attachments.length) ? '<attachment>' : body.coordinates ? '<location>' : '';
  var operator = idText_(body.operator_id);
  return [withEvent_({event_id: 'c2d-' + messageId, timestamp: when_(body.event_time, 'event_time', ctx),
    channel: idText_(body.transport) || 'chat2desk', session_id: 'c2d_' + clientId,
    user_id: idText_(client.phone) || 'c2d_' + clientId},
    message_(incoming, operator ? 'manager' : 'bot', body.text ? String(body.text) : media,
      {sender: !incoming && operator ? 'operator ' + operator : ''}))];
}

/** Wazzup (API v3): the messages webhook; statuses and the {test: true} check store nothing. */
function adaptWazzup_(body, ctx) {
  if (isObject_(body) && Object.keys(body).length && (body.test === true || !has_(body, 'messages'))) {
    return [];  // the subscription check, statuses, createContact, channels…
  }
  if (!isObject_(body) || !Array.isArray(body.messages)) fail_('messages', 'err.not_platform', {platform: 'Wazzup', field: 'messages'});
  var out = [];
  body.messages.forEach(function (m, i) {
    var at = 'messages[' + i + ']';
    if (!isObject_(m)) fail_(at, 'err.object');
    var id = need_(m, 'messageId', at + '.messageId');
    var chatId = need_(m, 'chatId', at + '.chatId');
    if (m.isDeleted === true) return;
    var echo = m.isEcho === true;
    var author = idText_(m.authorName);
    out.push(withEvent_({event_id: 'wz-' + id, timestamp: when_(m.dateTime, at + '.dateTime', ctx),
      channel: idText_(m.chatType) || 'wazzup', session_id: chatId, user_id: chatId},  // WhatsApp: the phone
      message_(!echo, (author || idText_(m.authorId)) ? 'manager' : 'bot',
        m.text ? String(m.text) : '<' + (idText_(m.type) || 'media') + '>', {sender: echo ? author : ''})));
  });
  return out;
}

/** {"messages": [{"id", "chat_id", "timestamp", "direction": "in"|"out", "text", "sender", "channel"?}]}. The event
 * id is gen-<chat_id>:<id>, since many platforms number messages per chat (% and : in the chat id escaped). */
function adaptGeneric_(body, ctx) {
  if (!isObject_(body) || !Array.isArray(body.messages)) fail_('messages', 'err.not_platform', {platform: 'generic', field: 'messages'});
  return body.messages.map(function (m, i) {
    var at = 'messages[' + i + ']';
    if (!isObject_(m)) fail_(at, 'err.object');
    ['id', 'chat_id', 'timestamp', 'text'].forEach(function (k) { if (idText_(m[k]) === '') fail_(at + '.' + k, 'err.required'); });
    var direction = m.direction === undefined ? 'in' : m.direction;
    if (direction !== 'in' && direction !== 'out') fail_(at + '.direction', 'err.direction');
    var chat = idText_(m.chat_id).replace(/%/g, '%25').replace(/:/g, '%3A');
    return {event_id: 'gen-' + chat + ':' + idText_(m.id), timestamp: when_(m.timestamp, at + '.timestamp', ctx),
      channel: idText_(m.channel) || 'chat', session_id: idText_(m.chat_id),
      event_type: direction === 'in' ? 'message.received' : 'message.sent',
      payload: {text: String(m.text), sender: idText_(m.sender)}};
  });
}
