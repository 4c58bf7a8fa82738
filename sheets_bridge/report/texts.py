"""The report's own words (headings, explanations), in Russian and English. Codes are in ``vocabulary``."""

from __future__ import annotations

TEXT: dict[str, dict[str, str]] = {
    "ru": {
        "title": "Где чаты теряют клиентов",
        "period": "Неделя: <b>{week}</b>. Каждая цифра ниже — за эту неделю; сравниваем с неделей {previous}.",
        "period_open": " Неделя ещё не закончилась.",
        "as_of": "Последнее сообщение в данных: {when}.",
        "hours_on": "Время ответа считается только в рабочие часы: {hours} ({tz}); ночь и выходные не в счёт.",
        "hours_off": "Рабочие часы не заданы: время ответа считается круглосуточно, ночь и выходные тоже "
                     "считаются ожиданием. Их задаёт тот, кто настраивал отчёт.",
        "privacy": "Телефоны, e-mail и имена клиентов заменены метками вида [NAME:1a2b3c], чтобы отчёт можно было "
                   "показывать. Настоящие имена хранятся только на вашем компьютере.",
        "names_shown": "В этом отчёте показаны настоящие имена и телефоны клиентов: не пересылайте его.",
        "nav": "Разделы",
        "today": "Кому написать сегодня",
        "today_note": "Клиенты, чьё последнее сообщение осталось без ответа, — на {when}, за все недели. "
                      "Сначала жалобы и те, кто интересовался записью. «Ждёт» — время от их сообщения до "
                      "последнего сообщения в данных{hours}.",
        "today_hours": ", только в рабочие часы",
        "today_none": "Никто не ждёт ответа.",
        "today_names": "Вместо имени — метка. Имя можно показать на своём компьютере: попросите того, кто настраивал "
                       "отчёт, сделать его с параметром <code>--show-names</code>.",
        "open_chat": "Открыть: {channel}, чат {client}",
        "last_message": "Последнее сообщение: {when}",
        "waits": "ждёт {duration}",
        "manager_was": "Менеджер: {manager}",
        "nobody_yet": "Никто ещё не отвечал",
        "what_to_send": "Что ответить (готовый текст, замените слова в фигурных скобках)",
        "whole_chat": "Весь диалог",
        "week_cards": "Неделя в цифрах",
        "was": "Неделей раньше: {value}",
        "was_none": "Неделей раньше данных нет",
        "people": "Люди ответили за 15 минут",
        "people_sub": "{count} диалогов · обычно ждали {median}",
        "people_why": "Доля диалогов, где менеджер (человек) ответил на первое сообщение клиента не позже чем через "
                      "15 минут. Ответы бота сюда не входят; «обычно» — медиана: половина клиентов ждала меньше.",
        "people_none": "людям не писали",
        "people_at": "Люди ответили за {limit}",
        "people_why_at": "Доля диалогов, где менеджер (человек) ответил на первое сообщение клиента не позже чем "
                         "через {limit} (срок из analyze --sla). Ответы бота сюда не входят; «обычно» — медиана: "
                         "половина клиентов ждала меньше.",
        "trend_people_at": "Люди ответили за {limit}, %",
        "bot": "Бот ответил за 5 минут",
        "bot_sub": "{count} диалогов · обычно за {median}",
        "bot_why_handed": "После бота человек подключился в {count} диалогах, через {median} (медиана).",
        "bot_why_none": "После бота люди не подключались.",
        "unanswered": "Остались без ответа",
        "unanswered_sub": "диалогов ({share})",
        "unanswered_why": "На последнее сообщение клиента никто не ответил — ни человек, ни бот.",
        "booked": "Записались",
        "booked_sub": "{count} диалогов",
        "booked_why": "Диалоги, которые закончились подтверждённой записью.",
        "missed": "Упущенные лиды",
        "missed_sub": "диалогов",
        "missed_why": "Клиент спрашивал об услуге, цене или времени, но записаться ему не предложили, и он не "
                      "записался.",
        "managers": "Менеджеры за неделю",
        "who": "Кто",
        "conversations": "Диалогов",
        "within": "Ответ за {limit}",
        "median": "Обычно ждали",
        "p90": "9 из 10 ждали не дольше",
        "score": "Оценка 0–10",
        "bot_tag": "бот",
        "after_bot": "после бота человек: через {median} ({count})",
        "after_bot_none": "после бота люди не подключались",
        "managers_why": "Ответ за 5, 15, 60 мин — доля диалогов, где первый ответ пришёл не позже; без ответа — "
                        "тоже «не успели». Обычно ждали — медиана: половина клиентов ждала меньше, половина дольше. "
                        "9 из 10 ждали не дольше — столько ждал каждый десятый клиент, самый долгий. Без ответа — "
                        "диалоги, где последнее сообщение клиента осталось без ответа. Оценка — средний балл "
                        "диалогов от 0 до 10 (из чего он складывается — на графике ниже). Любая цифра — ссылка на "
                        "её диалоги.",
        "none": "Нет данных за эту неделю.",
        "speed_chart": "Как быстро отвечали",
        "speed_why": "Каждая полоса — диалоги за неделю по времени первого ответа. «→ человек» — сколько ждали "
                     "человека после бота.",
        "to_person": "{bot} → человек",
        "buckets": "до 5 мин|5–15 мин|15–60 мин|1–4 ч|больше 4 ч|без ответа",
        "rubric_chart": "Из чего складывается оценка 0–10",
        "rubric_why": "Скорость: ответ за 3 мин — 3 балла, за 15 мин — 2. Потребности: выяснили услугу, время и "
                      "бюджет — 3, что-то одно или два — 1. Предложение записи — 3. Вежливость — 1, грубость — "
                      "минус 2. Полоса — средние баллы менеджера за неделю.",
        "rubric_parts": "скорость|потребности|предложение записи|вежливость",
        "conversion_chart": "Записались, % диалогов",
        "trend_chart": "По неделям (все недели в таблице)",
        "trend_why": "Тонкая вертикальная линия — неделя этого отчёта.",
        "trend_people": "Люди ответили за 15 мин, %",
        "trend_booked": "Записались, %",
        "losses": "Где теряем клиентов: топ-3 за неделю",
        "losses_what": "Что хотел клиент → чем закончилось",
        "example": "Пример",
        "missed_list": "Упущенные лиды за неделю: что ответить",
        "missed_none": "На этой неделе упущенных лидов нет.",
        "wanted": "Что хотел клиент",
        "why_missed": "Почему потерян",
        "action": "Что сделать",
        "template": "Шаблон ответа",
        "evidence": "Почему так решили",
        "missed_earlier": "Упущенные лиды прошлых недель ({count}) — им тоже можно написать",
        "audit": "На проверку: диалоги этой недели",
        "audit_why": "Программа оценивает диалоги сама. Здесь те, в оценке которых она не уверена (уверенность "
                     "ниже 60%), и несколько случайных — для контроля. Прочитайте их и отметьте во вкладке "
                     "<code>audit</code>, столбец <code>reviewer_verdict</code>: «верно» или что не так.",
        "audit_none": "На этой неделе проверять нечего.",
        "reason": "Почему на проверке",
        "confidence": "Уверенность",
        "import_warnings": "Проверьте выгрузки",
        "import_warnings_why": "Так сказал импорт об этих файлах (последний импорт каждого файла, вкладка "
                               "<code>imports</code>): цифры отчёта могут быть неполными.",
        "lists": "Списки диалогов",
        "lists_why": "Сюда ведут ссылки из цифр выше.",
        "dialogs": "Все диалоги недели",
        "dialogs_waiting": "Ждут ответа с прошлых недель",
        "l_people": "Диалоги, где отвечали люди (по времени ответа)",
        "l_bot": "Диалоги, где первым ответил бот",
        "l_unanswered": "Остались без ответа",
        "l_booked": "Записались",
        "l_missed": "Упущенные лиды",
        "l_all": "{who}: все диалоги (по времени ответа)",
        "l_who_unanswered": "{who}: без ответа",
        "l_who_booked": "{who}: записались",
        "l_who_missed": "{who}: упущенные лиды",
        "l_scenario": "{what}",
        "answer_in": "ответ через {duration}",
        "no_answer": "без ответа",
        "person_in": "человек через {duration}",
        "client_wanted": "Клиент хотел: {intent}",
        "first_answer": "Первый ответ: {value}",
        "outcome": "Итог: {value}",
        "score_of": "Оценка: {value} из 10",
        "generated": "Отчёт sheets-bridge, сделан {date}.",
        "promises": "Сказали в чате не то, что в записях",
        "promises_why": "Цена, названная в чате, не совпадает с вашим прайсом (сверяем, если прайс задан); или запись "
                        "подтвердили в чате, а бот не передал событие записи, — только в чатах, по которым бот "
                        "присылает события. Услугу узнаём по словам из прайса в сообщении с ценой или в вопросе "
                        "клиента. Цена «от» — нижняя граница: больше можно, меньше нет.",
        "promises_none": "На этой неделе всё сказанное сходится с прайсом и записями.",
        "promises_counts": "Диалогов: {counts}.",
        "promise_service": "Услуга из прайса",
        "promise_said": "в чате",
        "promise_listed": "в прайсе",
        "promise_from": "это нижняя граница",
        "promise_booking": "В чате клиенту подтвердили запись, но события записи от бота по этому диалогу нет: "
                           "проверьте, есть ли запись в журнале.",
        "money": "Упущенные лиды: сколько это могло стоить (оценка)",
        "money_value": "Оценка потерь за неделю",
        "money_before": "Неделей раньше",
        "money_total": "Все",
        "money_why": "Это оценка, а не точная выручка: для каждого упущенного лида берём цену из вашего прайса той "
                     "услуги, о которой спрашивал клиент; если услугу не понять — медиану цен услуг, на которые "
                     "записывались (или медиану прайса). Цены «от» и диапазоны — по нижней границе.",
    },
    "en": {
        "title": "Where chats lose clients",
        "period": "Week: <b>{week}</b>. Every figure below is for this week; compared with the week of {previous}.",
        "period_open": " The week is not over yet.",
        "as_of": "Newest message in the data: {when}.",
        "hours_on": "Response times count business hours only: {hours} ({tz}); nights and days off do not count.",
        "hours_off": "No business hours are set: response times run around the clock, so nights and weekends count "
                     "as waiting. Whoever set up the report can set them.",
        "privacy": "Clients' phones, e-mails and names are replaced by labels like [NAME:1a2b3c], so the report can be "
                   "shown to others. The real names stay on your computer only.",
        "names_shown": "This report shows clients' real names and phones: do not forward it.",
        "nav": "Sections",
        "today": "Who to write to today",
        "today_note": "Clients whose last message got no reply, as of {when}, from every week. Complaints and "
                      "clients who wanted to book come first. \u201cWaiting\u201d runs from their message to the "
                      "newest message in the data{hours}.",
        "today_hours": ", in business hours only",
        "today_none": "Nobody is waiting for a reply.",
        "today_names": "A label stands for the name. Names can be shown on your own computer: ask whoever set up the "
                       "report to make it with <code>--show-names</code>.",
        "open_chat": "Open: {channel}, chat {client}",
        "last_message": "Last message: {when}",
        "waits": "waiting {duration}",
        "manager_was": "Manager: {manager}",
        "nobody_yet": "Nobody has answered yet",
        "what_to_send": "What to send (ready text; replace the words in braces)",
        "whole_chat": "The whole conversation",
        "week_cards": "The week in figures",
        "was": "The week before: {value}",
        "was_none": "No data for the week before",
        "people": "People answered within 15 minutes",
        "people_sub": "{count} conversations · usually waited {median}",
        "people_why": "Share of conversations where a manager (a person) answered the client's first message within "
                      "15 minutes. The bot's replies do not count; \u201cusually\u201d is the median: half the "
                      "clients waited less.",
        "people_none": "nobody wrote to people",
        "people_at": "People answered within {limit}",
        "people_why_at": "Share of conversations where a manager (a person) answered the client's first message "
                         "within {limit} (the target of analyze --sla). The bot's replies do not count; "
                         "\u201cusually\u201d is the median: half the clients waited less.",
        "trend_people_at": "People answered within {limit}, %",
        "bot": "The bot answered within 5 minutes",
        "bot_sub": "{count} conversations · usually in {median}",
        "bot_why_handed": "A person joined after the bot in {count} conversations, after {median} (median).",
        "bot_why_none": "No person joined after the bot.",
        "unanswered": "Left without a reply",
        "unanswered_sub": "conversations ({share})",
        "unanswered_why": "Nobody answered the client's last message: neither a person nor the bot.",
        "booked": "Booked",
        "booked_sub": "{count} conversations",
        "booked_why": "Conversations that ended with a confirmed booking.",
        "missed": "Missed leads",
        "missed_sub": "conversations",
        "missed_why": "The client asked about a service, a price or a time, but was not offered a booking and did not "
                      "book.",
        "managers": "Managers this week",
        "who": "Who",
        "conversations": "Conversations",
        "within": "Answered within {limit}",
        "median": "Usually waited",
        "p90": "9 in 10 waited at most",
        "score": "Score 0–10",
        "bot_tag": "bot",
        "after_bot": "a person after the bot: after {median} ({count})",
        "after_bot_none": "no person joined after the bot",
        "managers_why": "Answered within 5, 15, 60 min: share of conversations whose first reply came in time; no "
                        "reply counts as late. Usually waited: the median, half the clients waited less, half "
                        "longer. 9 in 10 waited at most: how long the slowest tenth of clients waited. Without a "
                        "reply: conversations whose last client message got no answer. Score: the conversations' "
                        "average from 0 to 10 (what it is made of: the chart below). Every figure links to its "
                        "conversations.",
        "none": "No data for this week.",
        "speed_chart": "How fast replies came",
        "speed_why": "Each bar: the week's conversations by the time of the first reply. \u201c→ person\u201d: how "
                     "long clients waited for a person after the bot.",
        "to_person": "{bot} → person",
        "buckets": "up to 5 min|5–15 min|15–60 min|1–4 h|over 4 h|no reply",
        "rubric_chart": "What the 0–10 score is made of",
        "rubric_why": "Speed: a reply within 3 min gives 3 points, within 15 min 2. Needs: service, time and budget "
                      "all found out 3, one or two of them 1. Booking offered 3. Politeness 1, rudeness minus 2. Each "
                      "bar: the manager's average points this week.",
        "rubric_parts": "speed|needs|booking offer|politeness",
        "conversion_chart": "Booked, % of conversations",
        "trend_chart": "Week by week (every week in the workbook)",
        "trend_why": "The thin vertical line marks this report's week.",
        "trend_people": "People answered within 15 min, %",
        "trend_booked": "Booked, %",
        "losses": "Where clients are lost: this week's top 3",
        "losses_what": "What the client wanted → how it ended",
        "example": "Example",
        "missed_list": "This week's missed leads: what to send",
        "missed_none": "No missed leads this week.",
        "wanted": "What the client wanted",
        "why_missed": "Why it was missed",
        "action": "What to do",
        "template": "Reply template",
        "evidence": "Why we think so",
        "missed_earlier": "Missed leads of earlier weeks ({count}): you can write to them too",
        "audit": "To check: this week's conversations",
        "audit_why": "The program rates conversations by itself. Here are those it is unsure about (confidence below "
                     "60%) and a few random ones as a control. Read them and mark them in the <code>audit</code> tab, "
                     "column <code>reviewer_verdict</code>: \u201cok\u201d or what is wrong.",
        "audit_none": "Nothing to check this week.",
        "reason": "Why it is here",
        "confidence": "Confidence",
        "import_warnings": "Check these exports",
        "import_warnings_why": "What the import said about these files (the newest import of each file, tab "
                               "<code>imports</code>): the report's figures may be incomplete.",
        "lists": "Lists of conversations",
        "lists_why": "The figures above link here.",
        "dialogs": "Every conversation of the week",
        "dialogs_waiting": "Waiting for a reply since earlier weeks",
        "l_people": "Conversations people answered (by reply time)",
        "l_bot": "Conversations the bot answered first",
        "l_unanswered": "Left without a reply",
        "l_booked": "Booked",
        "l_missed": "Missed leads",
        "l_all": "{who}: every conversation (by reply time)",
        "l_who_unanswered": "{who}: without a reply",
        "l_who_booked": "{who}: booked",
        "l_who_missed": "{who}: missed leads",
        "l_scenario": "{what}",
        "answer_in": "answered after {duration}",
        "no_answer": "no reply",
        "person_in": "a person after {duration}",
        "client_wanted": "The client wanted: {intent}",
        "first_answer": "First reply: {value}",
        "outcome": "Outcome: {value}",
        "score_of": "Score: {value} of 10",
        "generated": "sheets-bridge report, made on {date}.",
        "promises": "Said in the chat, but the record says otherwise",
        "promises_why": "A price said in a chat that differs from your price list (checked when a price list is "
                        "given); or a booking confirmed in a chat while the bot logged no booking event for it (only "
                        "in chats the bot sends events for). The service is found by the price list's words in the "
                        "message with the price or in the client's question. A \u201cfrom\u201d price is a lower "
                        "bound: more is fine, less is not.",
        "promises_none": "This week everything said matches the price list and the records.",
        "promises_counts": "Conversations: {counts}.",
        "promise_service": "Service in the price list",
        "promise_said": "said in the chat",
        "promise_listed": "the price list says",
        "promise_from": "a lower bound",
        "promise_booking": "The chat confirmed a booking, but the bot logged no booking event for this "
                           "conversation: check that the booking is in the schedule.",
        "money": "Missed leads: what they may have been worth (an estimate)",
        "money_value": "Estimated lost revenue this week",
        "money_before": "The week before",
        "money_total": "Everyone",
        "money_why": "An estimate, not actual revenue: for each missed lead, your price list's price of the service "
                     "the client asked about; when the service is unclear, the median price of the services clients "
                     "booked (or the price list's median). \u201cFrom\u201d prices and ranges count at their lower "
                     "bound.",
    },
}


def texts(lang: str) -> dict[str, str]:
    """The report's words in ``lang`` (Russian unless English is asked for)."""
    return TEXT["en" if lang == "en" else "ru"]
