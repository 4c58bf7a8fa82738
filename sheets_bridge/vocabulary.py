"""One place for every word sheets-bridge uses as a value: tag values (LABELS.md), and reasons as codes with
their Russian and English texts. Tabs and the report show the texts; code compares the codes."""

from __future__ import annotations

from collections.abc import Mapping

INTENTS = ("booking", "price", "question", "complaint", "other")
SENTIMENTS = ("positive", "neutral", "negative")
ACTIONS = ("reply_template", "clarify", "redirect", "none")
FLAGS = ("need_service", "need_time", "need_budget", "booking_offered", "booked", "missed_lead", "rude")
TAG_FIELDS = ("intent", "sentiment", *FLAGS, "recommended_action")
#: every tag and the values it may take, as the strings stored in a sheet
TAG_VALUES: dict[str, tuple[str, ...]] = {"intent": INTENTS, "sentiment": SENTIMENTS, "recommended_action": ACTIONS,
                                          **{f: ("0", "1") for f in FLAGS}}
LANGS = ("ru", "en")

# kind → code → (ru, en)
TEXTS: dict[str, dict[str, tuple[str, str]]] = {
    "intent": {"booking": ("запись", "booking"), "price": ("цена", "price"), "question": ("вопрос", "question"),
               "complaint": ("жалоба", "complaint"), "other": ("другое", "other")},
    "sentiment": {"positive": ("позитивный", "positive"), "neutral": ("нейтральный", "neutral"),
                  "negative": ("негативный", "negative")},
    "action": {"reply_template": ("ответить по шаблону", "reply with a template"),
               "clarify": ("уточнить услугу и время", "ask for the service and time"),
               "redirect": ("передать старшему", "hand over to a senior"),
               "none": ("ничего не нужно", "nothing needed")},
    "why_missed": {"no_reply": ("никто не ответил", "no reply at all"),
                   "last_unanswered": ("последнее сообщение клиента без ответа",
                                       "the client's last message got no reply"),
                   "price_no_offer": ("назвали цену, но не предложили запись", "price given, but no booking offer"),
                   "no_offer": ("ответили, но не предложили запись", "answered, but no booking offer"),
                   "no_alternative": ("всё занято, другого времени не предложили",
                                      "fully booked, no other time offered")},
    "where_lost": {"never_answered": ("никто не ответил", "never answered"),
                   "left_waiting": ("клиент остался без ответа", "client left waiting"),
                   "no_offer": ("ответили без предложения записи", "answered without a booking offer"),
                   "offer_declined": ("клиент отказался от предложения", "offer declined"),
                   "booked": ("записан", "booked")},
    "audit_reason": {"low_confidence": ("низкая уверенность", "low confidence"),
                     "control": ("контрольная выборка", "control sample"),
                     "reviewed": ("уже проверено", "already reviewed")},
    "manager": {"unassigned": ("без ответа бизнеса", "no business reply"), "ALL": ("все", "all")},
    "evidence": {"booked": ("записан", "booked"), "booked_by_event": ("запись по событию бота", "booked (bot event)"),
                 "offer_made": ("запись предложили", "booking offered"),
                 "offer_no_answer": ("запись предложили, клиент не ответил", "offer, no answer"),
                 "no_reply": ("никто не ответил", "no reply"),
                 "left_unanswered": ("осталось без ответа", "left without an answer"),
                 "full_no_alternative": ("всё занято, другого времени не предложили",
                                         "fully booked, no other time offered"),
                 "price_no_offer": ("цену назвали, записать не предложили", "price named, no offer"),
                 "answered_no_offer": ("ответили, записать не предложили", "answered, no offer"),
                 "complaint": ("жалоба", "complaint"),
                 "price_differs": ("цена не как в прайсе", "price differs from the price list"),
                 "booking_without_event": ("запись подтверждена в чате, события записи нет",
                                           "booking confirmed in the chat, no booking event")},
    # promises: what the business said and the record contradicts (SPEC §4)
    "promise": {"price_differs": ("цена не как в прайсе", "price differs from the price list"),
                "booking_without_event": ("запись без события записи", "booking without a booking event")},
    # {said} and {listed}: the price as said and as listed
    "promise_problem": {
        "price_differs": ("в чате названо {said}, в прайсе {listed}", "said {said} in the chat, the price list says "
                                                                     "{listed}"),
        "price_differs_from": ("в чате названо {said}, в прайсе {listed} (это нижняя граница: больше можно, меньше "
                               "нет)", "said {said} in the chat, the price list says {listed} (a lower bound: more "
                                       "is fine, less is not)"),
        "booking_without_event": ("в чате подтвердили запись, а бот не передал событие записи (appointment.*) по "
                                  "этому чату", "the chat confirms a booking, but the bot logged no booking event "
                                                "(appointment.*) for this chat")},
    # missed_leads.value_basis: where estimated_value comes from
    "value_basis": {"service": ("цена услуги, о которой спрашивал клиент",
                                "price of the service the client asked about"),
                    "median_booked": ("медиана цен услуг, на которые записывались", "median price of booked services"),
                    "median_list": ("медиана цен прайса", "median of the price list")},
    # the report's words for the codes it shows
    "channel": {"whatsapp": ("WhatsApp", "WhatsApp"), "telegram": ("Telegram", "Telegram"),
                "instagram": ("Instagram", "Instagram"), "messenger": ("Messenger", "Messenger"),
                "csv": ("таблица", "table"), "json": ("таблица", "table"), "web": ("сайт", "website"),
                "vk": ("ВКонтакте", "VK")},
    "template": {"greeting": ("приветствие", "greeting"), "booking_offer": ("предложить запись", "booking offer"),
                 "clarify_needs": ("уточнить, что нужно", "ask what is needed"),
                 "price_with_offer": ("цена и предложение записи", "price and a booking offer"),
                 "objection_handling": ("ответ на сомнение", "answer to a doubt"),
                 "follow_up": ("напомнить о себе", "follow-up"),
                 "confirmation": ("подтверждение записи", "confirmation"),
                 "apology_wait": ("извиниться за ожидание", "apologise for the wait"),
                 "apology_complaint": ("извиниться и разобраться", "apologise and sort it out")},
    "outcome": {"booked": ("записан", "booked"), "missed_lead": ("упущенный лид", "missed lead"),
                "waiting": ("ждёт ответа", "waiting for a reply"), "complaint": ("жалоба", "complaint"),
                "offer_declined": ("отказался от записи", "declined the offer"),
                "closed": ("без записи", "not booked")},
    "speaker": {"C": ("клиент", "client"), "M": ("менеджер", "manager"), "B": ("бот", "bot")},
    "weekday": {"mon": ("пн", "Mon"), "tue": ("вт", "Tue"), "wed": ("ср", "Wed"), "thu": ("чт", "Thu"),
                "fri": ("пт", "Fri"), "sat": ("сб", "Sat"), "sun": ("вс", "Sun")},
    "month": {"1": ("января", "January"), "2": ("февраля", "February"), "3": ("марта", "March"),
              "4": ("апреля", "April"), "5": ("мая", "May"), "6": ("июня", "June"), "7": ("июля", "July"),
              "8": ("августа", "August"), "9": ("сентября", "September"), "10": ("октября", "October"),
              "11": ("ноября", "November"), "12": ("декабря", "December")},
    "month_short": {"1": ("янв", "Jan"), "2": ("фев", "Feb"), "3": ("мар", "Mar"), "4": ("апр", "Apr"),
                    "5": ("мая", "May"), "6": ("июн", "Jun"), "7": ("июл", "Jul"), "8": ("авг", "Aug"),
                    "9": ("сен", "Sep"), "10": ("окт", "Oct"), "11": ("ноя", "Nov"), "12": ("дек", "Dec")},
    # import warnings: {n} messages in the file, {unknown} unknown lines
    "import_warning": {
        "export_cap": ("{n} сообщений: экспорт, похоже, обрезан лимитом WhatsApp (около 40 000 без медиа) — самых "
                       "старых сообщений в нём нет; выгрузите чат за более короткий период",
                       "{n} messages: this export looks cut at WhatsApp's limit (about 40,000 without media) — the "
                       "oldest messages are missing; export a shorter period"),
        "export_cap_media": ("{n} сообщений: экспорт с медиа, похоже, обрезан лимитом WhatsApp (около 10 000) — "
                             "самых старых сообщений нет; выгрузите без медиа или за более короткий период",
                             "{n} messages: this export with media looks cut at WhatsApp's limit (about 10,000) — "
                             "the oldest messages are missing; export without media or a shorter period"),
        "unknown_lines": ("{unknown} строк похожи на служебные тексты WhatsApp на незнакомом языке; они оставлены "
                          "сообщениями их отправителей (добавьте их в whatsapp_strings.tsv)",
                          "{unknown} lines look like WhatsApp's own texts in a language sheets-bridge does not know; "
                          "they were kept as their sender's messages (add them to whatsapp_strings.tsv)"),
    },
    "unit": {"s": ("с", "s"), "min": ("мин", "min"), "h": ("ч", "h"), "d": ("дн", "d")},
}


def text(kind: str, code: str, lang: str = "ru") -> str:
    """The owner's words for a code (``text("why_missed", "no_reply", "en")``); unknown codes come back as is."""
    pair = TEXTS.get(kind, {}).get(str(code))
    if pair is None:
        return str(code)
    return pair[0] if lang == "ru" else pair[1]


def import_warning(code: str, lang: str = "ru", n: int = 0, unknown: int = 0) -> str:
    """An import warning's words, with the file's figures (``imports.messages`` + ``system``, ``unknown``)."""
    return text("import_warning", code, lang).format(n=f"{n:,}".replace(",", " " if lang == "ru" else ","),
                                                       unknown=unknown)


def code_of(kind: str, value: str) -> str:
    """The code behind a value that may be the code itself or its text in either language."""
    value = str(value)
    table: Mapping[str, tuple[str, str]] = TEXTS.get(kind, {})
    if value in table:
        return value
    for code, pair in table.items():
        if value in pair:
            return code
    return value


def check_lang(lang: str) -> str:
    from .errors import InputError

    if lang not in LANGS:
        raise InputError(f"must be one of {', '.join(LANGS)}", field="--lang")
    return lang
