"""What the owner receives each week, in Russian or English: a subject, a short text with who to write to today
(the ``waiting`` tab, as the report's first section shows it) and the report itself as an HTML file.

Everything here comes from the report's own figures, so it holds what the report holds: tokens, never a client's
phone, e-mail or name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..report import fmt
from ..report.data import ReportData
from ..report.view import local_time
from ..vocabulary import text as vtext

QUOTE_CHARS = 200

TEXT = {
    "ru": {
        "subject": "Чаты за неделю {week}: ждут ответа — {count}",
        "subject_none": "Отчёт по чатам: пока нет данных",
        "hello": "Здравствуйте!",
        "report": "Отчёт за неделю {week} — во вложении, файл {file}: откройте его в браузере, интернет не нужен.",
        "report_none": "В таблице пока нет разобранных разговоров; отчёт во вложении.",
        "waiting": "Кому написать сегодня ({count}) — последнее сообщение клиента осталось без ответа:",
        "waiting_none": "Никто не ждёт ответа.",
        "item": "{n}. {channel}, чат {client} — ждёт {duration}, с {since}. {manager}",
        "manager": "Менеджер: {manager}.",
        "nobody": "Никто ещё не отвечал.",
        "more": "…и ещё {count}: весь список — в отчёте.",
        "privacy": "Вместо имён и телефонов клиентов — метки; настоящие имена видны только на компьютере, где "
                   "настроен sheets-bridge.",
        "footer": "Это письмо отправил sheets-bridge по расписанию.",
        "caption": "Отчёт по чатам за неделю {week}",
    },
    "en": {
        "subject": "Chats, week of {week}: {count} waiting for a reply",
        "subject_none": "Chat report: no data yet",
        "hello": "Hello,",
        "report": "The report for the week of {week} is attached as {file}: open it in a browser, no internet needed.",
        "report_none": "The workbook has no analysed conversations yet; the report is attached.",
        "waiting": "Who to write to today ({count}) — the client's last message got no reply:",
        "waiting_none": "Nobody is waiting for a reply.",
        "item": "{n}. {channel}, chat {client} — waiting {duration}, since {since}. {manager}",
        "manager": "Manager: {manager}.",
        "nobody": "Nobody has answered yet.",
        "more": "…and {count} more: the whole list is in the report.",
        "privacy": "Clients' names and phones are replaced by labels; real names show only on the computer where "
                   "sheets-bridge is set up.",
        "footer": "Sent by sheets-bridge on schedule.",
        "caption": "Chat report, week of {week}",
    },
}


@dataclass(frozen=True)
class Digest:
    """One week's delivery: the same content for every channel."""

    lang: str
    week: str            # the report's week (its Monday), '' when the workbook has none yet
    subject: str
    body: str            # the e-mail's text: greeting, the report's week, who to write to, privacy note
    waiting: str         # who to write to today, as text (Telegram's message)
    caption: str         # a line to go with the file
    html: str
    filename: str


def _words(lang: str) -> dict[str, str]:
    return TEXT["en" if lang == "en" else "ru"]


def waiting_lines(data: ReportData, limit: int | None = None) -> list[str]:
    """The waiting clients, one entry each (the quote of what they wanted on its own line), leads first."""
    t, lang = _words(data.lang), data.lang
    lines = []
    for n, row in enumerate(data.waiting.itertuples(index=False), start=1):
        if limit is not None and n > limit:
            lines.append(t["more"].format(count=len(data.waiting) - limit))
            break
        since = local_time(row.waiting_since, data.tz)
        manager = t["nobody"] if str(row.manager) == "unassigned" else t["manager"].format(
            manager=vtext("manager", str(row.manager), lang))
        lines.append(t["item"].format(n=n, channel=vtext("channel", str(row.channel).lower(), lang),
                                      client=str(row.client or "—"), duration=fmt.duration(row.waiting_s, lang),
                                      since=fmt.moment(since, lang) if since else "—", manager=manager))
        wanted = " ".join(str(row.client_wanted or "").split())
        if wanted:
            cut = wanted if len(wanted) <= QUOTE_CHARS else wanted[: QUOTE_CHARS - 1].rstrip() + "…"
            lines.append(f"   «{cut}»")
    return lines


def build_digest(data: ReportData, html: str, *, limit: int | None = 30) -> Digest:
    """The week's subject, texts and file name from the report's figures and its page."""
    t = _words(data.lang)
    week = fmt.week(dt.date.fromisoformat(data.week), data.lang) if data.week else ""
    count = len(data.waiting)
    filename = f"report-{data.week or 'latest'}-{data.lang}.html"
    subject = t["subject"].format(week=week, count=count) if week else t["subject_none"]
    waiting = [t["waiting"].format(count=count), *waiting_lines(data, limit)] if count else [t["waiting_none"]]
    report = t["report"].format(week=week, file=filename) if week else t["report_none"]
    body = "\n".join([t["hello"], "", report, "", *waiting, "", t["privacy"], t["footer"]]) + "\n"
    caption = t["caption"].format(week=week) if week else t["subject_none"]
    return Digest(data.lang, data.week, subject, body, "\n".join([subject, "", *waiting]), caption, html, filename)
