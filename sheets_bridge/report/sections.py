"""The report's lists: who to write to today, loss scenarios, missed leads, the audit queue, the lists the
figures link to, and every conversation of the week (the targets of those links)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

import pandas as pd

from ..vocabulary import code_of, import_warning
from ..vocabulary import text as vtext
from . import fmt
from .view import View, local_time, msg, template_text


def _section(key: str, title: str, body: str, note: str = "") -> str:
    hint = f'<p class="hint">{note}</p>' if note else ""
    return f'<section id="{key}"><h2>{title}</h2>{hint}{body}</section>'


def _tag(text: str, kind: str = "") -> str:
    return f'<span class="tag {kind}">{escape(text)}</span>'


def _reply(view: View, name: str, fill: dict[str, str], *, open_: bool = False) -> str:
    text = template_text(name, view.lang, fill)
    if not text:
        return ""
    return (f"<details{' open' if open_ else ''}><summary>{view.t['what_to_send']}</summary>"
            f'<div class="tpl">{escape(text)}</div></details>')


def _chat_link(conversation_id: str) -> str:
    return f'<a href="#c-{escape(conversation_id)}">'


def today(view: View) -> str:
    """«Кому написать сегодня»: everyone in the waiting tab, with the chat to open and an apology to send."""
    data, t = view.data, view.t
    when = fmt.moment(data.as_of, view.lang) if data.as_of else "—"
    note = view.w("today_note", when=when, hours=t["today_hours"] if data.business_hours else "")
    if data.waiting.empty:
        return _section("today", t["today"], f"<p>{t['today_none']}</p>", note)
    items = [_waiting_item(view, row) for row in data.waiting.itertuples(index=False)]
    names_note = "" if view.names else f'<p class="hint">{t["today_names"]}</p>'
    title = f"{t['today']} ({fmt.number(len(items), view.lang)})"
    return _section("today", title, "".join(items) + names_note, note)


def _waiting_item(view: View, row: Any) -> str:
    t, lang = view.t, view.lang
    since = local_time(row.waiting_since, view.data.tz)
    complaint = str(row.complaint) == "1"
    tag = _tag(vtext("intent", "complaint", lang), "bad") if complaint else (
        _tag(vtext("outcome", "missed_lead", lang), "warn") if str(row.missed_lead) == "1"
        else _tag(view.intent(row.intent)))
    client = view.client(row.client)
    name = client if view.names and client != str(row.client) else ""
    fill = {"дата": fmt.date(since.date(), lang) if since else "", "date": fmt.date(since.date(), lang) if since
            else "", "имя": name, "name": name}
    wanted = str(row.client_wanted or "")
    conv_id = str(row.conversation_id)
    return (f'<div class="item" id="w-{escape(conv_id)}"><h3>'
            f"{view.w('open_chat', channel=view.channel(row.channel), client=client)} {tag}</h3>"
            f"<p>{view.w('last_message', when=fmt.moment(since, lang) if since else '—')} · "
            f"<b>{view.w('waits', duration=fmt.duration(row.waiting_s, lang))}</b> · "
            f"{_manager(view, row.manager)}</p>"
            + (f'<p class="quote">«{msg(wanted)}»</p>' if wanted else "")
            + _reply(view, str(getattr(row, "reply_template", "") or "")
                     or ("apology_complaint" if complaint else "apology_wait"), fill, open_=True)
            + f"<p>{_chat_link(conv_id)}{t['whole_chat']}</a></p></div>")


def _manager(view: View, manager: Any) -> str:
    return view.t["nobody_yet"] if str(manager) == "unassigned" else view.w("manager_was", manager=view.who(manager))


def losses(view: View) -> str:
    """The week's top three loss scenarios, each count linking to its conversations."""
    t, scen = view.t, view.data.scenarios
    if scen.empty:
        return _section("losses", t["losses"], f"<p>{t['none']}</p>")
    rows = "".join(
        f"<tr><td data-l=\"{t['losses_what']}\">{escape(view.intent(s.intent))} → "
        f"{escape(vtext('where_lost', str(s.where), view.lang))}</td>"
        f"<td data-l=\"{t['conversations']}\">"
        f"{view.link(f'l-s{i}', fmt.number(s.conversations, view.lang), count=True)}</td>"
        f"<td class=\"text\" data-l=\"{t['example']}\">{msg(view.data.excerpts.get(s.example, ''))}</td></tr>"
        for i, s in enumerate(scen.itertuples(index=False)))
    head = f"<thead><tr><th>{t['losses_what']}</th><th>{t['conversations']}</th><th>{t['example']}</th></tr></thead>"
    return _section("losses", t["losses"], f'<table class="rows">{head}<tbody>{rows}</tbody></table>')


def missed(view: View) -> str:
    """The week's missed leads with what to send; the earlier weeks' ones folded below."""
    t, data = view.t, view.data
    title = f"{t['missed_list']} ({fmt.number(len(data.missed), view.lang)})"
    body = "".join(_missed_item(view, m) for m in data.missed.itertuples(index=False)) or f"<p>{t['missed_none']}</p>"
    if len(data.missed_earlier):
        shown = data.missed_earlier.head(100)
        earlier = "".join(_missed_item(view, m, short=True) for m in shown.itertuples(index=False))
        body += (f"<details><summary>{view.w('missed_earlier', count=fmt.number(len(data.missed_earlier), view.lang))}"
                 f"</summary>{earlier}</details>")
    return _section("missed", title, body)


def _missed_item(view: View, m: Any, short: bool = False) -> str:
    t, lang = view.t, view.lang
    conv = view.by_id
    conv_id = str(m.conversation_id)
    client = view.client(conv["client"].get(conv_id, "")) if conv_id in conv.index else "—"
    head = (f"<h3>{escape(view.when(m.started_at))} · {escape(view.channel(m.channel))} · {escape(client)} · "
            f"{escape(view.who(m.manager))}</h3>")
    action = vtext("action", code_of("action", str(m.recommended_action)), lang)
    why = vtext("why_missed", code_of("why_missed", str(m.why_missed)), lang)
    lines = [f"<p><b>{t['wanted']}:</b> «{msg(m.client_wanted)}»</p>",
             f"<p><b>{t['why_missed']}:</b> {escape(why)}. <b>{t['action']}:</b> {escape(action)}.</p>"]
    if not short:
        lines.append(_reply(view, str(m.reply_template), {}))
    lines.append(f'<p class="hint">{t["evidence"]}: {view.evidence_html(m.evidence)}</p>')
    link = f"<p>{_chat_link(conv_id)}{t['whole_chat']}</a></p>" if conv_id in view.dialog_ids else ""
    return f'<div class="item">{head}{"".join(lines)}{link}</div>'


def audit(view: View) -> str:
    """The week's audit queue: why each is there and how sure the program was."""
    t, rows = view.t, view.data.audit
    if rows.empty:
        return _section("audit", t["audit"], f"<p>{t['audit_none']}</p>", t["audit_why"])
    body = "".join(
        f"<tr><td data-l=\"{t['who']}\">{escape(view.who(a.manager))}</td>"
        f"<td data-l=\"{t['reason']}\">{escape(_reason(view, a.reason))}</td>"
        f"<td data-l=\"{t['confidence']}\">{fmt.share(a.confidence, view.lang)}</td>"
        f"<td class=\"text\" data-l=\"{t['example']}\">"
        f"{msg(view.data.excerpts.get(str(a.conversation_id), a.excerpt))} "
        f"{_chat_link(str(a.conversation_id))}{t['whole_chat']}</a></td></tr>"
        for a in rows.itertuples(index=False))
    head = (f"<thead><tr><th>{t['who']}</th><th>{t['reason']}</th><th>{t['confidence']}</th>"
            f"<th>{t['example']}</th></tr></thead>")
    title = f"{t['audit']} ({fmt.number(len(rows), view.lang)})"
    return _section("audit", title, f'<table class="rows">{head}<tbody>{body}</tbody></table>', t["audit_why"])


def _reason(view: View, reason: Any) -> str:
    return vtext("audit_reason", code_of("audit_reason", str(reason)), view.lang)


def import_warnings(view: View) -> str:
    """What an import said the owner should know about a file (an export cut at WhatsApp's limit…); nothing when
    every file read cleanly."""
    rows = view.data.import_warnings
    if rows is None or rows.empty:
        return ""
    items = "".join(
        f"<li><b>{escape(str(r.file))}</b>: "
        + "; ".join(escape(import_warning(code.strip(), view.lang, n=_count(r.messages), unknown=_count(r.unknown)))
                    for code in str(r.warnings).split(",") if code.strip())
        + "</li>" for r in rows.itertuples(index=False))
    return _section("imports", view.t["import_warnings"], f"<ul>{items}</ul>", view.t["import_warnings_why"])


def _count(value: Any) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def lists(view: View) -> str:
    """The lists the figures link to; each line opens its conversation."""
    conv = view.by_id
    parts = []
    for key, (title, ids, time) in view.lists.items():
        if not ids:
            continue
        rows = conv.loc[ids].to_dict("records")
        items = "".join(f"<li>{_chat_link(i)}{escape(_label(view, r))}</a>{_times(view, r, time)}</li>"
                        for i, r in zip(ids, rows, strict=True))
        parts.append(f'<div class="list" id="{key}"><h3>{escape(title)} ({fmt.number(len(ids), view.lang)})</h3>'
                     f"<ul>{items}</ul></div>")
    return _section("lists", view.t["lists"], "".join(parts) or f"<p>{view.t['none']}</p>", view.t["lists_why"])


def _label(view: View, row: Mapping[str, Any]) -> str:
    return f"{view.when(row['start'])} · {view.channel(row['channel'])} · {view.client(row['client'])}"


def _times(view: View, row: Mapping[str, Any], time: str) -> str:
    """« — ответ через 2 мин · человек через 3 ч · записан»."""
    bits = []
    if time:
        seconds = row[time]
        bits.append(view.t["no_answer"] if fmt.missing(seconds) else
                    view.w("answer_in", duration=fmt.duration(seconds, view.lang)))
        if bool(row["bot"]) and time != "people_s" and not fmt.missing(row["people_s"]):
            bits.append(view.w("person_in", duration=fmt.duration(row["people_s"], view.lang)))
    bits.append(_outcome(view, row))
    return " — " + escape(" · ".join(bits))


def _outcome(view: View, row: Mapping[str, Any]) -> str:
    codes = [c for c, hit in (("booked", row["booked"] == 1), ("waiting", bool(row["waiting"])),
                              ("missed_lead", row["missed_lead"] == 1), ("complaint", row["intent"] == "complaint"),
                              ("offer_declined", row["booking_offered"] == 1 and row["booked"] == 0)) if hit]
    return ", ".join(vtext("outcome", c, view.lang) for c in (codes or ["closed"])[:2])


def dialogs(view: View) -> str:
    """Every conversation of the week (and the earlier ones still waiting): the targets of every link."""
    rows = view.by_id.loc[view.dialog_ids].to_dict("records")  # (one lookup for all: not one per dialog)
    week = [r for r in rows if r["week"] == view.data.week]
    waiting = [r for r in rows if r["week"] != view.data.week]
    body = "".join(_dialog(view, r) for r in week) or f"<p>{view.t['none']}</p>"
    if waiting:
        body += f"<h3>{view.t['dialogs_waiting']}</h3>" + "".join(_dialog(view, r) for r in waiting)
    return _section("dialogs", f"{view.t['dialogs']} ({fmt.number(len(week), view.lang)})", body)


def _dialog(view: View, row: Mapping[str, Any]) -> str:
    t, lang = view.t, view.lang
    first = view.t["no_answer"] if fmt.missing(row["first_response_s"]) else fmt.duration(row["first_response_s"], lang)
    if bool(row["bot"]):
        person = t["after_bot_none"] if fmt.missing(row["people_s"]) else \
            view.w("person_in", duration=fmt.duration(row["people_s"], lang))
        first = f"{first} ({vtext('speaker', 'B', lang)}); {person}"
    score = view.scores.get(row["conversation_id"])
    facts = [view.w("manager_was", manager=view.who(row["manager"])),
             view.w("client_wanted", intent=view.intent(row["intent"])), view.w("first_answer", value=first),
             view.w("outcome", value=_outcome(view, row))]
    if score is not None and not fmt.missing(score):
        facts.append(view.w("score_of", value=fmt.number(score, lang)))
    excerpt = msg(view.data.excerpts.get(row["conversation_id"], ""))
    evidence = view.evidence_html(row["evidence"])
    return (f'<article class="item" id="c-{escape(str(row["conversation_id"]))}"><h3>{escape(_label(view, row))}</h3>'
            f"<p>{' · '.join(facts)}</p><p class=\"quote\">{excerpt}</p>"
            + (f'<p class="hint">{t["evidence"]}: {evidence}</p>' if evidence else "") + "</article>")


def promises(view: View) -> str:
    """What the business said and the record contradicts this week: prices unlike the price list, and bookings
    confirmed in a chat with no booking event from the bot; each count links to its conversations."""
    from .view import PROMISE_LISTS

    t, rows = view.t, view.data.promises
    if rows is None or rows.empty:
        return _section("promises", t["promises"], f"<p>{t['promises_none']}</p>", t["promises_why"])
    counts = " · ".join(
        f"{escape(vtext('promise', kind, view.lang))}: "
        f"{view.link(key, fmt.number(len(view.lists[key][1]), view.lang), count=True)}"
        for kind, key in PROMISE_LISTS.items() if view.lists[key][1])
    items = "".join(_promise_item(view, r) for r in rows.itertuples(index=False))
    body = f"<p>{t['promises_counts'].format(counts=counts)}</p>{items}"
    return _section("promises", f"{t['promises']} ({fmt.number(len(rows), view.lang)})", body, t["promises_why"])


def _promise_item(view: View, r: Any) -> str:
    t, lang = view.t, view.lang
    conv_id = str(r.conversation_id)
    conv = view.by_id
    client = view.client(conv["client"].get(conv_id, "")) if conv_id in conv.index else "—"
    head = (f"<h3>{escape(view.when(r.said_at))} · {escape(view.channel(r.channel))} · {escape(client)} · "
            f"{escape(view.who(r.sender))} {_tag(vtext('promise', str(r.kind), lang), 'warn')}</h3>")
    if str(r.kind) == "price_differs":
        what = (f"<p>{t['promise_service']}: {msg(r.service)}. {t['promise_said']}: <b>{msg(r.said)}</b>, "
                f"{t['promise_listed']}: <b>{msg(r.listed)}</b>"
                + (f" ({t['promise_from']})" if str(r.listed).strip().lower().startswith(("от", "from")) else "")
                + ".</p>")
    else:
        what = f"<p>{t['promise_booking']}</p>"
    link = f"<p>{_chat_link(conv_id)}{t['whole_chat']}</a></p>" if conv_id in view.dialog_ids else ""
    return (f'<div class="item">{head}{what}<p class="hint">{t["evidence"]}: {view.evidence_html(r.evidence)}</p>'
            f"{link}</div>")


def _lost(rows: pd.DataFrame | None) -> pd.DataFrame:
    """The missed leads that have an estimated value (``analyze --prices``)."""
    if rows is None or "estimated_value" not in rows or rows.empty:
        return pd.DataFrame(columns=["manager", "estimated_value"])
    values = pd.to_numeric(rows["estimated_value"], errors="coerce")
    return rows.assign(estimated_value=values)[values.notna()]


def money(view: View) -> str:
    """The estimated revenue of the week's missed leads, per manager and in all, beside the week before; nothing
    when ``analyze`` had no price list."""
    t = view.t
    now, before = _lost(view.data.missed), _lost(view.data.missed_previous)
    if now.empty and before.empty:
        return ""
    by_now = now.groupby(now["manager"].astype(str))["estimated_value"].sum()
    by_before = before.groupby(before["manager"].astype(str))["estimated_value"].sum()
    heads = [t["who"], t["missed"], t["money_value"], t["money_before"]]
    rows = []
    for manager in sorted(set(by_now.index) | set(by_before.index)):
        key = view.manager_keys.get(manager, "")
        count = int((view.data.missed["manager"].astype(str) == manager).sum())
        rows.append(_money_row(view, heads, escape(view.who(manager)), f"l-{key}-missed", count,
                               by_now.get(manager), by_before.get(manager)))
    rows.append(_money_row(view, heads, f"<b>{t['money_total']}</b>", "l-missed", len(view.data.missed),
                           float(now["estimated_value"].sum()) if len(now) else None,
                           float(before["estimated_value"].sum()) if len(before) else None))
    head = "<thead><tr>" + "".join(f"<th>{h}</th>" for h in heads) + "</tr></thead>"
    return _section("money", t["money"], f'<table class="rows">{head}<tbody>{"".join(rows)}</tbody></table>',
                    t["money_why"])


def _money_row(view: View, heads: list[str], who: str, key: str, count: int, value: float | None,
               before: float | None) -> str:
    lang = view.lang
    cells = [who, view.link(key, fmt.number(count, lang), count=True) if count else fmt.number(0, lang),
             view.link(key, fmt.number(value, lang)) if value is not None else "—",
             fmt.number(before, lang) if before is not None else "—"]
    return "<tr>" + "".join(f'<td data-l="{"" if i == 0 else escape(heads[i], quote=True)}">{c}</td>'
                            for i, c in enumerate(cells)) + "</tr>"
