/**
 * Every text the owner reads — menu, alerts, the check page, the reasons in JSON answers and in the `errors`
 * tab — in Russian and English, chosen by the spreadsheet's locale (File → Settings → Locale). Error texts name
 * menu items through MENU keys, so an error always names the item as the owner's menu shows it.
 */

var BRIDGE_VERSION = '2.0.0';

var TEXTS = {
  ru: {
    menu: 'sheets-bridge',
    'menu.secret': 'Задать секрет вебхука',
    'menu.url': 'Вставить адрес веб-приложения (/exec)',
    'menu.show': 'Показать адрес для чат-бота',
    'menu.test': 'Отправить тестовое событие',
    'menu.kpi': 'Пересчитать kpi_lite',
    'menu.leads': 'Выгрузить лиды для Битрикс24 (CSV в Google Диск)',
    'secret.ask': 'Придумайте секрет (не короче 16 символов, без пробелов). Он станет частью адреса для чат-бота.',
    'secret.short': 'Секрет слишком короткий или с пробелами: нужно не меньше 16 символов без пробелов.',
    'secret.saved': 'Секрет сохранён. Следующий шаг: меню sheets-bridge → «{url}».',
    'url.ask': 'Вставьте адрес веб-приложения: Apps Script → Развернуть → Управление развёртываниями → скопируйте «URL веб-приложения». Он заканчивается на /exec.',
    'url.dev': 'Это адрес для разработчика (заканчивается на /dev): его открывают только редакторы скрипта, чат-бот получит страницу входа в Google и события потеряются. Нужен адрес из «Управление развёртываниями», он заканчивается на /exec.',
    'url.bad': 'Это не адрес веб-приложения Apps Script. Он выглядит так: https://script.google.com/macros/s/…/exec',
    'url.saved': 'Адрес сохранён. Теперь меню sheets-bridge → «{test}».',
    'url.missing': 'Сначала: меню sheets-bridge → «{secret}», затем разверните скрипт (Развернуть → Новое развёртывание → Веб-приложение) и выберите «{url}».',
    'show.intro': 'Адрес для чат-бота (вставьте его в поле «Webhook URL» / «URL для событий»):',
    'show.platforms': 'Для платформ добавьте в конец адреса:',
    'show.check': 'Проверка: откройте адрес в браузере — появится страница проверки.',
    'test.sending': 'Отправляю тестовое событие…',
    'test.ok': 'Тестовое событие дошло: строка {row} на вкладке events. Мост работает.',
    'test.stored_elsewhere': 'Веб-приложение ответило «сохранено», но строки нет в этой таблице. Проверьте, что адрес относится к скрипту именно этой таблицы.',
    'test.html': 'По адресу открылась страница Google, а не мост (код {code}). Проверьте развёртывание: «Запуск от имени: Я», «Доступ: Все», адрес заканчивается на /exec.',
    'test.refused': 'Мост ответил ошибкой: {error}',
    'test.old': 'Веб-приложение работает со старой версией кода ({running}, а в редакторе {current}). Развернуть → Управление развёртываниями → карандаш → Версия: «Новая версия» → Развернуть.',
    'test.failed': 'Не удалось отправить запрос: {error}',
    'kpi.done': 'kpi_lite пересчитан.',
    'leads.none': 'Нет заявок (lead.created) без crm_id.',
    'leads.saved': 'Файл сохранён в Google Диск:',
    'err.no_secret': 'в скрипте ещё нет секрета: в таблице выберите меню sheets-bridge → «{secret}»',
    'err.token': 'неверный или отсутствующий token в адресе',
    'err.busy': 'таблица занята, повторите через несколько секунд',
    'err.internal': 'внутренняя ошибка моста: {detail}',
    'err.body': 'тело запроса — не JSON',
    'err.body_deep': 'тело запроса — JSON, вложенный глубже {max} уровней',
    'err.source': 'неизвестная платформа «{source}»; известные: {known}',
    'err.required': 'обязательное поле',
    'err.not_string': 'должно быть строкой, а не {type}',
    'err.too_long': 'длиннее {n} символов',
    'err.iso': 'нужны дата и время ISO-8601, например 2025-01-01T12:34:56+03:00',
    'err.no_offset': 'нужен сдвиг от UTC (…+03:00 или Z)',
    'err.year': 'год {year} вне {from}–{to}; проверьте часы отправителя',
    'err.offset': 'сдвиг от UTC должен быть от −14:00 до +14:00',
    'err.event_type': 'должно выглядеть как сущность.действие (строчные буквы, через точку), например lead.created',
    'err.level': 'должно быть одним из: info, warning, error',
    'err.confidence': 'должно быть числом от 0 до 1',
    'err.object': 'должно быть JSON-объектом',
    'err.deep': 'вложено глубже {max} уровней',
    'err.event': 'событие должно быть JSON-объектом',
    'err.text': 'событиям сообщений нужен payload.text (строка)',
    'err.empty': 'пустой массив',
    'err.too_many': 'не больше {max} событий в запросе (пришло {n})',
    'err.time': 'нужно время: ISO-8601 или Unix-секунды/миллисекунды',
    'err.not_platform': 'это не запрос {platform}: нет поля {field}',
    'err.direction': 'должно быть in или out',
    'page.title': 'sheets-bridge: проверка',
    'page.ok': 'Мост развёрнут и принимает события.',
    'page.no_secret': 'Секрет ещё не задан: в таблице выберите меню sheets-bridge → «{secret}».',
    'page.today': 'Сегодня ({tz}) пришло событий: {events}, отклонено: {errors}.',
    'page.last': 'Последнее событие получено: {when}.',
    'page.errors': 'Отклонённые события с причиной — на вкладке errors.',
    'page.token': 'Чтобы увидеть счётчики за сегодня, откройте адрес вместе с ?token=ВАШ_СЕКРЕТ (как в адресе для чат-бота).',
    'page.wrong_token': 'Секрет в адресе не совпадает с сохранённым в скрипте.',
    'page.version': 'Версия моста: {version}.'
  },
  en: {
    menu: 'sheets-bridge',
    'menu.secret': 'Set the webhook secret',
    'menu.url': 'Paste the web app URL (/exec)',
    'menu.show': 'Show the URL for the chatbot',
    'menu.test': 'Send a test event',
    'menu.kpi': 'Recompute kpi_lite',
    'menu.leads': 'Export leads for Bitrix24 (CSV to Google Drive)',
    'secret.ask': 'Choose a secret (16 characters or more, no spaces). It becomes part of the chatbot URL.',
    'secret.short': 'The secret is too short or has spaces: use at least 16 characters, no spaces.',
    'secret.saved': 'The secret is saved. Next: sheets-bridge menu → “{url}”.',
    'url.ask': 'Paste the web app URL: Apps Script → Deploy → Manage deployments → copy the “Web app URL”. It ends in /exec.',
    'url.dev': 'This is the developer URL (it ends in /dev): only the script’s editors can open it, so the chatbot would get a Google sign-in page and every event would be lost. Use the URL from “Manage deployments”, ending in /exec.',
    'url.bad': 'This is not an Apps Script web app URL. It looks like https://script.google.com/macros/s/…/exec',
    'url.saved': 'The URL is saved. Now: sheets-bridge menu → “{test}”.',
    'url.missing': 'First: sheets-bridge menu → “{secret}”, then deploy the script (Deploy → New deployment → Web app) and choose “{url}”.',
    'show.intro': 'URL for the chatbot (paste it into its “Webhook URL” / “events URL” field):',
    'show.platforms': 'For these platforms add to the end of the URL:',
    'show.check': 'Check: open the URL in a browser — the check page appears.',
    'test.sending': 'Sending a test event…',
    'test.ok': 'The test event arrived: row {row} of the events tab. The bridge works.',
    'test.stored_elsewhere': 'The web app answered “stored”, but the row is not in this spreadsheet. Check that the URL belongs to this spreadsheet’s script.',
    'test.html': 'The URL opened a Google page, not the bridge (code {code}). Check the deployment: “Execute as: Me”, “Who has access: Anyone”, and the URL ends in /exec.',
    'test.refused': 'The bridge answered with an error: {error}',
    'test.old': 'The web app runs an older version of the code ({running}; the editor has {current}). Deploy → Manage deployments → pencil → Version: “New version” → Deploy.',
    'test.failed': 'The request could not be sent: {error}',
    'kpi.done': 'kpi_lite recomputed.',
    'leads.none': 'No leads (lead.created) without a crm_id.',
    'leads.saved': 'File saved to Google Drive:',
    'err.no_secret': 'the script has no secret yet: in the spreadsheet choose sheets-bridge menu → “{secret}”',
    'err.token': 'wrong or missing token in the URL',
    'err.busy': 'the sheet is busy, retry in a few seconds',
    'err.internal': 'internal error of the bridge: {detail}',
    'err.body': 'the body is not valid JSON',
    'err.body_deep': 'the body is not valid JSON (nested deeper than {max} levels)',
    'err.source': 'unknown platform “{source}”; known: {known}',
    'err.required': 'is required',
    'err.not_string': 'must be a string, not {type}',
    'err.too_long': 'is longer than {n} characters',
    'err.iso': 'must be ISO-8601 like 2025-01-01T12:34:56+03:00',
    'err.no_offset': 'needs a UTC offset (…+03:00 or Z)',
    'err.year': 'year {year} is outside {from}–{to}; check the sender’s clock',
    'err.offset': 'the UTC offset must be between -14:00 and +14:00',
    'err.event_type': 'must look like noun.verb (lowercase, dot-separated), e.g. lead.created',
    'err.level': 'must be one of info, warning, error',
    'err.confidence': 'must be a number from 0 to 1',
    'err.object': 'must be a JSON object',
    'err.deep': 'nests deeper than {max} levels',
    'err.event': 'an event must be a JSON object',
    'err.text': 'message events need payload.text (a string)',
    'err.empty': 'the array is empty',
    'err.too_many': 'at most {max} events per request (got {n})',
    'err.time': 'must be a time: ISO-8601 or Unix seconds/milliseconds',
    'err.not_platform': 'is not a {platform} request (no {field})',
    'err.direction': 'must be in or out',
    'page.title': 'sheets-bridge: check',
    'page.ok': 'The bridge is deployed and accepts events.',
    'page.no_secret': 'No secret yet: in the spreadsheet choose sheets-bridge menu → “{secret}”.',
    'page.today': 'Today ({tz}): {events} events arrived, {errors} rejected.',
    'page.last': 'Last event received: {when}.',
    'page.errors': 'Rejected events and the reason are in the errors tab.',
    'page.token': 'To see today’s counts, open the URL with ?token=YOUR_SECRET (as in the chatbot URL).',
    'page.wrong_token': 'The secret in the URL is not the one saved in the script.',
    'page.version': 'Bridge version: {version}.'
  }
};

var LANG_CACHE_ = null;
var RUSSIAN_LOCALES = /^(ru|uk|be|kk|ky|uz|tg|hy|az|ka|tk)/i;  // owners there read Russian more often than English

/** 'ru' or 'en' by the spreadsheet's locale (the owner's setting), else the user's; Russian when unknown. */
function lang_() {
  if (LANG_CACHE_) return LANG_CACHE_;
  var locale = '';
  try { locale = SpreadsheetApp.getActive().getSpreadsheetLocale() || ''; } catch (e) { /* no spreadsheet */ }
  if (!locale) { try { locale = Session.getActiveUserLocale() || ''; } catch (e2) { /* none */ } }
  LANG_CACHE_ = (!locale || RUSSIAN_LOCALES.test(locale)) ? 'ru' : 'en';
  return LANG_CACHE_;
}

/** The text for key, with {name} filled from args and {secret}/{url}/{test} from the menu labels. */
function t_(key, args) {
  var table = TEXTS[lang_()];
  var text = table[key] !== undefined ? table[key] : TEXTS.en[key];
  var fill = {secret: table['menu.secret'], url: table['menu.url'], test: table['menu.test']};
  Object.keys(args || {}).forEach(function (k) { fill[k] = args[k]; });
  return String(text).replace(/\{(\w+)\}/g, function (m, name) { return fill[name] !== undefined ? String(fill[name]) : m; });
}
