"""``analyze``: messages and events → conversations, rubric, kpi, missed_leads and audit tabs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import lexicon
from ..errors import InputError
from ..tagging.base import Conversation, Message, Tagger, get_tagger
from ..timeutil import iso, resolve_tz
from ..workbook import Workbook, header_for
from . import conversations as cv
from . import events as ev
from . import review, scoring
from .hours import BusinessHours


@dataclass
class AnalyzeOptions:
    gap: str = "24h"
    business_hours: str | None = None
    tz: str | None = None
    tagger: str = "rules"
    extra_lexicon: Path | None = None


@dataclass
class AnalyzeResult:
    conversations: pd.DataFrame
    rubric: pd.DataFrame
    kpi: pd.DataFrame
    missed_leads: pd.DataFrame
    audit: pd.DataFrame
    scenarios: pd.DataFrame
    tabs: dict[str, int] = field(default_factory=dict)


def parse_gap(text: str) -> pd.Timedelta:
    try:
        gap = pd.Timedelta(text)
    except ValueError as exc:
        raise InputError(f"{text!r} is not a duration like 24h, 12h or 2d", field="--gap") from exc
    if gap <= pd.Timedelta(0):
        raise InputError("must be positive", field="--gap")
    return gap


def conversation_objects(messages: pd.DataFrame, events: pd.DataFrame, gap: str = "24h") -> list[Conversation]:
    """The conversations of the messages and events tabs, as taggers see them."""
    all_msgs = pd.concat([messages, ev.message_rows(events)], ignore_index=True) if len(events) else messages
    return _conversation_objects(cv.split(cv.prepare(all_msgs), parse_gap(gap)))


def _conversation_objects(msgs: pd.DataFrame) -> list[Conversation]:
    starts = np.flatnonzero(msgs["pos"].to_numpy() == 1)
    bounds = np.append(starts, len(msgs))
    ids = msgs["conversation_id"].to_numpy()
    roles, texts, senders = (msgs[c].to_numpy() for c in ("sender_role", "text", "sender"))
    return [Conversation(ids[a], tuple(Message(roles[i], str(texts[i]), str(senders[i])) for i in range(a, b)))
            for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def excerpts(msgs: pd.DataFrame, n: int = 4, width: int = 300) -> pd.Series:
    head = msgs[msgs["pos"] <= n]
    label = head["sender_role"].map({"client": "C", "manager": "M", "bot": "B"}).fillna("?")
    lines = label + ": " + head["text"].astype(str).str.replace(r"\s+", " ", regex=True).str.slice(0, 120)
    return lines.groupby(head["conversation_id"], sort=False).agg(" / ".join).str.slice(0, width)


def analyze_frames(messages: pd.DataFrame, events: pd.DataFrame, options: AnalyzeOptions | None = None,
                   tagger: Tagger | None = None) -> AnalyzeResult:
    """The whole analysis on DataFrames (no I/O): usable from Python and notebooks."""
    options = options or AnalyzeOptions()
    tz = resolve_tz(options.tz)
    gap = parse_gap(options.gap)
    hours = BusinessHours.parse(options.business_hours, tz) if options.business_hours else None
    tagger = tagger or get_tagger(options.tagger, extra_lexicon=options.extra_lexicon)
    closing = lexicon.load("tagging_rules.txt", str(options.extra_lexicon) if options.extra_lexicon else None)[
        "closing"]

    all_msgs = pd.concat([messages, ev.message_rows(events)], ignore_index=True) if len(events) else messages
    msgs = cv.split(cv.prepare(all_msgs), gap)
    conv = cv.metrics(msgs, closing, hours)
    tags = tagger.tag(_conversation_objects(msgs))
    tag_frame = pd.DataFrame([t.as_row() for t in tags], index=[t.conversation_id for t in tags])
    tag_frame["booking_pos"] = [t.booking_pos for t in tags]
    conv = conv.join(tag_frame, on="conversation_id")
    conv["messages_to_booking"] = conv["booking_pos"].where(conv["booked"].eq(1))
    _apply_booking_events(conv, msgs, ev.bookings(events) if len(events) else None)
    conv["dead"] = (conv["last_unanswered"] & conv["booked"].eq(0)).astype(int)
    conv["started_at"] = iso(conv["started"], tz)
    conv["ended_at"] = iso(conv["ended"], tz)
    conv["tagger"] = tagger.name
    conv = conv.sort_values(["started", "conversation_id"], kind="stable").reset_index(drop=True)
    excerpt_text = excerpts(msgs).reindex(conv["conversation_id"]).reset_index(drop=True)

    rub = scoring.rubric(conv)
    local_start = conv["started"].dt.tz_convert(tz)
    weeks = scoring.iso_week(local_start)
    kpi = scoring.kpi(conv, rub["score"], weeks)
    note_frame = pd.DataFrame([t.notes for t in tags], index=[t.conversation_id for t in tags]).reindex(
        conv["conversation_id"]).reset_index(drop=True)
    missed = review.missed_leads(conv, note_frame, excerpt_text)
    audit = review.audit_queue(conv, weeks, excerpt_text)
    scenarios = review.loss_scenarios(conv)
    return AnalyzeResult(conv[header_for("conversations")], rub, kpi, missed, audit, scenarios)


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


def analyze(workbook: Workbook, options: AnalyzeOptions | None = None, tagger: Tagger | None = None
            ) -> AnalyzeResult:
    """Rebuild the analysis tabs from ``messages`` and ``events`` (re-running replaces, never duplicates)."""
    result = analyze_frames(workbook.read("messages"), workbook.read("events"), options, tagger)
    with workbook.batch():
        for tab, frame in (("conversations", result.conversations), ("rubric", result.rubric),
                           ("kpi", result.kpi), ("missed_leads", result.missed_leads), ("audit", result.audit)):
            result.tabs[tab] = workbook.replace(tab, frame)
    return result
