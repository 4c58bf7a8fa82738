"""``analyze``: messages and events → conversations, rubric, kpi, missed_leads and audit tabs, and a record of
the settings used (the ``runs`` tab) that every later command reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from .. import __version__, lexicon
from ..parallel import in_halves
from ..tagging.base import Conversation, Tagger, get_tagger
from ..timeutil import iso, parse_duration, resolve_tz, tz_name, week_start
from ..vocabulary import check_lang
from ..workbook import Workbook, header_for, schema
from . import conversations as cv
from . import events as ev
from . import promises as pr
from . import review, schedules, scoring, sla
from .prices import PriceList, read_price_list
from .record import conversation_objects_from_split, excerpts

ANALYSIS_TABS = ("conversations", "rubric", "kpi", "missed_leads", "audit", "waiting", "promises")


@dataclass
class AnalyzeOptions:
    """The ``analyze`` command's settings (SPEC §2, §4)."""

    gap: str = "24h"
    business_hours: str | None = None
    tz: str | None = None
    tagger: str = "rules"
    extra_lexicon: Path | None = None
    lang: str = "ru"                      # the owner's language for texts in the tabs (why_missed, excerpts)
    tagger_options: dict[str, Any] = field(default_factory=dict)  # e.g. the llm tagger's model and endpoint
    holidays: str | None = None           # with business hours: a country code or "none" (default: the file's, or RU)
    sla: str = ""                         # reply targets like "10m,2h": kpi columns; the first is the report's headline
    prices: Path | PriceList | None = None  # the owner's price list (--prices prices.csv): the price check, lead values


@dataclass
class AnalyzeResult:
    conversations: pd.DataFrame
    rubric: pd.DataFrame
    kpi: pd.DataFrame
    missed_leads: pd.DataFrame
    audit: pd.DataFrame
    scenarios: pd.DataFrame
    waiting: pd.DataFrame
    run: dict[str, Any] = field(default_factory=dict)
    tagger: Tagger | None = None
    tabs: dict[str, int] = field(default_factory=dict)
    promises: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=pr.PROMISE_COLUMNS))


TaggerFactory = Callable[[list[Conversation]], Tagger]


def default_tagger_factory(options: AnalyzeOptions, labels: pd.DataFrame | None = None) -> TaggerFactory:
    """The tagger ``options.tagger`` names, trained or prompted with the owner's labels where it uses them."""
    def make(conversations: list[Conversation]) -> Tagger:
        from ..tagging.validate import labelled_pairs

        pairs = labelled_pairs(conversations, labels) if labels is not None and len(labels) else []
        if options.tagger == "rules":  # the owner's labels, if any, adapt the shipped model to this business
            return get_tagger("rules", extra_lexicon=options.extra_lexicon, labelled=pairs, lang=options.lang)
        if options.tagger == "learned":
            return get_tagger("learned", labelled=pairs)
        if options.tagger == "llm":
            return get_tagger("llm", examples=pairs[:8], lang=options.lang, **options.tagger_options)
        return get_tagger(options.tagger, labelled=pairs, **options.tagger_options)
    return make


def analyze_frames(messages: pd.DataFrame, events: pd.DataFrame, options: AnalyzeOptions | None = None,
                   tagger: Tagger | TaggerFactory | None = None) -> AnalyzeResult:
    """The whole analysis on DataFrames (no I/O): usable from Python and notebooks.

    ``messages`` are taken with the message events of ``events`` (once each); appointment events mark bookings.
    """
    options = options or AnalyzeOptions()
    check_lang(options.lang)
    price_list = load_prices(options.prices)
    tz = resolve_tz(options.tz)
    gap = pd.Timedelta(parse_duration(options.gap, "--gap"))
    hours = schedules.load(options.business_hours, tz, options.holidays) if options.business_hours else None
    thresholds = sla.parse(options.sla)
    closing = lexicon.load("tagging_rules.txt", str(options.extra_lexicon) if options.extra_lexicon else None)[
        "closing"]

    all_msgs = with_event_messages(messages, events)
    msgs = cv.split(cv.prepare(all_msgs), gap)
    conv = cv.metrics(msgs, closing, hours)
    objects = conversation_objects_from_split(msgs)
    if tagger is None:
        tagger = default_tagger_factory(options)
    chosen = tagger if isinstance(tagger, Tagger) else tagger(objects)
    tags = in_halves(chosen.tag, objects) if chosen.pure else chosen.tag(objects)
    tag_frame = pd.DataFrame([t.as_row() for t in tags], index=[t.conversation_id for t in tags])
    tag_frame["booking_pos"] = [t.booking_pos for t in tags]
    conv = conv.join(tag_frame, on="conversation_id")
    conv["messages_to_booking"] = conv["booking_pos"].where(conv["booked"].eq(1))
    _apply_booking_events(conv, msgs, ev.bookings(events) if len(events) else None)
    conv["dead"] = (conv["last_unanswered"] & conv["booked"].eq(0)).astype(int)
    conv["started_at"] = iso(conv["started"], tz)
    conv["ended_at"] = iso(conv["ended"], tz)
    conv["tagger"] = chosen.name
    conv = conv.sort_values(["started", "conversation_id"], kind="stable").reset_index(drop=True)
    excerpt_text = excerpts(msgs, lang=options.lang).reindex(conv["conversation_id"]).reset_index(drop=True)

    rub = scoring.rubric(conv)
    weeks = week_start(conv["started"], tz)
    kpi = scoring.kpi(conv, rub["score"], weeks, thresholds)
    note_frame = pd.DataFrame([t.notes for t in tags], index=[t.conversation_id for t in tags]).reindex(
        conv["conversation_id"]).reset_index(drop=True)
    missed = review.missed_leads(conv, note_frame, excerpt_text, options.lang)
    missed["estimated_value"], missed["value_basis"] = pr.missed_values(missed, conv, msgs, price_list)
    promises = pr.promises(conv, msgs, objects, events, price_list, iso(msgs["ts"], tz), options.lang)
    audit = review.audit_queue(conv, weeks, excerpt_text, lang=options.lang)
    scenarios = review.loss_scenarios(conv)
    as_of = all_msgs_ts_max(msgs)
    waiting = review.waiting(conv, note_frame, excerpt_text, as_of, hours, tz)
    run = {"run_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "command": "analyze",
           "gap": options.gap, "tz": tz_name(tz), "business_hours": options.business_hours or "",
           "tagger": chosen.name, "lang": options.lang, "version": __version__, "messages": len(msgs),
           "conversations": len(conv), **_hours_record(hours), "sla": sla.text(thresholds),
           "prices": price_list.path if price_list else "", "prices_sha256": price_list.sha256 if price_list else ""}
    return AnalyzeResult(conv[header_for("conversations")], rub, kpi, missed, audit, scenarios, waiting, run, chosen,
                         promises=promises)


def load_prices(prices: Path | PriceList | None) -> PriceList | None:
    """The price list ``--prices`` names (read once, before anything is written), or the one given."""
    if prices is None or isinstance(prices, PriceList):
        return prices
    return read_price_list(Path(prices))


def _hours_record(hours: schedules.Schedules | None) -> dict[str, str]:
    """The runs columns saying which hours counted: the business's week (spelled out when it came from a file or
    with dated instructions; as given otherwise), the file, the holiday calendar (``none`` when turned off)."""
    if hours is None:
        return {"hours_file": "", "holidays": ""}
    record = {"hours_file": hours.source, "holidays": hours.default.holidays or "none"}
    # from a file: the week spelled out (the file is in hours_file); inline text stays as given, dated parts and all,
    # so that a later run (the job) can repeat it — the report shows only its weekly parts
    return {**record, "business_hours": schedules.describe(hours)} if hours.source else record


def all_msgs_ts_max(msgs: pd.DataFrame) -> pd.Timestamp | None:
    return None if msgs.empty else msgs["ts"].max()


def with_event_messages(messages: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """``messages`` plus the rows of message events not in it yet (the one path from events to messages)."""
    missing = missing_event_messages(messages, events)
    return pd.concat([messages, missing], ignore_index=True) if len(missing) else messages


def missing_event_messages(messages: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    if events.empty:
        return ev.message_rows(events)
    rows = ev.message_rows(events)
    return rows[~rows["message_id"].isin(set(messages["message_id"].astype(str)))]


def _apply_booking_events(conv: pd.DataFrame, msgs: pd.DataFrame, bookings: pd.DataFrame | None) -> None:
    """appointment.created/confirmed events mark the conversation they fall in (or follow) as booked."""
    if bookings is None or bookings.empty:
        return
    starts = conv[["conversation_id", "chat_id", "started"]].sort_values("started")
    starts = starts.astype({"chat_id": object, "started": "datetime64[ns, UTC]"})
    bookings = bookings.astype({"chat_id": object, "ts": "datetime64[ns, UTC]"})
    found = pd.merge_asof(bookings.sort_values("ts"), starts, left_on="ts", right_on="started", by="chat_id",
                          direction="backward").dropna(subset=["conversation_id"])
    if found.empty:
        return
    first = found.groupby("conversation_id")["ts"].min()
    hit = conv["conversation_id"].isin(first.index)
    conv.loc[hit, ["booked", "booking_offered", "need_time"]] = 1
    conv.loc[hit, "missed_lead"] = 0
    counts = msgs.merge(first.rename("booked_ts"), left_on="conversation_id", right_index=True)
    upto = counts[counts["ts"] <= counts["booked_ts"]].groupby("conversation_id").size()
    conv.loc[hit, "messages_to_booking"] = conv.loc[hit, "messages_to_booking"].fillna(
        conv.loc[hit, "conversation_id"].map(upto))


def analyze(workbook: Workbook, options: AnalyzeOptions | None = None,
            tagger: Tagger | TaggerFactory | None = None) -> AnalyzeResult:
    """Rebuild the analysis tabs from ``messages`` and ``events`` and record the settings in ``runs``.

    Re-running replaces the analysis, never duplicates it, and keeps every cell the owner filled (verdicts,
    notes, added columns). Message events not yet in ``messages`` are written there first, so every later
    command finds each conversation's messages in one tab.
    """
    options = options or AnalyzeOptions()
    workbook.prefetch(["messages", "events", *(["labels"] if tagger is None else [])])
    messages, events = workbook.read("messages"), workbook.read("events")
    if tagger is None:
        tagger = default_tagger_factory(options, workbook.read("labels"))
    missing = missing_event_messages(messages, events)
    result = analyze_frames(pd.concat([messages, missing], ignore_index=True) if len(missing) else messages,
                            events, options, tagger)
    with workbook.batch():
        if len(missing):
            workbook.append("messages", missing)
        for tab in ANALYSIS_TABS:
            result.tabs[tab] = workbook.rebuild(tab, getattr(result, tab))
        workbook.append("runs", [result.run])
        workbook.replace("legend", schema.legend_rows())  # describes this version's columns
    return result
