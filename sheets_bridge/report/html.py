"""``report``: one self-contained HTML page (inline CSS and SVG; no scripts, fonts or images to fetch), about one
week, in the owner's words, that reads on a phone as well as on a desktop."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

import numpy as np
import pandas as pd

from ..analysis import sla
from . import charts, fmt, sections
from .data import MAIN_SLA, ReportData, bot_figures, people_figures, report_data
from .view import NameLookup, View

FONTS = ('system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif, '
         '"Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol"')
CSS = f"""*{{box-sizing:border-box}}html{{-webkit-text-size-adjust:100%}}
body{{margin:0;font:15px/1.45 {FONTS};color:#1d2430;background:#f6f7fb;overflow-wrap:break-word}}
main{{max-width:1100px;margin:0 auto;padding:10px}}h1{{font-size:22px;margin:6px 0}}h2{{font-size:18px;margin:0 0 6px}}
h3{{font-size:15px;margin:4px 0}}p{{margin:4px 0}}a{{color:#1f5fbf}}
code{{background:#eef0f6;padding:0 3px;border-radius:3px}}
section{{background:#fff;border-radius:10px;padding:10px 14px;margin-top:12px;box-shadow:0 1px 3px #0002;min-width:0}}
.note,.hint{{color:#4d5566;font-size:13px}}nav{{font-size:14px}}nav a{{margin-right:12px;white-space:nowrap}}
.cards{{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,200px),1fr));gap:10px}}
.card{{border:1px solid #e1e4ee;border-radius:10px;padding:8px 12px;display:flex;flex-direction:column;gap:2px}}
.card b{{font-size:26px;line-height:1.2}}.card .sub{{font-size:13px}}.card .why{{font-size:12px;color:#4d5566}}
.card .was{{font-size:12px;color:#4d5566;border-top:1px dashed #e1e4ee;padding-top:2px}}
table{{border-collapse:collapse;width:100%;font-size:13px}}th,td{{text-align:left;padding:6px 7px;
border-bottom:1px solid #e4e6ee;vertical-align:top}}th{{background:#f0f2f8;font-weight:600}}
.grid{{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,440px),1fr));gap:12px;margin-top:12px}}
.grid section{{margin-top:0}}svg{{display:block;max-width:100%;height:auto;margin-top:6px}}
.item{{border-top:1px solid #e4e6ee;padding:8px 0;overflow-wrap:anywhere}}.quote{{color:#334;font-style:italic}}
.tpl{{white-space:pre-wrap;background:#f1f7ea;border-radius:6px;padding:8px;font-size:14px;margin-top:4px}}
.tag{{display:inline-block;font-size:12px;font-weight:400;padding:0 7px;border-radius:9px;background:#e8ebf7}}
.tag.bad{{background:#fbe0da}}.tag.warn{{background:#fbefd0}}summary{{cursor:pointer;color:#1f5fbf}}
.list ul{{padding-left:18px;margin:2px 0 8px;overflow-wrap:anywhere}}
:target{{outline:3px solid #f0b400;outline-offset:2px}}
footer{{color:#667;font-size:12px;margin:14px 4px}}
@media (max-width:700px){{table.rows thead{{display:none}}table.rows tr{{display:block;padding:6px 0;
border-bottom:1px solid #d5d9e5}}table.rows td{{display:flex;justify-content:space-between;gap:10px;border:0;
padding:2px 2px;text-align:right}}table.rows td::before{{content:attr(data-l);color:#4d5566;text-align:left}}
table.rows td:first-child{{display:block;font-weight:600;text-align:left}}
table.rows td:first-child::before{{content:none}}table.rows td.text{{display:block;text-align:left}}
table.rows td.text::before{{display:block}}main{{padding:6px}}section{{padding:8px 10px}}}}"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _card(label: str, value: str, sub: str, why: str, was: str) -> str:
    return (f'<div class="card"><span>{label}</span><b>{value}</b><span class="sub">{sub}</span>'
            f'<span class="why">{why}</span><span class="was">{was}</span></div>')


def _ratio(part: float, whole: float) -> float | None:
    return part / whole if whole else None


def _was(view: View, shown: str | None) -> str:
    """«Неделей раньше: …», or that the week before has no data."""
    return view.t["was_none"] if shown is None else view.w("was", value=shown)


def _speed_cards(view: View) -> list[str]:
    """People's speed (a bot never counts as a person) and, when there is a bot, the bot's and who came after it."""
    d, t, lang = view.data, view.t, view.lang
    main = d.main_sla.seconds
    p, pb = people_figures(d.conversations, main), people_figures(d.previous_conversations, main)
    sub = view.w("people_sub", count=fmt.count_of(p["main"], p["asked"], lang),
                 median=fmt.duration(p["median_s"], lang)) if p["asked"] else t["people_none"]
    label, why = _people_words(view)
    out = [_card(label, view.link("l-people", fmt.share(_ratio(p["main"], p["asked"]), lang)), sub,
                 why, _was(view, fmt.share(_ratio(pb["main"], pb["asked"]), lang) if pb["asked"] else None))]
    b, bb = bot_figures(d.conversations), bot_figures(d.previous_conversations)
    if b["asked"] or bb["asked"]:
        why = view.w("bot_why_handed", count=fmt.count_of(b["handed"], b["asked"], lang),
                     median=fmt.duration(b["people_median_s"], lang)) if b["handed"] else t["bot_why_none"]
        sub = view.w("bot_sub", count=fmt.count_of(b["5m"], b["asked"], lang), median=fmt.duration(b["median_s"], lang))
        out.append(_card(t["bot"], view.link("l-bot", fmt.share(_ratio(b["5m"], b["asked"]), lang)), sub, why,
                         _was(view, fmt.share(_ratio(bb["5m"], bb["asked"]), lang) if bb["asked"] else None)))
    return out


def _people_words(view: View) -> tuple[str, str]:
    """The headline's label and explanation: «within 15 minutes», or the first limit of analyze --sla."""
    main = view.data.main_sla
    if main.seconds == MAIN_SLA:
        return view.t["people"], view.t["people_why"]
    limit = fmt.duration(main.seconds, view.lang)
    return view.w("people_at", limit=limit), view.w("people_why_at", limit=limit)


def _outcome_cards(view: View) -> list[str]:
    """Left without a reply (counted by conversations), booked and missed leads (the kpi tab's ALL row)."""
    d, t, lang = view.data, view.t, view.lang
    now, before = d.conversations, d.previous_conversations
    left, left_before = int(now["waiting"].sum()), int(before["waiting"].sum())
    out = [_card(t["unanswered"], view.link("l-unanswered", fmt.count_of(left, len(now), lang), count=True),
                 view.w("unanswered_sub", share=fmt.share(_ratio(left, len(now)), lang)), t["unanswered_why"],
                 _was(view, fmt.count_of(left_before, len(before), lang) if len(before) else None))]
    row, row_before = d.kpi_row(d.week), d.kpi_row(d.previous)
    if row is None:
        return out
    booked = fmt.count_of(int(now["booked"].sum()), int(row["conversations"]), lang)
    out.append(_card(t["booked"], view.link("l-booked", fmt.share(row["conversion_rate"], lang)),
                     view.w("booked_sub", count=booked), t["booked_why"],
                     _was(view, None if row_before is None else fmt.share(row_before["conversion_rate"], lang))))
    out.append(_card(t["missed"], view.link("l-missed", fmt.number(row["missed_leads"], lang), count=True),
                     t["missed_sub"], t["missed_why"],
                     _was(view, None if row_before is None else fmt.number(row_before["missed_leads"], lang))))
    return out


def cards(view: View) -> str:
    """The week in figures, each with what it means, the week before, and a link to its conversations."""
    if view.data.conversations.empty:
        return sections._section("week", view.t["week_cards"], f"<p>{view.t['none']}</p>")
    body = "".join(_speed_cards(view) + _outcome_cards(view))
    return sections._section("week", view.t["week_cards"], f'<div class="cards">{body}</div>')


def _td(label: str, value: str) -> str:
    return f'<td data-l="{escape(label, quote=True)}">{value}</td>'


def managers(view: View) -> str:
    """One row per manager (the kpi tab's week), every figure linking to the conversations behind it."""
    d, t, lang = view.data, view.t, view.lang
    shown = [*sla.STANDARD, *(x for x in sla.extra(d.limits) if x.column in d.kpi.columns)]
    limits = {x.label: fmt.duration(x.seconds, lang) for x in shown}
    heads = [t["who"], t["conversations"], *(view.w("within", limit=v) for v in limits.values()), t["median"],
             t["p90"], t["unanswered"], t["booked"], t["missed"], t["score"]]
    n = len(limits)
    rows = []
    conv = d.conversations
    for r in d.managers.itertuples(index=False):
        manager = str(r.manager)
        key = view.manager_keys.get(manager, "")
        mine = conv[conv["manager"].astype(str) == manager]
        who = escape(view.who(manager))
        if manager in d.bots:
            b = bot_figures(mine)
            after = view.w("after_bot", median=fmt.duration(b["people_median_s"], lang),
                           count=fmt.count_of(b["handed"], b["asked"], lang)) if b["handed"] else t["after_bot_none"]
            who += f' <span class="tag">{t["bot_tag"]}</span><br><small>{after}</small>'
        cells = [_td("", who), _td(heads[1], view.link(f"l-{key}", fmt.number(r.conversations, lang), count=True))]
        cells += [_td(heads[2 + i], view.link(f"l-{key}", fmt.share(getattr(r, f"frt_within_{k}"), lang)))
                  for i, k in enumerate(limits)]
        cells += [_td(heads[2 + n], view.link(f"l-{key}", fmt.duration(r.median_first_response_s, lang))),
                  _td(heads[3 + n], view.link(f"l-{key}", fmt.duration(r.p90_first_response_s, lang))),
                  _td(heads[4 + n], view.link(f"l-{key}-unanswered", fmt.number(int(mine["waiting"].sum()), lang),
                                              count=True)),
                  _td(heads[5 + n], view.link(f"l-{key}-booked", fmt.share(r.conversion_rate, lang))),
                  _td(heads[6 + n], view.link(f"l-{key}-missed", fmt.number(r.missed_leads, lang), count=True)),
                  _td(heads[7 + n], view.link(f"l-{key}", fmt.number(r.avg_score, lang, 1)))]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    if not rows:
        return sections._section("managers", t["managers"], f"<p>{t['none']}</p>")
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>"
    return sections._section("managers", t["managers"], f'<table class="rows">{head}<tbody>{"".join(rows)}</tbody>'
                             f'</table><p class="hint">{t["managers_why"]}</p>')


BUCKETS = [300, 900, 3600, 4 * 3600]


def _buckets(seconds: pd.Series) -> list[float]:
    s = seconds.astype(float)
    index = np.select([s.le(b) for b in BUCKETS] + [s.gt(BUCKETS[-1])], list(range(5)), default=5)
    return [float((index == i).sum()) for i in range(6)]


def _charts(view: View) -> str:
    d, t, lang = view.data, view.t, view.lang
    conv = d.conversations[d.conversations["asked"]]
    speed = []
    for manager in view.manager_keys:
        mine = conv[conv["manager"].astype(str) == manager]
        if len(mine):
            speed.append((view.who(manager), _buckets(mine["first_response_s"])))
            joined = mine["people_s"].dropna()
            if manager in d.bots and len(joined):  # how long clients waited for a person after the bot
                speed.append((view.w("to_person", bot=manager), _buckets(joined)))
    parts = ["frt", "needs", "offer", "politeness"]
    rubric = d.rubric.groupby("manager")[[f"{p}_points" for p in parts]].mean() if len(d.rubric) else pd.DataFrame()
    shown = lambda v: fmt.number(v, lang, 1)  # noqa: E731
    conversion = [(view.who(r.manager), 100 * float(r.conversion_rate), fmt.share(r.conversion_rate, lang))
                  for r in d.managers.itertuples(index=False) if not fmt.missing(r.conversion_rate)]
    out = [sections._section("speed", t["speed_chart"], charts.stacked(
               speed, t["buckets"].split("|"), colors=charts.PALETTE, shown=shown, title=t["speed_chart"]),
               t["speed_why"]),
           sections._section("rubric", t["rubric_chart"], charts.stacked(
               [(view.who(m), [float(v) for v in row]) for m, row in rubric.iterrows()], t["rubric_parts"].split("|"),
               shown=shown, title=t["rubric_chart"]), t["rubric_why"]),
           sections._section("conversion", t["conversion_chart"], charts.bars(
               conversion, max_value=100, title=t["conversion_chart"])),
           _trend(view)]
    return f'<div class="grid">{"".join(out)}</div>'


def _trend(view: View) -> str:
    d, t, lang = view.data, view.t, view.lang
    people, booked = [], []
    conversations = d.all_conversations
    by_week = {week: part for week, part in conversations.groupby("week", sort=False)}  # (one pass, not one a week)
    for week in d.weeks:
        figures = people_figures(by_week.get(week, conversations.iloc[:0]), d.main_sla.seconds)
        share = _ratio(figures["main"], figures["asked"])
        people.append(None if share is None else 100 * share)
        row = d.kpi_row(week)
        rate = None if row is None else row["conversion_rate"]
        booked.append(None if rate is None or fmt.missing(rate) else 100 * float(rate))
    labels = [fmt.short_date(dt.date.fromisoformat(w), lang) for w in d.weeks]
    marker = d.weeks.index(d.week) if d.week in d.weeks else None
    trend = t["trend_people"] if d.main_sla.seconds == MAIN_SLA else \
        view.w("trend_people_at", limit=fmt.duration(d.main_sla.seconds, lang))
    chart = charts.lines({trend: people, t["trend_booked"]: booked}, labels, marker=marker,
                         title=t["trend_chart"])
    return sections._section("trend", t["trend_chart"], chart, t["trend_why"])


def _header(view: View) -> str:
    d, t, lang = view.data, view.t, view.lang
    monday = dt.date.fromisoformat(d.week) if d.week else None
    period = view.t["period"].format(week=escape(fmt.week(monday, lang)),
                                     previous=escape(fmt.week(monday - dt.timedelta(days=7), lang))) if monday else ""
    if monday and monday + dt.timedelta(days=7) > d.today:
        period += t["period_open"]
    hours = view.w("hours_on", hours=fmt.business_hours(d.business_hours, lang), tz=fmt.utc_offset(d.tz, d.as_of)) \
        if d.business_hours else t["hours_off"]
    as_of = view.w("as_of", when=fmt.moment(d.as_of, lang)) if d.as_of else ""
    privacy = f"<b>{t['names_shown']}</b>" if view.names else t["privacy"]
    nav = " ".join(f'<a href="#{k}">{t[k]}</a>' for k in ("today", "week_cards", "managers", "missed_list", "audit",
                                                          "dialogs"))
    nav = nav.replace('href="#week_cards"', 'href="#week"').replace('href="#missed_list"', 'href="#missed"')
    return (f"<header><h1>{t['title']}</h1><p>{period}</p><p class=\"note\">{hours} {as_of}</p>"
            f'<p class="note">{privacy}</p><nav aria-label="{t["nav"]}">{nav}</nav></header>')


def render_report(workbook: Any, lang: str = "ru", *, week: str | None = None, names: NameLookup | None = None,
                  today: dt.date | None = None) -> str:
    """The owner's report for one week (default: the last complete one) as one self-contained HTML page.

    ``names`` (the vault's lookup, only for ``report --show-names``) puts clients' real names in place of tokens.
    """
    return render(report_data(workbook, lang, week, today), names)


def render(data: ReportData, names: NameLookup | None = None) -> str:
    """The page for figures already read (see :func:`report_data`)."""
    view = View(data, data.lang, names)
    t = view.t
    body = [_header(view), sections.import_warnings(view), sections.today(view), cards(view), managers(view),
            _charts(view), sections.losses(view), sections.missed(view), sections.money(view),
            sections.promises(view), sections.audit(view), sections.lists(view), sections.dialogs(view),
            f"<footer>{view.w('generated', date=fmt.date(data.today, data.lang, year=True))}</footer>"]
    return (f'<!doctype html><html lang="{data.lang}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{t['title']}</title><style>{CSS}</style></head><body><main>{''.join(body)}</main></body></html>")
