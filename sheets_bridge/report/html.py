"""``report``: one self-contained HTML page (inline CSS and SVG; no scripts, fonts or images to fetch)."""

from __future__ import annotations

import datetime as dt
from html import escape
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from ..analysis import review
from ..analysis.record import load_analysis
from ..vocabulary import code_of
from ..vocabulary import text as vtext
from . import charts

TEXT: dict[str, dict[str, Any]] = {
    "ru": {"title": "Где чаты теряют клиентов", "week": "Неделя с", "frt": "Первый ответ (медиана)",
           "unanswered": "Без ответа", "conversion": "Конверсия в запись", "missed": "Упущенные лиды",
           "vs": "прошлая неделя", "managers": "Менеджеры", "manager": "Менеджер", "conversations": "Диалогов",
           "p90": "Первый ответ, 90%", "score": "Средний балл (0–10)", "mtb": "Сообщений до записи",
           "dist": "Время первого ответа", "rubric": "Рубрика: из чего складывается балл",
           "conv_chart": "Конверсия по менеджерам", "trends": "Динамика по неделям", "loss": "Топ-3 сценария потерь",
           "examples": "Пример", "missed_list": "Упущенные лиды: что ответить", "wanted": "Что хотел клиент",
           "why": "Почему потерян", "action": "Что сделать", "template": "Шаблон ответа",
           "evidence": "Почему так решили", "audit": "На проверку",
           "reason": "Причина", "confidence": "Уверенность", "excerpt": "Фрагмент", "none": "Нет данных",
           "min": " мин", "generated": "Отчёт sheets-bridge от", "buckets": ["≤3 мин", "3–15 мин", "15–60 мин",
                                                                                 "1–4 ч", ">4 ч", "без ответа"],
           "rubric_parts": ["скорость", "потребности", "предложение", "вежливость"],
           "where": {"never_answered": "никто не ответил", "left_waiting": "клиент остался без ответа",
                     "no_offer": "ответили без предложения записи",
                     "offer_declined": "клиент отказался"},
           "privacy": "Телефоны, e-mail и имена заменены токенами.",
           "why_text": {},
           "action_text": {"reply_template": "ответить по шаблону", "clarify": "уточнить услугу и время",
                           "redirect": "передать старшему", "none": "—"}},
    "en": {"title": "Where chats lose clients", "week": "Week of", "frt": "First response (median)",
           "unanswered": "Unanswered", "conversion": "Booking conversion", "missed": "Missed leads",
           "vs": "last week", "managers": "Managers", "manager": "Manager", "conversations": "Conversations",
           "p90": "First response, p90", "score": "Average score (0–10)", "mtb": "Messages to booking",
           "dist": "First response time", "rubric": "Rubric: what the score is made of",
           "conv_chart": "Conversion by manager", "trends": "Weekly trends", "loss": "Top 3 loss scenarios",
           "examples": "Example", "missed_list": "Missed leads: what to send", "wanted": "What the client wanted",
           "why": "Why it was missed", "action": "What to do", "template": "Reply template",
           "evidence": "Evidence", "audit": "To review",
           "reason": "Reason", "confidence": "Confidence", "excerpt": "Excerpt", "none": "No data",
           "min": " min", "generated": "sheets-bridge report of", "buckets": ["≤3 min", "3–15 min", "15–60 min",
                                                                              "1–4 h", ">4 h", "unanswered"],
           "rubric_parts": ["speed", "needs", "offer", "politeness"],
           "where": {}, "privacy": "Phones, e-mails and names are replaced by tokens.", "why_text": {},
           "action_text": {"reply_template": "reply with a template", "clarify": "ask for service and time",
                           "redirect": "hand over to a senior", "none": "—"}},
}

CSS = """body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1d2430;
background:#f6f7fb}h1{font-size:24px}h2{font-size:18px;margin-top:28px}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border-radius:10px;padding:14px 18px;min-width:170px;box-shadow:0 1px 3px #0002}
.card b{display:block;font-size:26px;margin-top:4px}.card small{color:#667}section{background:#fff;
border-radius:10px;padding:12px 16px;margin-top:14px;box-shadow:0 1px 3px #0002}table{border-collapse:collapse;
width:100%;font-size:13px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e4e6ee;vertical-align:top}
th{background:#f0f2f8}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:14px}
.tpl{white-space:pre-wrap;color:#334;font-size:12px}svg{max-width:100%;height:auto}footer{color:#778;font-size:12px;margin-top:20px}"""


def _template_text(name: str, lang: str) -> str:
    try:
        text = resources.files("sheets_bridge.templates").joinpath(f"replies/{name}.md").read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    parts = text.split(f"## {lang}\n", 1)
    return parts[1].split("\n## ", 1)[0].strip() if len(parts) == 2 else ""


def _minutes(seconds: Any) -> float | None:
    return None if seconds is None or pd.isna(seconds) else round(float(seconds) / 60, 1)


def report_data(workbook: Any, lang: str = "ru") -> dict[str, Any]:
    """The figures the report shows, taken from the workbook's tabs (the kpi tab for every KPI)."""
    stored = load_analysis(workbook, need="report")
    kpi = workbook.read("kpi")
    conv = stored.conversations
    rubric = workbook.read("rubric")
    everyone = kpi[kpi["manager"] == "ALL"].sort_values("period")
    latest = everyone.iloc[-1] if len(everyone) else None
    previous = everyone.iloc[-2] if len(everyone) > 1 else None
    week = latest["period"] if latest is not None else ""
    managers = kpi[(kpi["period"] == week) & (kpi["manager"] != "ALL")].sort_values("manager")
    data: dict[str, Any] = {"week": week, "lang": lang, "cards": {}, "managers": managers, "trend": everyone}
    if latest is not None:
        data["cards"] = {"median_first_response_s": latest["median_first_response_s"],
                         "pct_unanswered": latest["pct_unanswered"], "conversion_rate": latest["conversion_rate"],
                         "missed_leads": int(latest["missed_leads"]),
                         "missed_leads_last_week": int(previous["missed_leads"]) if previous is not None else None}
    frt = conv["first_response_s"].astype(float)
    bucket = np.select([frt.le(180), frt.le(900), frt.le(3600), frt.le(4 * 3600), frt.gt(4 * 3600)],
                       [0, 1, 2, 3, 4], default=5)
    dist = pd.crosstab(conv["manager"], bucket).reindex(columns=range(6), fill_value=0)
    data["distribution"] = [(m, [int(v) for v in row]) for m, row in dist.iterrows()]
    parts = rubric.groupby("manager")[["frt_points", "needs_points", "offer_points", "politeness_points"]].mean()
    data["rubric"] = [(m, [round(float(v), 2) for v in row]) for m, row in parts.iterrows()]
    text_of = stored.excerpts(n=6, width=400, lang=lang)
    waiting = set(workbook.read("waiting")["conversation_id"].astype(str))
    if len(conv):
        scen = review.loss_scenarios(conv.assign(last_unanswered=conv["conversation_id"].astype(str).isin(waiting)))
        scen["excerpt"] = scen["example"].map(text_of).fillna("")
        data["scenarios"] = scen
    else:
        data["scenarios"] = pd.DataFrame(columns=["intent", "where", "conversations", "example", "excerpt"])
    data["missed"] = workbook.read("missed_leads")
    data["audit"] = workbook.read("audit")
    return data


def _card(label: str, value: str, note: str = "") -> str:
    return f'<div class="card">{escape(label)}<b>{escape(value)}</b><small>{escape(note)}</small></div>'


def _pct(v: Any) -> str:
    return "—" if v is None or pd.isna(v) else f"{float(v):.0%}"


def render_report(workbook: Any, lang: str = "ru") -> str:
    """The owner's report as one self-contained HTML page (inline CSS and SVG; opens offline)."""
    t = TEXT["ru" if lang == "ru" else "en"]
    d = report_data(workbook, lang)
    c = d["cards"]
    out = [f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
           "img-src data:\"><meta name=\"viewport\" content=\"width=device-width\">"
           f"<title>{escape(t['title'])}</title><style>{CSS}</style></head><body>",
           f"<h1>{escape(t['title'])}</h1><p>{escape(t['week'])} {escape(str(d['week']))}. {escape(t['privacy'])}</p>"]
    if c:
        frt = _minutes(c["median_first_response_s"])
        last = c["missed_leads_last_week"]
        out.append('<div class="cards">' + "".join([
            _card(t["frt"], "—" if frt is None else f"{frt:g}{t['min']}"),
            _card(t["unanswered"], _pct(c["pct_unanswered"])),
            _card(t["conversion"], _pct(c["conversion_rate"])),
            _card(t["missed"], str(c["missed_leads"]), f"{t['vs']}: {last}" if last is not None else "")]) + "</div>")
    rows = "".join(
        f"<tr><td>{escape(str(r.manager))}</td><td>{int(r.conversations)}</td>"
        f"<td>{'—' if _minutes(r.median_first_response_s) is None else _minutes(r.median_first_response_s)}</td>"
        f"<td>{'—' if _minutes(r.p90_first_response_s) is None else _minutes(r.p90_first_response_s)}</td>"
        f"<td>{_pct(r.pct_unanswered)}</td><td>{_pct(r.conversion_rate)}</td>"
        f"<td>{'—' if pd.isna(r.avg_score) else round(float(r.avg_score), 1)}</td><td>{int(r.missed_leads)}</td></tr>"
        for r in d["managers"].itertuples(index=False))
    empty = f"<tr><td>{escape(t['none'])}</td></tr>"
    out.append(f"<section><h2>{escape(t['managers'])} ({escape(t['week'])} {escape(str(d['week']))})</h2><table>"
               f"<tr><th>{t['manager']}</th><th>{t['conversations']}</th><th>{t['frt']}, {t['min'].strip()}</th>"
               f"<th>{t['p90']}, {t['min'].strip()}</th><th>{t['unanswered']}</th><th>{t['conversion']}</th>"
               f"<th>{t['score']}</th><th>{t['missed']}</th></tr>{rows or empty}"
               "</table></section>")
    conv_bars = [(str(r.manager), round(100 * float(r.conversion_rate), 1)) for r in d["managers"].itertuples()
                 if not pd.isna(r.conversion_rate)]
    out.append('<div class="grid">'
               f"<section><h2>{t['dist']}</h2>{charts.stacked(d['distribution'], t['buckets'], title=t['dist'])}"
               "</section>"
               f"<section><h2>{t['rubric']}</h2>{charts.stacked(d['rubric'], t['rubric_parts'], title=t['rubric'])}"
               "</section>"
               f"<section><h2>{t['conv_chart']}</h2>"
               f"{charts.bars(conv_bars, unit='%', max_value=100, title=t['conv_chart'])}</section>")
    trend = d["trend"]
    weeks = list(trend["period"])
    frt_line = {t["frt"] + "," + t["min"]: [_minutes(v) for v in trend["median_first_response_s"]]}
    conv_line = {t["conversion"] + ", %": [None if pd.isna(v) else round(100 * float(v), 1)
                                           for v in trend["conversion_rate"]]}
    out.append(f"<section><h2>{t['trends']}</h2>{charts.lines(frt_line, weeks, title=t['frt'], height=150)}"
               f"{charts.lines(conv_line, weeks, title=t['conversion'], height=150)}</section></div>")
    scen_rows = "".join(
        f"<tr><td>{escape(vtext('intent', str(s.intent), lang))} → {escape(vtext('where_lost', s.where, lang))}</td>"
        f"<td>{int(s.conversations)}</td><td>{escape(str(s.excerpt))}</td></tr>"
        for s in d["scenarios"].itertuples(index=False))
    out.append(f"<section><h2>{t['loss']}</h2><table><tr><th></th><th>{t['conversations']}</th>"
               f"<th>{t['examples']}</th></tr>{scen_rows}</table></section>")
    missed_rows = "".join(
        f"<tr><td>{escape(str(m.manager))}</td><td>{escape(str(m.client_wanted))}</td>"
        f"<td>{escape(vtext('why_missed', code_of('why_missed', str(m.why_missed)), lang))}</td>"
        f"<td>{escape(t['action_text'].get(str(m.recommended_action), str(m.recommended_action)))}</td>"
        "<td class=\"tpl\">"
        f"{escape(_template_text(str(m.reply_template), lang))}</td>"
        f"<td class=\"tpl\">{escape(str(m.evidence))}</td></tr>"
        for m in d["missed"].itertuples(index=False))
    out.append(f"<section><h2>{t['missed_list']} ({len(d['missed'])})</h2><table><tr><th>{t['manager']}</th>"
               f"<th>{t['wanted']}</th><th>{t['why']}</th><th>{t['action']}</th><th>{t['template']}</th>"
               f"<th>{t['evidence']}</th></tr>"
               f"{missed_rows}</table></section>")
    audit_rows = "".join(
        f"<tr><td>{escape(str(a.week))}</td><td>{escape(str(a.manager))}</td><td>{escape(str(a.reason))}</td>"
        f"<td>{'' if pd.isna(a.confidence) else round(float(a.confidence), 2)}</td>"
        f"<td>{escape(str(a.excerpt))}</td></tr>"
        for a in d["audit"].itertuples(index=False))
    out.append(f"<section><h2>{t['audit']} ({len(d['audit'])})</h2><table><tr><th>{t['week']}</th>"
               f"<th>{t['manager']}</th><th>{t['reason']}</th><th>{t['confidence']}</th><th>{t['excerpt']}</th></tr>"
               f"{audit_rows}</table></section>")
    out.append(f"<footer>{escape(t['generated'])} {dt.date.today().isoformat()}</footer></body></html>")
    return "".join(out)
